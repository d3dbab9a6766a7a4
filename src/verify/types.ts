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
  /** The MX hosts' STARTTLS, when SMTP probing is on (absent: it is off, the smtp-* rules rest). */
  smtp?: SmtpFacts
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
