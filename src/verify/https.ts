/**
 * The HTTPS probe (design sections 2 and 4, RFC 8461 section 3.3): GET
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt` from each address of the policy host in turn,
 * with SNI and certificate name `mta-sts.<domain>`, TLS 1.2 or newer, no redirect followed and
 * at most 64 KiB of body read.
 *
 * node:https rather than fetch(): fetch hides the peer certificate. The connection is made with
 * `rejectUnauthorized: false` so that both the response and the certificate are seen; the
 * certificate is then judged here (chain and dates by OpenSSL against the trust store, the name
 * by tls.checkServerIdentity) and reported in `certificate` for the tls-certificate rules.
 */
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import type { ClientRequest, IncomingMessage } from 'node:http'
import { TOOL_NAME, VERSION } from '../version.js'
import {
  TLS_TOO_OLD,
  type FetchFailureKind,
  type PolicyFetch,
  type PolicyFetcher
} from './types.js'
import { canonicalDomain } from '../domain-name.js'
import {
  codeOf,
  deadlineWord,
  describeCertificate,
  endpoint,
  errorText,
  isTlsError,
  isVersionFailure,
  opensslReason,
  trustContext
} from './tls-peer.js'
import { WELL_KNOWN_URL_PATH } from '../site/well-known.js'

export interface PolicyFetcherOptions {
  /** The port of the policy host (default 443; tests use a loopback port). */
  port?: number
  /**
   * Extra trusted CAs (PEM), trusted beside Node's bundled roots (`tls.rootCertificates`). When
   * not given, Node's default store is used as is, so NODE_EXTRA_CA_CERTS keeps working.
   */
  ca?: string | string[]
  /** The most body bytes read (default 64 KiB, RFC 8461 section 3.3). */
  maxBytes?: number
}

export const DEFAULT_MAX_BYTES = 64 * 1024

/** `mta-sts.<domain>`, lower case, without a trailing dot. */
export const policyHost = (domain: string): string => `mta-sts.${canonicalDomain(domain)}`

export function createPolicyFetcher(opts: PolicyFetcherOptions = {}): PolicyFetcher {
  const port = opts.port ?? 443
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const secureContext = trustContext(opts.ca, 'createPolicyFetcher')
  return {
    fetch: (domain, addresses, signal) =>
      fetchPolicy({ port, maxBytes, secureContext }, domain, addresses, signal)
  }
}

// --- One fetch: each address in turn --------------------------------------------------------

interface Settings {
  port: number
  maxBytes: number
  /** Node's default store (and NODE_EXTRA_CA_CERTS), or it and the `ca` given. */
  secureContext: tls.SecureContext
}

/** The fields of an answer, as the contract has them (a PolicyFetch carries them on). */
type AnswerFields = Pick<
  PolicyFetch,
  | 'tlsVersion'
  | 'certificate'
  | 'status'
  | 'location'
  | 'contentType'
  | 'cacheControl'
  | 'age'
  | 'etag'
  | 'body'
  | 'truncated'
>

/** What one address gave: an HTTP answer (possibly cut short), or a failure. */
interface Outcome extends AnswerFields {
  address: string
  /** The failure, when no complete answer came (the answer's fields may still be set). */
  failure?: { kind: FetchFailureKind; message: string }
  /** What the attempts list says of this address. */
  summary: string
}

async function fetchPolicy(
  settings: Settings,
  domain: string,
  addresses: readonly string[],
  signal: AbortSignal
): Promise<PolicyFetch> {
  const started = performance.now()
  const host = policyHost(domain)
  const authority = settings.port === 443 ? host : `${host}:${settings.port}`
  const url = `https://${authority}${WELL_KNOWN_URL_PATH}`
  const elapsed = (): number => Math.round(performance.now() - started)
  const failed = (
    kind: FetchFailureKind,
    message: string,
    attempts: { address: string; message: string }[],
    last?: Outcome
  ): PolicyFetch => ({
    ...answerFields(last),
    url,
    ...(last ? { address: last.address } : {}),
    elapsedMs: elapsed(),
    failure: { kind, message, attempts }
  })

  try {
    if (addresses.length === 0) {
      return failed('no-address', `${host} has no address to connect to`, [])
    }
    const attempts: { address: string; message: string }[] = []
    let last: Outcome | undefined
    for (const raw of addresses) {
      const address = raw.replace(/^\[(.*)\]$/, '$1')
      if (signal.aborted) {
        const message = `${endpoint(address, settings.port)}: not tried, ${deadlineWord(signal)} before its turn`
        attempts.push({ address, message })
        return failed('timeout', message, attempts, last)
      }
      last = await attempt(settings, host, authority, address, signal, started)
      attempts.push({ address, message: last.summary })
      if (!last.failure) {
        return { ...answerFields(last), url, address, elapsedMs: elapsed() }
      }
      // An answer cut short, or the deadline passed: no other address is tried.
      if (last.status !== undefined || signal.aborted) break
    }
    const final = last as Outcome
    const failure = final.failure as { kind: FetchFailureKind; message: string }
    const message =
      attempts.length === 1
        ? failure.message
        : `every address of ${host} failed: ${attempts.map(a => a.message).join('; ')}`
    return failed(failure.kind, message, attempts, final)
  } catch (err) {
    // Not expected (every attempt settles with an outcome); kept so that fetch never throws.
    return failed('protocol', `${host}: ${errorText(err)}`, [])
  }
}

