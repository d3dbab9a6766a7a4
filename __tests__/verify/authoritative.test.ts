/**
 * `--authoritative` against real DNS servers on loopback: a resolver on 127.0.0.1 that knows the
 * delegations and the name servers' addresses, and four name servers on 127.0.0.2 to 127.0.0.5
 * sharing one port (as real ones share port 53), each serving its own copy of the test zones.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { surveyAuthoritative } from '../../src/verify/authoritative.js'
import { createDnsLookup } from '../../src/verify/dns.js'
import { createAuthoritativeLookup } from '../../src/verify/name-servers.js'
import { verifyDomain } from '../../src/verify/verify-domain.js'
import { verifyDomains, type VerificationPorts } from '../../src/verify/run-verification.js'
import type { AuthoritativeLookup, AuthoritativeSurvey, DnsLookup } from '../../src/verify/types.js'
import type { EffectivePolicy } from '../../src/policy/effective.js'
import {
  startDnsServer,
  startNameServers,
  type TestDnsServer,
  type Zone,
  type ZoneEntry
} from './dns-server.js'
import { FakeFetcher, goodFetch, NOW } from './live-fakes.js'

const NEW = '20250701T150000Z'
const OLD = '20250601T090000Z'
const NS = (n: number): string => `ns${n}.dns.test`
const nsAddress = (n: number): string => `127.0.0.${n + 1}`

/** What name server `n` serves for a domain; `undefined`: the same as the others. */
interface Copy {
  serial?: number
  id?: string
  address?: string
  fail?: 'SERVFAIL' | 'REFUSED' | 'silent'
  noSoa?: true
  alias?: string
}
interface DomainSpec {
  servers: number[]
  copies?: Partial<Record<number, Copy>>
}

const DOMAINS: Record<string, DomainSpec> = {
  'agree.test': { servers: [1, 2, 3, 4] },
  'stale.test': { servers: [1, 2, 3, 4], copies: { 3: { serial: 2025060101, id: OLD } } },
  'edited.test': { servers: [1, 2, 3], copies: { 2: { address: '192.0.2.99' } } },
  'silent.test': { servers: [1, 2, 3, 4], copies: { 4: { fail: 'silent' } } },
  'failing.test': {
    servers: [1, 2, 3, 4],
    copies: { 3: { fail: 'REFUSED' }, 4: { fail: 'SERVFAIL' } }
  },
  'lame.test': { servers: [1, 2], copies: { 2: { noSoa: true } } },
  'alias.test': { servers: [1, 2], copies: {} },
  'mail.parent.test': { servers: [3, 4] },
  'moving.test': { servers: [1, 2, 3] }
}

/** Name server n's zone data: every domain it serves, as its copy says. */
const nsZone = (n: number): Zone => {
  const zone: Zone = {}
  for (const [domain, spec] of Object.entries(DOMAINS)) {
    if (!spec.servers.includes(n)) continue
    const copy = spec.copies?.[n] ?? {}
    const names = [domain, `_mta-sts.${domain}`, `mta-sts.${domain}`]
    if (copy.fail !== undefined) {
      for (const name of names) zone[name] = [{ type: '*', fail: copy.fail }]
      continue
    }
    if (copy.noSoa === true) continue // it does not serve the zone: NXDOMAIN for all of it
    zone[domain] = [
      { type: 'SOA', serial: copy.serial ?? 2025070102 },
      ...spec.servers.map(s => ({ type: 'NS' as const, host: NS(s) }))
    ]
    zone[`_mta-sts.${domain}`] =
      domain === 'alias.test'
        ? [{ type: 'CNAME', target: '_mta-sts.provider.test' }]
        : [{ type: 'TXT', strings: [`v=STSv1; id=${copy.id ?? NEW};`] }]
    zone[`mta-sts.${domain}`] = [{ type: 'A', address: copy.address ?? '192.0.2.10' }]
  }
  return zone
}

