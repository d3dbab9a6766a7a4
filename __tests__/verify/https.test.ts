/**
 * The HTTPS probe against real servers on loopback (127.0.0.0/8, and ::1 when the machine has
 * it): answers, certificates judged beside the response, and every fault ended by the one
 * deadline of its domain. Certificates are made at test time by a test CA (test-ca.ts).
 */
import { execFile } from 'node:child_process'
import { once } from 'node:events'
import tls from 'node:tls'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import ts from 'typescript'
import {
  createPolicyFetcher,
  skipIdentityCertificate,
  type PolicyFetcherOptions
} from '../../src/verify/https.js'
import type { PolicyFetch } from '../../src/verify/types.js'
import { VALID } from '../helpers.js'
import {
  answer,
  hangUp,
  redirect,
  shortBody,
  silent,
  startHttpsServer,
  startTcpServer,
  startTlsServer,
  status,
  trickle,
  type Handler,
  type TestServer
} from './https-server.js'
import { CA_NAME, DOMAIN, HOST, makeTestCertificates, type TestCertificates } from './test-ca.js'

/** The deadline given to faults: each must end within it (plus scheduling slack). */
const FAULT_MS = 500
const SLACK_MS = 1500
/** The deadline of fetches expected to answer. */
const ANSWER_MS = 5000
const PATH = '/.well-known/mta-sts.txt'

let certs: TestCertificates
const servers: TestServer[] = []

beforeAll(async () => {
  certs = await makeTestCertificates()
}, 30_000)

afterAll(async () => {
  await Promise.all(servers.map(s => s.close()))
})

const keep = async (started: Promise<TestServer>): Promise<TestServer> => {
  const s = await started
  servers.push(s)
  return s
}
const https = (handler: Handler, cert: keyof TestCertificates = 'valid'): Promise<TestServer> =>
  keep(startHttpsServer(certs[cert] as { key: string; cert: string }, handler))

/** Fetch the policy of DOMAIN from `server`, trusting the test CA; with the wall time taken. */
async function fetchFrom(
  server: TestServer,
  opts: {
    addresses?: string[]
    ms?: number
    signal?: AbortSignal
    fetcher?: PolicyFetcherOptions
  } = {}
): Promise<PolicyFetch & { wallMs: number }> {
  const fetcher = createPolicyFetcher({ port: server.port, ca: [certs.ca], ...opts.fetcher })
  const started = performance.now()
  const result = await fetcher.fetch(
    DOMAIN,
    opts.addresses ?? ['127.0.0.1'],
    opts.signal ?? AbortSignal.timeout(opts.ms ?? ANSWER_MS)
  )
  return { ...result, wallMs: performance.now() - started }
}

const text = (body: Uint8Array | undefined): string => Buffer.from(body ?? []).toString('utf8')
const urlOf = (server: TestServer): string => `https://${HOST}:${server.port}${PATH}`

/** A fault: no answer, ended by the deadline at the latest. */
function expectWithinDeadline(r: { wallMs: number; elapsedMs: number }): void {
  expect(r.wallMs).toBeLessThan(FAULT_MS + SLACK_MS)
  expect(r.elapsedMs).toBeLessThan(FAULT_MS + SLACK_MS)
}

