import { defineRule } from './define.js'
import { looksLikeSts } from '../record/sts.js'

export default defineRule(
  {
    id: 'txt-missing',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description:
      'no _mta-sts record (error live), or the repository keeps no record for the domain (notice: the id gate cannot run)'
  },
  ({ rrset }, report) => {
    if (rrset.records.length === 1 || rrset.selected.length > 0) return
    if (rrset.records.some(r => looksLikeSts(r.text))) return
    report({
      message:
        rrset.records.length === 0
          ? 'there is no _mta-sts TXT record, so senders never look for the policy; publish "v=STSv1; id=<id>" at _mta-sts.<domain>'
          : `none of the ${rrset.records.length} TXT records starts with "v=STSv1;", so senders find no policy; publish "v=STSv1; id=<id>" at _mta-sts.<domain>`,
      line: 1,
      column: 1
    })
  }
)
