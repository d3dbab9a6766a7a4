/**
 * One domain as deployed (design sections 2 to 4): its `_mta-sts` record, the policy served at
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt` and its certificate, its MX hosts and its
 * TLS-RPT record, checked with the same rules as committed files plus the live rules.
 *
 * Pure orchestration: the only I/O goes through the injected DnsLookup and PolicyFetcher. One
 * deadline bounds the whole domain; a probe that never answers (or ignores the signal) is cut off
 * there, and what it would have told becomes a timeout finding.
 */
import type { Finding, SeveritySetting } from '../finding.js'
import { canonicalDomain } from '../domain-name.js'
import { lintPolicy, lintRecords, lintTlsRpt, policyFindings, runRules } from '../lint.js'
import { policyFacts, type EffectivePolicy, type Mode } from '../policy/effective.js'
import { normalizeHost } from '../policy/mx.js'
import { notAPolicy } from '../policy/not-policy.js'
import { parsePolicy, POLICY_SIZE_LIMIT } from '../policy/parse.js'
import { policyUrl } from '../site/well-known.js'
import { bounded } from './bounded.js'
import { surveyAuthoritative } from './authoritative.js'
import type {
  AuthoritativeLookup,
  AuthoritativeSurvey,
  DnsAnswer,
  DnsFailure,
  DnsLookup,
  LiveContext,
  LiveReport,
  MxHost,
  PolicyFetch,
  PolicyFetcher,
  SmtpCheck,
  SmtpFacts,
  SmtpHostReport,
  SmtpProbe
} from './types.js'

export interface VerifyDomainDeps {
  dns: DnsLookup
  fetcher: PolicyFetcher
  /** Probes the MX hosts' STARTTLS when given (opt-in: --smtp, input smtp, config verify.smtp). */
  smtp?: SmtpProbe
  /** The time certificates are judged at. */
  now: Date
  /** The whole domain's time limit: every lookup and the fetch (design: `--timeout`). */
  timeoutMs: number
  /** tls-certificate-expiring warns this many days before expiry (config cert-expiry-days). */
  certExpiryDays: number
  /** Per-rule severity settings; `off` disables a rule. */
  severities?: Readonly<Record<string, SeveritySetting>>
  /** What the repository commits for the domain (repository mode): enables the mismatch rules. */
  committed?: { id?: string; policy?: EffectivePolicy }
  /** Public Suffix List lookup for policy-mx-wildcard on the served policy. */
  isPublicSuffix?: (name: string) => boolean
  /**
   * `--authoritative`: the zone's name servers, asked directly for the record and the policy
   * host's addresses (dns-inconsistent); absent: not asked.
   */
  authoritative?: AuthoritativeLookup
  /** Cancels the verification (e.g. the run is interrupted); combined with the deadline. */
  signal?: AbortSignal
}

export interface DomainVerification {
  findings: Finding[]
  live: LiveReport
}

/** The SMTP port senders connect to (the probe's own port is injectable; reports say 25). */
const SMTP_PORT = 25

/** The most MX hosts of one domain probed over SMTP (the others are named in a notice). */
export const MAX_SMTP_HOSTS = 10

/** Answers that mean "there is no such record", as opposed to "no answer could be had". */
const ABSENT = new Set(['ENOTFOUND', 'ENODATA'])

