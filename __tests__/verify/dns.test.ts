import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createDnsLookup, MAX_CNAMES, parseDnsServer } from '../../src/verify/dns.js'
import type { DnsAnswer, DnsLookup } from '../../src/verify/types.js'
import { closedPort, startDnsServer, type TestDnsServer, type Zone } from './dns-server.js'

/** A chain of `n` CNAMEs from `<prefix>0.test` to `end.test`. */
const chain = (prefix: string, n: number): Zone =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `${prefix}${i}.test`,
      [{ type: 'CNAME' as const, target: i === n - 1 ? 'end.test' : `${prefix}${i + 1}.test` }]
    ])
  )

const zone: Zone = {
  // TXT: several records, several character-strings each, an id split across two strings.
  '_mta-sts.multi.test': [
    { type: 'TXT', strings: ['v=STSv1; ', 'id=20250701T150000Z;'] },
    { type: 'TXT', strings: ['v=spf1 -all'] }
  ],
  '_mta-sts.split.test': [{ type: 'TXT', strings: ['v=STSv1; id=2025', '0701T150000Z;'] }],
  '_mta-sts.latin.test': [{ type: 'TXT', strings: ['v=STSv1; id=caf\u00e9;'] }],
  // Delegation: a CNAME answered alone (an authoritative server whose zone does not hold the
  // target), the same chased by the server (a recursive resolver's answer), a chain, loops.
  '_mta-sts.alias.test': [{ type: 'CNAME', target: '_mta-sts.provider.test' }],
  '_mta-sts.chased.test': [{ type: 'CNAME', target: '_mta-sts.provider.test', chase: true }],
  '_mta-sts.provider.test': [{ type: 'TXT', strings: ['v=STSv1; id=provider1;'] }],
  '_mta-sts.chain.test': [{ type: 'CNAME', target: 'Hop1.test.' }],
  'hop1.test': [{ type: 'CNAME', target: 'hop2.test' }],
  'hop2.test': [{ type: 'CNAME', target: '_mta-sts.provider.test' }],
  '_mta-sts.loop.test': [{ type: 'CNAME', target: 'loop-b.test' }],
  'loop-b.test': [{ type: 'CNAME', target: '_mta-sts.loop.test' }],
  'self.test': [{ type: 'CNAME', target: 'self.test' }],
  ...chain('eight', MAX_CNAMES),
  ...chain('nine', MAX_CNAMES + 1),
  'end.test': [{ type: 'TXT', strings: ['at the end'] }],
  '_mta-sts.dangling.test': [{ type: 'CNAME', target: 'gone.test', chase: true }],
  '_mta-sts.dangling-alone.test': [{ type: 'CNAME', target: 'gone.test' }],
  // Failures.
  '_mta-sts.nodata.test': [{ type: 'A', address: '192.0.2.1' }],
  '_mta-sts.servfail.test': [{ type: '*', fail: 'SERVFAIL' }],
  '_mta-sts.refused.test': [{ type: '*', fail: 'REFUSED' }],
  '_mta-sts.notimp.test': [{ type: '*', fail: 'NOTIMP' }],
  '_mta-sts.silent.test': [{ type: '*', fail: 'silent' }],
  '_mta-sts.cname-silent.test': [{ type: 'CNAME', fail: 'silent' }],
  // 30 records of 200 bytes: more than a UDP answer holds, so the answer comes over TCP.
  '_mta-sts.big.test': Array.from({ length: 30 }, (_, i) => ({
    type: 'TXT' as const,
    strings: [`${String(i).padStart(2, '0')}${'x'.repeat(198)}`]
  })),
  // Addresses.
  'mta-sts.dual.test': [
    { type: 'AAAA', address: '2001:db8::1' },
    { type: 'A', address: '192.0.2.1' },
    { type: 'A', address: '192.0.2.2' }
  ],
  'mta-sts.v6only.test': [{ type: 'AAAA', address: '2001:db8::6' }],
  'mta-sts.alias.test': [{ type: 'CNAME', target: 'sts.provider.test' }],
  'sts.provider.test': [
    { type: 'A', address: '192.0.2.80' },
    { type: 'AAAA', address: '2001:db8::80' }
  ],
  'mta-sts.v6silent.test': [
    { type: 'A', address: '192.0.2.7' },
    { type: 'AAAA', fail: 'silent' }
  ],
  'mta-sts.v4servfail.test': [{ type: 'A', fail: 'SERVFAIL' }],
  'mta-sts.noaddress.test': [{ type: 'TXT', strings: ['no address here'] }],
  // MX.
  'mx.test': [
    { type: 'MX', exchange: 'mx2.mail.test', priority: 20 },
    { type: 'MX', exchange: 'MX1.Mail.Test', priority: 10 },
    { type: 'MX', exchange: 'a.mail.test', priority: 10 }
  ],
  'mx-alias.test': [{ type: 'CNAME', target: 'mx.test' }],
  'nomx.test': [{ type: 'A', address: '192.0.2.25' }]
}