describe('answers', () => {
  test('200 text/plain: status, body, headers, TLS version and a trusted certificate', async () => {
    const server = await https(answer(VALID))
    const r = await fetchFrom(server)
    expect(r.failure).toBeUndefined()
    expect(r.url).toBe(urlOf(server))
    expect(r.address).toBe('127.0.0.1')
    expect(r.status).toBe(200)
    expect(r.contentType).toBe('text/plain')
    expect(r.body).toBeInstanceOf(Uint8Array)
    expect(text(r.body)).toBe(VALID)
    expect(r.truncated).toBeUndefined()
    expect(r.location).toBeUndefined()
    expect(r.tlsVersion).toMatch(/^TLSv1\.[23]$/)
    expect(r.elapsedMs).toBeGreaterThanOrEqual(0)
    expect(r.elapsedMs).toBeLessThan(ANSWER_MS)
    expect(r.certificate).toEqual({
      names: [HOST],
      notBefore: certs.dates.valid.notBefore.toISOString(),
      notAfter: certs.dates.valid.notAfter.toISOString(),
      issuer: `CN=${CA_NAME}`,
      trusted: true,
      validForHost: true
    })
  })

  test('GET /.well-known/mta-sts.txt with SNI and Host mta-sts.<domain>, connected by address', async () => {
    const server = await https(answer(VALID))
    await fetchFrom(server)
    expect(server.requests).toEqual([
      {
        method: 'GET',
        url: PATH,
        host: `${HOST}:${server.port}`,
        servername: HOST,
        userAgent: expect.stringMatching(/^mta-sts-lint\//)
      }
    ])
  })

  test('Cache-Control, Age and ETag are recorded', async () => {
    const server = await https(
      answer(VALID, { 'cache-control': 'max-age=60, public', age: '17', etag: '"abc123"' })
    )
    const r = await fetchFrom(server)
    expect(r).toMatchObject({ status: 200, cacheControl: 'max-age=60, public', age: '17' })
    expect(r.etag).toBe('"abc123"')
  })

  test('headers not sent are left undefined', async () => {
    const r = await fetchFrom(await https(answer(VALID)))
    expect(r.cacheControl).toBeUndefined()
    expect(r.age).toBeUndefined()
    expect(r.etag).toBeUndefined()
  })

  test.each([404, 500])('%i: the status is given, with the body, and no failure', async code => {
    const r = await fetchFrom(await https(status(code)))
    expect(r.failure).toBeUndefined()
    expect(r.status).toBe(code)
    expect(r.location).toBeUndefined()
    expect(text(r.body)).toBe(`status ${code}\n`)
  })

  test('301: status and Location, never followed', async () => {
    const target = await https(answer(VALID))
    const server = await https(redirect(`https://${HOST}:${target.port}/policy.txt`))
    const r = await fetchFrom(server)
    expect(r.failure).toBeUndefined()
    expect(r.status).toBe(301)
    expect(r.location).toBe(`https://${HOST}:${target.port}/policy.txt`)
    expect(server.requests).toHaveLength(1)
    expect(target.connections).toBe(0)
  })

  test('a redirect loop (Location: the policy URL itself) costs one request', async () => {
    let url = ''
    const server = await https((req, res) => redirect(url, 302)(req, res))
    url = urlOf(server)
    const r = await fetchFrom(server)
    expect(r).toMatchObject({ status: 302, location: url })
    expect(server.requests).toHaveLength(1)
  })

  test('text/html is recorded as sent', async () => {
    const r = await fetchFrom(
      await https(answer('<html>policy</html>', { 'content-type': 'text/html; charset=utf-8' }))
    )
    expect(r).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' })
  })

  test('text/plain; charset=iso-8859-1 is recorded as sent', async () => {
    const r = await fetchFrom(
      await https(answer(VALID, { 'content-type': 'text/plain; charset=iso-8859-1' }))
    )
    expect(r.contentType).toBe('text/plain; charset=iso-8859-1')
  })

  test('a 10 MB body: 64 KiB read, then reading stops (truncated)', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'a')
    const r = await fetchFrom(await https(answer(big)), { ms: FAULT_MS })
    expect(r.failure).toBeUndefined()
    expect(r.status).toBe(200)
    expect(r.truncated).toBe(true)
    expect(r.body).toHaveLength(64 * 1024)
    expectWithinDeadline(r)
  })

  test('maxBytes: a body of exactly the limit is whole, one byte more is truncated', async () => {
    const exact = await fetchFrom(await https(answer('x'.repeat(100))), {
      fetcher: { maxBytes: 100 }
    })
    expect(exact.truncated).toBeUndefined()
    expect(exact.body).toHaveLength(100)
    const over = await fetchFrom(await https(answer('x'.repeat(101))), {
      fetcher: { maxBytes: 100 }
    })
    expect(over.truncated).toBe(true)
    expect(over.body).toHaveLength(100)
  })

  test('a body of 64 KiB exactly is not truncated by default', async () => {
    const r = await fetchFrom(await https(answer(Buffer.alloc(64 * 1024, 'b'))))
    expect(r.truncated).toBeUndefined()
    expect(r.body).toHaveLength(64 * 1024)
  })
})

