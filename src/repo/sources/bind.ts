/**
 * RFC 1035 master files (BIND zone files): `$ORIGIN`, `$TTL`, owners absolute, relative, `@` or
 * blank (the previous owner), TTL and class in either order, `;` comments, parentheses across
 * lines, quoted character-strings with `\"`, `\\` and `\DDD` escapes, unquoted words. Yields the
 * TXT (strings joined with nothing, RFC 8461 3.1), MX (exchange) and CNAME records.
 *
 * A small tokenizer reads the whole file (never a regex over whole lines), so a `;` inside
 * quotes, a record split over lines by parentheses and several strings all read right.
 */
import type { DnsRecord, SourceContext, SourceFile, SourceParser } from './types.js'
import { LineIndex, type Mapped, MappedBuilder, readQuoted } from './mapped-text.js'
import {
  baseName,
  looksLikeDomain,
  missingDotMessage,
  qualify,
  repeatsOrigin
} from './owner-names.js'
import { guarded, makeRecord, type Problem, problemAt } from './parser-output.js'
import { canonicalDomain } from '../../domain-name.js'

const UNQUOTED_CUT =
  'in a zone file an unquoted ";" starts a comment, so the record ends before it: write its text in double quotes'

interface Token {
  /** Decoded text with its source map. */
  value: Mapped
  /** Raw offsets [start, end) of the token in the file, quotes included. */
  start: number
  end: number
  quoted: boolean
  /** Unquoted, and ended by a `;` right after it: the rest of the line was taken as a comment. */
  cut?: boolean
}

interface Entry {
  /** The line began with a blank: the owner is the previous record's. */
  blankOwner: boolean
  tokens: Token[]
}

const RR_TYPES = new Set(
  (
    'A AAAA AFSDB ALIAS ANAME APL ATMA CAA CDNSKEY CDS CERT CNAME CSYNC DHCID DLV DNAME DNSKEY DS ' +
    'EUI48 EUI64 GPOS HINFO HIP HTTPS IPSECKEY ISDN KEY KX L32 L64 LOC LP MB MD MF MG MINFO MR MX ' +
    'NAPTR NID NS NSAP NSAP-PTR NSEC NSEC3 NSEC3PARAM NULL NXT OPENPGPKEY PTR PX RP RRSIG RT SIG ' +
    'SMIMEA SOA SPF SRV SSHFP SVCB TA TKEY TLSA TSIG TXT URI WKS X25 ZONEMD'
  ).split(' ')
)
const CLASSES = new Set(['IN', 'CH', 'HS', 'CS'])
const TTL = /^(?:\d+|(?:\d+[wdhms])+)$/i

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r'

/** Splits the file into entries (logical lines) of tokens. */
const tokenize = (text: string, lines: LineIndex, problems: Problem[]): Entry[] => {
  const entries: Entry[] = []
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let lineStart = i
  let depth = 0
  let openParen = -1
  let entry: Entry | undefined

  const add = (tok: Token): void => {
    if (entry === undefined) {
      entry = { blankOwner: tok.start > lineStart, tokens: [] }
      entries.push(entry)
    }
    entry.tokens.push(tok)
  }

  while (i < n) {
    const c = text[i]
    if (c === '\n') {
      i++
      lineStart = i
      if (depth === 0) entry = undefined
      continue
    }
    if (isBlank(c)) {
      i++
      continue
    }
    if (c === ';') {
      while (i < n && text[i] !== '\n') i++
      continue
    }
    if (c === '(') {
      if (depth === 0) openParen = i
      depth++
      if (entry === undefined) {
        entry = { blankOwner: i > lineStart, tokens: [] }
        entries.push(entry)
      }
      i++
      continue
    }
    if (c === ')') {
      if (depth === 0) problems.push(problemAt(lines, i, 'unbalanced ")" in the zone file'))
      else depth--
      i++
      continue
    }
    const start = i
    const b = new MappedBuilder()
    if (c === '"') {
      const read = readQuoted(text, i + 1, '"', readEscape, b)
      i = read.end
      if (!read.closed) problems.push(problemAt(lines, start, 'unterminated quoted string'))
      add({ value: b.done(), start, end: i, quoted: true })
      continue
    }
    while (i < n) {
      const d = text[i]
      if (d === '\n' || isBlank(d) || d === ';' || d === '(' || d === ')' || d === '"') break
      if (d === '\\') i = readEscape(text, i, b)
      else {
        b.push(d ?? '', i)
        i++
      }
    }
    add({ value: b.done(), start, end: i, quoted: false, ...(text[i] === ';' && { cut: true }) })
  }
  if (depth > 0) problems.push(problemAt(lines, openParen, 'unclosed "(" in the zone file'))
  return entries
}

/** Reads `\X` or `\DDD` at `i` (the backslash) into `b`; returns the offset after it. */
const readEscape = (text: string, i: number, b: MappedBuilder): number => {
  const digits = /^\d{3}/.exec(text.slice(i + 1, i + 4))
  if (digits !== null) {
    b.escaped(String.fromCharCode(Number(digits[0]) & 0xff), i)
    return i + 4
  }
  const next = text[i + 1]
  if (next === undefined || next === '\n') {
    // A lone backslash at the end: keep it as written.
    b.push('\\', i)
    return i + 1
  }
  b.escaped(next, i)
  return i + 2
}

