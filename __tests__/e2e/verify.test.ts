/**
 * Verification end to end, from the source: the CLI's `verify` and `check --verify` and the
 * action's `verify` input against a real DNS server (wire protocol, loopback) and real HTTPS
 * servers whose certificates a test CA made at test time. The clock of the wait is virtual.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { VerificationPorts } from '../../src/verify/run-verification.js'
import { createDnsLookup } from '../../src/verify/dns.js'
import { createPolicyFetcher } from '../../src/verify/https.js'
import { run as runAction } from '../../src/action/main.js'
import { readGithubEnvironment } from '../../src/action/github-environment.js'
import { recordingRuntime } from '../action/recording-runtime.js'
import { runCli } from '../fixtures/layouts/cli.js'
import { startDnsServer, type TestDnsServer, type Zone } from '../verify/dns-server.js'
import { startHttpsServer, type TestServer } from '../verify/https-server.js'
import { DOMAIN, HOST, makeTestCertificates, type TestCertificates } from '../verify/test-ca.js'
import {
  committedFiles,
  healthyZone,
  NEW_ID,
  NEW_POLICY,
  OLD_ID,
  OLD_POLICY,
  setRecordId as setZoneRecordId,
  virtualClockPorts
} from '../verify/test-domain.js'
import { tempDir, writeTree } from './helpers.js'

jest.setTimeout(30_000)

let certs: TestCertificates
let dns: TestDnsServer
let site: TestServer
let expiredSite: TestServer
let tmp: string
/** What the site serves, and its cache headers; tests change it. */
let served = OLD_POLICY
const zone: Zone = healthyZone(OLD_ID)
const setRecordId = (id: string): void => setZoneRecordId(zone, id)

beforeAll(async () => {
  certs = await makeTestCertificates()
  dns = await startDnsServer(zone)
  site = await startHttpsServer(certs.valid, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'max-age=600', age: '42' })
    res.end(served)
  })
  expiredSite = await startHttpsServer(certs.expired, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end(served)
  })
  tmp = tempDir('mta-sts-lint-verify-')
})

afterAll(async () => {
  await Promise.all([dns.close(), site.close(), expiredSite.close()])
  rmSync(tmp, { recursive: true, force: true })
})

/** Ports to the loopback servers; the clock moves only when the wait sleeps. */
const ports = (server: () => TestServer = () => site) =>
  virtualClockPorts(() => ({
    dns: createDnsLookup({ servers: [dns.address], timeoutMs: 500, tries: 1 }),
    fetcher: createPolicyFetcher({ port: server().port, ca: certs.ca })
  }))

interface Report {
  findings: { rule: string; severity: string; url: string | null; domain: string | null }[]
  domains: {
    domain: string
    id?: string
    live?: {
      id?: string
      status?: number
      policy?: { mode?: string; max_age?: number }
      certificate?: { notAfter: string }
      mx?: string[]
      age?: string
      cacheControl?: string
    }
  }[]
}

const cli = async (args: string[], server?: () => TestServer) => {
  const r = await runCli(args, { cwd: tmp, verifyPorts: ports(server) })
  return { ...r, report: (r.stdout === '' ? {} : JSON.parse(r.stdout)) as Report }
}

/** A repository committing the domain's policy and its record's id. */
const repository = (name: string, policyText: string, id: string): string => {
  const root = path.join(tmp, name)
  writeTree(root, committedFiles(policyText, id))
  return root
}

