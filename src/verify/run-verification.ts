/**
 * Verification of many domains, and the wait after a release: each domain under its own deadline,
 * a few at a time, and (with `waitSeconds`) re-checked with backoff until what is deployed matches
 * what is committed, in the order RFC 8461 section 8 prescribes for an update: first the served
 * policy, then the id.
 */
import pLimit from 'p-limit'
import type { Finding, SeveritySetting } from '../finding.js'
import type { EffectivePolicy } from '../policy/effective.js'
import { samePolicy } from '../policy/changes.js'
import type { PublicSuffixCheck } from '../public-suffix.js'
import type {
  AuthoritativeLookup,
  AuthoritativeSurvey,
  DnsLookup,
  LiveReport,
  PolicyFetcher,
  SmtpProbe
} from './types.js'
import { verifyDomain } from './verify-domain.js'

export interface DomainToVerify {
  domain: string
  /** What the repository commits (repository mode): compared with what is deployed. */
  committed?: { id?: string; policy?: EffectivePolicy }
}

export interface VerificationSettings {
  /** One domain's whole verification, lookups and connections included. */
  timeoutMs: number
  /** Keep re-checking up to this long until the deployed state matches the commit (0: once). */
  waitSeconds: number
  certExpiryDays: number
  /** Domains verified side by side. */
  concurrency: number
  severities?: Readonly<Record<string, SeveritySetting>>
  isPublicSuffix?: PublicSuffixCheck
  /**
   * Ask every name server of each zone directly (`--authoritative`, through ports.authoritative):
   * dns-inconsistent runs, and the wait lasts until every server serves the committed id.
   */
  authoritative?: boolean
}

/** The outside world verification needs: probes, the clock, sleeping and the log. */
export interface VerificationPorts {
  dns: DnsLookup
  fetcher: PolicyFetcher
  /** The zone's name servers, asked directly; used only when settings.authoritative is on. */
  authoritative?: AuthoritativeLookup
  /** Probes the MX hosts' STARTTLS; given only when SMTP probing is on. */
  smtp?: SmtpProbe
  now(): Date
  sleep(ms: number): Promise<void>
  /** A number in [0, 1) for the backoff's jitter. */
  random(): number
  log(line: string): void
  /** Told after each domain: how many are done, how many failed, the slowest still running. */
  progress?: (state: VerificationProgress) => void
}

export interface VerificationProgress {
  done: number
  total: number
  /** Domains done with an error finding. */
  failures: number
  /** The domain in flight the longest, and for how long (ms), when one is. */
  slowest?: { domain: string; ms: number }
}

export interface VerifiedDomain {
  domain: string
  findings: Finding[]
  live: LiveReport
  /** Checks made (more than one only while waiting). */
  attempts: number
}

/** Backoff between checks while waiting: 5 s doubling to 60 s, each with up to 20% jitter. */
export const backoffMs = (attempt: number, random: number): number => {
  const base = Math.min(60_000, 5_000 * 2 ** Math.max(0, attempt - 1))
  return Math.round(base * (0.8 + 0.4 * random))
}

/** Where a deployment stands against the commit, in the RFC's order. */
export type DeploymentState = 'matches' | 'policy-pending' | 'record-pending' | 'id-before-policy'

/**
 * How many of the zone's name servers serve `id` (`--authoritative`); undefined when that cannot
 * be judged: no survey, the name servers not found, or none of them answering for the record
 * (dns-inconsistent says so, and waiting for an answer that cannot come would be pointless).
 */
export const serversServing = (
  survey: AuthoritativeSurvey | undefined,
  id: string
): { serving: number; total: number } | undefined => {
  if (survey === undefined || survey.failure !== undefined) return undefined
  const answered = survey.servers.filter(
    s => s.error === undefined && s.record?.error === undefined
  )
  if (answered.length === 0) return undefined
  const serving = answered.filter(s => s.record?.id === id).length
  return { serving, total: survey.servers.length }
}

export const deploymentState = (
  committed: NonNullable<DomainToVerify['committed']>,
  live: LiveReport
): DeploymentState => {
  const policyServed =
    committed.policy === undefined ||
    (live.policy !== undefined && samePolicy(live.policy, committed.policy))
  const idLive = committed.id === undefined || live.id === committed.id
  // With --authoritative, the id counts as published once every name server serves it too.
  const servers =
    committed.id === undefined ? undefined : serversServing(live.authoritative, committed.id)
  const idEverywhere = idLive && (servers === undefined || servers.serving === servers.total)
  if (policyServed && idEverywhere) return 'matches'
  if (policyServed) return 'record-pending'
  // The record already has the new id while the old policy is served: senders that refetch now
  // cache the old policy under the new id, and will not fetch again until the id changes.
  if (idLive && committed.id !== undefined) return 'id-before-policy'
  return 'policy-pending'
}