const TEMPLATE_EXT = /\.(?:j2|jinja2?|tmpl|tpl|template|erb|in|example|sample|dist)$/i
const NOT_TLD = new Set(
  (
    'txt js mjs cjs ts json yaml yml md conf cfg ini tf tfvars zone db sh py rb xml html htm toml ' +
    'log bak old orig lock csv env properties hosts fwd rev signed jnl'
  ).split(' ')
)

/** The zone a file name names: `example.com.zone`, `db.example.com`, `example.com.db`, `example.com`. */
export const originFromFileName = (file: string): string | undefined => {
  let base = baseName(file).toLowerCase()
  while (TEMPLATE_EXT.test(base)) base = base.replace(TEMPLATE_EXT, '')
  const candidates: string[] = []
  const db = /^db\.(.+)$/.exec(base)
  if (db?.[1] !== undefined) candidates.push(db[1])
  const ext = /^(.+?)\.(?:zone|db|fwd|hosts|signed)$/.exec(base)
  if (ext?.[1] !== undefined) candidates.push(ext[1])
  const tld = base.replace(/\.$/, '').replace(/^.*\./, '')
  if (!NOT_TLD.has(tld)) candidates.push(base)
  for (const c of candidates) {
    const d = canonicalDomain(c)
    if (looksLikeDomain(d)) return d
  }
  return undefined
}

const tokText = (t: Token | undefined): string => t?.value.text ?? ''

/** Where a record's value starts: the first character of the first data token. */
const valueStart = (t: Token): number => {
  const first = t.value.map.find(m => m >= 0)
  return first ?? (t.quoted ? t.start + 1 : t.start)
}

export const parseBind: SourceParser = (text: string, ctx: SourceContext): SourceFile =>
  guarded('bind', () => {
    const lines = new LineIndex(text)
    const problems: Problem[] = []
    const records: DnsRecord[] = []
    const fromName = originFromFileName(ctx.file)
    let origin = fromName
    let fileOrigin = fromName
    let sawOriginDirective = false
    let previousOwner: string | undefined

    for (const entry of tokenize(text, lines, problems)) {
      const toks = entry.tokens
      const head = toks[0]
      if (head === undefined) continue
      if (!entry.blankOwner && !head.quoted && head.value.text.startsWith('$')) {
        const directive = head.value.text.toUpperCase()
        if (directive === '$ORIGIN') {
          const arg = toks[1]
          if (arg === undefined) {
            problems.push(problemAt(lines, head.start, '$ORIGIN without a domain name'))
            continue
          }
          origin = qualify(arg.value.text, origin)
          if (!sawOriginDirective && (records.length === 0 || fileOrigin === undefined))
            fileOrigin = origin
          sawOriginDirective = true
        }
        // $TTL, $INCLUDE, $GENERATE: nothing to read for the records we yield.
        continue
      }

      let k = 0
      let owner: string | undefined
      if (entry.blankOwner) {
        owner = previousOwner
        if (owner === undefined) {
          problems.push(problemAt(lines, head.start, 'record without an owner name'))
          continue
        }
      } else {
        owner = qualify(head.value.text, origin)
        if (repeatsOrigin(head.value.text, origin))
          problems.push(problemAt(lines, head.start, missingDotMessage(head.value.text, origin)))
        k = 1
      }
      previousOwner = owner
      // Optional TTL and class, in either order.
      for (let n = 0; n < 2; n++) {
        const t = toks[k]
        if (t === undefined || t.quoted) break
        if (TTL.test(t.value.text) || CLASSES.has(t.value.text.toUpperCase())) k++
        else break
      }
      const typeTok = toks[k]
      if (typeTok === undefined) {
        problems.push(problemAt(lines, head.start, 'record without a type'))
        continue
      }
      const type = tokText(typeTok).toUpperCase()
      if (typeTok.quoted || (!RR_TYPES.has(type) && !/^TYPE\d+$/.test(type))) {
        problems.push(
          problemAt(lines, typeTok.start, `expected a record type, found "${tokText(typeTok)}"`)
        )
        continue
      }
      const data = toks.slice(k + 1)
      const first = data[0]
      if (type === 'TXT') {
        if (first === undefined) {
          problems.push(problemAt(lines, typeTok.start, 'TXT record without data'))
          continue
        }
        const b = new MappedBuilder()
        for (const t of data) b.append(t.value)
        const rec = makeRecord(lines, owner, 'TXT', b.done(), valueStart(first))
        // `v=STSv1; id=1` written without quotes: the zone ends the record at the `;`.
        if (data[data.length - 1]?.cut === true) rec.note = UNQUOTED_CUT
        records.push(rec)
      } else if (type === 'MX' || type === 'CNAME') {
        const host = type === 'MX' ? data[1] : first
        if (host === undefined) {
          problems.push(problemAt(lines, typeTok.start, `${type} record without a target host`))
          continue
        }
        const target = qualify(host.value.text, origin)
        if (repeatsOrigin(host.value.text, origin))
          problems.push(problemAt(lines, host.start, missingDotMessage(host.value.text, origin)))
        records.push(makeRecord(lines, owner, type, { text: target, map: [] }, valueStart(host)))
      }
    }
    const out: SourceFile = { format: 'bind', records, problems }
    if (fileOrigin !== undefined && fileOrigin !== '') out.origin = fileOrigin
    return out
  })
