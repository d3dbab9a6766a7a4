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
  ({ rrset, origin, domain }, report) => {
    if (rrset.records.length === 1 || rrset.selected.length > 0) return
    if (rrset.records.some(r => looksLikeSts(r.text))) return
    const name = domain === undefined ? '_mta-sts.<domain>' : `_mta-sts.${domain}`
    if (rrset.records.length === 0 && origin === 'repo') {
      report({
        message: `this repository keeps no _mta-sts record for ${domain ?? 'the domain'}, so the id gate cannot check that the id changes with the policy; declare where the id lives in .mta-sts.yml: "domains: {${domain ?? '<domain>'}: {record: <zone or DNS file>}}" or "{id: <id>}"`,
        severity: 'notice'
      })
      return
    }
    report({
      message:
        rrset.records.length === 0
          ? `there is no TXT record at ${name}, so senders never look for the policy; publish "v=STSv1; id=<id>" there`
          : `none of the ${rrset.records.length} TXT records at ${name} starts with "v=STSv1;", so senders find no policy; publish "v=STSv1; id=<id>"`,
      line: 1,
      column: 1
    })
  }
)