describe('verify DOMAIN: no repository', () => {
  it('finds nothing wrong with a healthy domain, and reports what is deployed', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const r = await cli(['verify', DOMAIN, '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.report.findings).toEqual([])
    expect(r.code).toBe(0)
    expect(r.report.domains).toEqual([
      expect.objectContaining({
        domain: DOMAIN,
        live: expect.objectContaining({
          id: OLD_ID,
          status: 200,
          policy: expect.objectContaining({ mode: 'enforce', max_age: 604800 }),
          certificate: expect.objectContaining({ notAfter: expect.any(String) }),
          mx: [`mail.${DOMAIN}`],
          age: '42',
          cacheControl: 'max-age=600'
        })
      })
    ])
  })

  it('an expired certificate is tls-certificate, with the live url', async () => {
    const r = await cli(['verify', DOMAIN, '--format', 'json'], () => expiredSite)
    expect(r.code).toBe(1)
    expect(r.report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'tls-certificate',
        severity: 'error',
        // The policy URL senders use (the test's port is an artefact of loopback).
        url: `https://${HOST}/.well-known/mta-sts.txt`,
        domain: DOMAIN
      })
    )
    expect(r.report.findings.map(f => f.rule)).not.toContain('policy-fetch')
  })

  it('a host that speaks only TLS 1.1 is tls-certificate (below 1.2), not policy-fetch too', async () => {
    const old = await startHttpsServer(
      certs.valid,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end(served)
      },
      { tls: { maxVersion: 'TLSv1.1', minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' } }
    )
    try {
      const r = await cli(['verify', DOMAIN, '--format', 'json'], () => old)
      const rules = r.report.findings.map(f => `${f.rule}/${f.severity}`)
      expect(rules).toContain('tls-certificate/error')
      expect(rules).not.toContain('policy-fetch/error')
    } finally {
      await old.close()
    }
  })

  it('a missing record is txt-missing, and the policy is still checked', async () => {
    delete zone[`_mta-sts.${DOMAIN}`]
    try {
      const r = await cli(['verify', DOMAIN, '--format', 'json'])
      expect(r.report.findings.map(f => `${f.rule}/${f.severity}`)).toEqual(['txt-missing/error'])
      expect(r.report.domains[0].live?.status).toBe(200)
    } finally {
      setRecordId(OLD_ID)
    }
  })

  it('a record lookup the server fails names the server once, with what it answered', async () => {
    zone[`_mta-sts.${DOMAIN}`] = [{ type: '*', fail: 'SERVFAIL' }]
    try {
      const r = await runCli(['verify', DOMAIN, '--format', 'json'], {
        cwd: tmp,
        verifyPorts: ports()
      })
      const report = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] }
      const [missing] = report.findings.filter(f => f.rule === 'txt-missing')
      expect(missing.message).toContain(`failed: ${dns.address} answered SERVFAIL`)
      expect(missing.message.split(dns.address)).toHaveLength(2)
    } finally {
      setRecordId(OLD_ID)
    }
  })

  it('refuses a policy host or a URL as a domain, and a bad --dns-server, in one line', async () => {
    const host = await cli(['verify', HOST])
    expect(host.code).toBe(2)
    expect(host.stderr).toMatch(/^mta-sts-lint: "mta-sts\.example\.test" is not a mail domain/)
    const server = await runCli(['verify', DOMAIN, '--dns-server', 'dns.example.com'], {
      cwd: tmp
    })
    expect(server.code).toBe(2)
    expect(server.stderr).toMatch(/^mta-sts-lint: DNS server: [^\n]+\n$/)
  })
})