/** The resolver: the delegations, the name servers' addresses, and a resolved view of it all. */
const resolverZone = (): Zone => {
  const zone: Zone = {}
  for (let n = 1; n <= 4; n++) zone[NS(n)] = [{ type: 'A', address: nsAddress(n) }]
  for (const [domain, spec] of Object.entries(DOMAINS)) {
    zone[domain] = spec.servers.map(s => ({ type: 'NS' as const, host: NS(s) }))
    zone[`_mta-sts.${domain}`] = [{ type: 'TXT', strings: [`v=STSv1; id=${NEW};`] }]
    zone[`mta-sts.${domain}`] = [{ type: 'A', address: '192.0.2.10' }]
  }
  // A delegation: parent.test is served by ns1, its child mail.parent.test by ns3 and ns4.
  zone['parent.test'] = [{ type: 'NS', host: NS(1) }]
  // The record behind an alias: the walk goes past the CNAME to the zone holding it.
  zone['_mta-sts.alias.test'] = [{ type: 'CNAME', target: '_mta-sts.provider.test', chase: true }]
  zone['_mta-sts.provider.test'] = [{ type: 'TXT', strings: [`v=STSv1; id=${NEW};`] }]
  // A zone whose second name server has no address.
  zone['ghost.test'] = [
    { type: 'NS', host: NS(1) },
    { type: 'NS', host: 'ghost.dns.test' }
  ]
  return zone
}

let resolver: TestDnsServer
let nameServers: Awaited<ReturnType<typeof startNameServers>>
let dns: DnsLookup
let auth: AuthoritativeLookup
const zones: Zone[] = []

beforeAll(async () => {
  for (let n = 1; n <= 4; n++) zones.push(nsZone(n))
  nameServers = await startNameServers(zones)
  resolver = await startDnsServer(resolverZone())
  const options = { servers: [resolver.address], timeoutMs: 300, tries: 1 }
  dns = createDnsLookup(options)
  auth = createAuthoritativeLookup({ ...options, port: nameServers.port })
})

afterAll(async () => {
  await Promise.all([resolver.close(), nameServers.close()])
})

const survey = (domain: string): Promise<AuthoritativeSurvey> =>
  surveyAuthoritative(domain, {
    dns,
    authoritative: auth,
    signal: AbortSignal.timeout(20_000),
    cutOff: () => 'no answer within the time limit'
  })

/** The dns-inconsistent findings of a whole verification of `domain`. */
const inconsistencies = async (domain: string) => {
  const v = await verifyDomain(domain, {
    dns,
    fetcher: new FakeFetcher(goodFetch()),
    now: NOW,
    timeoutMs: 20_000,
    certExpiryDays: 14,
    authoritative: auth
  })
  return { findings: v.findings.filter(f => f.rule === 'dns-inconsistent'), live: v.live }
}

describe('the zone cut and the name servers', () => {
  it('finds the zone of _mta-sts.<domain> and its name servers through the resolver', async () => {
    const zone = await auth.zoneOf('_mta-sts.agree.test')
    expect(zone).toEqual(
      expect.objectContaining({
        ok: true,
        value: { zone: 'agree.test', nameServers: [NS(1), NS(2), NS(3), NS(4)] }
      })
    )
    // Asked of the resolver, never of the name servers.
    expect(resolver.count('agree.test', 'NS')).toBeGreaterThan(0)
    expect(nameServers.servers.every(s => s.count('agree.test', 'NS') === 0)).toBe(true)
  })

  it('stops at a delegation: the child zone, not its parent', async () => {
    const zone = await auth.zoneOf('_mta-sts.mail.parent.test')
    expect(zone.ok && zone.value).toEqual({
      zone: 'mail.parent.test',
      nameServers: [NS(3), NS(4)]
    })
  })

  it('goes past a CNAME: an alias is no zone apex, the zone holding it answers for it', async () => {
    const zone = await auth.zoneOf('_mta-sts.alias.test')
    expect(zone.ok && zone.value.zone).toBe('alias.test')
  })

  it('a name under no zone the resolver knows is a failure, not a throw', async () => {
    const zone = await auth.zoneOf('_mta-sts.nowhere.invalid')
    expect(zone).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(resolver.address) as unknown }
    })
  })
})

