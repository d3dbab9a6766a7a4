/**
 * `--authoritative` end to end, from the source: the CLI's `verify` and `check --verify` and the
 * action's input, against a resolver on 127.0.0.1, two name servers on 127.0.0.2 and 127.0.0.3
 * (one port, as port 53 is one) and an HTTPS server with a test CA. The wait's clock is virtual.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { createDnsLookup } from '../../src/verify/dns.js'
import { createPolicyFetcher } from '../../src/verify/https.js'
import { createAuthoritativeLookup } from '../../src/verify/name-servers.js'
import { run as runAction } from '../../src/action/main.js'
import { readGithubEnvironment } from '../../src/action/github-environment.js'
import { recordingRuntime } from '../action/recording-runtime.js'
import { runCli } from '../fixtures/layouts/cli.js'
import {
  startDnsServer,
  startNameServers,
  type TestDnsServer,
  type Zone
} from '../verify/dns-server.js'
import { startHttpsServer, type TestServer } from '../verify/https-server.js'
import { DOMAIN, HOST, makeTestCertificates } from '../verify/test-ca.js'
import {
  healthyZone,
  NEW_ID,
  OLD_ID,
  OLD_POLICY,
  virtualClockPorts
} from '../verify/test-domain.js'
import { tempDir, writeTree } from './helpers.js'

jest.setTimeout(30_000)

/** One name server's copy of the zone: a healthy deployment, with its apex's SOA and NS. */
const copy = (id: string, serial: number): Zone => {
  const zone = healthyZone(id)
  zone[DOMAIN] = [
    { type: 'SOA', serial },
    { type: 'NS', host: 'ns1.dns.test' },
    { type: 'NS', host: 'ns2.dns.test' },
    ...(zone[DOMAIN] ?? [])
  ]
  return zone
}

let resolver: TestDnsServer
let nameServers: Awaited<ReturnType<typeof startNameServers>>
let site: TestServer
let ca: string
let tmp: string
const resolverZone: Zone = {}
const primary: Zone = {}
const secondary: Zone = {}

/** The resolver and the primary serve `id`; the secondary `secondaryId` at an older serial. */
const publish = (id: string, secondaryId = id): void => {
  Object.assign(resolverZone, copy(id, 2), {
    'ns1.dns.test': [{ type: 'A', address: '127.0.0.2' }],
    'ns2.dns.test': [{ type: 'A', address: '127.0.0.3' }]
  })
  Object.assign(primary, copy(id, 2))
  Object.assign(secondary, copy(secondaryId, secondaryId === id ? 2 : 1))
}

beforeAll(async () => {
  const certs = await makeTestCertificates()
  ca = certs.ca
  publish(OLD_ID)
  resolver = await startDnsServer(resolverZone)
  nameServers = await startNameServers([primary, secondary])
  site = await startHttpsServer(certs.valid, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end(OLD_POLICY)
  })
  tmp = tempDir('mta-sts-lint-authoritative-')
})

afterAll(async () => {
  await Promise.all([resolver.close(), nameServers.close(), site.close()])
  rmSync(tmp, { recursive: true, force: true })
})

/** Ports to the loopback servers; `onSleep` runs when the wait sleeps (the clock moves). */
const ports = (onSleep?: () => void) =>
  virtualClockPorts(
    () => {
      const options = { servers: [resolver.address], timeoutMs: 500, tries: 1 }
      return {
        dns: createDnsLookup(options),
        authoritative: createAuthoritativeLookup({ ...options, port: nameServers.port }),
        fetcher: createPolicyFetcher({ port: site.port, ca })
      }
    },
    onSleep === undefined ? {} : { onSleep }
  )

interface Report {
  findings: { rule: string; severity: string; url: string | null; message: string }[]
  domains: { domain: string; live?: { authoritative?: { zone?: string; servers: unknown[] } } }[]
}

const cli = async (args: string[], verifyPorts = ports()) => {
  const r = await runCli(args, { cwd: tmp, verifyPorts })
  return { ...r, report: (r.stdout === '' ? {} : JSON.parse(r.stdout)) as Report }
}

const repository = (name: string, id: string, config = ''): string => {
  const root = path.join(tmp, name)
  writeTree(root, {
    '.well-known/mta-sts.txt': OLD_POLICY,
    CNAME: HOST,
    '.nojekyll': '',
    '.mta-sts.yml': `domains:\n  ${DOMAIN}:\n    id: ${id}\n${config}`
  })
  return root
}

