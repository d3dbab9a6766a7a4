/**
 * The verify stage of a check: the domains of the report (or the ones named) as deployed. The DNS
 * and HTTPS adapters are loaded here, on first use, so a run that does not verify never loads
 * them, and the SMTP probe only when SMTP probing is on; tests hand in their own ports (loopback
 * servers, a test CA).
 */
import { CheckError } from '../check-error.js'
import type { Finding, SeveritySetting } from '../finding.js'
import { loadPublicSuffixCheck } from '../public-suffix.js'
import type { DomainReport } from '../repo/domain-report.js'
import {
  verifyDomains,
  type DomainToVerify,
  type VerificationPorts,
  type VerifiedDomain
} from '../verify/run-verification.js'

/** The default days before a certificate's expiry at which tls-certificate-expiring warns. */
export const CERT_EXPIRY_DAYS = 14
/** Domains verified side by side (--concurrency, input concurrency). */
export const VERIFY_CONCURRENCY = 16
/** The most domains --concurrency lets run side by side. */
export const MAX_VERIFY_CONCURRENCY = 256

export interface VerifySettings {
  /** Every lookup goes to these servers (`HOST`, `HOST:PORT`); empty: the system's resolvers. */
  dnsServers: readonly string[]
  /** One domain's whole verification, in ms. */
  timeoutMs: number
  /** Keep re-checking up to this many seconds until the deployment matches the commit. */
  waitSeconds: number
  /** Domains verified side by side (default VERIFY_CONCURRENCY). */
  concurrency?: number
  /** Overrides the config's verify.cert-expiry-days. */
  certExpiryDays?: number
  /** Probe the MX hosts' STARTTLS (`--smtp`, input smtp); overrides the config's verify.smtp. */
  smtp?: boolean
  /** The ports to verify through (default: real DNS and HTTPS, loaded now). */
  ports?: (log: (line: string) => void) => Promise<VerificationPorts>
  /** Where the wait's progress lines go. */
  log?: (line: string) => void
  /** Told after each domain (the CLI draws a progress bar on a terminal). */
  progress?: VerificationPorts['progress']
  /** The drift state file (`--state`, absolute): read before verifying, written after. */
  statePath?: string
  /**
   * Ask every name server of each zone directly (`--authoritative`, input authoritative); absent:
   * as the config's verify.authoritative says (default off).
   */
  authoritative?: boolean
}

/** DNS through node:dns (every lookup to the servers given), HTTPS through node:https. */
const realPorts =
  (settings: VerifySettings) =>
  async (log: (line: string) => void): Promise<VerificationPorts> => {
    const [{ createDnsLookup }, { createPolicyFetcher }] = await Promise.all([
      import('../verify/dns.js'),
      import('../verify/https.js')
    ])
    let dns: VerificationPorts['dns']
    try {
      dns = createDnsLookup(resolvers(settings))
    } catch (e) {
      // A server that is no address (a typo in --dns-server or the dns-servers input).
      throw new CheckError(`DNS server: ${(e as Error).message}`)
    }
    return {
      dns,
      fetcher: createPolicyFetcher(),
      now: () => new Date(),
      sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
      random: Math.random,
      log
    }
  }

/** `--dns-server`: every lookup goes there (name server lookups too); empty: the system's. */
const resolvers = (settings: VerifySettings): { servers?: readonly string[] } =>
  settings.dnsServers.length > 0 ? { servers: settings.dnsServers } : {}

/** The zone's name servers asked directly, port 53, loaded only when --authoritative is on. */
const realAuthoritativeLookup = async (
  settings: VerifySettings
): Promise<NonNullable<VerificationPorts['authoritative']>> => {
  const { createAuthoritativeLookup } = await import('../verify/name-servers.js')
  return createAuthoritativeLookup(resolvers(settings))
}

