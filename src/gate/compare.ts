/**
 * The id gate's pure comparison: each domain at the head against the base (and its history),
 * through the gate rules. No I/O: the caller reads the base and the history through the ports.
 */
import type { Finding, SeveritySetting } from '../finding.js'
import { runRules } from '../lint.js'
import { parsePolicy } from '../policy/parse.js'
import { effectivePolicy, policyFacts, type EffectivePolicy } from '../policy/effective.js'
import type { FileVersion } from './ports.js'
import type { DomainHistory, DomainInput, GateContext, HistoryEntry, Position } from './types.js'
import { freshPolicyId } from '../record/policy-id.js'
import { idReusedAt, idStale, idUnchecked, policyChanged } from '../rules/id-gate-conditions.js'
import { policyChanges } from '../policy/changes.js'

export interface CompareOptions {
  /** The time of the run: the safe-removal date (and by default the suggested id) comes from it. */
  now: Date
  /**
   * The time the gate's suggested id is written from (default: now). The action passes its
   * event's time, so a rerun of the same run suggests the same id (and its review is reused).
   */
  idTime?: Date
  /** Per-rule severity settings; `off` disables a rule. */
  severities?: Readonly<Record<string, SeveritySetting>>
}

export interface DomainVerdict {
  domain: string
  /** The effective policy changed since the base (added, removed, different values). */
  changed: boolean
  /** The domain needs a new id (its id did not change with its policy, or was used before). */
  needsNewId: boolean
  /** Where the finding of this domain point, when anywhere. */
  location?: Position
}

export interface CompareResult {
  /** In input order, domain by domain. */
  findings: Finding[]
  /** Some domain's effective policy changed: the action's `changed` output. */
  changed: boolean
  /** A fresh id when some domain needs one: the action's `new-id` output. */
  newId?: string
  domains: DomainVerdict[]
}

/**
 * Where a domain's findings point: the id source line, else the policy file, else the config
 * entry; for an unnamed policy removed, the path it was removed from.
 */
const locate = (d: DomainInput): Position | undefined => {
  if (d.unnamed === true && d.base?.policyFile !== undefined) return { file: d.base.policyFile }
  if (d.head.idLocation !== undefined) return d.head.idLocation
  if (d.head.policyFile !== undefined) return { file: d.head.policyFile, line: 1 }
  // The policy file is still there, serving no domain now: the change is about it.
  if (d.head.detached !== undefined) return { file: d.head.detached.policyFile }
  return d.configLocation
}

const place = (loc: Position): string =>
  loc.line === undefined ? JSON.stringify(loc.file) : `${JSON.stringify(loc.file)} line ${loc.line}`

const describeWhere = (d: DomainInput): string => {
  const loc = d.head.idLocation
  if (loc === undefined) return 'the place this repository keeps its _mta-sts record'
  const value = d.head.idValueLocation
  return value === undefined ? place(loc) : `${place(loc)} (its value is set in ${place(value)})`
}

/** Compares every domain; see CompareResult. */
export const compareDomains = (
  domains: readonly DomainInput[],
  opts: CompareOptions
): CompareResult => {
  const taken = new Set<string>()
  for (const d of domains) {
    for (const s of [d.head, d.base]) if (s?.id !== undefined) taken.add(s.id)
    for (const e of d.history?.entries ?? []) if (e.id !== undefined) taken.add(e.id)
  }
  const suggestedId = freshPolicyId(opts.idTime ?? opts.now, taken)
  const byPolicyFile = new Map<string, string[]>()
  for (const d of domains) {
    const f = d.head.policyFile
    if (f !== undefined && d.head.policy !== undefined) {
      byPolicyFile.set(f, [...(byPolicyFile.get(f) ?? []), d.domain])
    }
  }

  const findings: Finding[] = []
  const verdicts: DomainVerdict[] = []
  for (const d of domains) {
    const location = locate(d)
    const changes =
      d.base?.policy !== undefined && d.head.policy !== undefined
        ? policyChanges(d.base.policy, d.head.policy)
        : []
    const ctx: GateContext = {
      ...d,
      now: opts.now,
      changed: policyChanged(d.base, d.head),
      changes,
      suggestedId,
      at: {
        ...(location?.line !== undefined && { line: location.line }),
        ...(location?.column !== undefined && { column: location.column })
      },
      idWhere: describeWhere(d),
      sharedWith: (d.head.policyFile === undefined
        ? []
        : (byPolicyFile.get(d.head.policyFile) ?? [])
      ).filter(x => x !== d.domain)
    }
    findings.push(
      ...runRules('gate', ctx, {
        ...(d.unnamed !== true && { domain: d.domain }),
        ...(location !== undefined && { file: location.file }),
        ...(opts.severities !== undefined && { severities: opts.severities })
      })
    )
    const verdict: DomainVerdict = {
      domain: d.domain,
      changed: ctx.changed,
      needsNewId: idStale(ctx) || idUnchecked(ctx) || idReusedAt(ctx) !== undefined
    }
    if (location !== undefined) verdict.location = location
    verdicts.push(verdict)
  }
  const result: CompareResult = {
    findings,
    changed: verdicts.some(v => v.changed),
    domains: verdicts
  }
  if (verdicts.some(v => v.needsNewId)) result.newId = suggestedId
  return result
}

