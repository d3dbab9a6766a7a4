/**
 * The SMTP probe against real SMTP servers on loopback (smtp-server.ts): STARTTLS with a
 * certificate of the test CA, and every way a conversation can go wrong, each ended by a step's
 * time limit or the caller's signal. The port is injected; the MX name is the test CA's host.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSmtpProbe, type SmtpProbeOptions } from '../../src/verify/smtp.js'
import { TLS_TOO_OLD, type SmtpCheck } from '../../src/verify/types.js'
import { startSmtpServer, type SmtpScript, type TestSmtpServer } from './smtp-server.js'
import { HOST, makeTestCertificates, type TestCertificates } from './test-ca.js'

/** A step's limit for faults (a hung server ends within it). */
const STEP_MS = 400
/** The signal of probes expected to finish. */
const ANSWER_MS = 10_000

let certs: TestCertificates
const servers: TestSmtpServer[] = []

beforeAll(async () => {
  certs = await makeTestCertificates()
}, 30_000)

afterAll(async () => {
  await Promise.all(servers.map(s => s.close()))
})

const serve = async (script: (c: TestCertificates) => SmtpScript): Promise<TestSmtpServer> => {
  const s = await startSmtpServer(script(certs))
  servers.push(s)
  return s
}

/** Probe HOST at 127.0.0.1 (or `addresses`) on the server's port, trusting the test CA. */
const probe = (
  server: TestSmtpServer | { port: number },
  opts: SmtpProbeOptions & { addresses?: string[]; signal?: AbortSignal } = {}
): Promise<SmtpCheck> =>
  createSmtpProbe({ port: server.port, ca: certs.ca, stepTimeoutMs: STEP_MS, ...opts }).probe(
    HOST,
    opts.addresses ?? ['127.0.0.1'],
    opts.signal ?? AbortSignal.timeout(ANSWER_MS)
  )

