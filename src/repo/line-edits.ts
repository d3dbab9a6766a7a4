/**
 * A bump as line edits, for tools that change whole lines rather than characters (a pull
 * request's suggested changes, an annotation saying what to type). Pure: texts in, edits out.
 */

/** One line a change replaces. */
export interface LineEdit {
  /** The 1-based line number; the same before and after, as a bump keeps the line count. */
  line: number
  /** The line before, without its line break (a CRLF line's CR is not part of it). */
  before: string
  /** The line after, without its line break. */
  after: string
}

/** A line edit in a file, by its path in the repository (`/`-separated, no leading `/`). */
export interface FileLineEdit extends LineEdit {
  path: string
}

/** The lines of a text as git counts them: split at LF, each without a CR before the LF. */
const linesOf = (text: string): string[] =>
  text.split('\n').map(l => (l.endsWith('\r') ? l.slice(0, -1) : l))

const lines = (n: number): string => (n === 1 ? '1 line' : `${n} lines`)

/**
 * The lines that differ between a file's text before and after a bump, in line order. A line
 * whose only difference is its CR is no edit: a suggestion replaces a line's content, not its
 * line break. Throws a RangeError when the line counts differ (a bump never adds or removes a
 * line, so the edits would not describe the change).
 */
export const lineEdits = (before: string, after: string): LineEdit[] => {
  const a = linesOf(before)
  const b = linesOf(after)
  if (a.length !== b.length) {
    throw new RangeError(
      `the change does not keep the line count (${lines(a.length)} before, ${b.length} after)`
    )
  }
  const out: LineEdit[] = []
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) out.push({ line: i + 1, before: a[i], after: b[i] })
  }
  return out
}

/**
 * An edit in words, for an annotation when it cannot be a suggested change:
 * `replace line 12 of dns/example.com.zone with: _mta-sts TXT "v=STSv1; id=…"`.
 */
export const describeLineEdit = (edit: FileLineEdit): string =>
  `replace line ${edit.line} of ${edit.path} with: ${edit.after}`
