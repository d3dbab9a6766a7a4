/**
 * One domain verified end to end over in-memory probes: what is looked up, what is fetched, the
 * findings (record, served policy, MX coverage, TLS-RPT, live rules) and the live report.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/finding.js'
import { POLICY_SIZE_LIMIT } from '../../src/policy/parse.js'
import { verifyDomain, type VerifyDomainDeps } from '../../src/verify/verify-domain.js'
import type { PolicyFetch } from '../../src/verify/types.js'
import { lines, VALID } from '../helpers.js'
import {
  DOMAIN,
  failed,
  FakeDns,
  FakeFetcher,
  found,
  goodCertificate,
  goodFetch,
  HANG,
  healthyScript,
  ID,
  NOW,
  THROW,
  URL_,
  type DnsScript
} from './live-fakes.js'

const STS = '_mta-sts.example.com'
const RPT = '_smtp._tls.example.com'

const run = (
  script: DnsScript = healthyScript(),
  fetched: PolicyFetch | typeof HANG | typeof THROW = goodFetch(),
  over: Partial<VerifyDomainDeps> = {}
): Promise<{ findings: Finding[]; dns: FakeDns; fetcher: FakeFetcher; live: unknown }> => {
  const dns = new FakeDns(script)
  const fetcher = new FakeFetcher(fetched)
  return verifyDomain(DOMAIN, {
    dns,
    fetcher,
    now: NOW,
    timeoutMs: 5000,
    certExpiryDays: 14,
    ...over
  }).then(r => ({ ...r, dns, fetcher }))
}

const brief = (fs: readonly Finding[]): string[] =>
  fs.map(f => `${f.rule}/${f.severity}@${f.url ?? '-'}`).sort()
const body = (text: string): Uint8Array => new TextEncoder().encode(text)

/** The healthy script with some lookups replaced. */
const script = (over: DnsScript): DnsScript => {
  const s = healthyScript()
  return {
    txt: { ...s.txt, ...over.txt },
    addresses: { ...s.addresses, ...over.addresses },
    mx: { ...s.mx, ...over.mx }
  }
}

describe('verifyDomain on a healthy domain', () => {
  it('yields no finding at all, and the live report', async () => {
    const r = await run(healthyScript(), goodFetch(), {
      committed: {
        id: ID,
        policy: {
          version: 'STSv1',
          mode: 'enforce',
          max_age: 604800,
          mx: ['mail.example.com'],
          extensions: {}
        }
      }
    })
    expect(r.findings).toEqual([])
    expect(r.live).toEqual({
      id: ID,
      policy: {
        version: 'STSv1',
        mode: 'enforce',
        max_age: 604800,
        mx: ['mail.example.com'],
        extensions: {}
      },
      url: URL_,
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      certificate: { notAfter: '2025-09-01T00:00:00.000Z', names: ['mta-sts.example.com'] },
      elapsedMs: 42,
      cacheControl: 'max-age=300',
      etag: '"abc"',
      mx: ['mail.example.com']
    })
    // Keys in the report's order.
    expect(Object.keys(r.live as object)).toEqual([
      'id',
      'policy',
      'url',
      'status',
      'contentType',
      'certificate',
      'elapsedMs',
      'cacheControl',
      'etag',
      'mx'
    ])
  })

  it('asks for the four names once each, with the deadline signal, and fetches from the addresses', async () => {
    const r = await run()
    expect([...r.dns.asked].sort()).toEqual([
      'A mta-sts.example.com',
      'MX example.com',
      `TXT ${STS}`,
      `TXT ${RPT}`
    ])
    expect(r.dns.signals.every(s => s instanceof AbortSignal && !s.aborted)).toBe(true)
    expect(r.fetcher.calls).toEqual([{ domain: DOMAIN, addresses: ['192.0.2.10'] }])
  })

  it('takes the domain in any spelling', async () => {
    const dns = new FakeDns(healthyScript())
    const r = await verifyDomain('Example.COM.', {
      dns,
      fetcher: new FakeFetcher(goodFetch()),
      now: NOW,
      timeoutMs: 5000,
      certExpiryDays: 14
    })
    expect(r.findings).toEqual([])
    expect(dns.asked).toContain(`TXT ${STS}`)
  })
})