describe('a server that offers STARTTLS', () => {
  test('with a valid certificate: STARTTLS, TLS 1.2 or newer, the certificate judged for the MX name', async () => {
    const server = await serve(c => ({ cert: c.valid }))
    const r = await probe(server)
    expect(r.failure).toBeUndefined()
    expect(r).toMatchObject({
      host: HOST,
      address: '127.0.0.1',
      starttls: true,
      greeting: { code: 220, lines: ['mx.example.test ESMTP test'] }
    })
    expect(r.ehlo).toEqual(['PIPELINING', 'SIZE', 'STARTTLS', '8BITMIME', 'SMTPUTF8'])
    expect(['TLSv1.2', 'TLSv1.3']).toContain(r.tlsVersion)
    expect(r.certificate).toMatchObject({ names: [HOST], trusted: true, validForHost: true })
    expect(r.certificate?.notAfter).toBe(certs.dates.valid.notAfter.toISOString())
    // EHLO with an address literal, STARTTLS, then QUIT over TLS; SNI is the MX name.
    expect(server.commands).toEqual(['EHLO [127.0.0.1]', 'STARTTLS', 'QUIT'])
    expect(server.servernames).toEqual([HOST])
  })

  test('a host name given with a trailing dot and capitals is probed as the MX name', async () => {
    const server = await serve(c => ({ cert: c.valid }))
    const r = await createSmtpProbe({ port: server.port, ca: certs.ca }).probe(
      `${HOST.toUpperCase()}.`,
      ['127.0.0.1'],
      AbortSignal.timeout(ANSWER_MS)
    )
    expect(r.host).toBe(HOST)
    expect(r.certificate?.validForHost).toBe(true)
    expect(server.servernames).toEqual([HOST])
  })

  test('with a certificate for another name: the handshake completes, the name does not match', async () => {
    const server = await serve(c => ({ cert: c.wrongName }))
    const r = await probe(server)
    expect(r.failure).toBeUndefined()
    expect(r.certificate).toMatchObject({ names: ['www.other.test'], validForHost: false })
    expect(r.certificate?.problem).toContain(`${HOST} is not among the certificate's names`)
  })

  test('with a certificate no trusted CA issued: not trusted', async () => {
    const server = await serve(c => ({ cert: c.selfSigned }))
    const r = await probe(server)
    expect(r.failure).toBeUndefined()
    expect(r.certificate?.trusted).toBe(false)
  })

  test('with an expiring certificate: its expiry reported', async () => {
    const server = await serve(c => ({ cert: c.expiring }))
    const r = await probe(server)
    expect(r.failure).toBeUndefined()
    expect(r.certificate?.notAfter).toBe(certs.dates.expiring.notAfter.toISOString())
    expect(r.certificate?.trusted).toBe(true)
  })

  test('with a multi-line greeting', async () => {
    const server = await serve(c => ({
      cert: c.valid,
      greeting: '220-mx.example.test ESMTP\r\n220-no UCE\r\n220 ready\r\n'
    }))
    const r = await probe(server)
    expect(r.failure).toBeUndefined()
    expect(r.greeting).toEqual({ code: 220, lines: ['mx.example.test ESMTP', 'no UCE', 'ready'] })
    expect(r.starttls).toBe(true)
  })

  test('speaking TLS 1.1 only: the handshake fails, TLS below 1.2', async () => {
    // SECLEVEL=0 lets OpenSSL 3 offer TLS 1.1 at all; the probe asks for 1.2 or newer.
    const server = await serve(c => ({
      cert: c.valid,
      tls: { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' }
    }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'tls', stage: 'handshake' })
    expect(r.failure?.message).toContain(TLS_TOO_OLD)
    expect(r.starttls).toBe(true)
    expect(r.tlsVersion).toBeUndefined()
  })

  test('that refuses the STARTTLS command', async () => {
    const server = await serve(c => ({
      cert: c.valid,
      starttls: '454 4.7.0 TLS not available\r\n'
    }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'starttls-refused', stage: 'starttls' })
    expect(r.failure?.message).toContain('454 4.7.0 TLS not available')
  })

  test('that says more after its 220 to STARTTLS: refused before any handshake', async () => {
    const server = await serve(c => ({
      cert: c.valid,
      starttls: '220 go ahead\r\n250 injected\r\n'
    }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'protocol', stage: 'starttls' })
    expect(server.servernames).toEqual([])
  })
})

describe('a server that does not offer STARTTLS', () => {
  test('EHLO without STARTTLS: the keywords it lists, then QUIT', async () => {
    const server = await serve(() => ({}))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'no-starttls', stage: 'ehlo' })
    expect(r.starttls).toBe(false)
    expect(r.ehlo).toEqual(['PIPELINING', 'SIZE', '8BITMIME'])
    expect(server.commands).toEqual(['EHLO [127.0.0.1]', 'QUIT'])
  })

  test('EHLO refused', async () => {
    const server = await serve(() => ({ ehlo: '502 5.5.1 EHLO not supported\r\n' }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'no-starttls', stage: 'ehlo' })
    expect(r.failure?.message).toContain('502 5.5.1 EHLO not supported')
  })
})

