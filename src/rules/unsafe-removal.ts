import { defineRule } from './define.js'
import type { HistoryEntry } from '../gate/types.js'
import { formatDate, maxAgeWords, quote } from '../message-format.js'
import { hasRecord, removalTiming, unknownPastSafeAfter } from './id-gate-conditions.js'

/** The RFC's suggested max_age for the `mode: none` stage (section 8.3). */
const NONE_STAGE = 'publish "mode: none" with a short max_age (86400) under a new id'

export default defineRule(
  {
    id: 'unsafe-removal',
    severity: 'error',
    target: 'gate',
    rfc: 'RFC 8461 8.3, 10.2',
    description:
      'a policy or its TXT record is removed without first publishing mode: none under a new id and waiting out the longest max_age served before (the message carries the earliest safe date when known)'
  },
  ({ domain, unnamed, head, base, history, now, at }, report) => {
    if (base === undefined) return
    // An unnamed policy is known by its file alone: "the policy "x" is removed".
    const of = unnamed === true ? '' : ` of ${domain}`
    const policyGone = base.policy !== undefined && head.policy === undefined
    const recordGone = hasRecord(base) && !hasRecord(head)
    if (!policyGone && !recordGone) return
    // A policy never served at the well-known URL was never cached: removing it strands no one.
    if (base.unserved === true) return
    const file = base.policyFile === undefined ? '' : ` ${quote(base.policyFile)}`
    // The file may still be here, no longer named as this domain's: say what was lost.
    const lost =
      head.detached === undefined
        ? `the policy${file}${of} is removed`
        : `the policy${file} no longer serves ${domain}: the file is still here, but the base knew the domain by its ${head.detached.foundBy}, which is gone or names another host now, so the site would stop serving it to ${domain}`
    const what =
      policyGone && recordGone
        ? head.detached === undefined
          ? `the policy${file} and the _mta-sts record${of} are removed`
          : `${lost}, and the _mta-sts record is removed`
        : policyGone
          ? lost
          : `the _mta-sts record${of} is removed`
    const policy = base.policy
    if (policy === undefined) {
      report({
        message: `${what}, and the base holds no policy for it, so whether "mode: none" was published and waited out first cannot be checked: senders that cached an enforce or testing policy keep applying it until its max_age runs out`,
        severity: 'notice',
        ...at
      })
      return
    }

    // Straight from enforce or testing to removal: the none stage never happened.
    if (policy.mode !== 'none') {
      const entries: HistoryEntry[] = history?.entries.length
        ? history.entries
        : [{ date: now, policy, ...(base.id !== undefined && { id: base.id }) }]
      const timing = removalTiming(entries, now)
      const state =
        policy.mode === undefined
          ? 'a policy that is not mode: none'
          : `mode: ${policy.mode}${policy.max_age === undefined ? '' : ` (max_age ${maxAgeWords(policy.max_age)})`}`
      const wait =
        timing.safeAfter === undefined || timing.longest === undefined
          ? 'wait out the longest max_age served before'
          : `wait until every earlier policy has expired (${formatDate(timing.safeAfter)} if released now, set by max_age ${maxAgeWords(timing.longest.policy.max_age)})`
      report({
        message: `${what} while the base still serves ${state}: senders that cached it keep applying it, with no way to learn it is gone; first ${NONE_STAGE}, release it, ${wait}, and only then remove the policy and the record`,
        ...at
      })
      return
    }

    // The base serves mode: none: check it came under a new id and the older policies expired.
    if (history === undefined || history.entries.length === 0) {
      report({
        message: `${what} after "mode: none" at the base, but no history was available to check that it was published under a new id and that the earlier enforce or testing policies have expired (up to max_age after they were last served); make sure of both before merging`,
        severity: 'notice',
        ...at
      })
      return
    }
    const timing = removalTiming(history.entries, now)
    const cut = history.complete ? undefined : (history.reason ?? 'history was cut short')
    const bound = cut === undefined ? undefined : unknownPastSafeAfter(history.entries)
    const l = timing.longest
    if (timing.safeAfter !== undefined && l !== undefined && now < timing.safeAfter) {
      // Published under the same id, the none stage reached no sender that had cached the
      // policy before it: they all keep that one until it expires.
      const last = timing.lastActive?.entry
      const sameId =
        base.id !== undefined && last?.id === base.id
          ? `; the "mode: none" policy was published under the same id ${quote(base.id)} as the mode: ${last.policy?.mode} policy before it, so senders that cached that one never fetched it (next time publish it under a new id)`
          : ''
      report({
        message: `${what} too early: a mode: ${l.policy.mode} policy (max_age ${maxAgeWords(l.policy.max_age)}) was served until ${formatDate(l.until)} (commit dates), so senders may keep it cached until ${formatDate(timing.safeAfter)}${cut === undefined ? '' : ` at least (${cut})`}${sameId}; keep the "mode: none" policy and the record until then`,
        ...at
      })
      return
    }
    if (bound !== undefined && now < bound) {
      const known =
        timing.safeAfter === undefined
          ? 'no enforce or testing policy is in the history that was available'
          : `the policies in the history that was available expired by ${formatDate(timing.safeAfter)}`
      report({
        message: `${what}; ${known}, but ${cut}, so an older enforce or testing policy could still be cached until ${formatDate(bound)} at the latest; make sure none was served within its max_age before merging`,
        severity: 'notice',
        ...at
      })
    }
  }
)
