/**
 * The contracts of deployed-state verification (design sections 2 to 4): what the DNS, HTTPS and
 * SMTP probes answer, and what the pure live rules look at. The probes are adapters (dns.ts,
 * https.ts, smtp.ts) behind these interfaces, so tests swap them or point them at loopback
 * servers.
 */
import type { EffectivePolicy } from '../policy/effective.js'

// --- DNS -----------------------------------------------------------------------------------

/** How a lookup failed, in Node's codes (plus a CNAME loop or a chain too long). */
export type DnsErrorCode =
  | 'ENOTFOUND'
  | 'ENODATA'
  | 'ESERVFAIL'
  | 'EREFUSED'
  | 'ETIMEOUT'
  | 'ECONNREFUSED'
  | 'ECNAMELOOP'
  | 'EOTHER'

export interface DnsFailure {
  code: DnsErrorCode
  /** The name asked about (the final owner, after CNAMEs followed). */
  name: string
  /** The server that answered so (`127.0.0.1:5353`), when known. */
  server?: string
  /** What the server answered, in words for a message. */
  message: string
}

export type DnsAnswer<T> =
  | {
      ok: true
      value: T
      /** The owner that holds the records: the name asked, or the end of its CNAME chain. */
      owner: string
      /** The CNAMEs followed, in order (empty when none). */
      cnames: string[]
    }
  | { ok: false; error: DnsFailure; cnames: string[] }

export interface MxHost {
  exchange: string
  priority: number
}

/**
 * Every lookup verification makes. CNAMEs are followed explicitly (an authoritative server that
 * answers with a CNAME alone makes resolveTxt return an empty list, not ENODATA). No answer
 * throws: a failure is a DnsAnswer with ok false.
 */
export interface DnsLookup {
  /** TXT records of `name`, each record's character-strings joined. */
  txt(name: string, signal?: AbortSignal): Promise<DnsAnswer<string[]>>
  /** A and AAAA addresses of a host (IPv4 first). */
  addresses(host: string, signal?: AbortSignal): Promise<DnsAnswer<string[]>>
  mx(domain: string, signal?: AbortSignal): Promise<DnsAnswer<MxHost[]>>
}

// --- The zone's own name servers (--authoritative) ----------------------------------------

/** The zone that holds a name, and the host names of its name servers (its NS records). */
export interface ZoneServers {
  zone: string
  nameServers: string[]
}

/**
 * What one name server itself serves at a name, asked directly (never through a resolver): the
 * records, an alias (a CNAME, not followed: its target lies in another zone, served by other
 * servers, or on a CDN whose answers vary by design), or the failure. NXDOMAIN and NODATA are
 * answers: records, none.
 */
export type Served<T> =
  | { kind: 'records'; value: T }
  | { kind: 'alias'; target: string }
  | { kind: 'error'; error: DnsFailure }

/**
 * The authoritative side of verification. `zoneOf` goes through the resolvers verification uses
 * (the `--dns-server` values when given); the other lookups ask the server at `address` itself,
 * on the authoritative port (53 unless the adapter is told otherwise). No lookup throws.
 */
export interface AuthoritativeLookup {
  /**
   * The zone cut above `name`: walks up from `name` asking for NS records, and answers with the
   * first name that has them (a name that is a CNAME is no zone apex) and their host names.
   */
  zoneOf(name: string, signal?: AbortSignal): Promise<DnsAnswer<ZoneServers>>
  /** The SOA serial of `zone` as the server serves it. */
  serial(address: string, zone: string, signal?: AbortSignal): Promise<Served<number>>
  /** TXT records at `name`, each record's character-strings joined, sorted. */
  txt(address: string, name: string, signal?: AbortSignal): Promise<Served<string[]>>
  /** A and AAAA addresses of `host`, IPv4 first, each family sorted. */
  addresses(address: string, host: string, signal?: AbortSignal): Promise<Served<string[]>>
}

// --- HTTPS ---------------------------------------------------------------------------------

