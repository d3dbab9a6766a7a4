/**
 * What several live rules read from a fetch the same way: the certificate's problems and a TLS
 * version below 1.2. policy-fetch and tls-certificate both ask, so one cause gives one finding.
 */
import {
  TLS_TOO_OLD,
  type CertificateInfo,
  type LiveContext,
  type PolicyFetch
} from '../verify/types.js'
import { andList, formatDate, plural, quote } from '../message-format.js'

export const DAY_MS = 86_400_000

/** `mta-sts.<domain>`: the host senders fetch the policy from. */
export const policyHost = (domain: string): string => `mta-sts.${domain}`

/** A date of a certificate (ISO text) as a Date, or undefined when it cannot be read. */
export const certDate = (iso: string): Date | undefined => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/** Node's verification codes that mean the dates, or the name, rather than the chain. */
const EXPIRED_CODES = new Set(['CERT_HAS_EXPIRED'])
const NOT_YET_CODES = new Set(['CERT_NOT_YET_VALID'])
const NAME_CODES = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH'])

/** Why Node does not trust a chain, in words, and the fix. */
const UNTRUSTED: Record<string, [what: string, fix: string]> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: [
    'it is self-signed',
    "get one from a public CA (Let's Encrypt is free): senders trust no other"
  ],
  SELF_SIGNED_CERT_IN_CHAIN: [
    'its chain ends in a root that is no public CA',
    'get one from a public CA: senders trust no other'
  ],
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: [
    'the server sends no intermediate certificate',
    'serve the full chain (fullchain.pem, not cert.pem)'
  ],
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: [
    'its issuer is unknown: no intermediate certificate is sent, or the CA is no public one',
    'serve the full chain (fullchain.pem, not cert.pem) of a certificate from a public CA'
  ],
  UNABLE_TO_GET_ISSUER_CERT: [
    'its issuer is unknown',
    'serve the full chain (fullchain.pem, not cert.pem) of a certificate from a public CA'
  ],
  CERT_REVOKED: ['its CA has revoked it', 'get a new certificate'],
  CERT_SIGNATURE_FAILURE: ['its signature does not verify', 'get a new certificate'],
  CERT_UNTRUSTED: ['its CA is not trusted', 'get one from a public CA'],
  CERT_CHAIN_TOO_LONG: ['its chain is too long', 'serve the certificate and its intermediates only']
}

export interface CertificateProblem {
  kind: 'expired' | 'not-yet-valid' | 'name' | 'untrusted'
  /** What is wrong, to follow "the certificate": `expired on ...`, `is not valid for ...`. */
  what: string
  /** What to do about it. */
  fix: string
}

/** The names a certificate covers, quoted, for a message. */
export const coveredNames = (cert: CertificateInfo): string =>
  cert.names.length === 0
    ? 'it names no DNS name at all'
    : `it covers ${cert.names
        .slice(0, 8)
        .map(n => quote(n))
        .join(', ')}${cert.names.length > 8 ? ` and ${cert.names.length - 8} more` : ''}`

/**
 * A certificate's problems in words, to follow "the certificate of HOST": what is wrong, then
 * what it covers and who issued it; and the fixes, one after the other.
 */
export const certificateVerdict = (
  cert: CertificateInfo,
  problems: readonly CertificateProblem[]
): { what: string; fixes: string } => {
  const issuer = cert.issuer === '' ? '' : `; issued by ${quote(cert.issuer, 120)}`
  return {
    what: `${andList(problems.map(p => p.what))} (${coveredNames(cert)}${issuer})`,
    fixes: problems.map(p => p.fix).join('; ')
  }
}

/**
 * What is wrong with the certificate the policy host presented, at `now`: expired, not yet
 * valid, not valid for `mta-sts.<domain>`, untrusted. Empty when nothing is (or none was seen).
 */
export const certificateProblems = (ctx: LiveContext): CertificateProblem[] => {
  const cert = ctx.fetch.certificate
  if (cert === undefined) return []
  const host = policyHost(ctx.domain)
  return certificateProblemsFor(
    cert,
    host,
    ctx.now,
    `get one that lists ${host} (a provider's certificate for its own name is not enough; a wildcard covers one label only)`
  )
}