describe('verify --domains-file and --shard: many domains', () => {
  /** A domain the zone does not hold (shard 2 of 2; example.test is in shard 1). */
  const OTHER = 'unknown.test'
  const list = (name: string, text: string): string => {
    writeTree(tmp, { [name]: text })
    return name
  }

  it('verifies the domains of the file, with the named ones', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const file = list('domains.txt', `# ours\r\n${OTHER}\r\n\r\n${DOMAIN}  # the main one\r\n`)
    const r = await cli([
      'verify',
      DOMAIN,
      '--domains-file',
      file,
      '--concurrency',
      '1',
      '--format',
      'json'
    ])
    expect(r.code).toBe(1)
    expect(r.report.domains.map(d => d.domain).sort()).toEqual([DOMAIN, OTHER])
    expect(r.report.findings.filter(f => f.domain === DOMAIN)).toEqual([])
    expect(r.report.findings.map(f => `${f.rule}/${f.domain}`)).toContain(`txt-missing/${OTHER}`)
  })

  it('--shard 1/2 and 2/2 verify each domain once between them, and merge joins their reports', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const file = list('shards.txt', `${DOMAIN}\n${OTHER}\n`)
    const one = await cli(['verify', '--domains-file', file, '--shard', '1/2', '--format', 'json'])
    const two = await cli(['verify', '--domains-file', file, '--shard', '2/2', '--format', 'json'])
    expect(one.report.domains.map(d => d.domain)).toEqual([DOMAIN])
    expect(two.report.domains.map(d => d.domain)).toEqual([OTHER])
    expect(one.code).toBe(0)
    expect(two.code).toBe(1)
    writeTree(tmp, { 'shard-1.json': one.stdout, 'shard-2.json': two.stdout })
    const merged = await cli(['merge', 'shard-1.json', 'shard-2.json', '--format', 'json'])
    expect(merged.code).toBe(1)
    expect(merged.report.domains.map(d => d.domain)).toEqual([DOMAIN, OTHER])
    expect(merged.report.findings).toEqual(two.report.findings)
    expect((JSON.parse(merged.stdout) as { summary: unknown }).summary).toEqual(
      (JSON.parse(two.stdout) as { summary: unknown }).summary
    )
    const text = await runCli(['merge', 'shard-1.json', 'shard-2.json', '--fail-on', 'never'], {
      cwd: tmp
    })
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('txt-missing')
  })

  it('reads the list from standard input with -', async () => {
    const { runCli: runSource } = await import('../../src/cli/main.js')
    const { nodeIO } = await import('../../src/cli/io.js')
    let out = ''
    const code = await runSource(['verify', '--domains-file', '-', '--format', 'json'], {
      ...nodeIO(),
      readStdin: () => Promise.resolve(Buffer.from(`${DOMAIN}\n`)),
      stdout: s => void (out += s),
      stderr: () => undefined,
      env: {},
      stdoutIsTTY: false,
      cwd: tmp,
      verifyPorts: ports()
    })
    expect(code).toBe(0)
    expect((JSON.parse(out) as Report).domains.map(d => d.domain)).toEqual([DOMAIN])
  })

  it('draws progress on a terminal’s standard error, and none beside JSON or into a log', async () => {
    const { runCli: runSource } = await import('../../src/cli/main.js')
    const { nodeIO } = await import('../../src/cli/io.js')
    const run = async (format: string, stderrIsTTY: boolean) => {
      let err = ''
      const code = await runSource(['verify', DOMAIN, OTHER, '--format', format], {
        ...nodeIO(),
        stdout: () => undefined,
        stderr: s => void (err += s),
        env: {},
        stdoutIsTTY: false,
        stderrIsTTY,
        cwd: tmp,
        verifyPorts: ports()
      })
      return { code, err }
    }
    const text = await run('text', true)
    expect(text.code).toBe(1)
    // One domain done (the other's record is missing: a failure), then the line cleared.
    // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence is the point
    expect(text.err).toMatch(/^\r\u001b\[2Kverified 1\/2 · [01] failing[^\r]*\r\u001b\[2K$/)
    expect((await run('json', true)).err).toBe('')
    expect((await run('text', false)).err).toBe('')
  })

  it('refuses a bad line naming the file and line, and a bad shard, with exit 2', async () => {
    const file = list('bad.txt', `${DOMAIN}\n\n${HOST}\n`)
    const bad = await cli(['verify', '--domains-file', file])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      `mta-sts-lint: --domains-file bad.txt, line 3: "${HOST}" is not a mail domain (give example.com, not mta-sts.example.com or a URL)\n`
    )
    const shard = await cli(['verify', DOMAIN, '--shard', '3/2'])
    expect(shard.code).toBe(2)
    expect(shard.stderr).toBe('mta-sts-lint: --shard I must be from 1 to N (2); got "3/2"\n')
  })
})