describe('each name server, asked directly', () => {
  it('servers that agree: what each serves, and no finding', async () => {
    const s = await survey('agree.test')
    expect(s.zone).toBe('agree.test')
    expect(s.servers).toEqual(
      [1, 2, 3, 4].map(n => ({
        server: NS(n),
        address: nsAddress(n),
        serial: 2025070102,
        record: { records: [`v=STSv1; id=${NEW};`], id: NEW },
        host: { addresses: ['192.0.2.10'] }
      }))
    )
    // Each server was asked itself, for the record and the host's addresses.
    for (const server of nameServers.servers) {
      expect(server.count('_mta-sts.agree.test', 'TXT')).toBe(1)
      expect(server.count('mta-sts.agree.test', 'A')).toBe(1)
    }
    const { findings, live } = await inconsistencies('agree.test')
    expect(findings).toEqual([])
    expect(live.authoritative?.servers).toHaveLength(4)
  })

  it('a secondary on an older serial with the old id: one error naming each group', async () => {
    const { findings } = await inconsistencies('stale.test')
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f.severity).toBe('error')
    expect(f.url).toBe('_mta-sts.stale.test')
    expect(f.message).toContain(
      `${NS(1)} (127.0.0.2, serial 2025070102), ${NS(2)} (127.0.0.3, serial 2025070102) and ${NS(4)} (127.0.0.5, serial 2025070102) serve id "${NEW}"`
    )
    expect(f.message).toContain(`${NS(3)} (127.0.0.4, serial 2025060101) serves id "${OLD}"`)
    expect(f.message).toContain('stopped transferring the zone')
  })

  it("servers that disagree on the policy host's addresses, under the same serial", async () => {
    const { findings } = await inconsistencies('edited.test')
    expect(findings.map(f => f.url)).toEqual(['mta-sts.edited.test'])
    expect(findings[0].message).toContain(`${NS(2)} (127.0.0.3) serves address 192.0.2.99`)
    expect(findings[0].message).toContain('same zone version')
  })

  it('a silent secondary is named, with what it did not answer', async () => {
    const { findings } = await inconsistencies('silent.test')
    // Silent for both names: one finding, not one per name.
    expect(findings.map(f => [f.url, f.severity])).toEqual([['_mta-sts.silent.test', 'error']])
    expect(findings[0].message).toContain(
      `${NS(1)} (127.0.0.2), ${NS(2)} (127.0.0.3) and ${NS(3)} (127.0.0.4) serve id "${NEW}" and address 192.0.2.10; ${NS(4)} (127.0.0.5) failed: `
    )
    expect(findings[0].message).toContain('did not answer the TXT query')
    expect(findings[0].message).toContain('remove its NS record')
  })

  it('servers answering REFUSED and SERVFAIL are named with their answers', async () => {
    const s = await survey('failing.test')
    expect(s.servers[2].record?.error).toContain('answered REFUSED')
    expect(s.servers[3].record?.error).toContain('answered SERVFAIL')
    const { findings } = await inconsistencies('failing.test')
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toMatch(/ns3\.dns\.test \(127\.0\.0\.4\) failed: [^;]*REFUSED/)
    expect(findings[0].message).toMatch(/ns4\.dns\.test \(127\.0\.0\.5\) failed: [^;]*SERVFAIL/)
  })

  it('a server that does not serve the zone (no SOA) is a lame delegation', async () => {
    const s = await survey('lame.test')
    expect(s.servers[1].error).toContain('lame delegation')
    const { findings } = await inconsistencies('lame.test')
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain(`${NS(2)} (127.0.0.3) failed: it serves no SOA`)
  })

  it('servers that all serve the same CNAME agree (the target is not followed)', async () => {
    const s = await survey('alias.test')
    expect(s.servers.map(x => x.record)).toEqual([
      { alias: '_mta-sts.provider.test' },
      { alias: '_mta-sts.provider.test' }
    ])
    expect((await inconsistencies('alias.test')).findings).toEqual([])
  })

  it('the child zone of a delegation is asked of its own servers', async () => {
    const s = await survey('mail.parent.test')
    expect(s.servers.map(x => x.server)).toEqual([NS(3), NS(4)])
    expect((await inconsistencies('mail.parent.test')).findings).toEqual([])
  })

  it('a name server without an address is named', async () => {
    // ghost.test: the zone lookup works, ns1 does not serve it, ghost.dns.test has no address.
    const s = await survey('ghost.test')
    expect(s.servers.find(x => x.server === 'ghost.dns.test')?.error).toContain(
      'its address could not be found'
    )
  })

  it('name servers that cannot be found: a notice, nothing compared', async () => {
    const { findings } = await inconsistencies('nowhere.invalid')
    expect(findings.map(f => f.severity)).toEqual(['notice'])
    expect(findings[0].message).toContain('could not be found')
  })
})

