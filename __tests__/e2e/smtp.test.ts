/**
 * SMTP probing end to end, from the source: `verify --smtp`, `check --verify --smtp`, the
 * config's verify.smtp and the action's smtp input, against a real DNS server and real SMTP
 * servers on loopback (STARTTLS with certificates of a test CA made at test time). The MX host is
 * the name the test CA's certificates are issued for, so one certificate serves the policy host
 * and the MX host.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createDnsLookup } from '../../src/verify/dns.js'
import { createPolicyFetcher } from '../../src/verify/https.js'
import { createSmtpProbe } from '../../src/verify/smtp.js'
import { run as runAction } from '../../src/action/main.js'
import { readGithubEnvironment } from '../../src/action/github-environment.js'
import { recordingRuntime } from '../action/recording-runtime.js'
import { runCli } from '../fixtures/layouts/cli.js'
import { startDnsServer, type TestDnsServer, type Zone } from '../verify/dns-server.js'
import { startHttpsServer, type TestServer } from '../verify/https-server.js'
import { startSmtpServer, type TestSmtpServer } from '../verify/smtp-server.js'
import { DOMAIN, HOST, makeTestCertificates, type TestCertificates } from '../verify/test-ca.js'
import { healthyZone, virtualClockPorts } from '../verify/test-domain.js'
import { tempDir, writeTree } from './helpers.js'

jest.setTimeout(30_000)

const ID = '20250101T000000Z'
/** The MX host: the name the test certificates carry. */
const MX = HOST
const POLICY = `version: STSv1\nmode: enforce\nmx: ${MX}\nmax_age: 604800\n`

let certs: TestCertificates
let dns: TestDnsServer
let site: TestServer
let healthy: TestSmtpServer
let noStarttls: TestSmtpServer
let wrongName: TestSmtpServer
let silent: TestSmtpServer
let tmp: string

beforeAll(async () => {
  certs = await makeTestCertificates()
  // A healthy deployment whose MX host is the policy host, the one name the certificates carry.
  const zone: Zone = { ...healthyZone(ID), [DOMAIN]: [{ type: 'MX', exchange: MX, priority: 10 }] }
  dns = await startDnsServer(zone)
  site = await startHttpsServer(certs.valid, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end(POLICY)
  })
  ;[healthy, noStarttls, wrongName, silent] = await Promise.all([
    startSmtpServer({ cert: certs.valid }),
    startSmtpServer({}),
    startSmtpServer({ cert: certs.wrongName }),
    startSmtpServer({ greeting: null })
  ])
  tmp = tempDir('mta-sts-lint-smtp-')
})

afterAll(async () => {
  await Promise.all([dns, site, healthy, noStarttls, wrongName, silent].map(s => s.close()))
  rmSync(tmp, { recursive: true, force: true })
})

/** Ports to the loopback servers, the SMTP probe at `smtp`'s port. */
const ports = (smtp: TestSmtpServer) =>
  virtualClockPorts(() => ({
    dns: createDnsLookup({ servers: [dns.address], timeoutMs: 500, tries: 1 }),
    fetcher: createPolicyFetcher({ port: site.port, ca: certs.ca }),
    smtp: createSmtpProbe({ port: smtp.port, ca: certs.ca, stepTimeoutMs: 500 })
  }))

interface Report {
  findings: { rule: string; severity: string; message: string; url: string | null }[]
  domains: { domain: string; live?: { smtp?: Record<string, unknown>[] } }[]
}

const cli = async (args: string[], smtp: TestSmtpServer, cwd = tmp) => {
  const r = await runCli(args, { cwd, verifyPorts: ports(smtp) })
  return { ...r, report: (r.stdout === '' ? {} : JSON.parse(r.stdout)) as Report }
}
const rules = (r: Report): string[] => r.findings.map(f => `${f.rule}/${f.severity}`)