describe('check --verify: the deployment against the commit', () => {
  it('a live id and a served policy that differ from the commit', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const root = repository('ahead', NEW_POLICY, NEW_ID)
    const r = await cli(['check', '--root', root, '--verify', '--format', 'json'])
    expect(r.code).toBe(1)
    const live = r.report.findings.filter(f => f.url !== null).map(f => f.rule)
    expect(live.sort()).toEqual(['id-mismatch', 'policy-mismatch'])
    expect(r.report.domains[0]).toMatchObject({ id: NEW_ID, live: { id: OLD_ID } })
  })

  it('--wait re-checks until the policy and then the id are deployed, logging each attempt', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const root = repository('release', NEW_POLICY, NEW_ID)
    let attempts = 0
    // The deployment lands while we wait: the policy after the first check, the id after the second.
    const slowDeploy = (log: (line: string) => void): Promise<VerificationPorts> =>
      ports()(line => {
        attempts++
        if (attempts === 1) served = NEW_POLICY
        if (attempts === 2) setRecordId(NEW_ID)
        log(line)
      })
    const r = await runCli(
      ['check', '--root', root, '--verify', '--wait', '600', '--format', 'json'],
      { cwd: tmp, verifyPorts: slowDeploy }
    )
    const report = JSON.parse(r.stdout) as Report
    expect(report.findings.filter(f => f.url !== null)).toEqual([])
    expect(r.code).toBe(0)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^example\.test: attempt 1: the served policy is not yet the committed one \(live id 20250101T000000Z, Age 42, Cache-Control max-age=600\); checking again in \d+ s$/
    )
    expect(lines[1]).toMatch(/attempt 2: the policy is served; the _mta-sts record does not yet/)
  })

  it('--wait gives up when its time runs out, with what still differs', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const root = repository('never', NEW_POLICY, NEW_ID)
    const r = await cli(['check', '--root', root, '--verify', '--wait', '30', '--format', 'json'])
    expect(r.code).toBe(1)
    // Checks at 0, 5 and 15 s of the virtual clock; the next would come after 30 s.
    expect(r.stderr.trim().split('\n')).toHaveLength(2)
    const live = r.report.findings.filter(f => f.url !== null).map(f => f.rule)
    expect(live.sort()).toEqual(['id-mismatch', 'policy-mismatch'])
  })

  it('an id live before its policy stops the wait at once with an error', async () => {
    served = OLD_POLICY
    setRecordId(NEW_ID)
    const root = repository('wrong-order', NEW_POLICY, NEW_ID)
    const r = await cli(['check', '--root', root, '--verify', '--wait', '600', '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    expect(r.report.findings).toContainEqual(
      expect.objectContaining({ rule: 'policy-mismatch', severity: 'error' })
    )
    setRecordId(OLD_ID)
  })
})

describe('the action with verify: true', () => {
  it('logs a group per domain and adds a Deployed section to the summary', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const root = repository('action', OLD_POLICY, OLD_ID)
    const rec = recordingRuntime({ INPUT_GATE: 'false', INPUT_VERIFY: 'true' })
    await runAction(
      rec.runtime,
      readGithubEnvironment({ GITHUB_WORKSPACE: root, GITHUB_STEP_SUMMARY: 'summary.md' }),
      ports()
    )
    expect(rec.code()).toBe(0)
    expect(rec.stdout()).toMatch(
      /::group::MTA-STS verify: example\.test\nhttps:\/\/mta-sts\.example\.test\/\.well-known\/mta-sts\.txt: HTTP 200 in \d+ ms; live id 20250101T000000Z; certificate until /
    )
    expect(rec.summary()).toContain('### Deployed')
    expect(rec.summary()).toMatch(
      /\| example\\\.test \| 200 \| 20250101T000000Z \| enforce \| 604800 \|/
    )
  })

  it('with domains-file and shard verifies those domains, not the repository', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const root = repository('action-list', OLD_POLICY, OLD_ID)
    writeTree(root, { 'lists/domains.txt': `${DOMAIN}\nunknown.test\n` })
    const rec = recordingRuntime({
      INPUT_GATE: 'true',
      'INPUT_DOMAINS-FILE': 'lists/domains.txt',
      INPUT_SHARD: '1/2',
      INPUT_CONCURRENCY: '4',
      INPUT_REPORT: 'out/report.json'
    })
    await runAction(rec.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: root }), ports())
    expect(rec.code()).toBe(0)
    expect(rec.stdout()).toContain('verified 1 of the 2 domain(s) of lists/domains.txt (shard 1/2)')
    const report = JSON.parse(readFileSync(path.join(root, 'out/report.json'), 'utf8')) as Report
    expect(report.domains.map(d => d.domain)).toEqual([DOMAIN])
    // Only the deployed state: no policy file of the repository is linted.
    expect(report.domains[0]).not.toHaveProperty('policyFile')
  })

  it.each([
    [{ INPUT_SHARD: '1/2' }, 'input shard splits the domains of input domains-file: give that too'],
    [
      { 'INPUT_DOMAINS-FILE': 'd.txt', INPUT_SHARD: '2' },
      'input shard takes I/N (such as 1/4); got "2"'
    ],
    [{ INPUT_CONCURRENCY: '0' }, 'input concurrency must be a number from 1 to 256; got "0"'],
    [{ INPUT_CONCURRENCY: '257' }, 'input concurrency must be a number from 1 to 256; got "257"']
  ])('refuses bad list inputs: %j', async (inputs, message) => {
    const rec = recordingRuntime({ INPUT_GATE: 'false', ...inputs })
    await runAction(rec.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: tmp }), ports())
    expect(rec.code()).toBe(1)
    expect(rec.stdout()).toContain(`::error::${message}`)
  })

  it('names a domains-file it cannot read, or the bad line of it', async () => {
    writeTree(tmp, { 'action-bad.txt': `${DOMAIN}\nhttps://x.example/\n` })
    const missing = recordingRuntime({ INPUT_GATE: 'false', 'INPUT_DOMAINS-FILE': 'nope.txt' })
    await runAction(missing.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: tmp }), ports())
    expect(missing.stdout()).toContain(
      `::error::cannot read the domains-file "${path.join(tmp, 'nope.txt')}"`
    )
    const bad = recordingRuntime({ INPUT_GATE: 'false', 'INPUT_DOMAINS-FILE': 'action-bad.txt' })
    await runAction(bad.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: tmp }), ports())
    expect(bad.code()).toBe(1)
    expect(bad.stdout()).toContain('::error::input domains-file action-bad.txt, line 2: "https')
  })

  it('refuses a verify-wait that is not a number of seconds', async () => {
    const rec = recordingRuntime({
      INPUT_GATE: 'false',
      INPUT_VERIFY: 'true',
      'INPUT_VERIFY-WAIT': '5m'
    })
    await runAction(rec.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: tmp }), ports())
    expect(rec.code()).toBe(1)
    expect(rec.stdout()).toContain('::error::input verify-wait must be a number of seconds')
  })
})

