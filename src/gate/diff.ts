/**
 * Pure helpers of the id gate: what changed between two effective policies, fresh ids, dates,
 * and the conditions the gate rules and the comparison share.
 */
import { MAX_AGE_LIMIT, type EffectivePolicy } from '../policy/effective.js'
import { duration, q } from '../rules/text.js'
import type { DomainState, GateContext, HistoryEntry } from './types.js'

const show = (v: string | number | undefined): string =>
  v === undefined ? '(none)' : typeof v === 'number' ? String(v) : q(v)

/** The mx patterns as a set: case-insensitive, order and repeats do not matter. */
const mxSet = (p: EffectivePolicy): Set<string> => new Set(p.mx.map(m => m.toLowerCase()))

/**
 * What changed from `a` to `b` in the values senders act on: version, mode, max_age, the set of
 * mx patterns (case-insensitive), extension fields. Empty when nothing did (a byte-only change).
 */
export const policyChanges = (a: EffectivePolicy, b: EffectivePolicy): string[] => {
  const out: string[] = []
  if (a.version !== b.version) out.push(`version ${show(a.version)} → ${show(b.version)}`)
  if (a.mode !== b.mode) out.push(`mode ${show(a.mode)} → ${show(b.mode)}`)
  if (a.max_age !== b.max_age) out.push(`max_age ${show(a.max_age)} → ${show(b.max_age)}`)
  const ma = mxSet(a)
  const mb = mxSet(b)
  const added = [...mb].filter(m => !ma.has(m))
  const removed = [...ma].filter(m => !mb.has(m))
  if (added.length > 0) out.push(`mx ${added.map(m => q(m)).join(', ')} added`)
  if (removed.length > 0) out.push(`mx ${removed.map(m => q(m)).join(', ')} removed`)
  const ea = a.extensions ?? {}
  const eb = b.extensions ?? {}
  for (const name of new Set([...Object.keys(ea), ...Object.keys(eb)])) {
    const va = Object.hasOwn(ea, name) ? ea[name] : undefined
    const vb = Object.hasOwn(eb, name) ? eb[name] : undefined
    if (va === vb) continue
    out.push(
      va === undefined
        ? `field ${q(name)} added`
        : vb === undefined
          ? `field ${q(name)} removed`
          : `field ${q(name)} ${q(va)} → ${q(vb)}`
    )
  }
  return out
}

export const samePolicy = (a: EffectivePolicy, b: EffectivePolicy): boolean =>
  policyChanges(a, b).length === 0

/** At most `max` changes in words, the rest counted. */
export const listChanges = (changes: readonly string[], max = 3): string =>
  changes.length <= max
    ? changes.join('; ')
    : `${changes.slice(0, max).join('; ')}; and ${changes.length - max} more`

const pad = (n: number): string => String(n).padStart(2, '0')

/** An id for `date`: UTC `YYYYMMDDTHHMMSSZ`, letters and digits only. */
export const idForDate = (date: Date): string =>
  `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T` +
  `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`

/** The id for `now`, moved on by seconds until no id in `taken` has it. */
export const freshId = (now: Date, taken: ReadonlySet<string>): string => {
  let t = Math.floor(now.getTime() / 1000) * 1000
  let id = idForDate(new Date(t))
  while (taken.has(id)) {
    t += 1000
    id = idForDate(new Date(t))
  }
  return id
}

/** A date for a message: `2025-07-01T15:00:00Z`. */
export const formatDate = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

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

export const maxAgeWords = (seconds: number): string => `${seconds} s, ${duration(seconds)}`
