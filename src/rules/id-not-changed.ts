import { defineRule } from './define.js'
import { idStale, idUnchecked } from './id-gate-conditions.js'
import { listChanges, quote } from '../message-format.js'
import { sameBytes } from '../policy/changes.js'

export default defineRule(
  {
    id: 'id-not-changed',
    severity: 'error',
    target: 'gate',
    rfc: 'RFC 8461 3.1, 8.1',
    description:
      'the effective policy changed since the base but the id did not (the message carries a suggested fresh id)'
  },
  (ctx, report) => {
    const { domain, head, base, at } = ctx
    if (idStale(ctx)) {
      const shared =
        ctx.sharedWith.length > 0
          ? `; the policy also serves ${ctx.sharedWith.join(', ')}, whose id must change as well`
          : ''
      report({
        message: `the policy of ${domain} changed since the base (${listChanges(ctx.changes)}) but its id is still ${quote(head.id ?? '')} in ${ctx.idWhere}: senders that cached the old policy do not fetch the new one until its max_age runs out; write a new id there, e.g. ${ctx.suggestedId} (mta-sts-lint bump does it)${shared}`,
        ...at
      })
      return
    }
    if (idUnchecked(ctx)) {
      // Fail closed: a gate that cannot read the id does not pass the change quietly.
      report({
        message: `the policy of ${domain} changed since the base (${listChanges(ctx.changes)}), and the gate cannot tell whether its id did: ${ctx.idWhere} writes the record as ${quote(head.idUnread ?? '')}, an expression whose value this repository does not hold; make sure this change publishes a new id (e.g. ${ctx.suggestedId}), and keep the id in the repository (written out, or in a variable set there) so the gate can check it; if every deployment writes a fresh id by itself, lower this rule to a warning`,
        ...at
      })
      return
    }
    // A byte-only change (whitespace, line endings, field order, a repeat) is no change to
    // senders: worth a word, not a new id.
    if (
      head.idComputed !== true &&
      !ctx.changed &&
      head.policy !== undefined &&
      base?.policy !== undefined &&
      head.id !== undefined &&
      head.id === base.id &&
      head.policyBytes !== undefined &&
      base.policyBytes !== undefined &&
      !sameBytes(head.policyBytes, base.policyBytes)
    ) {
      report({
        message: `the policy file ${quote(head.policyFile ?? '')} of ${domain} changed since the base, but not its effective values (only bytes: whitespace, line endings, field order or repeats), so senders see the same policy and the id ${quote(head.id)} can stay`,
        severity: 'notice',
        ...at
      })
    }
  }
)
