import { defineRule } from './define.js'
import { STS_VERSION, looksLikeSts } from '../record/sts.js'
import { describeTagIssue, reportExtensionValues, tagIssueSeverity } from './tag-messages.js'

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
      reportExtensionValues(r, 'id', report)
    }
  }
)