describe('--state: drift between runs', () => {
  it('a policy changed under the same id is id-not-changed on the next run', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const state = path.join('state', 'drift.json')
    try {
      const first = await cli(['verify', DOMAIN, '--state', state, '--format', 'json'])
      expect(first.stderr).toBe('')
      expect(first.report.findings).toEqual([])
      expect(first.code).toBe(0)
      const kept = JSON.parse(readFileSync(path.join(tmp, state), 'utf8')) as {
        version: number
        tool: string
        domains: Record<string, { id: string; policyDigest: string; notAfter: string }>
      }
      expect(kept).toMatchObject({ version: 1, tool: 'mta-sts-lint' })
      expect(kept.domains[DOMAIN]).toMatchObject({
        id: OLD_ID,
        policyDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
        notAfter: first.report.domains[0].live?.certificate?.notAfter
      })

      served = NEW_POLICY
      const second = await cli(['verify', DOMAIN, '--state', state, '--format', 'json'])
      expect(second.code).toBe(1)
      expect(second.report.findings).toEqual([
        expect.objectContaining({
          rule: 'id-not-changed',
          severity: 'error',
          domain: DOMAIN,
          url: `https://${HOST}/.well-known/mta-sts.txt`
        })
      ])
    } finally {
      served = OLD_POLICY
    }
  })

  it('a corrupt state file fails the run (exit 2, one line) and is left as it was', async () => {
    const file = path.join(tmp, 'corrupt-state.json')
    writeFileSync(file, '{"version": 1, "tool": "mta-sts-lint", "domains": {')
    const r = await cli(['verify', DOMAIN, '--state', 'corrupt-state.json', '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^mta-sts-lint: state file .*corrupt-state\.json: not JSON/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "tool": "mta-sts-lint", "domains": {')
  })

  it('the action keeps its state input relative to the workspace', async () => {
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const root = repository('action-state', OLD_POLICY, OLD_ID)
    const rec = recordingRuntime({
      INPUT_GATE: 'false',
      INPUT_VERIFY: 'true',
      INPUT_STATE: '.cache/mta-sts-state.json'
    })
    await runAction(rec.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: root }), ports())
    expect(rec.code()).toBe(0)
    const kept = JSON.parse(readFileSync(path.join(root, '.cache/mta-sts-state.json'), 'utf8')) as {
      domains: Record<string, { id: string }>
    }
    expect(kept.domains[DOMAIN].id).toBe(OLD_ID)
  })
})
