/**
 * Real servers on loopback for the HTTPS probe's tests: HTTPS (node:https) with a handler, raw TLS
 * (node:tls) for what HTTP servers will not send, and raw TCP for faults before TLS. Each listens
 * on a random port of 127.0.0.1 (or ::1), records what it was asked, and close() destroys every
 * connection it accepted, so nothing stays open after a test file.
 */
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { KeyAndCert } from './test-ca.js'

export interface SeenRequest {
  method?: string
  url?: string
  host?: string
  /** The SNI name the client sent. */
  servername?: string
  userAgent?: string
}

export interface TestServer {
  host: string
  port: number
  /** What the server was asked (HTTPS servers only). */
  requests: SeenRequest[]
  /** TCP connections accepted. */
  connections: number
  close(): Promise<void>
}

type Listening = net.Server | tls.Server | https.Server

/** Listens, keeps every accepted socket, and gives a close() that destroys them all. */
async function listen(
  server: Listening,
  host: string,
  requests: SeenRequest[] = [],
  port = 0
): Promise<TestServer> {
  const sockets = new Set<net.Socket>()
  const result: TestServer = {
    host,
    port: 0,
    requests,
    connections: 0,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
  server.on('connection', (socket: net.Socket) => {
    result.connections++
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
  })
  // A client that hangs up mid-handshake or mid-response is what the tests do on purpose.
  server.on('tlsClientError', () => undefined)
  server.on('clientError', (_err: Error, socket: net.Socket) => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  result.port = (server.address() as net.AddressInfo).port
  return result
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** An HTTPS server presenting `cert`, answering with `handler`. */
export async function startHttpsServer(
  cert: KeyAndCert,
  handler: Handler,
  /** `port`: 0 (the default) takes any free one. */
  opts: { host?: string; port?: number; tls?: tls.TlsOptions } = {}
): Promise<TestServer> {
  const seen: SeenRequest[] = []
  const server = https.createServer({ key: cert.key, cert: cert.cert, ...opts.tls }, (req, res) => {
    seen.push({
      method: req.method,
      url: req.url,
      host: req.headers.host,
      servername: (req.socket as tls.TLSSocket).servername || undefined,
      userAgent: req.headers['user-agent']
    })
    res.on('error', () => undefined)
    handler(req, res)
  })
  return listen(server, opts.host ?? '127.0.0.1', seen, opts.port)
}

/** A TLS server presenting `cert` that hands each secured socket to `onSecure` (raw bytes). */
export async function startTlsServer(
  cert: KeyAndCert,
  onSecure: (socket: tls.TLSSocket) => void,
  opts: tls.TlsOptions = {}
): Promise<TestServer> {
  const server = tls.createServer({ key: cert.key, cert: cert.cert, ...opts }, socket => {
    socket.on('error', () => undefined)
    onSecure(socket)
  })
  return listen(server, '127.0.0.1')
}

/** A plain TCP server handing each accepted socket to `onSocket`. */
export async function startTcpServer(onSocket: (socket: net.Socket) => void): Promise<TestServer> {
  const server = net.createServer(socket => onSocket(socket))
  return listen(server, '127.0.0.1')
}

// --- Handlers -------------------------------------------------------------------------------

/** 200 with `body` and `headers` (text/plain unless given). */
export const answer =
  (body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers })
    res.end(body)
  }

/** A status with a short text/plain body. */
export const status = (code: number): Handler => answer(`status ${code}\n`, {}, code)

/** A redirect to `location` (text/html body, as servers send). */
export const redirect =
  (location: string, code = 301): Handler =>
  (_req, res) => {
    res.writeHead(code, { location, 'content-type': 'text/html' })
    res.end(`<a href="${location}">moved</a>\n`)
  }

/** Never answers the request (the TLS handshake completes). */
export const silent: Handler = () => undefined

/** Headers, then one byte every `everyMs` forever (until the client or close() hangs up). */
export const trickle =
  (everyMs = 20): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.write('v')
    const timer = setInterval(() => res.write('v'), everyMs)
    res.on('close', () => clearInterval(timer))
  }

/** Closes the connection once the request is read, without a response (socket hang up). */
export const hangUp: Handler = req => {
  req.socket.destroy()
}

/** Declares `declared` bytes, sends `sent`, then closes. */
export const shortBody =
  (declared: number, sent: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(declared) })
    res.write(sent, () => res.socket?.destroy())
  }
