/**
 * The SMTP probe (design sections 2 and 4, RFC 8461 section 4.2, RFC 3207): for one MX host,
 * connect to port 25 of its addresses in turn, read the greeting, EHLO, check that STARTTLS is
 * offered, upgrade the same connection to TLS 1.2 or newer with SNI the MX name, judge the
 * certificate for the MX name as senders in `enforce` do, then QUIT.
 *
 * It reports facts and never throws: what was said, what was offered, the handshake and the
 * certificate, or where and why the conversation stopped. Every step has its time limit, every
 * read its bounds (line length, lines per reply, bytes in all), and the caller's signal ends it
 * all. Loaded only when SMTP probing is on.
 */
import net from 'node:net'
import tls from 'node:tls'
import {
  DEFAULT_REPLY_LIMITS,
  ReplyReader,
  ehloKeywords,
  replyText,
  type ReplyLimits
} from './smtp-reply.js'
import {
  codeOf,
  deadlineWord,
  describeCertificate,
  endpoint,
  errorText,
  isVersionFailure,
  opensslReason,
  trustContext
} from './tls-peer.js'
import {
  TLS_TOO_OLD,
  type SmtpCheck,
  type SmtpFailureKind,
  type SmtpProbe,
  type SmtpReplyFacts,
  type SmtpStage
} from './types.js'

export interface SmtpProbeOptions {
  /** The port of the MX hosts (default 25; tests use a loopback port). */
  port?: number
  /** Extra trusted CAs (PEM) beside Node's bundled roots; default: Node's store as is. */
  ca?: string | string[]
  /** Each step's limit: the connection, each reply, the handshake (default 10 s). */
  stepTimeoutMs?: number
  /** Bounds on what is read (default DEFAULT_REPLY_LIMITS). */
  limits?: Partial<ReplyLimits>
  /** The most addresses of one host tried (default 4). */
  maxAddresses?: number
}

export const SMTP_PORT = 25
export const DEFAULT_STEP_TIMEOUT_MS = 10_000
const DEFAULT_MAX_ADDRESSES = 4
/** How long the answer to QUIT is waited for: the probe's result no longer depends on it. */
const QUIT_WAIT_MS = 2_000

interface Settings {
  port: number
  stepMs: number
  limits: ReplyLimits
  maxAddresses: number
  secureContext: tls.SecureContext | undefined
}

export function createSmtpProbe(opts: SmtpProbeOptions = {}): SmtpProbe {
  const settings: Settings = {
    port: opts.port ?? SMTP_PORT,
    stepMs: opts.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS,
    limits: { ...DEFAULT_REPLY_LIMITS, ...opts.limits },
    maxAddresses: Math.max(1, opts.maxAddresses ?? DEFAULT_MAX_ADDRESSES),
    secureContext: trustContext(opts.ca, 'createSmtpProbe')
  }
  return { probe: (host, addresses, signal) => probeHost(settings, host, addresses, signal) }
}

/** The facts one address gave (the check's fields, and whether a server spoke at all). */
interface Outcome extends Omit<SmtpCheck, 'host' | 'port' | 'elapsedMs' | 'failure'> {
  address: string
  failure?: { kind: SmtpFailureKind; stage: SmtpStage; message: string }
  /** A greeting came: another address would not tell more (senders stop here too). */
  reached: boolean
}

async function probeHost(
  settings: Settings,
  name: string,
  addresses: readonly string[],
  signal: AbortSignal
): Promise<SmtpCheck> {
  const started = performance.now()
  const host = name.toLowerCase().replace(/\.$/, '')
  const base = (): SmtpCheck => ({
    host,
    port: settings.port,
    elapsedMs: Math.round(performance.now() - started)
  })
  const attempts: { address: string; message: string }[] = []
  const failed = (
    kind: SmtpFailureKind,
    stage: SmtpStage,
    message: string,
    last?: Outcome
  ): SmtpCheck => ({
    ...base(),
    ...(last !== undefined && factsOf(last)),
    failure: { kind, stage, message, attempts }
  })
  try {
    if (addresses.length === 0) {
      return failed('no-address', 'lookup', `${host} has no address to connect to`)
    }
    let last: Outcome | undefined
    for (const raw of addresses.slice(0, settings.maxAddresses)) {
      const address = raw.replace(/^\[(.*)\]$/, '$1')
      if (signal.aborted) {
        const message = `${endpoint(address, settings.port)}: not tried, ${deadlineWord(signal)} before its turn`
        attempts.push({ address, message })
        return failed('timeout', 'connect', message, last)
      }
      last = await converse(settings, host, address, signal)
      attempts.push({
        address,
        message:
          last.failure?.message ??
          `${endpoint(address, settings.port)}: STARTTLS with ${last.tlsVersion ?? 'TLS'}`
      })
      if (last.failure === undefined) return { ...base(), ...factsOf(last) }
      if (last.reached || signal.aborted) break
    }
    const final = last as Outcome
    const failure = final.failure as NonNullable<Outcome['failure']>
    const message =
      attempts.length === 1
        ? failure.message
        : `every address of ${host} failed: ${attempts.map(a => a.message).join('; ')}`
    return failed(failure.kind, failure.stage, message, final)
  } catch (err) {
    // Not expected (every conversation settles with an outcome); kept so that probe never throws.
    return failed('protocol', 'connect', `${host}: ${errorText(err)}`)
  }
}