describe('verify DOMAIN --smtp', () => {
  it('finds nothing wrong with an MX host that offers STARTTLS with a valid certificate', async () => {
    const r = await cli(['verify', DOMAIN, '--smtp', '--format', 'json'], healthy)
    expect(r.stderr).toBe('')
    expect(r.report.findings).toEqual([])
    expect(r.code).toBe(0)
    expect(r.report.domains[0].live?.smtp).toEqual([
      {
        host: MX,
        address: '127.0.0.1',
        starttls: true,
        tlsVersion: expect.stringMatching(/^TLSv1\.[23]$/),
        certificate: { notAfter: certs.dates.valid.notAfter.toISOString(), names: [MX] },
        elapsedMs: expect.any(Number)
      }
    ])
  })

  it('an MX host without STARTTLS is smtp-starttls, an error naming the host', async () => {
    const r = await cli(['verify', DOMAIN, '--smtp', '--format', 'json'], noStarttls)
    expect(rules(r.report)).toEqual(['smtp-starttls/error'])
    expect(r.report.findings[0].url).toBe(MX)
    expect(r.report.findings[0].message).toContain(`MX host ${MX} does not offer STARTTLS`)
    expect(r.code).toBe(1)
    expect(r.report.domains[0].live?.smtp?.[0]).toMatchObject({
      host: MX,
      starttls: false,
      failure: { kind: 'no-starttls', stage: 'ehlo' }
    })
  })

  it('a certificate for another name is smtp-starttls', async () => {
    const r = await cli(['verify', DOMAIN, '--smtp', '--format', 'json'], wrongName)
    expect(rules(r.report)).toEqual(['smtp-starttls/error'])
    expect(r.report.findings[0].message).toContain(`is not valid for ${MX}`)
    expect(r.report.findings[0].message).toContain('"www.other.test"')
  })

  it('an MX host that never answers is a notice saying port 25 may be blocked; the run passes', async () => {
    const r = await cli(['verify', DOMAIN, '--smtp', '--format', 'json'], silent)
    expect(rules(r.report)).toEqual(['smtp-starttls/notice'])
    expect(r.report.findings[0].message).toContain('outbound port 25 is often blocked')
    expect(r.code).toBe(0)
  })

  it('without --smtp no MX host is probed and the report has no smtp', async () => {
    const before = noStarttls.connections
    const r = await cli(['verify', DOMAIN, '--format', 'json'], noStarttls)
    expect(r.report.findings).toEqual([])
    expect(noStarttls.connections).toBe(before)
    expect(r.report.domains[0].live).not.toHaveProperty('smtp')
  })

  it('text output names the rule and the host', async () => {
    const r = await runCli(['verify', DOMAIN, '--smtp'], {
      cwd: tmp,
      verifyPorts: ports(noStarttls)
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('smtp-starttls')
    expect(r.stdout).toContain(MX)
  })
})

describe('check --verify --smtp and verify.smtp', () => {
  const repository = (name: string, config?: string): string => {
    const root = path.join(tmp, name)
    writeTree(root, {
      '.well-known/mta-sts.txt': POLICY,
      CNAME: HOST,
      '.nojekyll': '',
      [`dns/${DOMAIN}.zone`]: `$ORIGIN ${DOMAIN}.\n@ IN MX 10 ${MX}.\n_mta-sts IN TXT "v=STSv1; id=${ID}"\n_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@${DOMAIN}"\n`,
      ...(config !== undefined && { '.mta-sts.yml': config })
    })
    return root
  }

  it('check --verify --smtp probes the MX hosts of the repository domains', async () => {
    const root = repository('check-smtp')
    const r = await cli(
      ['check', '--root', root, '--verify', '--smtp', '--format', 'json'],
      noStarttls
    )
    expect(rules(r.report)).toEqual(['smtp-starttls/error'])
  })

  it('--smtp without --verify is a usage error', async () => {
    const root = repository('check-no-verify')
    const r = await cli(['check', '--root', root, '--smtp'], noStarttls)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--smtp needs --verify')
  })

  it('verify: smtp: true in the config turns probing on; false leaves it off', async () => {
    const on = repository('config-on', 'verify:\n  smtp: true\n')
    const r = await cli(['check', '--root', on, '--verify', '--format', 'json'], noStarttls)
    expect(rules(r.report)).toEqual(['smtp-starttls/error'])

    const off = repository('config-off', 'verify:\n  smtp: false\n')
    const before = noStarttls.connections
    const r2 = await cli(['check', '--root', off, '--verify', '--format', 'json'], noStarttls)
    expect(r2.report.findings).toEqual([])
    expect(noStarttls.connections).toBe(before)
    // The flag wins over the config.
    const r3 = await cli(
      ['check', '--root', off, '--verify', '--smtp', '--format', 'json'],
      noStarttls
    )
    expect(rules(r3.report)).toEqual(['smtp-starttls/error'])
  })

  it('a verify.smtp that is not a boolean is a config error naming the key', async () => {
    const root = repository('config-bad', 'verify:\n  smtp: yes please\n')
    const r = await cli(['check', '--root', root, '--verify'], noStarttls)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('verify.smtp')
  })
})

describe('the action with smtp: true', () => {
  const root = (): string => {
    const dir = path.join(tmp, 'action')
    writeTree(dir, { '.well-known/mta-sts.txt': POLICY, CNAME: HOST, '.nojekyll': '' })
    return dir
  }

  it('probes the MX hosts and annotates smtp-starttls', async () => {
    const rec = recordingRuntime({
      INPUT_GATE: 'false',
      INPUT_VERIFY: 'true',
      INPUT_SMTP: 'true',
      INPUT_REPORT: 'r.json'
    })
    const dir = root()
    await runAction(
      rec.runtime,
      readGithubEnvironment({ GITHUB_WORKSPACE: dir }),
      ports(noStarttls)
    )
    expect(rec.code()).toBe(1)
    expect(rec.stdout()).toMatch(
      /::error title=smtp-starttls[^:]*::MX host mta-sts\.example\.test does not offer STARTTLS/
    )
    expect(rec.stdout()).toMatch(
      /::group::MTA-STS verify: example\.test\n[^\n]*\nsmtp mta-sts\.example\.test \(127\.0\.0\.1\): 127\.0\.0\.1:\d+: EHLO does not list STARTTLS in \d+ ms\n/
    )
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as Report
    expect(report.domains[0].live?.smtp?.[0]).toMatchObject({ host: MX, starttls: false })
  })

  it('leaves probing off without the input', async () => {
    const before = noStarttls.connections
    const rec = recordingRuntime({ INPUT_GATE: 'false', INPUT_VERIFY: 'true' })
    await runAction(
      rec.runtime,
      readGithubEnvironment({ GITHUB_WORKSPACE: root() }),
      ports(noStarttls)
    )
    expect(rec.code()).toBe(0)
    expect(noStarttls.connections).toBe(before)
  })

  it.each([
    [{ INPUT_VERIFY: 'true', INPUT_SMTP: 'yes' }, 'input smtp must be true or false; got "yes"'],
    [{ INPUT_SMTP: 'true' }, 'input smtp needs verify: true or a domains-file']
  ])('refuses %j', async (inputs, message) => {
    const rec = recordingRuntime({ INPUT_GATE: 'false', ...inputs })
    await runAction(
      rec.runtime,
      readGithubEnvironment({ GITHUB_WORKSPACE: root() }),
      ports(noStarttls)
    )
    expect(rec.code()).toBe(1)
    expect(rec.stdout()).toContain(`::error::${message}`)
  })
})