/**
 * What is wrong with a certificate presented for `host` at `now` (RFC 8461 sections 3.3 and 4.2
 * ask the same of the policy host and of MX hosts): expired, not yet valid, not valid for the
 * name, untrusted. `nameFix` says what to do when the name is wrong.
 */
export const certificateProblemsFor = (
  cert: CertificateInfo,
  host: string,
  at: Date,
  nameFix: string
): CertificateProblem[] => {
  const out: CertificateProblem[] = []
  const code = cert.problem ?? ''
  const notAfter = certDate(cert.notAfter)
  const notBefore = certDate(cert.notBefore)
  const now = at.getTime()
  if ((notAfter !== undefined && notAfter.getTime() <= now) || EXPIRED_CODES.has(code)) {
    const ago =
      notAfter !== undefined && notAfter.getTime() <= now
        ? `, ${plural(Math.floor((now - notAfter.getTime()) / DAY_MS), 'day')} ago`
        : ''
    out.push({
      kind: 'expired',
      what: notAfter === undefined ? 'has expired' : `expired on ${formatDate(notAfter)}${ago}`,
      fix: "renew it, and check the job that should have renewed it (certbot, the host's ACME setting)"
    })
  } else if ((notBefore !== undefined && notBefore.getTime() > now) || NOT_YET_CODES.has(code)) {
    out.push({
      kind: 'not-yet-valid',
      what: `is not valid before ${notBefore === undefined ? 'a later date' : formatDate(notBefore)}`,
      fix: "check the date it was issued with, or the server's clock"
    })
  }
  if (!cert.validForHost || NAME_CODES.has(code)) {
    out.push({
      kind: 'name',
      what: `is not valid for ${host}`,
      fix: nameFix
    })
  }
  const chain = !EXPIRED_CODES.has(code) && !NOT_YET_CODES.has(code) && !NAME_CODES.has(code)
  if (!cert.trusted && chain) {
    const [what, fix] = UNTRUSTED[code] ?? [
      code === '' ? 'its chain does not verify' : `its chain does not verify (${code})`,
      'serve the full chain of a certificate from a public CA'
    ]
    out.push({ kind: 'untrusted', what: `is not trusted: ${what}`, fix })
  }
  return out
}

/**
 * The days a certificate has left when it expires within `days` of `now`: undefined when it has
 * more, has already expired or is not valid yet (the certificate rules report those).
 */
export const expiringSoon = (
  cert: CertificateInfo,
  now: Date,
  days: number
): { notAfter: Date; daysLeft: number } | undefined => {
  const notAfter = certDate(cert.notAfter)
  const notBefore = certDate(cert.notBefore)
  if (notAfter === undefined) return undefined
  const left = notAfter.getTime() - now.getTime()
  if (left <= 0 || (notBefore !== undefined && notBefore.getTime() > now.getTime()))
    return undefined
  if (left > days * DAY_MS) return undefined
  return { notAfter, daysLeft: Math.floor(left / DAY_MS) }
}

const OLD_VERSIONS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'])

/**
 * The TLS version below 1.2 a host (the policy host, an MX host) speaks: the version negotiated, or `TLS older than
 * 1.2` when the handshake failed because the host offers nothing newer. Undefined otherwise.
 */
export const oldTls = (
  fetch: Pick<PolicyFetch, 'tlsVersion'> & { failure?: { kind: string; message: string } }
): string | undefined => {
  if (fetch.tlsVersion !== undefined && OLD_VERSIONS.has(fetch.tlsVersion)) return fetch.tlsVersion
  if (fetch.failure?.kind === 'tls' && fetch.failure.message.includes(TLS_TOO_OLD)) {
    return 'TLS older than 1.2'
  }
  return undefined
}

/** Status texts for the codes a policy host commonly answers with. */
export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  410: 'Gone',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

/** `404 Not Found`, or the bare number. */
export const statusWords = (status: number): string =>
  STATUS_TEXT[status] === undefined ? String(status) : `${status} ${STATUS_TEXT[status]}`