/** The check's fields an outcome carries, without undefined members. */
const factsOf = (o: Outcome): Partial<SmtpCheck> => {
  const out: Partial<SmtpCheck> = { address: o.address }
  if (o.greeting !== undefined) out.greeting = o.greeting
  if (o.ehlo !== undefined) out.ehlo = o.ehlo
  if (o.starttls !== undefined) out.starttls = o.starttls
  if (o.tlsVersion !== undefined) out.tlsVersion = o.tlsVersion
  if (o.certificate !== undefined) out.certificate = o.certificate
  return out
}

// --- One conversation -----------------------------------------------------------------------

/** A step that ended the conversation: thrown inside converse(), caught there. */
class Stop extends Error {
  constructor(
    readonly kind: SmtpFailureKind,
    message: string
  ) {
    super(message)
  }
}

const STAGE_WORDS: Record<SmtpStage, string> = {
  lookup: 'looking up its addresses',
  connect: 'while connecting',
  greeting: 'waiting for the greeting',
  ehlo: 'waiting for the reply to EHLO',
  starttls: 'waiting for the reply to STARTTLS',
  handshake: 'during the TLS handshake'
}

/** `EHLO [192.0.2.1]`: the client's address as a literal (RFC 5321 4.1.3), no host name told. */
const ehloArgument = (local: string | undefined): string => {
  if (local === undefined || local === '') return '[127.0.0.1]'
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(local)?.[1] ?? local
  return net.isIPv4(v4) ? `[${v4}]` : `[IPv6:${local}]`
}