const seconds = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${ms / 1000} s`)

/** A delay timers take: a whole number of ms, at most 2^31 - 1 (longer ones fire at once). */
const timerDelay = (ms: number): number =>
  Number.isNaN(ms) ? 0 : Math.min(Math.max(0, Math.round(ms)), 0x7fffffff)

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** MX hosts by priority, as names: the null MX (RFC 7505, ".") says the domain takes no mail. */
const mxNames = (hosts: readonly MxHost[]): string[] =>
  [...hosts]
    .sort((a, b) => a.priority - b.priority)
    .map(h => normalizeHost(h.exchange))
    .filter(h => h !== '')

export const verifyDomain = async (
  domain: string,
  deps: VerifyDomainDeps
): Promise<DomainVerification> => {
  const name = canonicalDomain(domain)
  const url = policyUrl(name)
  const stsName = `_mta-sts.${name}`
  const host = `mta-sts.${name}`
  const rptName = `_smtp._tls.${name}`
  const deadline = AbortSignal.timeout(timerDelay(deps.timeoutMs))
  const signal = deps.signal === undefined ? deadline : AbortSignal.any([deadline, deps.signal])
  const cutOff = (): string =>
    deadline.aborted
      ? `no answer within ${seconds(deps.timeoutMs)}, the time limit for one domain`
      : 'the verification was cancelled'

  const lookup = <T>(
    asked: string,
    probe: (s: AbortSignal) => Promise<DnsAnswer<T>>
  ): Promise<DnsAnswer<T>> =>
    bounded(
      () => probe(signal),
      signal,
      () => ({
        ok: false,
        error: { code: 'ETIMEOUT', name: asked, message: cutOff() },
        cnames: []
      }),
      e => ({
        ok: false,
        error: { code: 'EOTHER', name: asked, message: errorText(e) },
        cnames: []
      })
    )

  const started = performance.now()
  const elapsed = (): number => Math.round(performance.now() - started)
  const txtP = lookup(stsName, s => deps.dns.txt(stsName, s))
  const addressesP = lookup(host, s => deps.dns.addresses(host, s))
  const mxP = lookup(name, s => deps.dns.mx(name, s))
  const rptP = lookup(rptName, s => deps.dns.txt(rptName, s))
  // The fetch starts as soon as the addresses are known, while the other lookups run on.
  const fetchP = addressesP.then(addresses =>
    fetchPolicy(name, url, addresses, deps.fetcher, signal, cutOff, elapsed)
  )
  const authoritative = deps.authoritative
  const surveyP: Promise<AuthoritativeSurvey | undefined> =
    authoritative === undefined
      ? Promise.resolve(undefined)
      : surveyAuthoritative(name, { dns: deps.dns, authoritative, signal, cutOff })
  // The MX hosts' STARTTLS (when asked), each host as soon as the MX lookup answers.
  const smtp = deps.smtp
  const smtpP =
    smtp === undefined
      ? Promise.resolve(undefined)
      : mxP.then(mx =>
          probeMxHosts(mx, smtp, h => lookup(h, s => deps.dns.addresses(h, s)), signal, cutOff)
        )
  const [txt, mx, rpt, fetch, survey, smtpFacts] = await Promise.all([
    txtP,
    mxP,
    rptP,
    fetchP,
    surveyP,
    smtpP
  ])

  const severities = deps.severities
  const common = { domain: name, ...(severities !== undefined && { severities }) }
  const findings: Finding[] = []

  // The _mta-sts record, as the record rules see a repository's (origin dns: missing is an error).
  const owner = txt.cnames.length > 0 ? (txt.ok ? txt.owner : txt.error.name) : undefined
  const viaCname = owner !== undefined && owner.toLowerCase() !== stsName ? owner : undefined
  const recordLint = lintRecords(txt.ok ? txt.value : [], {
    ...common,
    url: stsName,
    origin: 'dns',
    ...(viaCname !== undefined && { owner: viaCname }),
    ...(!txt.ok && !ABSENT.has(txt.error.code) && { lookupFailure: txt.error })
  })
  for (const f of recordLint.findings) {
    // The record is fixed where it is: say so on every finding that does not name it.
    if (viaCname !== undefined && !f.message.includes(viaCname)) {
      f.message += ` (the record is at ${viaCname}, the CNAME target of ${stsName})`
    }
    findings.push(f)
  }
  const liveId = recordLint.record.id

  // MX hosts: none when the domain has none; unknown (no coverage check) when the lookup failed.
  const mxHosts = mx.ok ? mxNames(mx.value) : ABSENT.has(mx.error.code) ? [] : undefined

  // The served body, linted as a committed file is: only a complete 200 answer is a policy.
  let servedPolicy: EffectivePolicy | undefined
  let servedMode: Mode | undefined
  if (fetch.status === 200 && fetch.failure === undefined && fetch.body !== undefined) {
    const opts = {
      ...common,
      url,
      ...(mxHosts !== undefined && { mxHosts }),
      ...(liveId !== undefined && { recordId: liveId }),
      ...(deps.isPublicSuffix !== undefined && { isPublicSuffix: deps.isPublicSuffix })
    }
    if (fetch.truncated === true) {
      // Cut off at the limit: policy-too-large alone, as senders read none of it.
      // Its size is unknown: what was read stands for "more than the limit".
      const read = parsePolicy(fetch.body)
      const parsed = { ...read, truncated: true, size: Math.min(read.size, POLICY_SIZE_LIMIT) }
      findings.push(
        ...policyFindings({ parsed, facts: policyFacts(parsed), mode: undefined }, opts)
      )
    } else {
      const lint = lintPolicy(fetch.body, opts)
      findings.push(...lint.findings)
      servedMode = lint.mode
      if (notAPolicy(lint.parsed) === undefined) servedPolicy = lint.policy
    }
  }

  // TLS-RPT: linted when the lookup answered (a missing record is a finding, a failure is not).
  const rptMode = servedMode ?? deps.committed?.policy?.mode
  if (rpt.ok || ABSENT.has(rpt.error.code)) {
    findings.push(
      ...lintTlsRpt(rpt.ok ? rpt.value : [], {
        ...common,
        url: rptName,
        ...(rptMode !== undefined && { mode: rptMode })
      }).findings
    )
  }

  const ctx: LiveContext = {
    domain: name,
    now: deps.now,
    record: txt,
    fetch,
    certExpiryDays: deps.certExpiryDays
  }
  if (servedPolicy !== undefined) ctx.servedPolicy = servedPolicy
  if (liveId !== undefined) ctx.liveId = liveId
  if (deps.committed !== undefined) ctx.committed = deps.committed
  if (survey !== undefined) ctx.authoritative = survey
  if (smtpFacts !== undefined) ctx.smtp = smtpFacts
  findings.push(...runRules('live', ctx, { ...common, url }))

  const live = liveReport(fetch, url, liveId, servedPolicy, mxHosts)
  if (survey !== undefined) live.authoritative = survey
  if (smtpFacts !== undefined) live.smtp = smtpFacts.hosts.map(smtpReport)
  return { findings, live }
}

/**
 * Each MX host (by priority, once each, at most MAX_SMTP_HOSTS) probed over SMTP: its addresses
 * looked up through the same DNS (so --dns-server applies), then the probe, side by side, under
 * the domain's deadline.
 */
const probeMxHosts = async (
  mx: DnsAnswer<MxHost[]>,
  probe: SmtpProbe,
  addressesOf: (host: string) => Promise<DnsAnswer<string[]>>,
  signal: AbortSignal,
  cutOff: () => string
): Promise<SmtpFacts> => {
  if (!mx.ok) {
    return ABSENT.has(mx.error.code) ? { hosts: [] } : { hosts: [], mxFailure: mx.error }
  }
  const all = [...new Set(mxNames(mx.value))]
  const hosts = await Promise.all(
    all.slice(0, MAX_SMTP_HOSTS).map(async (host): Promise<SmtpCheck> => {
      const started = performance.now()
      const failed = (
        kind: 'dns' | 'no-address' | 'timeout' | 'protocol',
        stage: 'lookup' | 'connect',
        message: string
      ): SmtpCheck => ({
        host,
        port: SMTP_PORT,
        elapsedMs: Math.round(performance.now() - started),
        failure: { kind, stage, message, attempts: [] }
      })
      const addresses = await addressesOf(host)
      if (!addresses.ok) {
        const e = addresses.error
        const at = e.server === undefined ? '' : ` (name server ${e.server})`
        return ABSENT.has(e.code)
          ? failed('no-address', 'lookup', `${e.name} has no A or AAAA record (${e.message})`)
          : failed(
              e.code === 'ETIMEOUT' ? 'timeout' : 'dns',
              'lookup',
              `the lookup of its addresses failed: ${e.message}${at}`
            )
      }
      if (addresses.value.length === 0) {
        return failed('no-address', 'lookup', `${addresses.owner} has no A or AAAA record`)
      }
      return bounded(
        () => probe.probe(host, addresses.value, signal),
        signal,
        () => failed('timeout', 'connect', cutOff()),
        e => failed('protocol', 'connect', errorText(e))
      )
    })
  )
  return {
    hosts,
    ...(all.length > MAX_SMTP_HOSTS && { notProbed: all.slice(MAX_SMTP_HOSTS) })
  }
}

/** One MX host in the report: what it offered, or why the probe stopped. */
const smtpReport = (c: SmtpCheck): SmtpHostReport => {
  // Keys in the order of the report.
  const r = { host: c.host } as SmtpHostReport
  if (c.address !== undefined) r.address = c.address
  if (c.starttls !== undefined) r.starttls = c.starttls
  if (c.tlsVersion !== undefined) r.tlsVersion = c.tlsVersion
  if (c.certificate !== undefined) {
    r.certificate = { notAfter: c.certificate.notAfter, names: c.certificate.names }
  }
  r.elapsedMs = c.elapsedMs
  if (c.failure !== undefined) {
    r.failure = { kind: c.failure.kind, stage: c.failure.stage, message: c.failure.message }
  }
  return r
}

/** The fetch, or what stands for it when there is nothing to connect to or no time left. */
const fetchPolicy = (
  domain: string,
  url: string,
  addresses: DnsAnswer<string[]>,
  fetcher: PolicyFetcher,
  signal: AbortSignal,
  cutOff: () => string,
  elapsed: () => number
): Promise<PolicyFetch> => {
  const failed = (kind: 'no-address' | 'timeout' | 'protocol', message: string): PolicyFetch => ({
    url,
    elapsedMs: elapsed(),
    failure: { kind, message, attempts: [] }
  })
  if (!addresses.ok) {
    const e: DnsFailure = addresses.error
    const at = e.server === undefined ? '' : ` (name server ${e.server})`
    const owner = addresses.cnames.length > 0 ? ` (at ${e.name})` : ''
    const timedOut = e.code === 'ETIMEOUT'
    return Promise.resolve(
      failed(
        timedOut ? 'timeout' : 'no-address',
        `${timedOut ? 'the lookup of its addresses: ' : ''}${e.message}${at}${owner}`
      )
    )
  }
  if (addresses.value.length === 0) {
    return Promise.resolve(failed('no-address', `${addresses.owner} has no A or AAAA record`))
  }
  const start = performance.now()
  return bounded(
    () => fetcher.fetch(domain, addresses.value, signal),
    signal,
    () => ({
      url,
      elapsedMs: Math.round(performance.now() - start),
      failure: { kind: 'timeout', message: cutOff(), attempts: [] }
    }),
    e => failed('protocol', errorText(e))
  )
}

const liveReport = (
  fetch: PolicyFetch,
  url: string,
  id: string | undefined,
  policy: EffectivePolicy | undefined,
  mx: string[] | undefined
): LiveReport => {
  // Keys in the order of the report (design section 3).
  const live = {} as LiveReport
  if (id !== undefined) live.id = id
  if (policy !== undefined) live.policy = policy
  live.url = url
  if (fetch.status !== undefined) live.status = fetch.status
  if (fetch.contentType !== undefined) live.contentType = fetch.contentType
  if (fetch.certificate !== undefined) {
    live.certificate = { notAfter: fetch.certificate.notAfter, names: fetch.certificate.names }
  }
  live.elapsedMs = fetch.elapsedMs
  if (fetch.cacheControl !== undefined) live.cacheControl = fetch.cacheControl
  if (fetch.age !== undefined) live.age = fetch.age
  if (fetch.etag !== undefined) live.etag = fetch.etag
  if (mx !== undefined) live.mx = mx
  return live
}