export interface CertificateInfo {
  /** The DNS names the certificate covers (subjectAltName, else the subject CN). */
  names: string[]
  /** ISO dates. */
  notBefore: string
  notAfter: string
  issuer: string
  /** Whether Node's trust store (with NODE_EXTRA_CA_CERTS or the injected CAs) trusts it. */
  trusted: boolean
  /** Node's reason when not trusted or not valid for the name (CERT_HAS_EXPIRED, ...). */
  problem?: string
  /** Whether it is valid for `mta-sts.<domain>` (checked separately from trust). */
  validForHost: boolean
}

/** Why no HTTP answer came. `certificate` failures are reported by tls-certificate instead. */
export type FetchFailureKind =
  'no-address' | 'refused' | 'timeout' | 'reset' | 'tls' | 'certificate' | 'protocol'

/**
 * Said in a failure's message when the handshake failed because the host offers no TLS version of
 * 1.2 or newer: tls-certificate reports that (TLS below 1.2), and policy-fetch stays quiet.
 */
export const TLS_TOO_OLD = 'no TLS version of 1.2 or newer agreed'

export interface PolicyFetch {
  /** `https://mta-sts.<domain>/.well-known/mta-sts.txt` */
  url: string
  /** The address that answered (or the last one tried). */
  address?: string
  elapsedMs: number
  /** `TLSv1.2`, `TLSv1.3`, ... when a handshake completed. */
  tlsVersion?: string
  certificate?: CertificateInfo
  status?: number
  /** The Location header of a 3xx (never followed). */
  location?: string
  contentType?: string
  cacheControl?: string
  age?: string
  etag?: string
  /** The body read, at most 64 KiB. */
  body?: Uint8Array
  /** The body was longer than 64 KiB: reading stopped there. */
  truncated?: boolean
  failure?: {
    kind: FetchFailureKind
    message: string
    /** Each address tried, and what happened. */
    attempts: { address: string; message: string }[]
  }
}

export interface PolicyFetcher {
  /**
   * GET the policy of `domain` from `addresses` (of `mta-sts.<domain>`, tried in turn), SNI and
   * certificate name `mta-sts.<domain>`, TLS 1.2 or newer, no redirect followed. Never throws.
   */
  fetch(domain: string, addresses: readonly string[], signal: AbortSignal): Promise<PolicyFetch>
}

// --- SMTP (opt-in: --smtp, input smtp, config verify.smtp) --------------------------------

/**
 * Why an MX host's STARTTLS could not be checked, or failed:
 * - `dns`: the lookup of its addresses failed (SERVFAIL, a timeout): inconclusive;
 * - `no-address`: it has no A or AAAA record;
 * - `refused`: no connection (refused, unreachable, reset before a greeting): inconclusive;
 * - `timeout`: no answer in time (outbound port 25 is often blocked): inconclusive;
 * - `rejected`: the greeting was a 4xx or 5xx reply: the server turned this client away;
 * - `protocol`: no SMTP spoken (garbage, an over-long line, a reply cut short);
 * - `no-starttls`: EHLO was refused, or its reply does not list STARTTLS;
 * - `starttls-refused`: STARTTLS was answered with another reply than 220;
 * - `tls`: the TLS handshake failed (TLS_TOO_OLD in the message when below 1.2).
 */
export type SmtpFailureKind =
  | 'dns'
  | 'no-address'
  | 'refused'
  | 'timeout'
  | 'rejected'
  | 'protocol'
  | 'no-starttls'
  | 'starttls-refused'
  | 'tls'

/** Where in the conversation the probe was. */
export type SmtpStage = 'lookup' | 'connect' | 'greeting' | 'ehlo' | 'starttls' | 'handshake'

/** One SMTP reply: its code and the text of each line (without the code and separator). */
export interface SmtpReplyFacts {
  code: number
  lines: string[]
}

/** What the probe of one MX host saw (RFC 8461 section 4.2: what senders check in enforce). */
export interface SmtpCheck {
  /** The MX host name, lower case, without a trailing dot (SNI and certificate name). */
  host: string
  port: number
  /** The address that answered (or the last one tried). */
  address?: string
  elapsedMs: number
  /** The greeting (220 when the server takes mail). */
  greeting?: SmtpReplyFacts
  /** The EHLO keywords, upper case (`PIPELINING`, `STARTTLS`, `SIZE`, ...). */
  ehlo?: string[]
  /** Whether EHLO listed STARTTLS. */
  starttls?: boolean
  /** `TLSv1.2`, `TLSv1.3`, ... when the handshake completed. */
  tlsVersion?: string
  /** The certificate, judged for `host` (its trust, dates and name). */
  certificate?: CertificateInfo
  failure?: {
    kind: SmtpFailureKind
    stage: SmtpStage
    message: string
    /** Each address tried, and what happened. */
    attempts: { address: string; message: string }[]
  }
}