describe('addresses', () => {
  test('each address is tried in turn: a refusing one, then one that answers', async () => {
    const server = await https(answer(VALID))
    const r = await fetchFrom(server, { addresses: ['127.0.0.2', '127.0.0.1'] })
    expect(r.failure).toBeUndefined()
    expect(r.address).toBe('127.0.0.1')
    expect(r.status).toBe(200)
  })

  test('every address refused: kind refused, each attempt named', async () => {
    const server = await https(answer(VALID))
    const r = await fetchFrom(server, { addresses: ['127.0.0.2', '127.0.0.3'] })
    expect(r.status).toBeUndefined()
    expect(r.address).toBe('127.0.0.3')
    expect(r.failure?.kind).toBe('refused')
    expect(r.failure?.attempts).toEqual([
      {
        address: '127.0.0.2',
        message: `127.0.0.2:${server.port}: connection refused (ECONNREFUSED)`
      },
      {
        address: '127.0.0.3',
        message: `127.0.0.3:${server.port}: connection refused (ECONNREFUSED)`
      }
    ])
    expect(r.failure?.message).toBe(
      `every address of ${HOST} failed: ` +
        `127.0.0.2:${server.port}: connection refused (ECONNREFUSED); ` +
        `127.0.0.3:${server.port}: connection refused (ECONNREFUSED)`
    )
  })

  test('no address: kind no-address, nothing connected', async () => {
    const r = await createPolicyFetcher({ port: 1, ca: certs.ca }).fetch(
      DOMAIN,
      [],
      AbortSignal.timeout(FAULT_MS)
    )
    expect(r).toEqual({
      url: `https://${HOST}:1${PATH}`,
      elapsedMs: expect.any(Number),
      failure: { kind: 'no-address', message: `${HOST} has no address to connect to`, attempts: [] }
    })
  })

  test('an entry that is not an IP address is not looked up', async () => {
    const server = await https(answer(VALID))
    const r = await fetchFrom(server, { addresses: ['localhost', '127.0.0.1'] })
    expect(r).toMatchObject({ address: '127.0.0.1', status: 200 })
    const only = await fetchFrom(server, { addresses: ['localhost'] })
    expect(only.failure).toMatchObject({
      kind: 'no-address',
      message: `localhost:${server.port}: not an IP address`
    })
    expect(server.requests).toHaveLength(1)
  })

  test('the domain is lower-cased and its trailing dot dropped', async () => {
    const server = await https(answer(VALID))
    const r = await createPolicyFetcher({ port: server.port, ca: certs.ca }).fetch(
      'Example.TEST.',
      ['127.0.0.1'],
      AbortSignal.timeout(ANSWER_MS)
    )
    expect(r).toMatchObject({ url: urlOf(server), status: 200 })
    expect(r.certificate?.validForHost).toBe(true)
  })

  test('an IPv6 address ([::1]) works', async () => {
    let server: TestServer
    try {
      server = await keep(startHttpsServer(certs.valid, answer(VALID), { host: '::1' }))
    } catch {
      console.warn('no IPv6 loopback on this machine: the IPv6 case is skipped')
      return
    }
    const bracketed = await fetchFrom(server, { addresses: ['[::1]'] })
    expect(bracketed).toMatchObject({ address: '::1', status: 200 })
    expect(bracketed.certificate).toMatchObject({ trusted: true, validForHost: true })
    const bare = await fetchFrom(server, { addresses: ['::1'] })
    expect(bare).toMatchObject({ address: '::1', status: 200 })
    expect(server.requests[0]).toMatchObject({ servername: HOST, host: `${HOST}:${server.port}` })
  })
})