describe('verifyDomain findings', () => {
  it('all carry the domain and a url, and no file', async () => {
    const r = await run(
      script({
        txt: { [STS]: failed('ENOTFOUND', STS, 'NXDOMAIN'), [RPT]: failed('ENODATA', RPT) }
      }),
      goodFetch({ status: 404, body: body('<html>Not Found</html>') })
    )
    expect(r.findings.length).toBeGreaterThan(1)
    for (const f of r.findings) {
      expect(f.domain).toBe(DOMAIN)
      expect(f.url).toEqual(expect.any(String))
      expect(f.file).toBeUndefined()
    }
  })

  it('check the policy, the certificate and the MX hosts when the TXT record is missing', async () => {
    const r = await run(
      script({
        txt: { [STS]: failed('ENODATA', STS, 'NODATA') },
        mx: {
          'example.com': found(
            [
              { exchange: 'mail.example.com.', priority: 10 },
              { exchange: 'backup.example.net.', priority: 20 }
            ],
            'example.com'
          )
        }
      }),
      goodFetch({
        body: body(lines('version: STSv1', 'mode: enforce', 'mx: mail.example.com', 'max_age: 60')),
        certificate: goodCertificate({ notAfter: '2025-07-15T00:00:00Z' })
      })
    )
    expect(brief(r.findings)).toEqual([
      `mx-not-covered/error@${URL_}`,
      `policy-max-age-short/warning@${URL_}`,
      `tls-certificate-expiring/warning@${URL_}`,
      `txt-missing/error@${STS}`
    ])
    expect(r.fetcher.calls).toHaveLength(1)
    const missing = r.findings.find(f => f.rule === 'txt-missing')
    expect(missing?.message).toContain(`there is no TXT record at ${STS}`)
    const mx = r.findings.find(f => f.rule === 'mx-not-covered')
    expect(mx?.message).toContain('MX host "backup.example.net" is matched by no mx pattern')
    expect(mx?.line).toBe(3)
  })

  it('name the server and its answer when the TXT lookup fails', async () => {
    const r = await run(
      script({
        txt: {
          [STS]: failed('ESERVFAIL', STS, 'SERVFAIL (server failure)', { server: '192.0.2.53:53' })
        }
      })
    )
    expect(brief(r.findings)).toEqual([`txt-missing/error@${STS}`])
    expect(r.findings[0].message).toContain(
      `the TXT lookup of ${STS} failed: name server 192.0.2.53:53 answered SERVFAIL (server failure); senders that get this answer find no policy`
    )
  })

  it('name the owner of a record reached through a CNAME', async () => {
    const owner = '_mta-sts.provider.example.net'
    const r = await run(
      script({
        txt: {
          [STS]: found([`v=STSv1; id=${ID};`, 'v=STSv1; id=20250801T000000Z;'], owner, [owner])
        }
      })
    )
    expect(brief(r.findings)).toEqual([`txt-multiple/error@${STS}`])
    expect(r.findings[0].message).toContain(
      `(the record is at ${owner}, the CNAME target of ${STS})`
    )
  })

  it('name the CNAME target where the record is missing', async () => {
    const owner = '_mta-sts.provider.example.net'
    const r = await run(
      script({ txt: { [STS]: failed('ENODATA', owner, 'NODATA', { cnames: [owner] }) } })
    )
    expect(brief(r.findings)).toEqual([`txt-missing/error@${STS}`])
    expect(r.findings[0].message).toContain(
      `there is no TXT record at ${owner} (the CNAME target of ${STS})`
    )
  })

  it('report two v=STSv1 records, and no id to compare', async () => {
    const r = await run(
      script({
        txt: { [STS]: found([`v=STSv1; id=${ID};`, 'v=STSv1; id=20250101T000000Z;'], STS) }
      }),
      goodFetch(),
      { committed: { id: ID } }
    )
    expect(brief(r.findings)).toEqual([`txt-multiple/error@${STS}`])
    expect((r.live as { id?: string }).id).toBeUndefined()
  })

  it('lint the served policy as a committed file, against the live record id', async () => {
    const r = await run(
      healthyScript(),
      goodFetch({ body: body(`${VALID}id: 20240101T000000Z\n`) })
    )
    expect(brief(r.findings)).toEqual([`policy-id-field/error@${URL_}`])
    expect(r.findings[0].line).toBe(5)
  })

  it('report a truncated body by policy-too-large alone', async () => {
    const junk = `${'x'.repeat(POLICY_SIZE_LIMIT - 1)}\n`
    const r = await run(healthyScript(), goodFetch({ body: body(junk), truncated: true }))
    expect(brief(r.findings)).toEqual([`policy-too-large/error@${URL_}`])
    expect(r.findings[0].message).toContain('longer than 65536 bytes (reading stopped there)')
    expect((r.live as { policy?: unknown }).policy).toBeUndefined()
  })

  it('report a body cut off one byte past the limit without a size it does not know', async () => {
    const junk = 'x'.repeat(POLICY_SIZE_LIMIT + 1)
    const r = await run(healthyScript(), goodFetch({ body: body(junk), truncated: true }))
    expect(brief(r.findings)).toEqual([`policy-too-large/error@${URL_}`])
    expect(r.findings[0].message).toContain('longer than 65536 bytes (reading stopped there)')
  })

  it('report a redirect, not the status, and lint no body', async () => {
    const r = await run(
      healthyScript(),
      goodFetch({
        status: 301,
        location: 'https://example.com/.well-known/mta-sts.txt',
        contentType: 'text/html',
        body: body('<html>Moved</html>')
      })
    )
    expect(brief(r.findings)).toEqual([`policy-redirect/error@${URL_}`])
    expect(r.findings[0].message).toContain(
      'a redirect to "https://example.com/.well-known/mta-sts.txt"'
    )
    expect((r.live as { status?: number }).status).toBe(301)
  })

  it('report an expired certificate, and no policy-fetch beside it', async () => {
    const certificate = goodCertificate({
      notAfter: '2025-07-01T00:00:00Z',
      trusted: false,
      problem: 'CERT_HAS_EXPIRED'
    })
    const r = await run(healthyScript(), {
      url: URL_,
      elapsedMs: 12,
      tlsVersion: 'TLSv1.3',
      certificate,
      failure: { kind: 'certificate', message: 'certificate has expired', attempts: [] }
    })
    expect(brief(r.findings)).toEqual([`tls-certificate/error@${URL_}`])
    expect(r.findings[0].message).toContain('expired on 2025-07-01T00:00:00Z')
    expect(r.live).toMatchObject({ certificate: { notAfter: '2025-07-01T00:00:00Z' } })
  })

  it('warn about a certificate expiring within the configured days', async () => {
    const fetched = goodFetch({
      certificate: goodCertificate({ notAfter: '2025-07-28T00:00:00Z' })
    })
    expect(brief((await run(healthyScript(), fetched)).findings)).toEqual([])
    const r = await run(healthyScript(), fetched, { certExpiryDays: 21 })
    expect(brief(r.findings)).toEqual([`tls-certificate-expiring/warning@${URL_}`])
  })

  it('report a policy host that does not resolve, without fetching', async () => {
    const host = 'mta-sts.example.com'
    const r = await run(script({ addresses: { [host]: failed('ENOTFOUND', host, 'NXDOMAIN') } }))
    expect(brief(r.findings)).toEqual([`policy-fetch/error@${URL_}`])
    expect(r.findings[0].message).toContain('mta-sts.example.com does not resolve ("NXDOMAIN")')
    expect(r.fetcher.calls).toEqual([])
  })

  it('report TLS-RPT missing (a warning in testing mode, from the served policy)', async () => {
    const r = await run(
      script({ txt: { [RPT]: failed('ENOTFOUND', RPT, 'NXDOMAIN') } }),
      goodFetch({
        body: body(
          lines('version: STSv1', 'mode: testing', 'mx: mail.example.com', 'max_age: 604800')
        )
      })
    )
    expect(brief(r.findings)).toEqual([`tlsrpt-missing/warning@${RPT}`])
    expect(r.findings[0].message).toContain(
      'publish "v=TLSRPTv1; rua=mailto:tlsrpt@example.com" at _smtp._tls.example.com'
    )
  })

  it('skip TLS-RPT and MX coverage when their lookups fail (inconclusive)', async () => {
    const r = await run(
      script({
        txt: { [RPT]: failed('ESERVFAIL', RPT) },
        mx: { 'example.com': failed('ETIMEOUT', 'example.com') }
      })
    )
    expect(r.findings).toEqual([])
    expect((r.live as { mx?: string[] }).mx).toBeUndefined()
  })

  it('report an mx pattern no live MX host matches', async () => {
    const r = await run(
      script({
        mx: { 'example.com': found([{ exchange: 'mx1.example.net', priority: 5 }], 'example.com') }
      })
    )
    expect(brief(r.findings)).toEqual([
      `mx-not-covered/error@${URL_}`,
      `mx-pattern-unused/notice@${URL_}`
    ])
  })

  it('compare the live id and the served policy with the committed ones', async () => {
    const r = await run(healthyScript(), goodFetch(), {
      committed: {
        id: '20250801T000000Z',
        policy: {
          version: 'STSv1',
          mode: 'testing',
          max_age: 604800,
          mx: ['mail.example.com'],
          extensions: {}
        }
      }
    })
    expect(brief(r.findings)).toEqual([`id-mismatch/error@${STS}`, `policy-mismatch/error@${URL_}`])
  })

  it('follow the severity settings', async () => {
    const r = await run(healthyScript(), goodFetch({ status: 404 }), {
      severities: { 'policy-http-status': 'warning', 'txt-missing': 'off' }
    })
    expect(brief(r.findings)).toEqual([`policy-http-status/warning@${URL_}`])
  })
})

