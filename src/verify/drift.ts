/**
 * Drift between runs (`--state FILE`, design section 2): what each domain served last time, kept
 * in a state, weighed against what it serves now. Pure: the state in, the verified domains in,
 * findings and the new state out; the file is read and written by state-file.ts.
 *
 * Two rules of the id gate apply here live, under their own ids (their modules are gate rules,
 * so these checks feed findings with the same ids rather than running as rules):
 * - `id-not-changed`: the served policy changed (in effective values) while the live id stayed;
 *   reported on every run until the id changes, since senders keep what they cached under it.
 * - `id-reused`: the live id went back to one seen earlier with a different policy.
 */
import { createHash } from 'node:crypto'
import type { Finding, SeveritySetting } from '../finding.js'
import { formatDate, listChanges, quote } from '../message-format.js'
import type { EffectivePolicy } from '../policy/effective.js'
import { policyChanges } from '../policy/changes.js'
import type { LiveReport } from './types.js'

export const STATE_VERSION = 1
export const STATE_TOOL = 'mta-sts-lint'
/** (id, policy) pairs kept per domain, the most recently first seen last. */
export const HISTORY_LIMIT = 50

export interface StateHistoryEntry {
  id: string
  /** The policy digest (policyDigest). */
  policy: string
  /** ISO date. */
  firstSeen: string
}

export interface DomainState {
  /** The last live id, and when it was first seen (in its current run of runs). */
  id?: string
  idFirstSeen?: string
  /** The digest of the last served policy's effective values, and when it was first seen. */
  policyDigest?: string
  policyFirstSeen?: string
  /** The last served policy's effective values: lets a message say what changed. */
  policy?: EffectivePolicy
  /** The certificate's notAfter, and when it was first seen. */
  notAfter?: string
  notAfterFirstSeen?: string
  /** The digests served since the current id was first seen (bounded). */
  digestsUnderId: string[]
  /** Every (id, policy) pair seen, oldest first, the last HISTORY_LIMIT. */
  history: StateHistoryEntry[]
}

export interface DriftState {
  version: typeof STATE_VERSION
  tool: typeof STATE_TOOL
  domains: Record<string, DomainState>
}

export const emptyState = (): DriftState => ({
  version: STATE_VERSION,
  tool: STATE_TOOL,
  domains: {}
})

/**
 * The sha256 (hex) of the policy's effective values as canonical JSON: keys in a fixed order, mx
 * patterns lower-cased, without repeats and sorted, extensions sorted by name. Two policies have
 * the same digest exactly when samePolicy says they are the same (a byte-only change is none).
 */
export const policyDigest = (p: EffectivePolicy): string => {
  const ext = p.extensions ?? {}
  const canonical = {
    version: p.version ?? null,
    mode: p.mode ?? null,
    max_age: p.max_age ?? null,
    mx: [...new Set(p.mx.map(m => m.toLowerCase()))].sort(),
    extensions: Object.keys(ext)
      .sort()
      .map(k => [k, ext[k]])
  }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex')
}

/** What drift needs of one verified domain. */
export interface DriftInput {
  domain: string
  live: LiveReport
}

export interface DriftResult {
  findings: Finding[]
  state: DriftState
}

const RULE_SEVERITY = { 'id-not-changed': 'error', 'id-reused': 'error' } as const
type DriftRule = keyof typeof RULE_SEVERITY

const day = (iso: string | undefined): string =>
  iso === undefined ? 'an earlier run' : formatDate(new Date(iso)).slice(0, 10)

const bounded = <T>(list: T[]): T[] =>
  list.length > HISTORY_LIMIT ? list.slice(list.length - HISTORY_LIMIT) : list

/** One domain: its findings and its next state. */
const compareDomain = (
  prev: DomainState | undefined,
  { domain, live }: DriftInput,
  now: string
): { findings: { rule: DriftRule; message: string; url: string }[]; next: DomainState } => {
  const next: DomainState = {
    ...prev,
    digestsUnderId: [...(prev?.digestsUnderId ?? [])],
    history: [...(prev?.history ?? [])]
  }
  const findings: { rule: DriftRule; message: string; url: string }[] = []
  const id = live.id
  // An unknown id or policy (a lookup or fetch that failed) leaves what was known as it was.
  if (id !== undefined && id !== prev?.id) {
    next.id = id
    next.idFirstSeen = now
    next.digestsUnderId = []
  }
  const cert = live.certificate?.notAfter
  if (cert !== undefined && cert !== prev?.notAfter) {
    next.notAfter = cert
    next.notAfterFirstSeen = now
  }
  if (live.policy === undefined) return { findings, next }
  const digest = policyDigest(live.policy)
  if (digest !== prev?.policyDigest) {
    next.policyDigest = digest
    next.policyFirstSeen = now
  }
  next.policy = live.policy
  if (id === undefined) return { findings, next }

  const underId = next.digestsUnderId
  if (!underId.includes(digest)) underId.push(digest)
  next.digestsUnderId = bounded(underId)
  const record = `_mta-sts.${domain}`

  // The same id, another policy than one served under it since it was first seen.
  if (underId.some(d => d !== digest)) {
    const changed =
      prev?.policy !== undefined && prev.policyDigest !== undefined && prev.policyDigest !== digest
        ? `changed since ${day(prev.policyFirstSeen)} (${listChanges(policyChanges(prev.policy, live.policy))})`
        : `is not the one first served under it on ${day(next.idFirstSeen)}`
    findings.push({
      rule: 'id-not-changed',
      url: live.url,
      message: `the policy served at ${live.url} ${changed}, but the id in ${record} is still ${quote(id)}: senders keep the policy they cached under that id until the id changes (or its max_age runs out); publish a new id in ${record} now that the new policy is served`
    })
  }

  // An id seen before with a policy not served under it since it came back.
  const earlier = next.history.find(
    h => h.id === id && h.policy !== digest && !underId.includes(h.policy)
  )
  if (earlier !== undefined) {
    findings.push({
      rule: 'id-reused',
      url: record,
      message: `${record} publishes id ${quote(id)} again, first seen on ${day(earlier.firstSeen)} with a different policy than the one served at ${live.url} now: senders that cached that policy under this id will not fetch this one; publish an id never used before`
    })
  }

  if (!next.history.some(h => h.id === id && h.policy === digest)) {
    next.history = bounded([...next.history, { id, policy: digest, firstSeen: now }])
  }
  return { findings, next }
}

/**
 * The verified domains weighed against the state: findings (id-not-changed, id-reused, subject to
 * the configured severities) and the state to write. Domains not verified this run keep theirs.
 */
export const compareDrift = (
  state: DriftState,
  verified: readonly DriftInput[],
  now: Date,
  severities?: Readonly<Record<string, SeveritySetting>>
): DriftResult => {
  const domains: Record<string, DomainState> = { ...state.domains }
  const findings: Finding[] = []
  const at = now.toISOString()
  for (const v of verified) {
    const prev = Object.hasOwn(state.domains, v.domain) ? state.domains[v.domain] : undefined
    const result = compareDomain(prev, v, at)
    domains[v.domain] = result.next
    for (const f of result.findings) {
      const setting = severities?.[f.rule]
      if (setting === 'off') continue
      findings.push({
        rule: f.rule,
        severity: setting ?? RULE_SEVERITY[f.rule],
        message: f.message,
        domain: v.domain,
        url: f.url
      })
    }
  }
  return { findings, state: { version: STATE_VERSION, tool: STATE_TOOL, domains } }
}
