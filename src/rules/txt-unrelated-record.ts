import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'txt-unrelated-record',
    severity: 'warning',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description:
      'a TXT record at _mta-sts that is not an MTA-STS record (legal, but some tools fail on it)'
  },
  ({ rrset }, report) => {
    for (const r of rrset.unrelated) {
      report({
        message: `record ${r.index} (${quote(r.text, 40)}) is not an MTA-STS record: RFC 8461 3.1 tells senders to ignore it, though some implementations (go-mtasts, checkdmarc) count every TXT record at this name and then find no policy; move it elsewhere unless it must be here`,
        line: r.index,
        column: 1
      })
    }
  }
)
