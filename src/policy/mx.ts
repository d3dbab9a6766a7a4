/**
 * `mx` pattern syntax (section 3.2: `["*."] Domain`, Domain as RFC 5321 4.1.2) and MX host
 * matching (section 4.1): a wildcard stands for exactly one whole label, names compare
 * case-insensitively as A-labels, and one trailing root dot on the host is ignored.
 */
import { domainToASCII } from 'node:url'
import { commentStart } from './parse.js'

export type MxPatternProblem =
  | 'empty'
  | 'comment'
  | 'list'
  | 'url'
  | 'ip'
  | 'port'
  | 'u-label'
  | 'trailing-dot'
  | 'wildcard'
  | 'empty-label'
  | 'label-too-long'
  | 'name-too-long'
  | 'underscore'
  | 'bad-char'
  | 'hyphen'

export interface MxPatternIssue {
  problem: MxPatternProblem
  /** 0-based offset in the value of the offending part. */
  offset: number
  /** The offending label or character. */
  part?: string
  /** The corrected pattern, when there is exactly one obvious correction (always valid). */
  fix?: string
}

const isLdh = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** Converts a U-label name to its A-label form; undefined when IDNA rejects it. */
export const toALabel = (name: string): string | undefined => {
  const ascii = domainToASCII(name)
  return ascii === '' ? undefined : ascii
}

const hasNonAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true
  return false
}

/** Shared result for the common case: no allocation per valid pattern. */
const NO_ISSUES: readonly MxPatternIssue[] = Object.freeze([])

const LIST_SEPARATOR = /[\s,;]/
const LIST_SEPARATORS = /[\s,;]+/
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+)/i

/** Every syntax problem of one `mx` value; an empty list means the pattern is valid. */
export const mxPatternIssues = (value: string): readonly MxPatternIssue[] =>
  value.length > 0 && isValidMxPattern(value) ? NO_ISSUES : invalidPatternIssues(value)

/**
 * The problems of a value isValidMxPattern rejected (asked without asking it again). A `fix` is
 * offered only when it is itself a valid pattern: with two problems, fixing one is no fix.
 */
export const invalidPatternIssues = (value: string): MxPatternIssue[] => {
  const issues = patternIssues(value)
  for (const i of issues) if (i.fix !== undefined && !isValidMxPattern(i.fix)) delete i.fix
  return issues
}

