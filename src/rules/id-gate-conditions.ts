/**
 * The id gate's conditions on one domain, base against head: shared by the gate rules (which
 * report them) and the gate's comparison (which decides what needs a new id).
 */
import { MAX_AGE_LIMIT, type EffectivePolicy } from '../policy/effective.js'
import { samePolicy } from '../policy/changes.js'
import type { DomainState, GateContext, HistoryEntry } from '../gate/types.js'

/** Whether a state has a _mta-sts record. */
export const hasRecord = (s: DomainState): boolean =>
  s.record ?? (s.id !== undefined || s.idComputed === true)

/** The policy changed between base and head: added, removed, or different effective values. */
export const policyChanged = (base: DomainState | undefined, head: DomainState): boolean => {
  const a = base?.policy
  const b = head.policy
  if (a === undefined || b === undefined) return a !== b
  return !samePolicy(a, b)
}

/**
 * id-not-changed's condition: both sides have a policy and a literal id, the policy changed,
 * the id did not.
 */
export const idStale = (ctx: GateContext): boolean =>
  ctx.head.idComputed !== true &&
  ctx.base?.policy !== undefined &&
  ctx.head.policy !== undefined &&
  ctx.head.id !== undefined &&
  ctx.head.id === ctx.base.id &&
  ctx.changed

/**
 * id-not-changed's other condition: the policy changed and the head's record writes its id as an
 * expression the repository gives no value, so whether it changed is not known here.
 */
export const idUnchecked = (ctx: GateContext): boolean =>
  ctx.head.idUnread !== undefined &&
  ctx.base?.policy !== undefined &&
  ctx.head.policy !== undefined &&
  ctx.changed

/** The head's id is new: literal, and different from the base's (or the domain is new). */
export const idIsNew = (ctx: GateContext): boolean =>
  ctx.head.idComputed !== true && ctx.head.id !== undefined && ctx.head.id !== ctx.base?.id

/** id-reused's condition: the earlier state that published the head's new id with another policy. */
export const idReusedAt = (ctx: GateContext): HistoryEntry | undefined => {
  const policy = ctx.head.policy
  if (!idIsNew(ctx) || policy === undefined || ctx.history === undefined) return undefined
  return ctx.history.entries.find(
    e => e.id === ctx.head.id && e.policy !== undefined && !samePolicy(e.policy, policy)
  )
}

/** A policy senders would cache and act on: mode enforce or testing with a valid max_age. */
const isActive = (p: EffectivePolicy | undefined): p is EffectivePolicy & { max_age: number } =>
  p !== undefined && (p.mode === 'enforce' || p.mode === 'testing') && p.max_age !== undefined

export interface RemovalTiming {
  /** The newest entry serving an enforce/testing policy, and its index in the entries. */
  lastActive?: { entry: HistoryEntry; index: number }
  /**
   * The earliest date every enforce/testing policy of the history has expired from caches: for
   * each, the time it stopped being served (the next entry's date) plus its max_age.
   */
  safeAfter?: Date
  /** The policy that sets `safeAfter`, with the time it stopped being served. */
  longest?: { policy: EffectivePolicy & { max_age: number }; until: Date }
}

/**
 * When removing the domain's policy or record becomes safe, from the history's commit dates
 * (newest first; entry 0 is the base, still served at `now`).
 */
export const removalTiming = (entries: readonly HistoryEntry[], now: Date): RemovalTiming => {
  const out: RemovalTiming = {}
  for (let i = 0; i < entries.length; i++) {
    const p = entries[i].policy
    if (!isActive(p)) continue
    out.lastActive ??= { entry: entries[i], index: i }
    const until = i === 0 ? now : entries[i - 1].date
    const safe = new Date(until.getTime() + p.max_age * 1000)
    if (out.safeAfter === undefined || safe > out.safeAfter) {
      out.safeAfter = safe
      out.longest = { policy: p, until }
    }
  }
  return out
}

/**
 * The latest date an enforce/testing policy older than the history's oldest entry could still be
 * cached: it stopped being served by then, and no max_age exceeds the RFC's limit.
 */
export const unknownPastSafeAfter = (entries: readonly HistoryEntry[]): Date | undefined => {
  const oldest = entries[entries.length - 1]
  return oldest === undefined ? undefined : new Date(oldest.date.getTime() + MAX_AGE_LIMIT * 1000)
}