describe('a server that cannot be checked', () => {
  test('never answers: a timeout while waiting for the greeting', async () => {
    const server = await serve(() => ({ greeting: null }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'timeout', stage: 'greeting' })
    expect(r.failure?.message).toContain(`no answer within ${STEP_MS} ms waiting for the greeting`)
  })

  test('never answers, with a long step limit: the caller signal ends it', async () => {
    const server = await serve(() => ({ greeting: null }))
    const r = await probe(server, { stepTimeoutMs: 60_000, signal: AbortSignal.timeout(300) })
    expect(r.failure).toMatchObject({ kind: 'timeout', stage: 'greeting' })
    expect(r.failure?.message).toContain('timed out waiting for the greeting')
  })

  test.each([
    ['554 5.7.1 no service for you\r\n', '554 5.7.1 no service for you'],
    ['421 4.3.2 try later\r\n', '421 4.3.2 try later']
  ])('greets with %j: rejected', async (greeting, text) => {
    const server = await serve(() => ({ greeting }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'rejected', stage: 'greeting' })
    expect(r.failure?.message).toContain(text)
    expect(r.greeting?.code).toBe(Number(text.slice(0, 3)))
    expect(server.commands).toEqual(['QUIT'])
  })

  test('speaks another protocol', async () => {
    const server = await serve(() => ({ greeting: 'HTTP/1.1 400 Bad Request\r\n\r\n' }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'protocol', stage: 'greeting' })
    expect(r.failure?.message).toContain('not an SMTP reply line: "HTTP/1.1 400 Bad Request"')
  })

  test('sends binary garbage: quoted with its controls escaped', async () => {
    const server = await serve(() => ({ greeting: '\u0000\u001b[31m\u00ff\r\n' }))
    const r = await probe(server)
    expect(r.failure?.kind).toBe('protocol')
    expect([...(r.failure?.message ?? '')].some(c => c.charCodeAt(0) < 0x20)).toBe(false)
  })

  test('sends an endless line: cut off at the line bound, not read forever', async () => {
    const server = await serve(() => ({
      raw: socket => {
        socket.write(`220 ${'x'.repeat(10_000)}`)
      }
    }))
    const r = await probe(server, { limits: { maxLineBytes: 512 } })
    expect(r.failure).toMatchObject({ kind: 'protocol', stage: 'greeting' })
    expect(r.failure?.message).toContain('a line longer than 512 bytes')
  })

  test('sends an endless reply: cut off at the lines bound', async () => {
    const server = await serve(() => ({
      raw: socket => {
        socket.write('220-hello\r\n'.repeat(500))
      }
    }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'protocol', stage: 'greeting' })
    expect(r.failure?.message).toContain('a reply of more than 100 lines')
  })

  test('sends more than the byte bound in short replies', async () => {
    const server = await serve(() => ({
      raw: socket => {
        socket.write('220 hi\r\n'.repeat(2000))
      }
    }))
    const r = await probe(server, { limits: { maxBytes: 4096 } })
    expect(r.failure?.kind).toBe('protocol')
  })

  test('closes the connection at once', async () => {
    const server = await serve(() => ({ raw: socket => socket.destroy() }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'refused' })
  })

  test('closes after its greeting, before the EHLO reply', async () => {
    const server = await serve(() => ({
      raw: socket => {
        socket.write('220 hi\r\n')
        socket.once('data', () => socket.end())
      }
    }))
    const r = await probe(server)
    expect(r.failure).toMatchObject({ kind: 'protocol', stage: 'ehlo' })
    expect(r.failure?.message).toContain('closed the connection waiting for the reply to EHLO')
  })

  test('refuses connections', async () => {
    const closed = await new Promise<number>(resolve => {
      const s = net.createServer()
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo
        s.close(() => resolve(port))
      })
    })
    const r = await probe({ port: closed })
    expect(r.failure).toMatchObject({ kind: 'refused', stage: 'connect' })
    expect(r.failure?.message).toContain('connection refused')
  })

  test('no address: nothing to connect to', async () => {
    const r = await probe({ port: 25 }, { addresses: [] })
    expect(r.failure).toMatchObject({ kind: 'no-address', stage: 'lookup' })
  })
})

describe('addresses in turn', () => {
  test('a refusing address, then one that answers: the second is used', async () => {
    const server = await serve(c => ({ cert: c.valid }))
    // The server listens on 127.0.0.1 only: 127.0.0.2 refuses on that port.
    const r = await probe(server, { addresses: ['127.0.0.2', '127.0.0.1'] })
    expect(r.failure).toBeUndefined()
    expect(r.address).toBe('127.0.0.1')
  })

  test('every address refusing: each named', async () => {
    const server = await serve(() => ({}))
    const r = await probe(server, { addresses: ['127.0.0.2', '127.0.0.3'] })
    expect(r.failure?.kind).toBe('refused')
    expect(r.failure?.attempts.map(a => a.address)).toEqual(['127.0.0.2', '127.0.0.3'])
    expect(r.failure?.message).toContain(`every address of ${HOST} failed`)
  })

  test('a server that answered is not tried again elsewhere', async () => {
    const server = await serve(() => ({}))
    const r = await probe(server, { addresses: ['127.0.0.1', '127.0.0.1'] })
    expect(r.failure?.kind).toBe('no-starttls')
    expect(server.connections).toBe(1)
  })

  test('a signal already aborted tries nothing', async () => {
    const server = await serve(c => ({ cert: c.valid }))
    const r = await probe(server, { signal: AbortSignal.abort() })
    expect(r.failure?.kind).toBe('timeout')
    expect(server.connections).toBe(0)
  })
})

test('a CA option without a certificate is refused at once', () => {
  expect(() => createSmtpProbe({ ca: 'not a certificate' })).toThrow(
    'createSmtpProbe: ca[0] holds no PEM certificate'
  )
})