/** The PolicyFetch fields an outcome carries, without undefined members. */
function answerFields(o: Outcome | undefined): Partial<PolicyFetch> {
  if (!o) return {}
  const out: Partial<PolicyFetch> = {}
  if (o.tlsVersion !== undefined) out.tlsVersion = o.tlsVersion
  if (o.certificate !== undefined) out.certificate = o.certificate
  if (o.status !== undefined) out.status = o.status
  if (o.location !== undefined) out.location = o.location
  if (o.contentType !== undefined) out.contentType = o.contentType
  if (o.cacheControl !== undefined) out.cacheControl = o.cacheControl
  if (o.age !== undefined) out.age = o.age
  if (o.etag !== undefined) out.etag = o.etag
  if (o.body !== undefined) out.body = o.body
  if (o.truncated) out.truncated = true
  return out
}

// --- One address ----------------------------------------------------------------------------

type Stage = 'connect' | 'handshake' | 'request' | 'body'

const STAGE_WORDS: Record<Stage, string> = {
  connect: 'while connecting',
  handshake: 'during the TLS handshake',
  request: 'waiting for the HTTP response',
  body: 'reading the body'
}

/** GET the policy from one address. Settles once, with every socket destroyed; never rejects. */
function attempt(
  settings: Settings,
  host: string,
  authority: string,
  address: string,
  signal: AbortSignal,
  started: number
): Promise<Outcome> {
  const where = endpoint(address, settings.port)
  return new Promise<Outcome>(resolve => {
    let stage: Stage = 'connect'
    let settled = false
    let req: ClientRequest | undefined
    let socket: tls.TLSSocket | undefined
    const outcome: Outcome = { address, summary: '' }
    const chunks: Buffer[] = []
    let size = 0

    const finish = (failure?: { kind: FetchFailureKind; message: string }): void => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      if (outcome.status !== undefined) {
        const body = Buffer.concat(chunks)
        outcome.body = new Uint8Array(body.subarray(0, settings.maxBytes))
      }
      if (failure) {
        outcome.failure = failure
        outcome.summary = failure.message
      } else {
        outcome.summary = `${where}: HTTP ${outcome.status}`
      }
      // Whatever happened, nothing stays open: the request, its socket and the agent's socket.
      req?.destroy()
      socket?.destroy()
      resolve(outcome)
    }
    /** `(HTTP 200, 15 bytes of body read; ECONNRESET)`: what came, and the error's code. */
    const details = (code?: string): string => {
      const parts = stage === 'body' ? [`HTTP ${outcome.status}, ${size} bytes of body read`] : []
      if (code) parts.push(code)
      return parts.length > 0 ? ` (${parts.join('; ')})` : ''
    }
    const onAbort = (): void => {
      const ms = Math.round(performance.now() - started)
      finish({
        kind: 'timeout',
        message: `${where}: ${deadlineWord(signal)} after ${ms} ms ${STAGE_WORDS[stage]}${details()}`
      })
    }
    const onError = (err: unknown): void => {
      if (settled) return
      if (signal.aborted) return onAbort()
      const { kind, text } = classify(err, stage)
      finish({ kind, message: `${where}: ${text}${details(codeOf(err))}` })
    }

    if (!net.isIP(address)) {
      return finish({ kind: 'no-address', message: `${where}: not an IP address` })
    }
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })

    try {
      // The TLS connection is made here, not by an Agent: `agent: false` made a new Agent for
      // each request, which kept the TLS sessions it was sent for no later use (~5% of the CPU).
      const connection: tls.ConnectionOptions = {
        host: address,
        port: settings.port,
        servername: host,
        minVersion: 'TLSv1.2',
        rejectUnauthorized: false,
        // Trust (the chain and its dates) is read from socket.authorized; the name is checked
        // separately in describeCertificate, so Node's own name check must not mix into it.
        checkServerIdentity: () => undefined,
        secureContext: settings.secureContext
      }
      const options: https.RequestOptions = {
        host: address,
        port: settings.port,
        path: WELL_KNOWN_URL_PATH,
        method: 'GET',
        headers: {
          host: authority,
          'user-agent': `${TOOL_NAME}/${VERSION}`,
          accept: 'text/plain'
        },
        createConnection: () => {
          const made = tls.connect(connection)
          skipIdentityCertificate(made)
          return made
        }
      }
      req = https.request(options)
    } catch (err) {
      return onError(err)
    }

    req.on('error', onError)
    req.on('socket', s => {
      socket = s as tls.TLSSocket
      socket.on('error', onError)
      socket.once('connect', () => {
        if (stage === 'connect') stage = 'handshake'
      })
      socket.once('secureConnect', () => {
        stage = 'request'
        const tlsSocket = socket as tls.TLSSocket
        outcome.tlsVersion = tlsSocket.getProtocol() ?? undefined
        outcome.certificate = describeCertificate(tlsSocket, host)
      })
    })
    req.on('response', (res: IncomingMessage) => {
      stage = 'body'
      outcome.status = res.statusCode
      const header = (name: string): string | undefined => {
        const v = res.headers[name]
        return Array.isArray(v) ? v.join(', ') : v
      }
      if (res.statusCode !== undefined && res.statusCode >= 300 && res.statusCode < 400) {
        outcome.location = header('location')
      }
      outcome.contentType = header('content-type')
      outcome.cacheControl = header('cache-control')
      outcome.age = header('age')
      outcome.etag = header('etag')
      res.on('error', onError)
      res.on('data', (chunk: Buffer) => {
        if (settled) return
        chunks.push(chunk)
        size += chunk.length
        if (size > settings.maxBytes) {
          // Reading stops here: the rest is never asked for (the socket is destroyed).
          outcome.truncated = true
          finish()
        }
      })
      res.on('end', () => finish())
      res.on('close', () => {
        if (!res.complete) {
          onError(
            Object.assign(new Error('the connection closed before the end of the body'), {
              code: 'ECONNRESET'
            })
          )
        }
      })
    })
    req.end()
  })
}