/** The SMTP probe through node:net and node:tls, port 25, loaded only when SMTP probing is on. */
const realSmtpProbe = async (): Promise<NonNullable<VerificationPorts['smtp']>> => {
  const { createSmtpProbe } = await import('../verify/smtp.js')
  return createSmtpProbe()
}

/** The drift state of `--state`, read now (the adapter loaded only when a run keeps one). */
const openState = async (file: string) => {
  const { readStateFile, writeStateFile } = await import('../verify/state-file.js')
  const state = await readStateFile(file)
  return { state, write: (next: typeof state) => writeStateFile(file, next) }
}

export interface VerifyStageResult {
  findings: Finding[]
  domains: VerifiedDomain[]
}

export const runVerifyStage = async (
  domains: readonly DomainToVerify[],
  settings: VerifySettings,
  extra: {
    severities?: Readonly<Record<string, SeveritySetting>>
    certExpiryDays?: number
    /** The config's verify.authoritative (settings.authoritative wins). */
    authoritative?: boolean
    /** The config's verify.smtp. */
    smtp?: boolean
    /** The config's verify.concurrency (settings.concurrency wins). */
    concurrency?: number
  } = {}
): Promise<VerifyStageResult> => {
  const log = settings.log ?? (() => undefined)
  // The state is read first: a file that cannot be used fails the run before any probe.
  const kept = settings.statePath === undefined ? undefined : await openState(settings.statePath)
  const made = await (settings.ports ?? realPorts(settings))(log)
  const smtp = settings.smtp ?? extra.smtp ?? false
  const authoritative = settings.authoritative ?? extra.authoritative ?? false
  // The SMTP probe and the name servers only when asked for (and then the real ones unless the
  // ports bring their own).
  const { smtp: givenProbe, authoritative: givenServers, ...rest } = made
  const probe = !smtp ? undefined : (givenProbe ?? (await realSmtpProbe()))
  const servers = !authoritative
    ? undefined
    : (givenServers ?? (await realAuthoritativeLookup(settings)))
  const ports = {
    ...rest,
    ...(probe !== undefined && { smtp: probe }),
    ...(servers !== undefined && { authoritative: servers }),
    ...(settings.progress !== undefined && { progress: settings.progress })
  }
  const verified = await verifyDomains(
    domains,
    {
      timeoutMs: settings.timeoutMs,
      waitSeconds: settings.waitSeconds,
      certExpiryDays: settings.certExpiryDays ?? extra.certExpiryDays ?? CERT_EXPIRY_DAYS,
      concurrency: settings.concurrency ?? extra.concurrency ?? VERIFY_CONCURRENCY,
      // Served policies may carry wildcards: the list is loaded once for the whole run.
      isPublicSuffix: await loadPublicSuffixCheck(),
      authoritative,
      ...(extra.severities !== undefined && { severities: extra.severities })
    },
    ports
  )
  const findings = verified.flatMap(v => v.findings)
  if (kept !== undefined) {
    const { compareDrift } = await import('../verify/drift.js')
    const drift = compareDrift(kept.state, verified, ports.now(), extra.severities)
    findings.push(...drift.findings)
    await kept.write(drift.state)
  }
  return { findings, domains: verified }
}

/** The report's domains with what was observed live; domains only verified are added. */
export const withLive = (
  reports: readonly DomainReport[],
  verified: readonly VerifiedDomain[]
): DomainReport[] => {
  const live = new Map(verified.map(v => [v.domain, v.live]))
  const out = reports.map(d => {
    const l = live.get(d.domain)
    return l === undefined ? d : { ...d, live: l }
  })
  const known = new Set(reports.map(d => d.domain))
  for (const v of verified) if (!known.has(v.domain)) out.push({ domain: v.domain, live: v.live })
  return out
}

/** A report's domain as verification compares it: what the repository commits. */
export const committedOf = (d: DomainReport): DomainToVerify => ({
  domain: d.domain,
  committed: {
    ...(d.id !== undefined && { id: d.id }),
    ...(d.policy !== undefined && { policy: d.policy })
  }
})