describe('verifyDomain deadline', () => {
  let unhandled: unknown[]
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason)
  }
  beforeEach(() => {
    unhandled = []
    process.on('unhandledRejection', onUnhandled)
  })
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled)
  })

  const settle = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 20))

  it('reports within the time limit when every probe hangs', async () => {
    const hanging: DnsScript = {
      txt: { [STS]: HANG, [RPT]: HANG },
      addresses: { 'mta-sts.example.com': HANG },
      mx: { 'example.com': HANG }
    }
    const start = Date.now()
    const r = await run(hanging, HANG, { timeoutMs: 100 })
    const took = Date.now() - start
    expect(took).toBeGreaterThanOrEqual(90)
    expect(took).toBeLessThan(1000)
    expect(brief(r.findings)).toEqual([`policy-fetch/error@${URL_}`, `txt-missing/error@${STS}`])
    for (const f of r.findings) expect(f.message).toContain('no answer within 100 ms')
    expect(r.fetcher.calls).toEqual([])
    await settle()
    expect(unhandled).toEqual([])
  })

  it('cuts off a fetch that never ends', async () => {
    const r = await run(healthyScript(), HANG, { timeoutMs: 100 })
    expect(brief(r.findings)).toEqual([`policy-fetch/error@${URL_}`])
    expect(r.findings[0].message).toMatch(/did not answer in time \("no answer within 100 ms/)
    expect(r.fetcher.calls).toHaveLength(1)
    await settle()
    expect(unhandled).toEqual([])
  })

  it('gives probes the combined signal, which the caller can abort', async () => {
    const controller = new AbortController()
    const pending = run(healthyScript(), HANG, { timeoutMs: 10_000, signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    const r = await pending
    expect(r.findings[0].message).toContain('the verification was cancelled')
  })

  it('turns a probe that rejects into a finding, not a crash', async () => {
    const r = await run(script({ txt: { [STS]: THROW } }), THROW)
    expect(brief(r.findings)).toEqual([`policy-fetch/error@${URL_}`, `txt-missing/error@${STS}`])
    expect(r.findings.map(f => f.message).join('\n')).toContain(
      'probe bug for _mta-sts.example.com'
    )
    await settle()
    expect(unhandled).toEqual([])
  })
})
