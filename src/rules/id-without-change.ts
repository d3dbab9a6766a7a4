import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'id-without-change',
    severity: 'notice',
    target: 'gate',
    rfc: 'RFC 8461 3.1',
    description: 'the id changed but the policy did not (harmless: senders just refetch it)'
  },
  ({ domain, head, base, changed, idWhere, at }, report) => {
    if (head.idComputed === true || changed) return
    if (head.policy === undefined || base?.policy === undefined) return
    if (head.id === undefined || base.id === undefined || head.id === base.id) return
    report({
      message: `the id of ${domain} changed from ${quote(base.id)} to ${quote(head.id)} in ${idWhere}, but the policy did not (same effective values): harmless, senders only fetch the same policy again; keep it if a refetch is what you want, or restore ${quote(base.id)}`,
      ...at
    })
  }
)
