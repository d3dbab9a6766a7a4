/**
 * What the TLS probes (https.ts for the policy host, smtp.ts for the MX hosts) read of a peer the
 * same way: the certificate as the certificate rules see it, OpenSSL's reasons for a failed
 * handshake, the extra CAs a test trusts, and how an address and a deadline are named.
 */
import net from 'node:net'
import tls from 'node:tls'
import type { CertificateInfo } from './types.js'

/**
 * A secure context, TLS 1.2 or newer, trusting Node's default store (NODE_EXTRA_CA_CERTS
 * included) or, when `ca` (PEM) is given, Node's bundled roots plus those.
 */
export function trustContext(ca: string | string[] | undefined, who: string): tls.SecureContext {
  const extra = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca]
  extra.forEach((pem, i) => {
    // Node ignores a CA that holds no certificate: say so instead of trusting less than asked.
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new TypeError(`${who}: ca[${i}] holds no PEM certificate`)
    }
  })
  // Built once per fetcher or probe, not per connection (as tls.connect does when given none):
  // Node's default context costs ~0.35 ms, a quarter of a domain's CPU on loopback. Without `ca`
  // it is Node's default store, NODE_EXTRA_CA_CERTS included, as each connection would build.
  return extra.length === 0
    ? tls.createSecureContext({ minVersion: 'TLSv1.2' })
    : tls.createSecureContext({ ca: [...tls.rootCertificates, ...extra], minVersion: 'TLSv1.2' })
}

/** `127.0.0.1:443`, `[::1]:25`. */
export const endpoint = (address: string, port: number): string =>
  net.isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`

/** `timed out` when the signal is a deadline, else `aborted`. */
export const deadlineWord = (signal: AbortSignal): string =>
  (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError'
    ? 'timed out'
    : 'aborted'

/** An error's message (not by instanceof: errors of Node's core may come from another realm). */
export const errorText = (err: unknown): string => {
  const message = (err as { message?: unknown } | undefined)?.message
  return typeof message === 'string' ? message : String(err)
}

/** A Node or OpenSSL error code, in the forms they come in. */
export function codeOf(err: unknown): string {
  const e = err as { code?: unknown } | undefined
  return typeof e?.code === 'string' ? e.code : ''
}

/**
 * OpenSSL's reason in words (`tlsv1 alert protocol version`), from the error's `reason` or from
 * its message (`...:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:...`).
 */
export function opensslReason(err: unknown): string | undefined {
  const e = err as { reason?: unknown; library?: unknown } | undefined
  if (typeof e?.reason === 'string' && e.library === 'SSL routines') return e.reason
  const m = /SSL routines:[^:]*:([^:]+):/.exec(errorText(err))
  return m ? m[1] : undefined
}

/** Whether a failed handshake's code and reason say no TLS version of 1.2 or newer was agreed. */
export const isVersionFailure = (code: string, why: string): boolean =>
  /protocol.version|unsupported.protocol|no.protocols.available|version.too.low/i.test(
    `${code} ${why}`
  )

/** Whether a TLS error is about the handshake (an OpenSSL reason, an SSL or TLS code). */
export const isTlsError = (err: unknown): boolean => {
  const code = codeOf(err)
  return (
    opensslReason(err) !== undefined ||
    code.startsWith('ERR_SSL_') ||
    code.startsWith('ERR_TLS_') ||
    code === 'EPROTO'
  )
}

// --- The certificate ------------------------------------------------------------------------

/**
 * The peer certificate as the certificate rules see it, judged for `host`; undefined when none
 * was sent. The socket must have been made with `rejectUnauthorized: false` and no name check of
 * Node's own: trust (chain and dates) is read from `socket.authorized`, the name is checked here.
 */
export function describeCertificate(
  socket: tls.TLSSocket,
  host: string
): CertificateInfo | undefined {
  // The X509Certificate form parses fields on demand: getPeerCertificate() would also compute
  // three fingerprints and the modulus in hex, which nothing here reads (13% of a loopback run).
  const cert = socket.getPeerX509Certificate()
  if (cert === undefined) return undefined
  const dnsNames = altNames(cert.subjectAltName)
    .filter(n => n.startsWith('DNS:'))
    .map(n => n.slice(4))
  const cn = /^CN=(.*)$/m.exec(cert.subject)?.[1]
  const names = dnsNames.length > 0 ? dnsNames : cn === undefined ? [] : [cn]

  const trusted = socket.authorized
  const problems: string[] = []
  if (!trusted) problems.push(String(socket.authorizationError ?? 'not trusted'))
  let validForHost: boolean
  if (dnsNames.length === 0) {
    // RFC 8461 sections 3.3 and 4.2 match the DNS-ID only: no fallback on the subject CN.
    validForHost = false
    problems.push(`no DNS name in the certificate's subjectAltName, so it is not valid for ${host}`)
  } else {
    // Whole-label wildcards only (RFC 6125 6.4.3), and never the subject CN.
    validForHost = cert.checkHost(host, { subject: 'never', partialWildcards: false }) !== undefined
    if (!validForHost) {
      problems.push(`${host} is not among the certificate's names: ${dnsNames.join(', ')}`)
    }
  }
  const info: CertificateInfo = {
    names,
    notBefore: isoDate(cert.validFrom),
    notAfter: isoDate(cert.validTo),
    issuer: cert.issuer.split('\n').filter(Boolean).join(', '),
    trusted,
    validForHost
  }
  if (problems.length > 0) info.problem = problems.join('; ')
  return info
}

/** Node's `subjectaltname` (`DNS:a, DNS:b, IP Address:1.2.3.4`, odd values JSON-quoted). */
export function altNames(text: string | undefined): string[] {
  if (!text) return []
  const out: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '\\' && i + 1 < text.length) current += text[++i]
      else if (c === '"') quoted = false
      else current += c
    } else if (c === '"') {
      quoted = true
    } else if (c === ',' && text[i + 1] === ' ') {
      out.push(current)
      current = ''
      i++
    } else {
      current += c
    }
  }
  out.push(current)
  return out.filter(n => n.length > 0)
}

/** OpenSSL's `Dec  6 17:53:22 2026 GMT` as ISO; the text as given when it does not parse. */
function isoDate(text: string): string {
  const t = Date.parse(text)
  return Number.isNaN(t) ? text : new Date(t).toISOString()
}
