/**
 * Helpers shared by the id-source parsers: decoded strings that remember where each character
 * came from in the file (so an id can be bumped in place), 1-based line/column lookup, owner-name
 * normalisation and the record/problem builders.
 */
import { looksLikeSts, parseStsRecord } from '../../record/sts.js'
import type { DnsRecord, SourceFile } from './types.js'

/**
 * A decoded string and, for every character, the 0-based offset in the file it was copied from,
 * or -1 when it does not stand for itself there (an escape such as `\"` or `\059`, a value
 * resolved from elsewhere, a placeholder for an expression).
 */
export interface Mapped {
  text: string
  map: number[]
  /** Optional: for every character, the index of the file it came from (0 = the parsed file). */
  src?: number[]
}

export const mapped = (text: string, start: number): Mapped => ({
  text,
  map: Array.from({ length: text.length }, (_, i) => start + i)
})

export const unmapped = (text: string): Mapped => ({
  text,
  map: new Array<number>(text.length).fill(-1)
})

/** Mutable builder for a decoded string. */
export class MappedBuilder {
  text = ''
  map: number[] = []
  src: number[] | undefined

  push(ch: string, offset: number, file = 0): void {
    this.text += ch
    for (let i = 0; i < ch.length; i++) {
      this.map.push(offset < 0 ? -1 : offset + i)
      if (file !== 0 && this.src === undefined)
        this.src = new Array<number>(this.map.length - 1).fill(0)
      this.src?.push(file)
    }
  }

  append(m: Mapped): void {
    if (m.src !== undefined && this.src === undefined)
      this.src = new Array<number>(this.map.length).fill(0)
    this.text += m.text
    for (let i = 0; i < m.text.length; i++) {
      this.map.push(m.map[i] ?? -1)
      this.src?.push(m.src?.[i] ?? 0)
    }
  }

  done(): Mapped {
    const out: Mapped = { text: this.text, map: this.map }
    if (this.src !== undefined) out.src = this.src
    return out
  }
}

/** Replaces every `\;` by `;` (octoDNS TXT escaping), keeping the map of the `;`. */
export const unescapeSemicolons = (m: Mapped): Mapped => {
  const b = new MappedBuilder()
  for (let i = 0; i < m.text.length; i++) {
    if (m.text[i] === '\\' && m.text[i + 1] === ';') {
      b.push(';', m.map[i + 1] ?? -1, m.src?.[i + 1] ?? 0)
      i++
    } else {
      b.push(m.text[i] ?? '', m.map[i] ?? -1, m.src?.[i] ?? 0)
    }
  }
  return b.done()
}

/** 1-based line and column (in UTF-16 code units) of a 0-based offset. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) this.starts.push(i + 1)
  }

  pos(offset: number): { line: number; column: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 }
  }
}

/**
 * Where the id's characters are in the value: the first `id` tag as the record grammar reads it,
 * else (a record too broken for that, e.g. `id=` first) the first `id=` after a start, `;`,
 * blank or quote.
 */