describe('--wait with --authoritative: until every name server serves the committed id', () => {
  const policy: EffectivePolicy = {
    version: 'STSv1',
    mode: 'enforce',
    max_age: 604800,
    mx: ['mail.example.com'],
    extensions: {}
  }

  it('keeps polling while a server lags, and stops once all serve it', async () => {
    // moving.test: ns3 still serves the old id; it catches up after the second poll.
    const record = (id: string): ZoneEntry[] => [{ type: 'TXT', strings: [`v=STSv1; id=${id};`] }]
    zones[2]['_mta-sts.moving.test'] = record(OLD)
    zones[2]['moving.test'] = [
      { type: 'SOA', serial: 2025060101 },
      ...[1, 2, 3].map(s => ({ type: 'NS' as const, host: NS(s) }))
    ]
    const log: string[] = []
    let now = NOW.getTime()
    let sleeps = 0
    const ports: VerificationPorts = {
      dns,
      authoritative: auth,
      fetcher: new FakeFetcher(
        goodFetch({
          url: 'https://mta-sts.moving.test/.well-known/mta-sts.txt',
          body: new TextEncoder().encode(
            'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n'
          )
        })
      ),
      now: () => new Date(now),
      sleep: ms => {
        now += ms
        if (++sleeps === 2) {
          zones[2]['_mta-sts.moving.test'] = record(NEW)
          zones[2]['moving.test'][0] = { type: 'SOA', serial: 2025070102 }
        }
        return new Promise(resolve => setImmediate(resolve))
      },
      random: () => 0.5,
      log: line => log.push(line)
    }
    const [v] = await verifyDomains(
      [{ domain: 'moving.test', committed: { id: NEW, policy } }],
      {
        timeoutMs: 20_000,
        waitSeconds: 600,
        certExpiryDays: 14,
        concurrency: 1,
        authoritative: true
      },
      ports
    )
    expect(v.attempts).toBe(3)
    expect(log).toHaveLength(2)
    expect(log[0]).toContain('on every name server (2 of 3 serve it)')
    expect(v.findings.filter(f => f.rule === 'dns-inconsistent')).toEqual([])
  })

  it('without authoritative the same lag does not hold the wait (the resolver already agrees)', async () => {
    zones[2]['_mta-sts.moving.test'] = [{ type: 'TXT', strings: [`v=STSv1; id=${OLD};`] }]
    const [v] = await verifyDomains(
      [{ domain: 'moving.test', committed: { id: NEW, policy } }],
      { timeoutMs: 20_000, waitSeconds: 600, certExpiryDays: 14, concurrency: 1 },
      {
        dns,
        authoritative: auth,
        fetcher: new FakeFetcher(
          goodFetch({
            body: new TextEncoder().encode(
              'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n'
            )
          })
        ),
        now: () => NOW,
        sleep: () => Promise.resolve(),
        random: () => 0.5,
        log: () => undefined
      }
    )
    expect(v.attempts).toBe(1)
    expect(v.live.authoritative).toBeUndefined()
  })
})
