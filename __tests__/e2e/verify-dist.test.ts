/**
 * The bundled CLI verifies as a user runs it: trust from NODE_EXTRA_CA_CERTS, every lookup sent to
 * a DNS server on loopback with --dns-server, the policy host on port 443 of a loopback address.
 * Binding port 443 needs root (CI runs as root here); elsewhere these tests are skipped, and the
 * same paths run in-process in verify.test.ts with injected ports.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DIST_CLI } from '../fixtures/layouts/cli.js'
import { startDnsServer, type TestDnsServer } from '../verify/dns-server.js'
import { startHttpsServer, type TestServer } from '../verify/https-server.js'
import { DOMAIN, HOST, makeTestCertificates } from '../verify/test-ca.js'
import { tempDir } from './helpers.js'

const ADDRESS = '127.0.0.53'
const root = process.getuid?.() === 0
const describeAsRoot = root ? describe : describe.skip

let dns: TestDnsServer
let site: TestServer | undefined
let tmp: string
let caFile: string

beforeAll(async () => {
  if (!root) return
  const certs = await makeTestCertificates()
  tmp = tempDir('mta-sts-lint-verify-dist-')
  caFile = path.join(tmp, 'ca.pem')
  writeFileSync(caFile, certs.ca)
  dns = await startDnsServer({
    [`_mta-sts.${DOMAIN}`]: [{ type: 'TXT', strings: ['v=STSv1; id=20250601T000000Z'] }],
    [HOST]: [{ type: 'A', address: ADDRESS }],
    [DOMAIN]: [{ type: 'MX', exchange: `mail.${DOMAIN}`, priority: 10 }],
    [`_smtp._tls.${DOMAIN}`]: [{ type: 'TXT', strings: [`v=TLSRPTv1; rua=mailto:tls@${DOMAIN}`] }]
  })
  site = await startHttpsServer(
    certs.valid,
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(`version: STSv1\nmode: enforce\nmx: mail.${DOMAIN}\nmax_age: 604800\n`)
    },
    { host: ADDRESS, port: 443 }
  )
})

afterAll(async () => {
  if (!root) return
  await Promise.all([dns.close(), site?.close()])
  rmSync(tmp, { recursive: true, force: true })
})

/** Runs the bundle asynchronously: the servers answering it live in this process. */
const verify = (env: Record<string, string>) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>(resolve => {
    const args = [DIST_CLI, 'verify', DOMAIN, '--dns-server', dns.address, '--timeout', '10']
    execFile(
      process.execPath,
      [...args, '--format', 'json'],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20_000 },
      (err, stdout, stderr) => {
        const status = err === null ? 0 : typeof err.code === 'number' ? err.code : null
        resolve({ status, stdout, stderr })
      }
    )
  })

describeAsRoot('dist/cli/index.js verify, as a user runs it', () => {
  it('trusts the test CA through NODE_EXTRA_CA_CERTS: a healthy domain', async () => {
    const r = await verify({ NODE_EXTRA_CA_CERTS: caFile })
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as {
      findings: unknown[]
      domains: { live: { status: number; id: string } }[]
    }
    expect(report.findings).toEqual([])
    expect(r.status).toBe(0)
    expect(report.domains[0].live).toMatchObject({ status: 200, id: '20250601T000000Z' })
  })

  it('without it, the certificate is untrusted: tls-certificate', async () => {
    const r = await verify({})
    const report = JSON.parse(r.stdout) as { findings: { rule: string }[] }
    expect(r.status).toBe(1)
    expect(report.findings.map(f => f.rule)).toEqual(['tls-certificate'])
  })
})
