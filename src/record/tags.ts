/**
 * The tag-list shape shared by the `_mta-sts` record (RFC 8461 3.1) and the `_smtp._tls` record
 * (RFC 8460 3): `v=<version>` first, then `delimiter field` one or more times, then an optional
 * final delimiter, where a delimiter is `*WSP ";" *WSP`. This scanner finds every tag with its
 * position and every deviation from that shape; what a tag's value may hold is decided by the
 * record's own grammar.
 */

export type TagSyntaxKind =
  | 'empty'
  | 'non-ascii'
  | 'control-char'
  | 'quotes'
  | 'leading-whitespace'
  | 'version'
  | 'space-before-semicolon'
  | 'trailing-whitespace'
  | 'empty-field'
  | 'no-equals'
  | 'bad-name'
  | 'missing-semicolon'
  | 'no-fields'

export interface TagSyntaxIssue {
  kind: TagSyntaxKind
  /** 0-based offset in the record text. */
  offset: number
  text?: string
}

export interface Tag {
  name: string
  /** The raw value up to the next delimiter (WSP around it removed). */
  value: string
  offset: number
  valueOffset: number
}

export interface TagRecord {
  text: string
  /** The text of the version tag's value as written (`STSv1` when right). */
  version?: string
  tags: Tag[]
  issues: TagSyntaxIssue[]
  /** True when the text starts exactly with `v=<version>;`, the RRset selection prefix. */
  exactPrefix: boolean
}

const isWsp = (c: number): boolean => c === 0x20 || c === 0x09
const isAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isNameChar = (c: number): boolean => isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e

/** A tag name as both RFCs define extension names: alnum, then up to 31 of alnum `_` `-` `.`. */
export const tagNameProblem = (name: string): number => {
  if (name.length === 0 || !isAlnum(name.charCodeAt(0))) return 0
  for (let i = 1; i < name.length; i++) if (!isNameChar(name.charCodeAt(i))) return i
  return name.length > 32 ? 32 : -1
}

/** Extension values: one or more of 0x21-0x7E except `;` and `=`. */
export const extValueProblem = (value: string): number => {
  if (value.length === 0) return 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 0x21 || c > 0x7e || c === 0x3b || c === 0x3d) return i
  }
  return -1
}

export const scanTagRecord = (text: string, version: string): TagRecord => {
  const issues: TagSyntaxIssue[] = []
  const tags: Tag[] = []
  const prefix = `v=${version};`
  const rec: TagRecord = { text, tags, issues, exactPrefix: text.startsWith(prefix) }
  if (text.length === 0) {
    issues.push({ kind: 'empty', offset: 0 })
    return rec
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > 0x7f) {
      issues.push({ kind: 'non-ascii', offset: i, text: text[i] })
      break
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) {
      issues.push({ kind: 'control-char', offset: i, text: text[i] })
      break
    }
  }
  let start = 0
  let stop = text.length
  if (text.charCodeAt(0) === 0x22) {
    // A zone-file copy with its quotes: the quotes are not data. Read on inside them.
    issues.push({ kind: 'quotes', offset: 0 })
    start = 1
    if (stop > 1 && text.charCodeAt(stop - 1) === 0x22) stop--
  }
  const first = start
  while (start < stop && isWsp(text.charCodeAt(start))) start++
  if (start > first) issues.push({ kind: 'leading-whitespace', offset: first })

  // Split into segments at ';', keeping offsets.
  let segStart = start
  let index = 0
  for (let i = start; i <= stop; i++) {
    if (i < stop && text.charCodeAt(i) !== 0x3b) continue
    const isLast = i === stop
    let a = segStart
    let b = i
    while (a < b && isWsp(text.charCodeAt(a))) a++
    while (b > a && isWsp(text.charCodeAt(b - 1))) b--
    if (index === 0) {
      if (!isLast && b < i) issues.push({ kind: 'space-before-semicolon', offset: b })
    } else if (isLast && b < i && a < b) {
      issues.push({ kind: 'trailing-whitespace', offset: b })
    }
    if (a === b) {
      // Only the final delimiter may be followed by nothing; the version may never be empty.
      if (index === 0) issues.push({ kind: 'version', offset: a, text: '' })
      else if (!isLast) issues.push({ kind: 'empty-field', offset: a })
    } else {
      readSegment(text, a, b, index, rec, version)
    }
    segStart = i + 1
    index++
  }
  if (tags.length === 0 && rec.version !== undefined) {
    issues.push({ kind: 'no-fields', offset: stop })
  }
  return rec
}

/** A run of WSP followed by `name=`: a field that lost its `;` before it. */
const MISSING_DELIMITER = /[ \t]+[A-Za-z0-9][A-Za-z0-9_.-]*=/

const readSegment = (
  text: string,
  a: number,
  b: number,
  index: number,
  rec: TagRecord,
  version: string
): void => {
  const seg = text.slice(a, b)
  const eq = seg.indexOf('=')
  // `v=STSv1 id=abc`: report the missing `;`, then read the rest as the next field.
  const lost = eq < 0 ? null : MISSING_DELIMITER.exec(seg.slice(eq + 1))
  const end = lost === null ? b : a + eq + 1 + lost.index
  if (lost !== null) rec.issues.push({ kind: 'missing-semicolon', offset: end })
  const value = text.slice(a + eq + 1, end)

  if (index === 0) {
    // The version tag: exactly `v=<version>`, case-sensitive.
    if (eq < 0 || seg.slice(0, eq) !== 'v') {
      rec.issues.push({ kind: 'version', offset: a, text: text.slice(a, end) })
      // Still read `id=abc` (version forgotten) as a field: one mistake, one finding.
      if (eq > 0 && !/^v$/i.test(seg.slice(0, eq)))
        rec.tags.push({ name: seg.slice(0, eq), value, offset: a, valueOffset: a + eq + 1 })
    } else {
      rec.version = value
      if (value !== version)
        rec.issues.push({ kind: 'version', offset: a, text: text.slice(a, end) })
    }
  } else if (eq < 0) {
    rec.issues.push({ kind: 'no-equals', offset: a, text: seg })
  } else {
    const name = seg.slice(0, eq)
    const bad = tagNameProblem(name)
    if (bad >= 0) rec.issues.push({ kind: 'bad-name', offset: a + bad, text: name })
    rec.tags.push({ name, value, offset: a, valueOffset: a + eq + 1 })
  }
  if (lost !== null) {
    let next = end
    while (next < b && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) next++
    readSegment(text, next, b, index + 1, rec, version)
  }
}
