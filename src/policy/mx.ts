/**
 * `mx` pattern syntax (section 3.2: `["*."] Domain`, Domain as RFC 5321 4.1.2) and MX host
 * matching (section 4.1): a wildcard stands for exactly one whole label, names compare
 * case-insensitively as A-labels, and one trailing root dot on the host is ignored.
 */
import { domainToASCII } from 'node:url'

export type MxPatternProblem =
  | 'empty'
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
  /** The corrected pattern, when there is exactly one obvious correction. */
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

/** Every syntax problem of one `mx` value; an empty list means the pattern is valid. */
export const mxPatternIssues = (value: string): MxPatternIssue[] => {
  if (value.length === 0) return [{ problem: 'empty', offset: 0 }]
  if (fastValid(value)) return []
  const issues: MxPatternIssue[] = []

  const parts = value.split(/[\s,;]+/).filter(p => p.length > 0)
  const sep = value.search(/[\s,;]/)
  if (sep >= 0 && parts.length > 1) {
    return [{ problem: 'list', offset: sep, part: parts.join(', ') }]
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.includes('/')) {
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+)/i.exec(value)?.[1]
    return [{ problem: 'url', offset: 0, ...(host !== undefined && { fix: host }) }]
  }
  if (value.startsWith('[') || value.split(':').length > 2) return [{ problem: 'ip', offset: 0 }]
  const colon = value.indexOf(':')
  if (colon >= 0) {
    const host = value.slice(0, colon)
    return [{ problem: 'port', offset: colon, part: value.slice(colon), fix: host }]
  }
  if (IPV4.test(value)) return [{ problem: 'ip', offset: 0 }]

  let body = value
  let prefix = ''
  if (body.startsWith('*.')) {
    prefix = '*.'
    body = body.slice(2)
  }
  if (body.endsWith('.') && body.length > 1) {
    const trimmed = body.replace(/\.+$/, '')
    issues.push({ problem: 'trailing-dot', offset: value.length - 1, fix: prefix + trimmed })
    body = trimmed
  }
  if (hasNonAscii(body)) {
    const ascii = toALabel(body)
    const fix = ascii === undefined ? undefined : prefix + ascii
    let at = 0
    while (at < value.length && value.charCodeAt(at) <= 0x7f) at++
    issues.push({ problem: 'u-label', offset: at, ...(fix !== undefined && { fix }) })
    if (ascii === undefined) return issues
    body = ascii
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
  let offset = prefix.length
  for (const label of body.split('.')) {
    if (label.length === 0) {
      // One empty label says it; "." would otherwise count twice.
      if (!issues.some(i => i.problem === 'empty-label'))
        issues.push({ problem: 'empty-label', offset })
    } else if (label.length > 63) {
      issues.push({ problem: 'label-too-long', offset, part: label })
    } else {
      let bad = -1
      for (let i = 0; i < label.length; i++) {
        if (!isLdh(label.charCodeAt(i))) {
          bad = i
          break
        }
      }
      if (bad >= 0) {
        const ch = label[bad]
        issues.push({
          problem: ch === '_' ? 'underscore' : 'bad-char',
          offset: offset + bad,
          part: ch
        })
      } else if (label.startsWith('-') || label.endsWith('-')) {
        issues.push({ problem: 'hyphen', offset, part: label })
      }
    }
    offset += label.length + 1
  }
  return issues
}

/** The common case, checked without allocating: `[*.]label(.label)*` with LDH labels. */
const fastValid = (v: string): boolean => {
  let i = 0
  if (v.charCodeAt(0) === 0x2a) {
    if (v.charCodeAt(1) !== 0x2e) return false
    i = 2
  }
  if (v.length - i > 253) return false
  let labelStart = i
  for (; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 0x2e
    if (c === 0x2e) {
      const len = i - labelStart
      if (len === 0 || len > 63) return false
      if (v.charCodeAt(labelStart) === 0x2d || v.charCodeAt(i - 1) === 0x2d) return false
      labelStart = i + 1
    } else if (!isLdh(c)) return false
  }
  // An all-digit dotted quad is grammatical but is an address, not a host name.
  return !IPV4.test(v)
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
