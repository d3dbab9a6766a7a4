import { defineRule } from './define.js'
import { formatDate, listChanges, quote } from '../message-format.js'
import { idIsNew, idReusedAt } from './id-gate-conditions.js'
import { policyChanges } from '../policy/changes.js'

export default defineRule(
  {
    id: 'id-reused',
    severity: 'error',
    target: 'gate',
    rfc: 'RFC 8461 3.1',
    description:
      "the new id was already used in this repository's history for a different policy (a notice when history was too short to be sure)"
  },
  (ctx, report) => {
    const { domain, head, history, at } = ctx
    if (!idIsNew(ctx) || head.policy === undefined) return
    const id = quote(head.id ?? '')
    const earlier = idReusedAt(ctx)
    if (earlier !== undefined && earlier.policy !== undefined) {
      const commit = earlier.commit === undefined ? '' : ` (commit ${earlier.commit.slice(0, 7)})`
      report({
        message: `the new id ${id} of ${domain} in ${ctx.idWhere} was already published on ${formatDate(earlier.date)}${commit} with a different policy (then → now: ${listChanges(policyChanges(earlier.policy, head.policy))}): senders that cached that policy under this id will not fetch this one; write an id never used before, e.g. ${ctx.suggestedId}`,
        ...at
      })
      return
    }
    if (history === undefined) {
      report({
        message: `could not check that the new id ${id} of ${domain} was never used before for another policy: no history of its id source was available (the git checkout is needed; the REST fallback reads the base only)`,
        severity: 'notice',
        ...at
      })
    } else if (!history.complete) {
      const n = history.entries.length
      report({
        message: `the new id ${id} of ${domain} is not in the ${n} ${n === 1 ? 'version' : 'versions'} of history available, but ${history.reason ?? 'history was cut short'}, so it may have been used before for another policy; set fetch-depth: 0 on actions/checkout to make the check complete`,
        severity: 'notice',
        ...at
      })
    }
  }
)