export const idRange = (value: string): [number, number] | undefined => {
  const rec = parseStsRecord(value)
  if (rec.id !== undefined) {
    // A value running to a line end (a heredoc) keeps its CR/LF: not part of the id.
    let end = rec.id.valueOffset + rec.id.value.length
    while (end > rec.id.valueOffset && /\s/.test(value[end - 1] ?? '')) end--
    return [rec.id.valueOffset, end]
  }
  const m = /(?:^|[;\s"'])id=([^;\s"']*)/.exec(value)
  if (m === null) return undefined
  const start = m.index + m[0].length - (m[1] ?? '').length
  return [start, start + (m[1] ?? '').length]
}

/**
 * The file span [start, end) of the id in a decoded value, when its characters are copied
 * verbatim and contiguously from one file (else bumping in place is impossible: undefined).
 * `file` is the file index the span lies in (see Mapped.src).
 */
export const idSpanOf = (
  value: Mapped
): { span: [number, number]; file: number; range: [number, number] } | undefined => {
  if (!looksLikeSts(value.text)) return undefined
  const range = idRange(value.text)
  if (range === undefined) return undefined
  const [a, b] = range
  const fileAt = (i: number): number => value.src?.[i] ?? 0
  if (a === b) {
    // An empty id: the place right after `=`, when that `=` is in the file.
    const eq = value.map[a - 1] ?? -1
    if (eq < 0) return undefined
    return { span: [eq + 1, eq + 1], file: fileAt(a - 1), range }
  }
  const first = value.map[a] ?? -1
  if (first < 0) return undefined
  const file = fileAt(a)
  for (let i = a + 1; i < b; i++) {
    if (value.map[i] !== first + (i - a) || fileAt(i) !== file) return undefined
  }
  return { span: [first, first + (b - a)], file, range }
}

/**
 * Owner names: lower case, without the final dot; `@` is the origin; a relative name gets the
 * origin appended when it is known. An absolute name (final dot) stays as it is.
 */
export const qualify = (name: string, origin: string | undefined): string => {
  const n = name.trim().toLowerCase()
  if (n === '@' || n === '') return origin ?? ''
  if (n.endsWith('.')) return n.slice(0, -1)
  return origin === undefined || origin === '' ? n : `${n}.${origin}`
}

/**
 * A relative name that already ends with the origin (`_mta-sts.example.com` with no final dot in
 * the `example.com` zone) means `<name>.<origin>`: the classic missing-dot slip, worth a problem.
 */
export const repeatsOrigin = (name: string, origin: string | undefined): boolean => {
  if (origin === undefined || origin === '') return false
  const n = name.trim().toLowerCase()
  if (n === '' || n === '@' || n.endsWith('.')) return false
  return n === origin || n.endsWith(`.${origin}`)
}

export const missingDotMessage = (name: string, origin: string | undefined): string =>
  `"${name}" has no final dot, so it means "${qualify(name, origin)}"`

/** A domain name as written in a directive or a file name: lower case, no final dot. */
export const normalizeDomain = (name: string): string =>
  name.trim().toLowerCase().replace(/\.$/, '')

/** `example.com`, `mail.example.co.uk`: labels of letters, digits and hyphens, a letter TLD. */
export const looksLikeDomain = (name: string): boolean =>
  name.length <= 253 &&
  /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i.test(name)

/** The base name of a path (`/` or `\` separated). */
export const baseName = (file: string): string => file.replace(/^.*[/\\]/, '')

/** Builds a record with its position and, for a TXT, its id span. */
export const makeRecord = (
  lines: LineIndex,
  owner: string,
  type: DnsRecord['type'],
  value: Mapped,
  at: number
): DnsRecord => {
  const { line, column } = lines.pos(at)
  const rec: DnsRecord = { owner, type, value: value.text, line, column }
  if (type === 'TXT') {
    const id = idSpanOf(value)
    if (id !== undefined && id.file === 0) rec.idSpan = id.span
  }
  return rec
}

export type Problem = SourceFile['problems'][number]

export const problemAt = (lines: LineIndex, offset: number, message: string): Problem => ({
  message,
  ...lines.pos(offset)
})

/** Problems kept per file: one per line is plenty for a human, and bounds memory. */
export const MAX_PROBLEMS = 1000

/**
 * Runs a parser body; anything it throws (a bug) becomes a problem instead. Problems beyond
 * MAX_PROBLEMS are dropped, with one last problem saying how many.
 */
export const guarded = (format: SourceFile['format'], body: () => SourceFile): SourceFile => {
  try {
    const out = body()
    if (out.problems.length > MAX_PROBLEMS) {
      const first = out.problems[MAX_PROBLEMS] ?? { line: 1, column: 1 }
      const more = out.problems.length - MAX_PROBLEMS
      out.problems = out.problems.slice(0, MAX_PROBLEMS)
      out.problems.push({
        message: `${more} more problems not shown`,
        line: first.line,
        column: first.column
      })
    }
    return out
  } catch (e) {
    return {
      format,
      records: [],
      problems: [
        {
          message: `internal error reading the file: ${e instanceof Error ? e.message : String(e)}`,
          line: 1,
          column: 1
        }
      ]
    }
  }
}

/**
 * Reads a quoted string from the character after its opening `quote` up to the closing one (or
 * the end of the line), unescaping with the format's own `readEscape`, every character keeping
 * its position. Returns where reading stopped and whether the string was closed.
 */
export const readQuoted = (
  text: string,
  from: number,
  quote: string,
  readEscape: (text: string, i: number, b: MappedBuilder) => number,
  b: MappedBuilder
): { end: number; closed: boolean } => {
  let i = from
  while (i < text.length) {
    const d = text[i]
    if (d === quote) return { end: i + 1, closed: true }
    if (d === '\n') break
    if (d === '\\') i = readEscape(text, i, b)
    else {
      b.push(d ?? '', i)
      i++
    }
  }
  return { end: i, closed: false }
}
