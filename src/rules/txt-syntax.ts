import { defineRule } from './define.js'
import { STS_VERSION, looksLikeSts } from '../record/sts.js'
import { extValueProblem } from '../record/tags.js'
import { describeTagIssue, tagIssueSeverity } from './tag-messages.js'
import { q } from './text.js'

export default defineRule(
  {
    id: 'txt-syntax',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description:
      'the _mta-sts record does not follow the grammar (version first and exact, delimiters, extension syntax, quotes, non-ASCII, trailing junk)'
  },
  ({ rrset }, report) => {
    const inSet = rrset.records.length > 1
    for (const r of rrset.records) {
      if (inSet && !r.exactPrefix && !looksLikeSts(r.text)) continue
      for (const i of r.issues) {
        const message = describeTagIssue(i, STS_VERSION, r.text, inSet)
        if (message === undefined) continue
        const severity = tagIssueSeverity(i, inSet)
        report({ message, line: r.index, column: i.offset + 1, ...(severity && { severity }) })
      }
      for (const t of r.tags) {
        if (t.name === 'id') continue
        const at = extValueProblem(t.value)
        // A non-ASCII character is reported once, by the record-wide check.
        if (at < 0 || t.value.charCodeAt(at) > 0x7f) continue
        report({
          message:
            t.value.length === 0
              ? `tag ${q(t.name)} has no value`
              : `the value of tag ${q(t.name)} holds ${q(t.value[at])}; extension values allow visible ASCII except ";" and "="`,
          line: r.index,
          column: t.valueOffset + at + 1
        })
      }
    }
  }
)
