import { defineRule } from './define.js'
import { isValidId, looksLikeSts } from '../record/sts.js'
import { quote } from '../message-format.js'

/** The id a malformed one was probably meant to be, when that is clear. */
const suggestion = (id: string): string | undefined => {
  const stripped = id.replace(/[-:._ +]/g, '')
  if (stripped !== id && isValidId(stripped)) return stripped
  return undefined
}

/** `write "id=..."` with the value when it is a valid id (or clearly meant one), else the rule. */
export const writeId = (value: string): string => {
  const id = isValidId(value) ? value : suggestion(value)
  return id === undefined
    ? 'write "id=" and 1 to 32 letters and digits, e.g. "id=20250701T150000Z"'
    : `write "id=${id}"`
}

export default defineRule(
  {
    id: 'txt-id',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'id missing, empty, over 32 characters, or not only letters and digits'
  },
  ({ rrset }, report) => {
    const candidates =
      rrset.selected.length > 0 ? rrset.selected : rrset.effective ? [rrset.effective] : []
    for (const r of candidates) {
      // A record that is not MTA-STS at all gets one finding (txt-syntax), not two.
      if (r.version !== 'STSv1' && !looksLikeSts(r.text)) continue
      const id = r.id
      if (id === undefined) {
        const near = r.tags.find(t => t.name.toLowerCase() === 'id')
        report({
          message:
            near === undefined
              ? 'the record has no id; add one, e.g. "v=STSv1; id=20250701T150000Z;" (letters and digits, at most 32)'
              : `the record has no id: tag names are case-sensitive, so ${quote(near.name)} is not "id"; ${writeId(near.value)}`,
          line: r.index,
          column: (near?.offset ?? r.text.length) + 1
        })
        continue
      }
      const v = id.value
      if (isValidId(v)) continue
      let why: string
      if (v.length === 0) why = 'it is empty'
      else if (/^[A-Za-z0-9]+$/.test(v))
        why = /^[0-9a-f]{40}$/i.test(v)
          ? `it has ${v.length} characters, over the limit of 32 (a SHA-1 hash is 40 hex digits: use MD5, or a timestamp)`
          : `it has ${v.length} characters, over the limit of 32`
      else {
        const bad = /[^A-Za-z0-9]/.exec(v)?.[0] ?? ''
        why = `${quote(bad)} is not allowed: only letters and digits (dates are written without "-" and ":")`
      }
      const fix = suggestion(v)
      report({
        message: `invalid id ${quote(v)}: ${why}${fix === undefined ? '' : `; write "id=${fix}"`}`,
        line: r.index,
        column: id.valueOffset + 1
      })
    }
  }
)
