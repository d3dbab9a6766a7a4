import { defineRule } from './define.js'

export default defineRule(
  {
    id: 'txt-multiple',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description: 'more than one record starting "v=STSv1;" (senders then use no policy)'
  },
  ({ rrset }, report) => {
    if (rrset.selected.length < 2) return
    const second = rrset.selected[1]
    report({
      message: `${rrset.selected.length} TXT records start with "v=STSv1;" (records ${rrset.selected.map(r => r.index).join(', ')}); with more than one, senders behave as if the domain had no policy: keep exactly one`,
      line: second.index,
      column: 1
    })
  }
)