let server: TestDnsServer
let dns: DnsLookup
/** Gives up fast: for the cases where the server never answers. */
let fast: DnsLookup

beforeAll(async () => {
  server = await startDnsServer(zone)
  dns = createDnsLookup({ servers: [server.address], timeoutMs: 1000, tries: 2 })
  fast = createDnsLookup({ servers: [server.address], timeoutMs: 300, tries: 1 })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => server.reset())

/** The answer's value, failing the test with the answer's error when there is none. */
const valueOf = <T>(answer: DnsAnswer<T>): T => {
  if (!answer.ok) throw new Error(`expected an answer, got ${answer.error.message}`)
  return answer.value
}

const failed = <T>(answer: DnsAnswer<T>) => {
  if (answer.ok) throw new Error(`expected a failure, got ${JSON.stringify(answer.value)}`)
  return answer.error
}

const elapsed = async <T>(p: Promise<T>): Promise<[T, number]> => {
  const t0 = Date.now()
  const value = await p
  return [value, Date.now() - t0]
}

describe('txt', () => {
  it('joins each record’s character-strings with nothing between them', async () => {
    const answer = await dns.txt('_mta-sts.multi.test')
    expect(answer).toEqual({
      ok: true,
      value: ['v=STSv1; id=20250701T150000Z;', 'v=spf1 -all'],
      owner: '_mta-sts.multi.test',
      cnames: []
    })
  })

  it('joins an id split across two character-strings into one id', async () => {
    expect(valueOf(await dns.txt('_mta-sts.split.test'))).toEqual(['v=STSv1; id=20250701T150000Z;'])
  })

  it('keeps bytes above 0x7F visible (txt-syntax reports them)', async () => {
    const [record = ''] = valueOf(await dns.txt('_mta-sts.latin.test'))
    expect(record.startsWith('v=STSv1; id=caf')).toBe(true)
    expect([...record].some(c => c.charCodeAt(0) > 0x7f)).toBe(true)
  })

  it('names the owner in canonical form: lower case, no trailing dot', async () => {
    const answer = await dns.txt('_MTA-STS.Split.TEST.')
    expect(answer).toMatchObject({ ok: true, owner: '_mta-sts.split.test', cnames: [] })
  })

  it('follows a CNAME answered alone, as an authoritative server answers', async () => {
    const answer = await dns.txt('_mta-sts.alias.test')
    expect(answer).toEqual({
      ok: true,
      value: ['v=STSv1; id=provider1;'],
      owner: '_mta-sts.provider.test',
      cnames: ['_mta-sts.provider.test']
    })
    // The TXT query at the alias came back empty; its CNAME query found the target.
    expect(server.count('_mta-sts.alias.test', 'TXT')).toBe(1)
    expect(server.count('_mta-sts.alias.test', 'CNAME')).toBe(1)
    expect(server.count('_mta-sts.provider.test', 'TXT')).toBe(1)
  })

  it('names the alias too when the server chases it, as a recursive resolver does', async () => {
    const answer = await dns.txt('_mta-sts.chased.test')
    expect(answer).toEqual({
      ok: true,
      value: ['v=STSv1; id=provider1;'],
      owner: '_mta-sts.provider.test',
      cnames: ['_mta-sts.provider.test']
    })
  })

  it('follows a chain of CNAMEs in order', async () => {
    const answer = await dns.txt('_mta-sts.chain.test')
    expect(answer).toEqual({
      ok: true,
      value: ['v=STSv1; id=provider1;'],
      owner: '_mta-sts.provider.test',
      cnames: ['hop1.test', 'hop2.test', '_mta-sts.provider.test']
    })
  })

  it(`follows ${MAX_CNAMES} CNAMEs, and reports one more as ECNAMELOOP`, async () => {
    const eight = await dns.txt('eight0.test')
    expect(eight).toMatchObject({ ok: true, value: ['at the end'], owner: 'end.test' })
    expect(eight.cnames).toHaveLength(MAX_CNAMES)

    server.reset()
    const nine = await dns.txt('nine0.test')
    const error = failed(nine)
    expect(error.code).toBe('ECNAMELOOP')
    expect(error.message).toContain(`more than ${MAX_CNAMES} CNAMEs`)
    expect(nine.cnames).toHaveLength(MAX_CNAMES)
    // Not one query beyond the limit.
    expect(server.count('end.test')).toBe(0)
  })

  it('reports a CNAME loop as ECNAMELOOP, naming the loop', async () => {
    const answer = await dns.txt('_mta-sts.loop.test')
    expect(answer).toEqual({
      ok: false,
      cnames: ['loop-b.test'],
      error: {
        code: 'ECNAMELOOP',
        name: 'loop-b.test',
        server: server.address,
        message: `${server.address} answered a CNAME loop: _mta-sts.loop.test → loop-b.test → _mta-sts.loop.test`
      }
    })
    expect(failed(await dns.txt('self.test')).message).toContain('self.test → self.test')
  })

  it('reports a CNAME to a name that does not exist at its target, with the way there', async () => {
    for (const name of ['_mta-sts.dangling.test', '_mta-sts.dangling-alone.test']) {
      const answer = await dns.txt(name)
      expect(answer).toEqual({
        ok: false,
        cnames: ['gone.test'],
        error: {
          code: 'ENOTFOUND',
          name: 'gone.test',
          server: server.address,
          message: `${server.address} answered NXDOMAIN: gone.test does not exist (reached from ${name} through CNAME gone.test)`
        }
      })
    }
  })

  it('NXDOMAIN: names the server and the name', async () => {
    expect(await dns.txt('_mta-sts.nx.test')).toEqual({
      ok: false,
      cnames: [],
      error: {
        code: 'ENOTFOUND',
        name: '_mta-sts.nx.test',
        server: server.address,
        message: `${server.address} answered NXDOMAIN: _mta-sts.nx.test does not exist`
      }
    })
  })

  it('NODATA: the name exists without a TXT record', async () => {
    const error = failed(await dns.txt('_mta-sts.nodata.test'))
    expect(error).toMatchObject({ code: 'ENODATA', name: '_mta-sts.nodata.test' })
    expect(error.message).toBe(
      `${server.address} answered NODATA: _mta-sts.nodata.test exists but has no TXT record`
    )
  })

  it('SERVFAIL and REFUSED: say what the server answered and what it usually means', async () => {
    const servfail = failed(await dns.txt('_mta-sts.servfail.test'))
    expect(servfail.code).toBe('ESERVFAIL')
    expect(servfail.message).toMatch(
      new RegExp(`^${server.address} answered SERVFAIL for _mta-sts\\.servfail\\.test TXT: `)
    )
    const refused = failed(await dns.txt('_mta-sts.refused.test'))
    expect(refused.code).toBe('EREFUSED')
    expect(refused.message).toContain(`${server.address} answered REFUSED`)
    expect(refused.message).toContain('does not serve this zone')
  })

  it('an answer code Node has no name for here is EOTHER with Node’s message', async () => {
    const error = failed(await dns.txt('_mta-sts.notimp.test'))
    expect(error.code).toBe('EOTHER')
    expect(error.message).toContain(`${server.address} could not answer _mta-sts.notimp.test`)
    expect(error.message).toContain('ENOTIMP')
  })

  it('a server that never answers: ETIMEOUT within the timeout given', async () => {
    const [answer, ms] = await elapsed(fast.txt('_mta-sts.silent.test'))
    expect(failed(answer)).toEqual({
      code: 'ETIMEOUT',
      name: '_mta-sts.silent.test',
      server: server.address,
      message: `${server.address} did not answer the TXT query for _mta-sts.silent.test (no reply within 300 ms)`
    })
    expect(ms).toBeGreaterThanOrEqual(250)
    expect(ms).toBeLessThan(1500)
  })

  it('a TXT query answered empty beside a CNAME query that times out: the timeout', async () => {
    const error = failed(await fast.txt('_mta-sts.cname-silent.test'))
    expect(error.code).toBe('ETIMEOUT')
    expect(error.message).toContain('did not answer the CNAME query')
  })

  it('an answer too large for UDP comes truncated, and is asked again over TCP', async () => {
    const records = valueOf(await dns.txt('_mta-sts.big.test'))
    expect(records).toHaveLength(30)
    expect(records.map(r => r.slice(0, 2))).toEqual(
      Array.from({ length: 30 }, (_, i) => String(i).padStart(2, '0'))
    )
    expect(server.count('_mta-sts.big.test', 'TXT', 'udp')).toBe(1)
    expect(server.count('_mta-sts.big.test', 'TXT', 'tcp')).toBe(1)
    // Small answers stay on UDP.
    await dns.txt('_mta-sts.split.test')
    expect(server.count('_mta-sts.split.test', undefined, 'tcp')).toBe(0)
  })
})

describe('addresses', () => {
  it('IPv4 first, then IPv6', async () => {
    expect(await dns.addresses('mta-sts.dual.test')).toEqual({
      ok: true,
      value: ['192.0.2.1', '192.0.2.2', '2001:db8::1'],
      owner: 'mta-sts.dual.test',
      cnames: []
    })
  })

  it('one family is enough', async () => {
    expect(valueOf(await dns.addresses('mta-sts.v6only.test'))).toEqual(['2001:db8::6'])
    // AAAA never answers: the A records still make the answer, once the AAAA query gives up.
    const [answer, ms] = await elapsed(fast.addresses('mta-sts.v6silent.test'))
    expect(valueOf(answer)).toEqual(['192.0.2.7'])
    expect(ms).toBeLessThan(1500)
  })

  it('follows a CNAME answered alone, once for both families', async () => {
    expect(await dns.addresses('mta-sts.alias.test')).toEqual({
      ok: true,
      value: ['192.0.2.80', '2001:db8::80'],
      owner: 'sts.provider.test',
      cnames: ['sts.provider.test']
    })
    expect(server.count('mta-sts.alias.test', 'CNAME')).toBe(1)
  })

  it('both families failing: a real failure speaks before a missing record', async () => {
    const error = failed(await dns.addresses('mta-sts.v4servfail.test'))
    expect(error.code).toBe('ESERVFAIL')
    expect(error.message).toContain('SERVFAIL for mta-sts.v4servfail.test A:')

    expect(failed(await dns.addresses('mta-sts.noaddress.test'))).toEqual({
      code: 'ENODATA',
      name: 'mta-sts.noaddress.test',
      server: server.address,
      message: `${server.address} answered NODATA: mta-sts.noaddress.test exists but has no A or AAAA record`
    })
    expect(failed(await dns.addresses('mta-sts.nx.test')).code).toBe('ENOTFOUND')
  })
})

describe('mx', () => {
  it('sorted by priority, exchanges in lower case without the trailing dot', async () => {
    expect(await dns.mx('mx.test')).toEqual({
      ok: true,
      value: [
        { exchange: 'a.mail.test', priority: 10 },
        { exchange: 'mx1.mail.test', priority: 10 },
        { exchange: 'mx2.mail.test', priority: 20 }
      ],
      owner: 'mx.test',
      cnames: []
    })
  })

  it('follows a CNAME', async () => {
    expect(await dns.mx('mx-alias.test')).toMatchObject({
      ok: true,
      owner: 'mx.test',
      cnames: ['mx.test']
    })
  })

  it('no MX record: ENODATA naming the type', async () => {
    expect(failed(await dns.mx('nomx.test')).message).toBe(
      `${server.address} answered NODATA: nomx.test exists but has no MX record`
    )
  })
})

describe('servers', () => {
  it('a server that refuses the connection: ECONNREFUSED, naming it', async () => {
    const port = await closedPort()
    const lookup = createDnsLookup({ servers: [`127.0.0.1:${port}`], timeoutMs: 300, tries: 1 })
    expect(failed(await lookup.txt('_mta-sts.split.test'))).toEqual({
      code: 'ECONNREFUSED',
      name: '_mta-sts.split.test',
      server: `127.0.0.1:${port}`,
      message: `127.0.0.1:${port} refused the connection for _mta-sts.split.test TXT: no DNS server listens there`
    })
  })

  it('two servers, the first refusing: the second answers', async () => {
    const port = await closedPort()
    const lookup = createDnsLookup({
      servers: [`127.0.0.1:${port}`, server.address],
      timeoutMs: 300,
      tries: 1
    })
    const [answer, ms] = await elapsed(lookup.txt('_mta-sts.split.test'))
    expect(valueOf(answer)).toEqual(['v=STSv1; id=20250701T150000Z;'])
    expect(ms).toBeLessThan(1000)
    expect(server.count('_mta-sts.split.test', 'TXT')).toBe(1)
    // A failure then names both servers (which one answered is not known), and no `server`.
    const error = failed(await lookup.txt('_mta-sts.nx.test'))
    expect(error.server).toBeUndefined()
    expect(error.message).toBe(
      `the DNS servers asked (127.0.0.1:${port}, ${server.address}) answered NXDOMAIN: _mta-sts.nx.test does not exist`
    )
  })
})

describe('abort', () => {
  it('an aborted signal: ETIMEOUT at once, nothing asked', async () => {
    const controller = new AbortController()
    controller.abort()
    const answer = await dns.txt('_mta-sts.split.test', controller.signal)
    expect(failed(answer)).toMatchObject({ code: 'ETIMEOUT', name: '_mta-sts.split.test' })
    expect(failed(answer).message).toBe(
      `${server.address} gave no answer to the TXT query for _mta-sts.split.test before the lookup was cancelled`
    )
    expect(server.queries).toHaveLength(0)
  })

  it('the system resolver is named so when no server is given', async () => {
    const answer = await createDnsLookup().mx('example.com', AbortSignal.abort())
    const error = failed(answer)
    expect(error.server).toBeUndefined()
    expect(error.message).toBe(
      'the system resolver gave no answer to the MX query for example.com before the lookup was cancelled'
    )
  })

  it('aborting a hung lookup answers at once, and spares the lookups beside it', async () => {
    const slow = createDnsLookup({ servers: [server.address], timeoutMs: 5000, tries: 2 })
    const controller = new AbortController()
    const hung = elapsed(slow.txt('_mta-sts.silent.test', controller.signal))
    const beside = slow.txt('_mta-sts.big.test')
    setTimeout(() => controller.abort(), 100)
    const [answer, ms] = await hung
    expect(failed(answer).code).toBe('ETIMEOUT')
    expect(ms).toBeLessThan(1000)
    expect(valueOf(await beside)).toHaveLength(30)
  })

  it('a resolver handed on to the next domain is not cancelled by the domain before', async () => {
    const lookup = createDnsLookup({ servers: [server.address], timeoutMs: 300, tries: 1 })
    const first = new AbortController()
    // The first domain's lookups are over: its resolver is free for the next domain.
    expect(valueOf(await lookup.txt('_mta-sts.split.test', first.signal))).toHaveLength(1)
    const second = lookup.txt('_mta-sts.silent.test', new AbortController().signal)
    const again = lookup.txt('_mta-sts.silent.test', first.signal)
    setTimeout(() => first.abort(), 50)
    expect(failed(await again).message).toContain('before the lookup was cancelled')
    // The second domain's query ran to its own timeout, not cancelled with the first's.
    const error = failed(await second)
    expect(error.code).toBe('ETIMEOUT')
    expect(error.message).toContain('no reply within 300 ms')
  })

  it('a timeout signal says the time ran out', async () => {
    const [answer, ms] = await elapsed(
      dns.addresses('mta-sts.v6silent.test', AbortSignal.timeout(100))
    )
    expect(failed(answer).message).toBe(
      `${server.address} gave no answer to the A/AAAA query for mta-sts.v6silent.test before the time allowed for the lookup ran out`
    )
    expect(ms).toBeLessThan(900)
  })
})

describe('parseDnsServer', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1:5353', '127.0.0.1:5353'],
    ['192.0.2.1:053', '192.0.2.1:53'],
    ['2001:db8::53', '2001:db8::53'],
    ['::1', '::1'],
    ['[2001:db8::53]', '2001:db8::53'],
    ['[2001:db8::53]:5353', '[2001:db8::53]:5353'],
    ['[::ffff:192.0.2.1]:53', '[::ffff:192.0.2.1]:53']
  ])('%s → %s', (input, form) => {
    expect(parseDnsServer(input)).toBe(form)
  })

  it.each([
    ['', 'empty'],
    [' 127.0.0.1', 'whitespace'],
    ['ns1.example.com', 'not an IP address'],
    ['ns1.example.com:53', 'not an IP address'],
    ['127.0.0.1:0', 'from 1 to 65535'],
    ['127.0.0.1:65536', 'from 1 to 65535'],
    ['127.0.0.1:', 'from 1 to 65535'],
    ['127.0.0.1:+53', 'from 1 to 65535'],
    ['127.0.0.1:5e3', 'from 1 to 65535'],
    ['[127.0.0.1]:53', 'only an IPv6 address goes in brackets'],
    ['[2001:db8::53]:0', 'from 1 to 65535'],
    ['[2001:db8::53]53', 'not an IP address'],
    ['fe80::1%eth0', 'scoped'],
    ['2001:db8::53:99999', 'not an IP address'],
    ['256.1.1.1', 'not an IP address'],
    ['01.2.3.4', 'not an IP address']
  ])('%j is refused (%s)', (input, reason) => {
    expect(() => parseDnsServer(input)).toThrow(TypeError)
    expect(() => parseDnsServer(input)).toThrow(reason)
    expect(() => parseDnsServer(input)).toThrow(/^[^\n]+$/)
  })

  it('createDnsLookup refuses a bad server before any lookup', () => {
    expect(() => createDnsLookup({ servers: ['127.0.0.1:0'] })).toThrow(TypeError)
    expect(() => createDnsLookup({ timeoutMs: 0 })).toThrow(TypeError)
    expect(() => createDnsLookup({ tries: 0.5 })).toThrow(TypeError)
  })
})
