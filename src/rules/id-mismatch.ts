import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'id-mismatch',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.1',
    description: 'the live _mta-sts id differs from the committed id'
  },
  ({ domain, record, liveId, committed }, report) => {
    const want = committed?.id
    if (want === undefined || liveId === undefined || liveId === want) return
    const name = `_mta-sts.${domain}`
    const owner =
      record.ok && record.owner.toLowerCase() !== name
        ? ` (through its CNAME, at ${record.owner})`
        : ''
    report({
      message: `${name}${owner} publishes id ${quote(liveId)}, but the repository commits id ${quote(want)}, so senders do not see the committed policy as new: publish "v=STSv1; id=${want};" once the committed policy is served (the policy first, then the record), or commit the id DNS serves if DNS is right`,
      url: name
    })
  }
)
