/**
 * Changing the id where it is kept: replace exactly the id's characters (a record's `idSpan`)
 * and nothing else, so quoting, line endings, comments and formatting stay byte-identical.
 */
import { isValidId } from '../../record/sts.js'

/**
 * `text` with the characters in `span` ([start, end), 0-based, from a record's `idSpan`)
 * replaced by `newId`. Throws a RangeError when the span is not inside the text or the new id is
 * not a valid MTA-STS id (1 to 32 of A-Z a-z 0-9): a bump must never write a broken record.
 */
export const bumpId = (text: string, span: readonly [number, number], newId: string): string => {
  const [start, end] = span
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > text.length
  )
    throw new RangeError(
      `id span [${start}, ${end}) is not inside the text (${text.length} characters)`
    )
  if (!isValidId(newId)) throw new RangeError(`"${newId}" is not a valid MTA-STS id`)
  return text.slice(0, start) + newId + text.slice(end)
}