/** One address: greeting, EHLO, STARTTLS, handshake, QUIT. Settles once; never rejects. */
async function converse(
  settings: Settings,
  host: string,
  address: string,
  signal: AbortSignal
): Promise<Outcome> {
  const where = endpoint(address, settings.port)
  const out: Outcome = { address, reached: false }
  let stage: SmtpStage = 'connect'
  const reader = new ReplyReader(settings.limits)
  const replies: SmtpReplyFacts[] = []
  /** What ended the conversation from outside a step (an error, a close, garbage, the signal). */
  let broken: Stop | undefined
  let wake: (() => void) | undefined
  let raw: net.Socket | undefined
  let secure: tls.TLSSocket | undefined

  const current = (): Stop | undefined => broken
  const stopWith = (stop: Stop): void => {
    broken ??= stop
    wake?.()
  }
  const onAbort = (): void =>
    stopWith(new Stop('timeout', `${where}: ${deadlineWord(signal)} ${STAGE_WORDS[stage]}`))
  const onData = (chunk: Buffer): void => {
    const read = reader.push(chunk)
    replies.push(...read.replies)
    if (read.error !== undefined) {
      stopWith(
        new Stop('protocol', `${where}: does not speak SMTP ${STAGE_WORDS[stage]}: ${read.error}`)
      )
    }
    wake?.()
  }
  const onError = (err: unknown): void => stopWith(classify(err, stage, where))
  const onClose = (): void =>
    stopWith(
      stage === 'connect' || stage === 'greeting'
        ? new Stop('refused', `${where}: the connection was closed ${STAGE_WORDS[stage]}`)
        : new Stop(
            stage === 'handshake' ? 'tls' : 'protocol',
            `${where}: the server closed the connection ${STAGE_WORDS[stage]}`
          )
    )

  /** Waits until `ready()` or the step's time runs out; throws the Stop that ended it. */
  const until = async (ready: () => boolean, ms = settings.stepMs): Promise<void> => {
    if (broken !== undefined) throw broken
    if (ready()) return
    await new Promise<void>(resolve => {
      const timer = setTimeout(() => {
        stopWith(
          new Stop(
            'timeout',
            `${where}: no answer within ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`} ${STAGE_WORDS[stage]}`
          )
        )
      }, ms)
      wake = () => {
        if (broken === undefined && !ready()) return
        clearTimeout(timer)
        wake = undefined
        resolve()
      }
    })
    // Read again: the step's wait may have ended because something broke it.
    const after = current()
    if (after !== undefined) throw after
  }
  const reply = async (next: SmtpStage): Promise<SmtpReplyFacts> => {
    stage = next
    await until(() => replies.length > 0)
    return replies.shift() as SmtpReplyFacts
  }
  const send = (line: string): void => {
    ;(secure ?? raw)?.write(`${line}\r\n`)
  }
  /** QUIT, politely: its answer changes nothing, so it is waited for briefly and never judged. */
  const quit = async (): Promise<void> => {
    send('QUIT')
    await until(() => replies.length > 0, Math.min(settings.stepMs, QUIT_WAIT_MS)).catch(
      () => undefined
    )
  }

  try {
    if (!net.isIP(address)) throw new Stop('no-address', `${where}: not an IP address`)
    if (signal.aborted) onAbort()
    signal.addEventListener('abort', onAbort, { once: true })

    // Connect.
    let connected = false
    raw = net.connect({ host: address, port: settings.port })
    raw.on('error', onError)
    raw.on('close', onClose)
    raw.on('data', onData)
    raw.once('connect', () => {
      connected = true
      wake?.()
    })
    await until(() => connected)

    // The greeting: 220, or a server that turns this client away.
    const greeting = await reply('greeting')
    out.reached = true
    out.greeting = greeting
    if (greeting.code !== 220) {
      await quit()
      throw new Stop(
        greeting.code >= 400 ? 'rejected' : 'protocol',
        `${where}: greeted with ${JSON.stringify(replyText(greeting))} instead of 220`
      )
    }

    // EHLO: the extensions, STARTTLS among them or not.
    send(`EHLO ${ehloArgument(raw.localAddress)}`)
    const ehlo = await reply('ehlo')
    if (ehlo.code !== 250) {
      await quit()
      throw new Stop(
        'no-starttls',
        `${where}: answered EHLO with ${JSON.stringify(replyText(ehlo))}, so no extension (STARTTLS included) is offered`
      )
    }
    out.ehlo = ehloKeywords(ehlo).slice(0, 50)
    out.starttls = out.ehlo.includes('STARTTLS')
    if (!out.starttls) {
      await quit()
      throw new Stop('no-starttls', `${where}: EHLO does not list STARTTLS`)
    }

    // STARTTLS: 220, then nothing more before the handshake.
    send('STARTTLS')
    const ready = await reply('starttls')
    if (ready.code !== 220) {
      await quit()
      throw new Stop(
        'starttls-refused',
        `${where}: answered STARTTLS with ${JSON.stringify(replyText(ready))} instead of 220`
      )
    }
    if (replies.length > 0 || reader.leftover > 0 || reader.inReply) {
      throw new Stop(
        'protocol',
        `${where}: sent more after its 220 reply to STARTTLS, before the TLS handshake`
      )
    }

    // The handshake on the same connection, the MX name as SNI; the certificate judged after.
    stage = 'handshake'
    raw.off('data', onData)
    raw.off('close', onClose)
    let done = false
    const options: tls.ConnectionOptions = {
      socket: raw,
      servername: host,
      minVersion: 'TLSv1.2',
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined
    }
    if (settings.secureContext !== undefined) options.secureContext = settings.secureContext
    secure = tls.connect(options)
    secure.on('error', onError)
    secure.on('close', onClose)
    secure.on('data', onData)
    secure.once('secureConnect', () => {
      done = true
      wake?.()
    })
    await until(() => done)
    out.tlsVersion = secure.getProtocol() ?? undefined
    out.certificate = describeCertificate(secure, host)

    await quit()
    return out
  } catch (e) {
    const stop = e instanceof Stop ? e : new Stop('protocol', `${where}: ${errorText(e)}`)
    out.failure = { kind: stop.kind, stage, message: stop.message }
    return out
  } finally {
    signal.removeEventListener('abort', onAbort)
    wake = undefined
    secure?.destroy()
    raw?.destroy()
  }
}

/** What a socket error means at this stage. */
function classify(err: unknown, stage: SmtpStage, where: string): Stop {
  const code = codeOf(err)
  switch (code) {
    case 'ECONNREFUSED':
      return new Stop('refused', `${where}: connection refused`)
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
    case 'EAFNOSUPPORT':
      return new Stop('refused', `${where}: could not connect: address unreachable (${code})`)
    case 'ETIMEDOUT':
      return new Stop('timeout', `${where}: timed out ${STAGE_WORDS[stage]}`)
  }
  if (stage === 'handshake') {
    const why = opensslReason(err) ?? errorText(err)
    return isVersionFailure(code, why)
      ? new Stop('tls', `${where}: TLS handshake failed, ${TLS_TOO_OLD}: ${why}`)
      : new Stop('tls', `${where}: TLS handshake failed: ${why}`)
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return stage === 'connect' || stage === 'greeting'
      ? new Stop('refused', `${where}: the connection was reset ${STAGE_WORDS[stage]}`)
      : new Stop('protocol', `${where}: the connection was reset ${STAGE_WORDS[stage]}`)
  }
  return new Stop(
    stage === 'connect' ? 'refused' : 'protocol',
    `${where}: ${stage === 'connect' ? 'could not connect' : 'failed'} ${STAGE_WORDS[stage]}: ${errorText(err)}${code === '' ? '' : ` (${code})`}`
  )
}