/** One attempt's log line: what still differs and what was served (CDNs cache for minutes). */
const attemptLine = (
  d: DomainToVerify,
  state: DeploymentState,
  live: LiveReport,
  attempt: number,
  waitMs: number
): string => {
  const servers =
    d.committed?.id === undefined ? undefined : serversServing(live.authoritative, d.committed.id)
  const onServers =
    servers === undefined
      ? ''
      : ` on every name server (${servers.serving} of ${servers.total} serve it)`
  const what =
    state === 'policy-pending'
      ? 'the served policy is not yet the committed one'
      : `the policy is served; the _mta-sts record does not yet carry the committed id${onServers}`
  const cache = [
    live.age === undefined ? undefined : `Age ${live.age}`,
    live.cacheControl === undefined ? undefined : `Cache-Control ${live.cacheControl}`
  ].filter(Boolean)
  return `${d.domain}: attempt ${attempt}: ${what} (live id ${live.id ?? 'none'}${cache.length > 0 ? `, ${cache.join(', ')}` : ''}); checking again in ${Math.round(waitMs / 1000)} s`
}

const verifyOnce = (d: DomainToVerify, settings: VerificationSettings, ports: VerificationPorts) =>
  verifyDomain(d.domain, {
    dns: ports.dns,
    fetcher: ports.fetcher,
    ...(ports.smtp !== undefined && { smtp: ports.smtp }),
    now: ports.now(),
    timeoutMs: settings.timeoutMs,
    certExpiryDays: settings.certExpiryDays,
    ...(settings.severities !== undefined && { severities: settings.severities }),
    ...(d.committed !== undefined && { committed: d.committed }),
    ...(settings.isPublicSuffix !== undefined && { isPublicSuffix: settings.isPublicSuffix }),
    ...(settings.authoritative === true &&
      ports.authoritative !== undefined && { authoritative: ports.authoritative })
  })

/** One domain, re-checked while waiting is allowed and the deployment is on its way. */
const verifyWaiting = async (
  d: DomainToVerify,
  settings: VerificationSettings,
  ports: VerificationPorts
): Promise<VerifiedDomain> => {
  const until = ports.now().getTime() + settings.waitSeconds * 1000
  for (let attempt = 1; ; attempt++) {
    const { findings, live } = await verifyOnce(d, settings, ports)
    const state = d.committed === undefined ? 'matches' : deploymentState(d.committed, live)
    const waitMs = backoffMs(attempt, ports.random())
    const done =
      state === 'matches' || state === 'id-before-policy' || ports.now().getTime() + waitMs > until
    if (done) return { domain: d.domain, findings, live, attempts: attempt }
    ports.log(attemptLine(d, state, live, attempt, waitMs))
    await ports.sleep(waitMs)
  }
}

/** Every domain, `concurrency` at a time, in the order given. */
export const verifyDomains = async (
  domains: readonly DomainToVerify[],
  settings: VerificationSettings,
  ports: VerificationPorts
): Promise<VerifiedDomain[]> => {
  const limit = pLimit(Math.max(1, settings.concurrency))
  const progress = ports.progress
  if (progress === undefined) {
    return Promise.all(domains.map(d => limit(() => verifyWaiting(d, settings, ports))))
  }
  // Started domains by start time (a Map keeps insertion order: the first is the slowest).
  const inFlight = new Map<string, number>()
  let done = 0
  let failures = 0
  return Promise.all(
    domains.map(d =>
      limit(async () => {
        inFlight.set(d.domain, ports.now().getTime())
        const v = await verifyWaiting(d, settings, ports)
        inFlight.delete(d.domain)
        done++
        if (v.findings.some(f => f.severity === 'error')) failures++
        const first = inFlight.entries().next()
        progress({
          done,
          total: domains.length,
          failures,
          ...(first.done !== true && {
            slowest: { domain: first.value[0], ms: ports.now().getTime() - first.value[1] }
          })
        })
        return v
      })
    )
  )
}
