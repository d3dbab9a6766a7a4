/**
 * A scripted SMTP server on loopback for the SMTP probe's tests (node:net, and node:tls for the
 * STARTTLS upgrade on the same socket): a greeting, an EHLO reply, STARTTLS with a certificate of
 * the test CA, QUIT, or whatever bytes a fault needs. It records the commands it was sent and the
 * SNI name of each handshake; close() destroys every connection it accepted.
 */
import net from 'node:net'
import tls from 'node:tls'
import type { KeyAndCert } from './test-ca.js'

export interface SmtpScript {
  /** Sent on connect; `null`: nothing, ever (a server that never answers). */
  greeting?: string | null
  /** The reply to EHLO (default: a multi-line 250 listing STARTTLS when `cert` is given). */
  ehlo?: string
  /** The reply to STARTTLS (default `220 2.0.0 Ready to start TLS`). */
  starttls?: string
  /** The certificate of the TLS upgrade; without one STARTTLS is neither listed nor accepted. */
  cert?: KeyAndCert
  /** More TLS options (a TLS 1.1-only server). */
  tls?: tls.TlsOptions
  /** Replaces the whole conversation: the raw socket is handed over as it is accepted. */
  raw?: (socket: net.Socket) => void
}

export interface TestSmtpServer {
  host: string
  port: number
  /** Commands received, in order, each as sent without its CRLF (`EHLO [127.0.0.1]`). */
  commands: string[]
  /** The SNI name of each TLS handshake. */
  servernames: string[]
  connections: number
  close(): Promise<void>
}

const EHLO_WITH_TLS =
  '250-mx.example.test Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n'
const EHLO_WITHOUT_TLS =
  '250-mx.example.test Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n'

/** Calls `onLine` with each CRLF- or LF-ended line of `socket` (at most 1000 bytes each). */
const lines = (socket: net.Socket, onLine: (line: string) => void): void => {
  let buffered = ''
  const onData = (chunk: Buffer): void => {
    buffered += chunk.toString('latin1')
    let at: number
    while ((at = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, at).replace(/\r$/, '')
      buffered = buffered.slice(at + 1)
      onLine(line)
    }
    if (buffered.length > 1000) socket.destroy()
  }
  socket.on('data', onData)
  // The TLS upgrade takes the socket over: plain reading stops.
  socket.once('upgrade-tls', () => socket.off('data', onData))
}

export async function startSmtpServer(script: SmtpScript): Promise<TestSmtpServer> {
  const sockets = new Set<net.Socket>()
  const result: TestSmtpServer = {
    host: '127.0.0.1',
    port: 0,
    commands: [],
    servernames: [],
    connections: 0,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
  const keep = (s: net.Socket): void => {
    sockets.add(s)
    s.on('error', () => undefined)
    s.on('close', () => sockets.delete(s))
  }

  const converse = (socket: net.Socket, secured: boolean): void => {
    lines(socket, line => {
      result.commands.push(line)
      const verb = line.split(' ')[0].toUpperCase()
      if (verb === 'EHLO') {
        socket.write(script.ehlo ?? (script.cert && !secured ? EHLO_WITH_TLS : EHLO_WITHOUT_TLS))
      } else if (verb === 'STARTTLS' && script.cert !== undefined && !secured) {
        socket.write(script.starttls ?? '220 2.0.0 Ready to start TLS\r\n', () => {
          if (script.starttls !== undefined && !script.starttls.startsWith('220 ')) return
          socket.emit('upgrade-tls')
          const secure = new tls.TLSSocket(socket, {
            isServer: true,
            key: script.cert?.key,
            cert: script.cert?.cert,
            ...script.tls
          })
          keep(secure)
          secure.once('secure', () => {
            const name = (secure as tls.TLSSocket & { servername?: string | false }).servername
            result.servernames.push(typeof name === 'string' ? name : '')
          })
          converse(secure, true)
        })
      } else if (verb === 'QUIT') {
        socket.end('221 2.0.0 Bye\r\n')
      } else {
        socket.write('502 5.5.2 Command not recognized\r\n')
      }
    })
  }

  const server = net.createServer(socket => {
    result.connections++
    keep(socket)
    if (script.raw !== undefined) return script.raw(socket)
    const greeting =
      script.greeting === undefined ? '220 mx.example.test ESMTP test\r\n' : script.greeting
    if (greeting === null) return
    socket.write(greeting)
    converse(socket, false)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  result.port = (server.address() as net.AddressInfo).port
  return result
}