const patternIssues = (value: string): MxPatternIssue[] => {
  if (value.length === 0) return [{ problem: 'empty', offset: 0 }]
  const issues: MxPatternIssue[] = []

  // A trailing "# note": the grammar has no comments ("a.example # b" is no list either).
  const hash = commentStart(value)
  if (hash >= 0) {
    return [
      {
        problem: 'comment',
        offset: hash,
        part: value.slice(hash),
        fix: value.slice(0, hash).trimEnd()
      }
    ]
  }

  // Cheap tests first: most invalid values are only a trailing dot or one bad label away.
  const sep = LIST_SEPARATOR.exec(value)?.index ?? -1
  if (sep >= 0) {
    const parts = value.split(LIST_SEPARATORS).filter(p => p.length > 0)
    if (parts.length > 1) return [{ problem: 'list', offset: sep, part: parts.join(', ') }]
  }
  if (value.includes('/')) {
    const host = URL_HOST.exec(value)?.[1]
    return [{ problem: 'url', offset: 0, ...(host !== undefined && { fix: host }) }]
  }
  const colon = value.indexOf(':')
  if (value.startsWith('[') || (colon >= 0 && value.indexOf(':', colon + 1) >= 0)) {
    return [{ problem: 'ip', offset: 0 }]
  }
  if (colon >= 0) {
    const host = value.slice(0, colon)
    return [{ problem: 'port', offset: colon, part: value.slice(colon), fix: host }]
  }
  const last = value.charCodeAt(value.length - 1)
  if (last >= 0x30 && last <= 0x39 && IPV4.test(value)) return [{ problem: 'ip', offset: 0 }]

  let body = value
  let prefix = ''
  if (body.startsWith('*.')) {
    prefix = '*.'
    body = body.slice(2)
  }
  if (body.endsWith('.') && body.length > 1) {
    let cut = body.length
    while (cut > 0 && body.charCodeAt(cut - 1) === 0x2e) cut--
    const trimmed = body.slice(0, cut)
    issues.push({ problem: 'trailing-dot', offset: value.length - 1, fix: prefix + trimmed })
    body = trimmed
  }
  if (hasNonAscii(body)) {
    // Offsets past this point would be in the A-label text, not in what was written: stop here
    // (the A-label is offered only when it is itself a valid pattern, as every fix).
    let at = 0
    while (at < value.length && value.charCodeAt(at) <= 0x7f) at++
    const ascii = toALabel(body)
    const fix = ascii === undefined ? undefined : prefix + ascii
    issues.push({ problem: 'u-label', offset: at, ...(fix !== undefined && { fix }) })
    return issues
  }
  const star = body.indexOf('*')
  if (star >= 0) {
    issues.push({ problem: 'wildcard', offset: prefix.length + star })
    return issues
  }
  if (body.length === 0) {
    issues.push({ problem: 'empty-label', offset: value.length })
    return issues
  }
  if (body.length > 253 - prefix.length) {
    issues.push({ problem: 'name-too-long', offset: 0 })
  }
  // Labels are walked in place: only an offending one is cut out, for the message.
  let emptyLabel = false
  for (let from = 0; from <= body.length;) {
    let to = body.indexOf('.', from)
    if (to < 0) to = body.length
    const offset = prefix.length + from
    const size = to - from
    if (size === 0) {
      // One empty label says it; "." would otherwise count twice.
      if (!emptyLabel) issues.push({ problem: 'empty-label', offset })
      emptyLabel = true
    } else if (size > 63) {
      issues.push({ problem: 'label-too-long', offset, part: body.slice(from, to) })
    } else {
      let bad = from
      while (bad < to && isLdh(body.charCodeAt(bad))) bad++
      if (bad < to) {
        const ch = body[bad]
        issues.push({
          problem: ch === '_' ? 'underscore' : 'bad-char',
          offset: offset + bad - from,
          part: ch
        })
      } else if (body.charCodeAt(from) === 0x2d || body.charCodeAt(to - 1) === 0x2d) {
        issues.push({ problem: 'hyphen', offset, part: body.slice(from, to) })
      }
    }
    from = to + 1
  }
  return issues
}

/** The common case, `[*.]label(.label)*` with LDH labels of 1-63, as one compiled regex. */
const VALID_PATTERN =
  /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

/** True when the value is a valid `[*.]Domain` pattern (and no IP address). */
export const isValidMxPattern = (v: string): boolean => {
  if (v.length > 255 || !VALID_PATTERN.test(v)) return false
  if (v.length - (v.charCodeAt(0) === 0x2a ? 2 : 0) > 253) return false
  // An all-digit dotted quad is grammatical but is an address, not a host name.
  const last = v.charCodeAt(v.length - 1)
  return !(last >= 0x30 && last <= 0x39 && IPV4.test(v))
}

/**
 * Normalises an MX host name for comparison: lower case, one trailing root dot removed, and
 * U-labels converted to A-labels (RFC 6125 6.4.2).
 */
export const normalizeHost = (host: string): string => {
  let h = host.endsWith('.') ? host.slice(0, -1) : host
  if (hasNonAscii(h)) h = toALabel(h) ?? h
  return h.toLowerCase()
}

/** Section 4.1: does this (valid) pattern match this MX host name? */
export const mxMatches = (pattern: string, host: string): boolean => {
  const p = pattern.toLowerCase()
  const h = normalizeHost(host)
  if (p.startsWith('*.')) {
    const dot = h.indexOf('.')
    return dot > 0 && h.slice(dot + 1) === p.slice(2)
  }
  return p === h
}