/**
 * Node builds the peer's whole chain as objects (getPeerCertificate(true): three fingerprints and
 * the modulus in hex for each certificate) for one purpose, the argument of checkServerIdentity,
 * which here checks nothing (the name is judged in describeCertificate); that was ~15% of the CPU
 * of a loopback run. Until the handshake is done, the socket answers that call with an empty
 * object; trust (socket.authorized, OpenSSL's verdict on the chain) does not depend on it.
 */
export function skipIdentityCertificate(socket: tls.TLSSocket): void {
  socket.getPeerCertificate = (() => ({})) as tls.TLSSocket['getPeerCertificate']
  const restore = (): void => {
    delete (socket as Partial<Pick<tls.TLSSocket, 'getPeerCertificate'>>).getPeerCertificate
  }
  socket.once('secureConnect', restore)
  socket.once('close', restore)
}

// --- Failures -------------------------------------------------------------------------------

/** What kind of failure an error is, and a message for it (without the address or the code). */
function classify(err: unknown, stage: Stage): { kind: FetchFailureKind; text: string } {
  const code = codeOf(err)
  const message = errorText(err)
  const openssl = opensslReason(err)
  switch (code) {
    case 'ECONNREFUSED':
      return { kind: 'refused', text: 'connection refused' }
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
    case 'EAFNOSUPPORT':
      return { kind: 'refused', text: 'could not connect: address unreachable' }
    case 'ETIMEDOUT':
      return { kind: 'timeout', text: `timed out ${STAGE_WORDS[stage]}` }
    case 'ECONNRESET':
    case 'EPIPE':
      return {
        kind: 'reset',
        text:
          stage === 'body'
            ? 'the connection was closed before the end of the body'
            : stage === 'request'
              ? 'socket hang up: the connection was closed before an HTTP response'
              : `the connection was reset ${STAGE_WORDS[stage]}`
      }
  }
  if (code.startsWith('HPE_') || code === 'ERR_INVALID_HTTP_RESPONSE') {
    return { kind: 'protocol', text: `not a valid HTTP response: ${message}` }
  }
  const tlsError = isTlsError(err) || stage === 'handshake'
  if (tlsError) {
    const why = openssl ?? message
    if (isVersionFailure(code, why)) {
      return {
        kind: 'tls',
        text: `TLS handshake failed, ${TLS_TOO_OLD}: ${why}`
      }
    }
    if (/CERT/.test(code) || /certificate/i.test(why)) {
      return {
        kind: 'certificate',
        text: `TLS handshake failed on the certificate: ${why}`
      }
    }
    return { kind: 'tls', text: `TLS handshake failed: ${why}` }
  }
  return {
    kind: stage === 'connect' ? 'refused' : 'protocol',
    text: `${stage === 'connect' ? 'could not connect' : 'failed'}: ${message}`
  }
}