export interface SmtpProbe {
  /**
   * Connect to `host` at `addresses` (tried in turn until one answers with a greeting), read the
   * greeting, EHLO, STARTTLS, a TLS 1.2+ handshake with SNI `host`, QUIT. Never throws.
   */
  probe(host: string, addresses: readonly string[], signal: AbortSignal): Promise<SmtpCheck>
}

// --- What the live rules see ---------------------------------------------------------------

export interface LiveContext {
  domain: string
  now: Date
  /** `_mta-sts.<domain>` TXT. */
  record: DnsAnswer<string[]>
  /** The policy as fetched. */
  fetch: PolicyFetch
  /** The served body's effective policy, when one could be read. */
  servedPolicy?: EffectivePolicy
  /** The live id, when one record of the RRset gives one. */
  liveId?: string
  /** Days before expiry at which tls-certificate-expiring warns (config cert-expiry-days). */
  certExpiryDays: number
  /** What the repository commits for the domain (repository mode only). */
  committed?: { id?: string; policy?: EffectivePolicy }
  /** What each name server of the zone serves (`--authoritative` only). */
  authoritative?: AuthoritativeSurvey
  /** The MX hosts' STARTTLS, when SMTP probing is on (absent: it is off, the smtp-* rules rest). */
  smtp?: SmtpFacts
}

/** What one name server answered about the domain (live.authoritative in the report). */
export interface AuthoritativeAnswer {
  /** Its host name (an NS record of the zone). */
  server: string
  /** The address asked; absent when none could be found (`error` says why). */
  address?: string
  /** Why the server could not be asked at all (no address) or does not serve the zone. */
  error?: string
  /** The zone's SOA serial as it serves it. */
  serial?: number
  /** `_mta-sts.<domain>`: the TXT records and the id they give, an alias, or the failure. */
  record?: { records?: string[]; id?: string; alias?: string; error?: string }
  /** `mta-sts.<domain>`: its addresses, an alias, or the failure. */
  host?: { addresses?: string[]; alias?: string; error?: string }
}

/** Every name server of the zone of `_mta-sts.<domain>`, asked directly. */
export interface AuthoritativeSurvey {
  /** The zone, when its name servers were found. */
  zone?: string
  /** Why they could not be found (the survey did not run). */
  failure?: string
  /** One entry per name server, asked at its first IPv4 address (else its first IPv6 one). */
  servers: AuthoritativeAnswer[]
}

/** What SMTP probing found for one domain. */
export interface SmtpFacts {
  /** Each MX host probed, by priority. */
  hosts: SmtpCheck[]
  /** The MX lookup failed (not NXDOMAIN or NODATA): no host could be probed. */
  mxFailure?: DnsFailure
  /** MX hosts beyond the most probed for one domain. */
  notProbed?: string[]
}

/** What the JSON report shows under `domains[].live` (design section 3). */
export interface LiveReport {
  id?: string
  policy?: EffectivePolicy
  url: string
  status?: number
  contentType?: string
  certificate?: { notAfter: string; names: string[] }
  elapsedMs: number
  cacheControl?: string
  age?: string
  etag?: string
  mx?: string[]
  /** `--authoritative`: what each name server of the zone serves. */
  authoritative?: AuthoritativeSurvey
  /** Each MX host's STARTTLS, when SMTP probing is on. */
  smtp?: SmtpHostReport[]
}

/** One MX host in `domains[].live.smtp`. */
export interface SmtpHostReport {
  host: string
  address?: string
  /** Whether EHLO listed STARTTLS (absent: the conversation did not get that far). */
  starttls?: boolean
  tlsVersion?: string
  certificate?: { notAfter: string; names: string[] }
  elapsedMs: number
  /** What went wrong, when something did. */
  failure?: { kind: SmtpFailureKind; stage: SmtpStage; message: string }
}
