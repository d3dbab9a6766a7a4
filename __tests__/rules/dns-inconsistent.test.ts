/** dns-inconsistent over surveys built by hand: who is named, how they are grouped, the cause. */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/finding.js'
import { runRules } from '../../src/lint.js'
import type {
  AuthoritativeAnswer,
  AuthoritativeSurvey,
  LiveContext
} from '../../src/verify/types.js'
import { DOMAIN, found, goodFetch, ID, NOW, URL_ } from '../verify/live-fakes.js'

const OLD = '20250101T000000Z'

const server = (n: number, over: Partial<AuthoritativeAnswer> = {}): AuthoritativeAnswer => ({
  server: `ns${n}.example.com`,
  address: `192.0.2.${n}`,
  serial: 7,
  record: { records: [`v=STSv1; id=${ID};`], id: ID },
  host: { addresses: ['192.0.2.80'] },
  ...over
})

const findings = (survey: AuthoritativeSurvey | undefined): Finding[] => {
  const ctx: LiveContext = {
    domain: DOMAIN,
    now: NOW,
    record: found([`v=STSv1; id=${ID};`], `_mta-sts.${DOMAIN}`),
    fetch: goodFetch(),
    liveId: ID,
    certExpiryDays: 14,
    ...(survey !== undefined && { authoritative: survey })
  }
  return runRules('live', ctx, { domain: DOMAIN, url: URL_ }).filter(
    f => f.rule === 'dns-inconsistent'
  )
}
const zone = (...servers: AuthoritativeAnswer[]): AuthoritativeSurvey => ({
  zone: 'example.com',
  servers
})

describe('dns-inconsistent', () => {
  it('does not run without --authoritative', () => {
    expect(findings(undefined)).toEqual([])
  })

  it('servers that agree: nothing', () => {
    expect(findings(zone(server(1), server(2), server(3), server(4)))).toEqual([])
  })

  it('a four-server zone split two ways: the larger group first, then the other', () => {
    const old = { record: { records: [`v=STSv1; id=${OLD};`], id: OLD }, serial: 6 }
    const [f, ...rest] = findings(zone(server(1), server(2), server(3, old), server(4)))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'error', url: `_mta-sts.${DOMAIN}` })
    expect(f.message).toBe(
      `the 4 name servers of example.com disagree on the _mta-sts record (_mta-sts.${DOMAIN}): ns1.example.com (192.0.2.1, serial 7), ns2.example.com (192.0.2.2, serial 7) and ns4.example.com (192.0.2.4, serial 7) serve id "${ID}"; ns3.example.com (192.0.2.3, serial 6) serves id "${OLD}". Senders' resolvers each ask one of them, so some see one answer and some another. The serials differ, so the servers with the older serial have not loaded the current zone: right after a release, wait until every server has it (--wait does); if it lasts, those secondaries stopped transferring the zone (check NOTIFY and AXFR/IXFR from the primary, and that they allow it), and they will stop answering once the SOA expire time runs out`
    )
  })

  it('the same serial with different addresses: copies edited separately', () => {
    const [f] = findings(zone(server(1), server(2, { host: { addresses: ['192.0.2.99'] } })))
    expect(f.url).toBe(`mta-sts.${DOMAIN}`)
    expect(f.message).toContain('ns2.example.com (192.0.2.2) serves address 192.0.2.99')
    expect(f.message).not.toContain('serial 7')
    expect(f.message).toContain('same zone version')
  })

  it('an alias on one server and records on another disagree', () => {
    const [f] = findings(zone(server(1), server(2, { record: { alias: 'sts.provider.net' } })))
    expect(f.message).toContain('serves a CNAME to sts.provider.net')
  })

  it('no record on one server: named as such', () => {
    const [f] = findings(zone(server(1), server(2, { record: { records: [] } })))
    expect(f.message).toContain('ns2.example.com (192.0.2.2) serves no TXT record')
  })

  it('two records where the others serve one: both quoted', () => {
    const two = { records: [`v=STSv1; id=${ID};`, `v=STSv1; id=${OLD};`] }
    const [f] = findings(zone(server(1), server(2, { record: two })))
    expect(f.message).toContain(`serves 2 TXT records "v=STSv1; id=${ID};", "v=STSv1; id=${OLD};"`)
  })

  it('a server failing both names: one finding naming it, not one per name', () => {
    const silent = { record: { error: 'no reply' }, host: { error: 'no reply' } }
    const fs = findings(zone(server(1), server(2), server(3, silent)))
    expect(fs).toHaveLength(1)
    expect(fs[0].message).toContain(
      `ns1.example.com (192.0.2.1) and ns2.example.com (192.0.2.2) serve id "${ID}" and address 192.0.2.80; ns3.example.com (192.0.2.3) failed: no reply`
    )
  })

  it('a server without an address is named with why', () => {
    const fs = findings(
      zone(server(1), {
        server: 'ns2.example.net',
        error: 'its address could not be found: NXDOMAIN'
      })
    )
    expect(fs).toHaveLength(1)
    expect(fs[0].message).toContain('ns2.example.net failed: its address could not be found')
  })

  it('a failure beside a disagreement is named in the same finding', () => {
    const fs = findings(
      zone(
        server(1),
        server(2, { record: { records: [`v=STSv1; id=${OLD};`], id: OLD } }),
        server(3, { record: { error: 'REFUSED' } })
      )
    )
    expect(fs).toHaveLength(1)
    expect(fs[0].message).toContain('ns3.example.com (192.0.2.3) failed: REFUSED')
    expect(fs[0].message).toContain('as for the servers that failed')
  })

  it('no server answering from here: a notice that the check was inconclusive', () => {
    const down = { record: { error: 'timeout' }, host: { error: 'timeout' } }
    const fs = findings(zone(server(1, down), server(2, down)))
    expect(fs.map(f => f.severity)).toEqual(['notice'])
    expect(fs[0].message).toContain('none of the 2 name servers of example.com answered')
  })

  it('name servers not found: a notice', () => {
    const fs = findings({
      failure: 'the name servers of x could not be found: SERVFAIL',
      servers: []
    })
    expect(fs.map(f => f.severity)).toEqual(['notice'])
  })
})
