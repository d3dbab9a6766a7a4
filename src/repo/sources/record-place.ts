/**
 * Where the text of a kept record is written: the line and column of each of its characters, so
 * a finding at a column of the record's text points at that character in the file, whatever
 * escapes, string boundaries or line breaks lie between.
 */
import { type LineIndex, type Mapped, writtenAt } from './mapped-text.js'
import type { Position, TextRun } from './types.js'

export type { Position, TextRun } from './types.js'

/** A record's place: where its value starts, and where the runs of its text are written. */
export interface RecordPlace extends Position {
  textRuns?: TextRun[]
  /** Added to the message of each finding on the record (see DnsRecord.note). */
  note?: string
}

const next = (p: Position | null): Position | null =>
  p === null ? null : { line: p.line, column: p.column + 1 }

const same = (a: Position | null, b: Position | null): boolean =>
  a === null || b === null ? a === b : a.line === b.line && a.column === b.column

/**
 * The runs of a decoded value (see DnsRecord.textRuns); undefined when the value is copied as
 * is, on one line, from `start` on.
 */
export const textRuns = (lines: LineIndex, value: Mapped, start: number): TextRun[] | undefined => {
  const n = value.text.length
  let asIs = !value.text.includes('\n')
  for (let i = 0; asIs && i < n; i++) {
    if (value.map[i] !== start + i || writtenAt(value, i) !== start + i) asIs = false
  }
  if (asIs) return undefined
  const runs: TextRun[] = []
  let expected: Position | null | undefined
  const add = (i: number, p: Position | null): void => {
    if (expected === undefined || !same(p, expected)) runs.push({ from: i, at: p })
    expected = next(p)
  }
  for (let i = 0; i < n; i++) {
    const o = writtenAt(value, i)
    add(i, o < 0 ? null : lines.pos(o))
  }
  // After the text: right after its last character, when that is written as itself here (how
  // long an escape is written is not kept).
  const last = n - 1
  const end =
    n === 0
      ? start
      : (value.map[last] ?? -1) >= 0 && writtenAt(value, last) === value.map[last]
        ? (value.map[last] ?? -1) + 1
        : -1
  add(n, end < 0 ? null : lines.pos(end))
  return runs
}

/**
 * Where the character at `offset` (0-based; the text's length for the place after it) of a
 * record's text is in the file; the record's start when the file does not write it (an
 * expression's value, text from another file).
 */
export const positionAt = (place: RecordPlace, offset: number): Position => {
  const o = Math.max(0, offset)
  const runs = place.textRuns
  if (runs === undefined) return { line: place.line, column: place.column + o }
  let run: TextRun | undefined
  for (const r of runs) {
    if (r.from > o) break
    run = r
  }
  if (run === undefined || run.at === null) return { line: place.line, column: place.column }
  return { line: run.at.line, column: run.at.column + (o - run.from) }
}

/** The place of a parsed record, for the model. */
export const placeOf = (r: RecordPlace): RecordPlace => ({
  line: r.line,
  column: r.column,
  ...(r.textRuns !== undefined && { textRuns: r.textRuns }),
  ...(r.note !== undefined && { note: r.note })
})
