/**
 * What every parser hands back, built the same way: records with the place of their id (so it
 * can be bumped in place), problems with positions, and the guard that turns a crash into a
 * problem and caps how many are kept.
 */
import { looksLikeSts, parseStsRecord } from '../../record/sts.js'
import type { LineIndex, Mapped } from './mapped-text.js'
import { textRuns } from './record-place.js'
import type { DnsRecord, SourceFile } from './types.js'

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
    const runs = textRuns(lines, value, at)
    if (runs !== undefined) rec.textRuns = runs
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