/** The effective policy of a file's bytes (what the gate compares); undefined for no file. */
export const readPolicy = (bytes: Uint8Array | null): EffectivePolicy | undefined =>
  bytes === null ? undefined : effectivePolicy(policyFacts(parsePolicy(bytes)))

export interface FileHistory {
  versions: FileVersion[]
  complete: boolean
  reason?: string
}

export interface TimelineInput {
  /** History of the domain's policy file (from HistorySource.versions). */
  policy?: FileHistory
  /** History of the domain's id source; the same object as `policy` when the id is an `id:` line. */
  idSource?: FileHistory
  /**
   * Histories of other files the id is read with, by path: the file that keeps the id's
   * characters when the record only refers to them (a Terraform variable set in a `.tfvars`).
   */
  idInputs?: ReadonlyMap<string, FileHistory>
  /**
   * The domain's id in one version of the id source, read with the versions of `idInputs` in
   * effect then (null: the file did not exist); undefined when it declares no record.
   */
  readId: (bytes: Uint8Array, inputs: ReadonlyMap<string, Uint8Array | null>) => string | undefined
  /** The effective policy of one version of the policy file (default: readPolicy). */
  readPolicy?: (bytes: Uint8Array) => EffectivePolicy | undefined
}

interface Point {
  commit: string
  date: Date
}

/**
 * Merges the histories of a domain's policy file and id source into one timeline of states,
 * newest first (the first is the base), for id-reused and unsafe-removal. Where one history is
 * cut short, the timeline stops at its oldest version (older states would be half known).
 */
export const buildHistory = (input: TimelineInput): DomainHistory => {
  const toPolicy = input.readPolicy ?? ((b: Uint8Array) => readPolicy(b))
  const inputs = [...(input.idInputs ?? new Map<string, FileHistory>())]
  const lists = [input.policy, input.idSource, ...inputs.map(([, h]) => h)].filter(
    (l): l is FileHistory => l !== undefined
  )
  const points: Point[] = []
  const seen = new Set<string>()
  for (const l of lists) {
    for (const v of l.versions) {
      if (seen.has(v.commit)) continue
      seen.add(v.commit)
      points.push({ commit: v.commit, date: v.date })
    }
  }
  // Newest first; equal dates keep the order git gave (children before parents).
  points.sort((a, b) => b.date.getTime() - a.date.getTime())
  let horizon = -Infinity
  for (const l of lists) {
    const oldest = l.versions[l.versions.length - 1]
    if (!l.complete && oldest !== undefined) {
      horizon = Math.max(horizon, oldest.date.getTime())
    }
  }
  /** The version of a file in effect at a point: the one of that commit, else the newest older one. */
  const versionAt = (l: FileHistory | undefined, p: Point): FileVersion | undefined => {
    if (l === undefined) return undefined
    return (
      l.versions.find(v => v.commit === p.commit) ??
      l.versions.find(v => v.date.getTime() <= p.date.getTime())
    )
  }
  const entries: HistoryEntry[] = []
  for (const p of points) {
    if (p.date.getTime() < horizon) break
    const entry: HistoryEntry = { commit: p.commit, date: p.date }
    const pv = versionAt(input.policy, p)
    if (pv?.content != null) {
      const policy = toPolicy(pv.content)
      if (policy !== undefined) entry.policy = policy
    }
    const iv = versionAt(input.idSource, p)
    if (iv?.content != null) {
      const versions = new Map(inputs.map(([f, h]) => [f, versionAt(h, p)?.content ?? null]))
      const id = input.readId(iv.content, versions)
      if (id !== undefined) entry.id = id
    }
    entries.push(entry)
  }
  const incomplete = lists.filter(l => !l.complete)
  const history: DomainHistory = { entries, complete: incomplete.length === 0 }
  const reason = incomplete.find(l => l.reason !== undefined)?.reason
  if (incomplete.length > 0) history.reason = reason ?? 'history was cut short'
  return history
}