describe('verify --authoritative', () => {
  it('name servers that agree: no finding, and what each served under live.authoritative', async () => {
    publish(OLD_ID)
    const r = await cli(['verify', DOMAIN, '--authoritative', '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.report.findings).toEqual([])
    expect(r.code).toBe(0)
    expect(r.report.domains[0].live?.authoritative).toEqual({
      zone: DOMAIN,
      servers: [
        {
          server: 'ns1.dns.test',
          address: '127.0.0.2',
          serial: 2,
          record: { records: [`v=STSv1; id=${OLD_ID}`], id: OLD_ID },
          host: { addresses: ['127.0.0.1'] }
        },
        expect.objectContaining({ server: 'ns2.dns.test', address: '127.0.0.3' })
      ]
    })
  })

  it('a secondary serving the old id: dns-inconsistent, exit 1', async () => {
    publish(NEW_ID, OLD_ID)
    const r = await cli(['verify', DOMAIN, '--authoritative', '--format', 'json'])
    expect(r.code).toBe(1)
    expect(r.report.findings.map(f => `${f.rule}/${f.severity}/${f.url}`)).toEqual([
      `dns-inconsistent/error/_mta-sts.${DOMAIN}`
    ])
    expect(r.report.findings[0].message).toContain(
      `ns2.dns.test (127.0.0.3, serial 1) serves id "${OLD_ID}"`
    )
  })

  it('without --authoritative nobody asks the name servers', async () => {
    publish(NEW_ID, OLD_ID)
    for (const s of nameServers.servers) s.reset()
    const r = await cli(['verify', DOMAIN, '--format', 'json'])
    expect(r.report.findings).toEqual([])
    expect(r.report.domains[0].live?.authoritative).toBeUndefined()
    expect(nameServers.servers.map(s => s.queries.length)).toEqual([0, 0])
  })

  it('--authoritative on check needs --verify (exit 2, one line)', async () => {
    const r = await cli(['check', '--root', tmp, '--authoritative'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'mta-sts-lint: --authoritative needs --verify (it asks the zone of each domain verified)\n'
    )
  })
})

describe('check --verify with verify.authoritative in the config', () => {
  it('the config turns it on', async () => {
    publish(NEW_ID, OLD_ID)
    const root = repository('config-on', NEW_ID, 'verify:\n  authoritative: true\n')
    const r = await cli(['check', '--root', root, '--verify', '--format', 'json'])
    expect(r.report.findings.map(f => f.rule)).toEqual(['dns-inconsistent'])
  })

  it('--wait lasts until every name server serves the committed id', async () => {
    publish(NEW_ID, OLD_ID)
    const root = repository('wait', NEW_ID)
    let sleeps = 0
    const r = await cli(
      ['check', '--root', root, '--verify', '--authoritative', '--wait', '600', '--format', 'json'],
      ports(() => {
        if (++sleeps === 2) publish(NEW_ID)
      })
    )
    expect(r.report.findings).toEqual([])
    expect(r.code).toBe(0)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^example\.test: attempt 1: the policy is served; the _mta-sts record does not yet carry the committed id on every name server \(1 of 2 serve it\)/
    )
  })
})

describe('the action input authoritative', () => {
  it('true asks the name servers; false overrides the config', async () => {
    publish(NEW_ID, OLD_ID)
    const root = repository('action', NEW_ID, 'verify:\n  authoritative: true\n')
    const env = readGithubEnvironment({ GITHUB_WORKSPACE: root, GITHUB_STEP_SUMMARY: 'summary.md' })
    const on = recordingRuntime({ INPUT_GATE: 'false', INPUT_VERIFY: 'true' })
    await runAction(on.runtime, env, ports())
    expect(on.code()).toBe(1)
    expect(on.stdout()).toContain('dns-inconsistent')
    const off = recordingRuntime({
      INPUT_GATE: 'false',
      INPUT_VERIFY: 'true',
      INPUT_AUTHORITATIVE: 'false'
    })
    await runAction(off.runtime, env, ports())
    expect(off.code()).toBe(0)
    expect(off.stdout()).not.toContain('dns-inconsistent')
  })
})
