/**
 * The hunks of a unified diff, as GitHub gives a pull request file's `patch`: which lines of
 * the new file the diff shows. A review comment on the RIGHT side may only go on those lines
 * (added or context lines); GitHub refuses any other line with 422. Pure: text in, lines out.
 */

/** `@@ -start[,count] +start[,count] @@ section`; a count left out means 1. */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** A diff line's text without its CR (the patch of a CRLF file has the CRs). */
const text = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line)

/**
 * The lines of the new file that `patch` shows (added and context lines), by 1-based line
 * number, each with its text (without the leading `+` or space, and without a CRLF line's CR).
 * Never throws: no patch (GitHub omits it for binary and very large files) or text that is no
 * diff gives an empty map; a hunk is read no further than its header's counts, so lines after
 * it and a truncated hunk's missing lines are not shown lines.
 */
export const rightSideLines = (patch: string | null | undefined): Map<number, string> => {
  const shown = new Map<number, string>()
  if (typeof patch !== 'string' || patch === '') return shown
  const lines = patch.split('\n')
  // A final line break ends the last line; it does not start an empty one.
  if (lines[lines.length - 1] === '') lines.pop()
  let newLine = 0
  let oldLeft = 0
  let newLeft = 0
  for (const raw of lines) {
    const header = HUNK.exec(raw)
    if (header !== null) {
      oldLeft = header[2] === undefined ? 1 : Number(header[2])
      newLine = Number(header[3])
      newLeft = header[4] === undefined ? 1 : Number(header[4])
      // Lines count from 1; a hunk that says otherwise shows nothing.
      if (newLine < 1 && newLeft > 0) oldLeft = newLeft = 0
      continue
    }
    if (oldLeft <= 0 && newLeft <= 0) continue // outside a hunk
    const mark = raw.charAt(0)
    if (mark === '\\') continue // "\ No newline at end of file"
    if (mark === '+' && newLeft > 0) {
      shown.set(newLine++, text(raw.slice(1)))
      newLeft--
    } else if (mark === '-' && oldLeft > 0) {
      oldLeft--
    } else if ((mark === ' ' || raw === '') && oldLeft > 0 && newLeft > 0) {
      // An empty line is a context line whose space was stripped (by an editor or a mail path).
      shown.set(newLine++, text(raw.slice(1)))
      oldLeft--
      newLeft--
    } else {
      // A line the counts do not allow: the patch is not what its header says; stop the hunk.
      oldLeft = 0
      newLeft = 0
    }
  }
  return shown
}