describe('certificates: judged beside the response', () => {
  test("Node's identity callback gets no chain; after the handshake the socket's certificate is whole", async () => {
    const server = await https(answer(VALID))
    const given: unknown[] = []
    const socket = tls.connect({
      host: '127.0.0.1',
      port: server.port,
      servername: HOST,
      ca: [certs.ca],
      rejectUnauthorized: false,
      checkServerIdentity: (_host, cert) => {
        given.push(cert)
        return undefined
      }
    })
    skipIdentityCertificate(socket)
    try {
      await once(socket, 'secureConnect')
      expect(given).toEqual([{}])
      // Trust is OpenSSL's verdict on the chain, untouched by the stub.
      expect(socket.authorized).toBe(true)
      const cert = socket.getPeerCertificate(true)
      expect(cert.subjectaltname).toContain(`DNS:${HOST}`)
      expect(cert.issuerCertificate.subject.CN).toBe(CA_NAME)
    } finally {
      socket.destroy()
    }
  })

  test('expired: untrusted (CERT_HAS_EXPIRED), the response still read', async () => {
    const r = await fetchFrom(await https(answer(VALID), 'expired'))
    expect(r.failure).toBeUndefined()
    expect(r.status).toBe(200)
    expect(r.certificate).toMatchObject({
      trusted: false,
      validForHost: true,
      problem: 'CERT_HAS_EXPIRED',
      notAfter: certs.dates.expired.notAfter.toISOString()
    })
  })

  test('not yet valid: untrusted (CERT_NOT_YET_VALID)', async () => {
    const r = await fetchFrom(await https(answer(VALID), 'notYetValid'))
    expect(r.status).toBe(200)
    expect(r.certificate).toMatchObject({
      trusted: false,
      problem: 'CERT_NOT_YET_VALID',
      notBefore: certs.dates.notYetValid.notBefore.toISOString()
    })
  })

  test('another name: trusted, not valid for the host, the names it covers given', async () => {
    const r = await fetchFrom(await https(answer(VALID), 'wrongName'))
    expect(r.status).toBe(200)
    expect(r.certificate).toMatchObject({
      names: ['www.other.test'],
      trusted: true,
      validForHost: false
    })
    expect(r.certificate?.problem).toContain(HOST)
    expect(r.certificate?.problem).toContain('www.other.test')
  })

  test('self-signed: untrusted (DEPTH_ZERO_SELF_SIGNED_CERT), issuer itself', async () => {
    const r = await fetchFrom(await https(answer(VALID), 'selfSigned'))
    expect(r.status).toBe(200)
    expect(r.certificate).toMatchObject({
      trusted: false,
      validForHost: true,
      problem: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      issuer: `CN=${HOST}`
    })
  })

  test('expiring in 5 days: trusted and valid, notAfter in 5 days', async () => {
    const r = await fetchFrom(await https(answer(VALID), 'expiring'))
    expect(r.certificate).toMatchObject({ trusted: true, validForHost: true })
    expect(r.certificate?.problem).toBeUndefined()
    const days = (Date.parse(r.certificate?.notAfter ?? '') - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(4.9)
    expect(days).toBeLessThanOrEqual(5)
  })

  test('a wildcard *.<domain> is valid for mta-sts.<domain>', async () => {
    const r = await fetchFrom(await https(answer(VALID), 'wildcard'))
    expect(r.certificate).toMatchObject({
      names: [`*.${DOMAIN}`],
      trusted: true,
      validForHost: true
    })
  })

  test('a subject CN without subjectAltName is not valid for the host (DNS-ID only)', async () => {
    const r = await fetchFrom(await https(answer(VALID), 'cnOnly'))
    expect(r.certificate).toMatchObject({ names: [HOST], trusted: true, validForHost: false })
    expect(r.certificate?.problem).toContain('subjectAltName')
  })

  test("without ca, Node's store is used: the test CA is not trusted", async () => {
    const server = await https(answer(VALID))
    const r = await createPolicyFetcher({ port: server.port }).fetch(
      DOMAIN,
      ['127.0.0.1'],
      AbortSignal.timeout(ANSWER_MS)
    )
    expect(r.status).toBe(200)
    expect(r.certificate).toMatchObject({
      trusted: false,
      validForHost: true,
      problem: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
    })
  })

  test('a ca that is not PEM is refused when the fetcher is made, not on each fetch', () => {
    expect(() => createPolicyFetcher({ ca: [certs.ca, 'not a certificate'] })).toThrow(
      'createPolicyFetcher: ca[1] holds no PEM certificate'
    )
  })

  test('without ca, NODE_EXTRA_CA_CERTS extends the store (in a child process)', async () => {
    const server = await https(answer(VALID))
    // The probe transpiled to plain JavaScript, run by a node started with NODE_EXTRA_CA_CERTS.
    const dir = await mkdtemp(join(tmpdir(), 'mta-sts-lint-https-'))
    try {
      await mkdir(join(dir, 'verify'))
      await mkdir(join(dir, 'site'))
      await writeFile(join(dir, 'package.json'), '{"type":"module"}')
      for (const file of [
        'verify/https.ts',
        'verify/tls-peer.ts',
        'verify/types.ts',
        'site/well-known.ts',
        'domain-name.ts',
        'version.ts'
      ]) {
        const source = await readFile(new URL(`../../src/${file}`, import.meta.url), 'utf8')
        const js = ts.transpileModule(source, {
          compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
        }).outputText
        await writeFile(join(dir, file.replace(/\.ts$/, '.js')), js)
      }
      await writeFile(join(dir, 'ca.pem'), certs.ca)
      const script = [
        "import { createPolicyFetcher } from './verify/https.js'",
        `const r = await createPolicyFetcher({ port: ${server.port} })`,
        `  .fetch('${DOMAIN}', ['127.0.0.1'], AbortSignal.timeout(${ANSWER_MS}))`,
        'console.log(JSON.stringify(r.certificate))'
      ].join('\n')
      await writeFile(join(dir, 'main.js'), script)
      const out = await new Promise<string>((resolve, reject) => {
        execFile(
          process.execPath,
          [join(dir, 'main.js')],
          {
            env: { ...process.env, NODE_OPTIONS: '', NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') },
            timeout: 15_000
          },
          (err, stdout, stderr) =>
            err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)
        )
      })
      expect(JSON.parse(out)).toMatchObject({ trusted: true, validForHost: true, names: [HOST] })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 20_000)
})

describe('faults: each ends within the deadline, never throws', () => {
  test('a server that accepts and never answers: timeout during the TLS handshake', async () => {
    const server = await keep(startTcpServer(() => undefined))
    const r = await fetchFrom(server, { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('timeout')
    expect(r.failure?.message).toMatch(
      new RegExp(
        `^127\\.0\\.0\\.1:${server.port}: timed out after \\d+ ms during the TLS handshake$`
      )
    )
    expect(r.elapsedMs).toBeGreaterThanOrEqual(FAULT_MS - 50)
    expectWithinDeadline(r)
  })

  test('the deadline ends the domain: the next address is not tried', async () => {
    const server = await keep(startTcpServer(() => undefined))
    const r = await fetchFrom(server, { ms: FAULT_MS, addresses: ['127.0.0.1', '127.0.0.2'] })
    expect(r.failure?.kind).toBe('timeout')
    expect(r.failure?.attempts.map(a => a.address)).toEqual(['127.0.0.1'])
    expectWithinDeadline(r)
  })

  test('an HTTPS server that never answers the request: timeout, the certificate seen', async () => {
    const r = await fetchFrom(await https(silent), { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('timeout')
    expect(r.failure?.message).toContain('waiting for the HTTP response')
    expect(r.status).toBeUndefined()
    expect(r.tlsVersion).toMatch(/^TLSv1\.[23]$/)
    expect(r.certificate).toMatchObject({ trusted: true, validForHost: true })
    expectWithinDeadline(r)
  })

  test('a body trickled forever: timeout while reading, what came is kept', async () => {
    const r = await fetchFrom(await https(trickle(20)), { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('timeout')
    expect(r.failure?.message).toMatch(/reading the body \(HTTP 200, \d+ bytes of body read\)$/)
    expect(r.status).toBe(200)
    expect(r.body?.length).toBeGreaterThan(0)
    expect(r.truncated).toBeUndefined()
    expectWithinDeadline(r)
  })

  test('a signal already aborted: nothing is tried', async () => {
    const server = await https(answer(VALID))
    const r = await fetchFrom(server, { signal: AbortSignal.abort() })
    expect(r.failure?.kind).toBe('timeout')
    expect(r.failure?.message).toContain('aborted')
    expect(server.connections).toBe(0)
  })

  test('a reset on connect (TCP RST): kind reset', async () => {
    const server = await keep(startTcpServer(socket => socket.resetAndDestroy()))
    const r = await fetchFrom(server, { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('reset')
    expect(r.failure?.message).toBe(
      `127.0.0.1:${server.port}: the connection was reset while connecting (ECONNRESET)`
    )
    expectWithinDeadline(r)
  })

  test('the connection closed after the request, no response (socket hang up): reset', async () => {
    const server = await https(hangUp)
    const r = await fetchFrom(server, { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('reset')
    expect(r.failure?.message).toBe(
      `127.0.0.1:${server.port}: socket hang up: ` +
        'the connection was closed before an HTTP response (ECONNRESET)'
    )
    expect(r.certificate?.trusted).toBe(true)
    expectWithinDeadline(r)
  })

  test('a body shorter than its Content-Length: reset, status and what came kept', async () => {
    const server = await https(shortBody(1000, 'version: STSv1\n'))
    const r = await fetchFrom(server, { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('reset')
    expect(r.failure?.message).toBe(
      `127.0.0.1:${server.port}: the connection was closed before the end of the body ` +
        '(HTTP 200, 15 bytes of body read; ECONNRESET)'
    )
    expect(r.status).toBe(200)
    expect(text(r.body)).toBe('version: STSv1\n')
    expectWithinDeadline(r)
  })

  test('not HTTP after the handshake: kind protocol', async () => {
    const server = await keep(
      startTlsServer(certs.valid, socket => socket.end('this is not HTTP\r\n\r\n'))
    )
    const r = await fetchFrom(server, { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('protocol')
    expect(r.failure?.message).toMatch(/not a valid HTTP response.*\(HPE_/)
    expect(r.certificate?.trusted).toBe(true)
    expectWithinDeadline(r)
  })

  test('a server limited to TLS 1.1: kind tls, no TLS version of 1.2 or newer', async () => {
    // SECLEVEL=0 lets OpenSSL 3 offer TLS 1.1 at all; the client asks for 1.2 or newer.
    const server = await keep(
      startTlsServer(certs.valid, socket => socket.end(), {
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT:@SECLEVEL=0'
      })
    )
    const r = await fetchFrom(server, { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('tls')
    expect(r.failure?.message).toMatch(
      new RegExp(
        `^127\\.0\\.0\\.1:${server.port}: TLS handshake failed, no TLS version of 1\\.2 or newer agreed: `
      )
    )
    expect(r.tlsVersion).toBeUndefined()
    expect(r.certificate).toBeUndefined()
    expectWithinDeadline(r)
  })

  test('plain HTTP on the TLS port: a handshake failure, kind tls', async () => {
    const server = await keep(
      startTcpServer(socket => {
        socket.on('error', () => undefined)
        socket.once('data', () =>
          socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')
        )
      })
    )
    const r = await fetchFrom(server, { ms: FAULT_MS })
    expect(r.failure?.kind).toBe('tls')
    expect(r.failure?.message).toMatch(/TLS handshake failed: .*wrong version number/)
    expectWithinDeadline(r)
  })

  test('a refusal then a hung server: the one deadline still bounds the domain', async () => {
    const server = await keep(startTcpServer(() => undefined))
    const r = await fetchFrom(server, { ms: FAULT_MS, addresses: ['127.0.0.2', '127.0.0.1'] })
    expect(r.failure?.kind).toBe('timeout')
    expect(r.failure?.attempts.map(a => a.address)).toEqual(['127.0.0.2', '127.0.0.1'])
    expect(r.failure?.message).toMatch(
      new RegExp(
        `^every address of ${HOST} failed: 127\\.0\\.0\\.2:${server.port}: connection refused ` +
          `\\(ECONNREFUSED\\); 127\\.0\\.0\\.1:${server.port}: timed out after \\d+ ms during the TLS handshake$`
      )
    )
    expectWithinDeadline(r)
  })

  test('many faults at once settle without an unhandled rejection', async () => {
    const hung = await keep(startTcpServer(() => undefined))
    const results = await Promise.all(
      Array.from({ length: 10 }, () => fetchFrom(hung, { ms: 200 }))
    )
    expect(results.map(r => r.failure?.kind)).toEqual(Array(10).fill('timeout'))
  })
})
