/**
 * The contracts of deployed-state verification (design sections 2 to 4): what the DNS and HTTPS
 * probes answer, and what the pure live rules look at. The probes are adapters (dns.ts,
 * https.ts) behind these interfaces, so tests swap them or point them at loopback servers.
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
}
