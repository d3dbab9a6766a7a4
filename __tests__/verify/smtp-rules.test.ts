/**
 * The SMTP rules (smtp-starttls, smtp-certificate-expiring) over hand-built facts, and SMTP
 * probing inside one domain's verification over in-memory probes: which MX hosts are probed,
 * through which lookups, and what the report shows.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/finding.js'
import { runRules } from '../../src/lint.js'
import { RULES } from '../../src/rules/registry.js'
import { verifyDomain, MAX_SMTP_HOSTS } from '../../src/verify/verify-domain.js'
import {
  TLS_TOO_OLD,
  type LiveContext,
  type MxHost,
  type SmtpCheck,
  type SmtpFacts,
  type SmtpProbe
} from '../../src/verify/types.js'
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
  URL_
} from './live-fakes.js'

const MX = 'mail.example.com'

const goodCheck = (over: Partial<SmtpCheck> = {}): SmtpCheck => ({
  host: MX,
  port: 25,
  address: '192.0.2.25',
  elapsedMs: 80,
  greeting: { code: 220, lines: ['mail.example.com ESMTP'] },
  ehlo: ['PIPELINING', 'STARTTLS', '8BITMIME'],
  starttls: true,
  tlsVersion: 'TLSv1.3',
  certificate: goodCertificate({ names: [MX] }),
  ...over
})

const failure = (
  kind: NonNullable<SmtpCheck['failure']>['kind'],
  stage: NonNullable<SmtpCheck['failure']>['stage'],
  message: string,
  over: Partial<SmtpCheck> = {}
): SmtpCheck => ({
  host: MX,
  port: 25,
  elapsedMs: 10,
  ...over,
  failure: { kind, stage, message, attempts: [] }
})

const context = (smtp: SmtpFacts | undefined, over: Partial<LiveContext> = {}): LiveContext => ({
  domain: DOMAIN,
  now: NOW,
  record: found([`v=STSv1; id=${ID};`], `_mta-sts.${DOMAIN}`),
  fetch: goodFetch(),
  certExpiryDays: 14,
  ...(smtp !== undefined && { smtp }),
  ...over
})

const smtpFindings = (smtp: SmtpFacts | undefined, over: Partial<LiveContext> = {}): Finding[] =>
  runRules('live', context(smtp, over), { domain: DOMAIN, url: URL_ }).filter(f =>
    f.rule.startsWith('smtp-')
  )
const hosts = (...checks: SmtpCheck[]): SmtpFacts => ({ hosts: checks })
const brief = (fs: readonly Finding[]): string[] =>
  fs.map(f => `${f.rule}/${f.severity}@${f.url ?? '-'}`)

describe('the SMTP rules', () => {
  it('are registered as live rules, after the certificate and name-server rules', () => {
    const live = RULES.filter(r => r.meta.target === 'live').map(r => r.meta.id)
    expect(live.slice(-4)).toEqual([
      'tls-certificate-expiring',
      'dns-inconsistent',
      'smtp-starttls',
      'smtp-certificate-expiring'
    ])
    expect(RULES.find(r => r.meta.id === 'smtp-starttls')?.meta.severity).toBe('error')
    expect(RULES.find(r => r.meta.id === 'smtp-certificate-expiring')?.meta.severity).toBe(
      'warning'
    )
  })

  it('rest when SMTP probing is off, whatever else is wrong', () => {
    expect(smtpFindings(undefined)).toEqual([])
  })

  it('find nothing on MX hosts that offer STARTTLS with a valid certificate', () => {
    expect(
      smtpFindings(
        hosts(
          goodCheck(),
          goodCheck({
            host: 'backup.example.com',
            certificate: goodCertificate({ names: ['*.example.com'] })
          })
        )
      )
    ).toEqual([])
  })
})

describe('smtp-starttls', () => {
  it('reports an MX host that does not offer STARTTLS, with what it offers and the fix', () => {
    const fs = smtpFindings(
      hosts(
        failure('no-starttls', 'ehlo', '192.0.2.25:25: EHLO does not list STARTTLS', {
          ehlo: ['PIPELINING', 'SIZE'],
          starttls: false
        })
      )
    )
    expect(brief(fs)).toEqual([`smtp-starttls/error@${MX}`])
    expect(fs[0].message).toContain(`MX host ${MX} does not offer STARTTLS`)
    expect(fs[0].message).toContain('it offers "PIPELINING", "SIZE"')
    expect(fs[0].message).toContain('enable STARTTLS on its mail server with a certificate for')
    expect(fs[0].domain).toBe(DOMAIN)
  })

  it('reports a certificate for another name, naming the names it covers', () => {
    const fs = smtpFindings(
      hosts(
        goodCheck({
          certificate: goodCertificate({ names: ['mx.provider.net'], validForHost: false })
        })
      )
    )
    expect(brief(fs)).toEqual([`smtp-starttls/error@${MX}`])
    expect(fs[0].message).toContain(`the certificate of MX host ${MX} is not valid for ${MX}`)
    expect(fs[0].message).toContain('it covers "mx.provider.net"')
    expect(fs[0].message).toContain(`get one that lists ${MX}`)
  })

  it('reports an expired or untrusted certificate', () => {
    const expired = smtpFindings(
      hosts(
        goodCheck({
          certificate: goodCertificate({
            names: [MX],
            notAfter: '2025-07-01T00:00:00Z',
            trusted: false,
            problem: 'CERT_HAS_EXPIRED'
          })
        })
      )
    )
    expect(expired[0].message).toContain('expired on 2025-07-01T00:00:00Z, 9 days ago')
    const selfSigned = smtpFindings(
      hosts(
        goodCheck({
          certificate: goodCertificate({
            names: [MX],
            trusted: false,
            problem: 'DEPTH_ZERO_SELF_SIGNED_CERT'
          })
        })
      )
    )
    expect(selfSigned[0].message).toContain('is not trusted: it is self-signed')
  })

  it('reports a handshake that fails, and TLS below 1.2 in its own words', () => {
    const fs = smtpFindings(
      hosts(
        failure(
          'tls',
          'handshake',
          `192.0.2.25:25: TLS handshake failed, ${TLS_TOO_OLD}: unsupported protocol`
        ),
        failure('tls', 'handshake', '192.0.2.26:25: TLS handshake failed: bad record mac', {
          host: 'mx2.example.com'
        })
      )
    )
    expect(brief(fs)).toEqual([`smtp-starttls/error@${MX}`, 'smtp-starttls/error@mx2.example.com'])
    expect(fs[0].message).toContain(`MX host ${MX} speaks TLS older than 1.2 only`)
    expect(fs[1].message).toContain(
      'the TLS handshake with MX host mx2.example.com failed after STARTTLS'
    )
  })

  it('reports STARTTLS refused, garbage on port 25 and no certificate as errors', () => {
    const fs = smtpFindings(
      hosts(
        failure(
          'starttls-refused',
          'starttls',
          'answered STARTTLS with "454 4.7.0 TLS not available"'
        ),
        failure('protocol', 'greeting', 'does not speak SMTP: not an SMTP reply line: "HTTP/1.1"', {
          host: 'b.example.com'
        }),
        goodCheck({ host: 'c.example.com', certificate: undefined })
      )
    )
    expect(fs.map(f => f.severity)).toEqual(['error', 'error', 'error'])
    expect(fs[0].message).toContain('offers STARTTLS but refuses it')
    expect(fs[1].message).toContain('does not speak SMTP as senders expect')
    expect(fs[2].message).toContain('sent no certificate')
  })

  it('gives a notice, not an error, when the host could not be reached: port 25 may be blocked', () => {
    const fs = smtpFindings(
      hosts(
        failure('timeout', 'connect', '192.0.2.25:25: no answer within 10000 ms while connecting'),
        failure('refused', 'connect', '192.0.2.26:25: connection refused', {
          host: 'b.example.com'
        })
      )
    )
    expect(brief(fs)).toEqual([`smtp-starttls/notice@${MX}`, 'smtp-starttls/notice@b.example.com'])
    for (const f of fs) {
      expect(f.message).toContain('inconclusive')
      expect(f.message).toContain('outbound port 25 is often blocked')
    }
  })

  it('gives a notice for a greeting that turns the client away, and for a failed lookup', () => {
    const fs = smtpFindings({
      hosts: [
        failure('rejected', 'greeting', 'greeted with "554 5.7.1 go away" instead of 220'),
        failure('dns', 'lookup', 'the lookup of its addresses failed: SERVFAIL', {
          host: 'b.example.com'
        })
      ],
      mxFailure: undefined
    })
    expect(brief(fs)).toEqual([`smtp-starttls/notice@${MX}`, 'smtp-starttls/notice@b.example.com'])
    expect(fs[0].message).toContain('turned this client away')
  })

  it('warns of an MX host without an address', () => {
    const fs = smtpFindings(
      hosts(failure('no-address', 'lookup', 'mail.example.com has no A or AAAA record'))
    )
    expect(brief(fs)).toEqual([`smtp-starttls/warning@${MX}`])
  })

  it('says so when the MX lookup failed, and which hosts were left out', () => {
    const fs = smtpFindings({
      hosts: [],
      mxFailure: { code: 'ESERVFAIL', name: DOMAIN, message: 'SERVFAIL', server: '192.0.2.53:53' },
      notProbed: ['k.example.com', 'l.example.com']
    })
    expect(brief(fs)).toEqual([`smtp-starttls/notice@${DOMAIN}`, `smtp-starttls/notice@${DOMAIN}`])
    expect(fs[0].message).toContain(
      'the MX lookup of example.com failed ("SERVFAIL" (name server 192.0.2.53:53))'
    )
    expect(fs[1].message).toContain('2 more MX hosts were not probed')
  })

  it('follows a configured severity, notices included', () => {
    const fs = runRules(
      'live',
      context(
        hosts(
          failure('timeout', 'connect', 'x'),
          failure('no-starttls', 'ehlo', 'y', { host: 'b.example.com' })
        )
      ),
      { domain: DOMAIN, url: URL_, severities: { 'smtp-starttls': 'warning' } }
    )
    expect(fs.filter(f => f.rule === 'smtp-starttls').map(f => f.severity)).toEqual([
      'warning',
      'warning'
    ])
  })

  it('escapes what the server said', () => {
    const fs = smtpFindings(hosts(failure('protocol', 'greeting', 'not SMTP: "a\u001b[31mb"')))
    expect(fs[0].message).not.toContain('\u001b')
  })
})

describe('smtp-certificate-expiring', () => {
  const expiring = (notAfter: string, over: Partial<SmtpCheck> = {}): SmtpCheck =>
    goodCheck({ certificate: goodCertificate({ names: [MX], notAfter }), ...over })

  it('warns within the configured days, naming the host, the date and the days left', () => {
    const fs = smtpFindings(hosts(expiring('2025-07-15T12:00:00Z')))
    expect(brief(fs)).toEqual([`smtp-certificate-expiring/warning@${MX}`])
    expect(fs[0].message).toContain(
      `the certificate of MX host ${MX} expires on 2025-07-15T12:00:00Z, in 5 days (the limit is 14 days)`
    )
  })

  it('uses cert-expiry-days, as tls-certificate-expiring does', () => {
    const soon = hosts(expiring('2025-07-30T00:00:00Z'))
    expect(smtpFindings(soon)).toEqual([])
    expect(brief(smtpFindings(soon, { certExpiryDays: 21 }))).toEqual([
      `smtp-certificate-expiring/warning@${MX}`
    ])
  })

  it('leaves an expired certificate and a failed probe to smtp-starttls', () => {
    const fs = smtpFindings(
      hosts(
        expiring('2025-07-01T00:00:00Z'),
        expiring('2025-07-12T00:00:00Z', {
          host: 'b.example.com',
          failure: { kind: 'tls', stage: 'handshake', message: 'x', attempts: [] }
        })
      )
    )
    expect(fs.map(f => f.rule)).toEqual(['smtp-starttls', 'smtp-starttls'])
  })
})

// --- Inside one domain's verification ---------------------------------------------------------

/** Answers from a table by host; records every call. */
class FakeSmtp implements SmtpProbe {
  readonly calls: { host: string; addresses: readonly string[] }[] = []
  constructor(readonly answers: Record<string, SmtpCheck | typeof HANG> = {}) {}
  probe(host: string, addresses: readonly string[]): Promise<SmtpCheck> {
    this.calls.push({ host, addresses })
    const a = this.answers[host]
    if (a === HANG) return new Promise(() => {})
    return Promise.resolve(a ?? goodCheck({ host, address: addresses[0] }))
  }
}

const withMx = (
  mx: MxHost[],
  addresses: Record<string, ReturnType<typeof found<string[]>> | ReturnType<typeof failed>> = {}
) => {
  const s = healthyScript()
  return {
    ...s,
    mx: { [DOMAIN]: found(mx, DOMAIN) },
    addresses: { ...s.addresses, ...addresses }
  }
}

const verify = (dns: FakeDns, smtp?: SmtpProbe, timeoutMs = 5000) =>
  verifyDomain(DOMAIN, {
    dns,
    fetcher: new FakeFetcher(goodFetch()),
    ...(smtp !== undefined && { smtp }),
    now: NOW,
    timeoutMs,
    certExpiryDays: 14
  })

describe('verifyDomain with SMTP probing', () => {
  it('does not probe, look up MX addresses or report smtp when it is off', async () => {
    const dns = new FakeDns(
      withMx([{ exchange: MX, priority: 10 }], { [MX]: found(['192.0.2.25'], MX) })
    )
    const r = await verify(dns)
    expect(dns.asked).not.toContain(`A ${MX}`)
    expect(r.live.smtp).toBeUndefined()
  })

  it('probes each MX host once, by priority, at the addresses DNS gives', async () => {
    const dns = new FakeDns(
      withMx(
        [
          { exchange: 'backup.example.com.', priority: 20 },
          { exchange: 'Mail.Example.com.', priority: 10 },
          { exchange: MX, priority: 30 }
        ],
        {
          [MX]: found(['192.0.2.25', '2001:db8::25'], MX),
          'backup.example.com': found(['192.0.2.26'], 'backup.example.com')
        }
      )
    )
    const smtp = new FakeSmtp()
    const r = await verify(dns, smtp)
    expect(smtp.calls).toEqual([
      { host: MX, addresses: ['192.0.2.25', '2001:db8::25'] },
      { host: 'backup.example.com', addresses: ['192.0.2.26'] }
    ])
    expect(r.findings.filter(f => f.rule.startsWith('smtp-'))).toEqual([])
    expect(r.live.smtp).toEqual([
      {
        host: MX,
        address: '192.0.2.25',
        starttls: true,
        tlsVersion: 'TLSv1.3',
        certificate: { notAfter: '2025-09-01T00:00:00.000Z', names: [MX] },
        elapsedMs: 80
      },
      {
        host: 'backup.example.com',
        address: '192.0.2.26',
        starttls: true,
        tlsVersion: 'TLSv1.3',
        certificate: { notAfter: '2025-09-01T00:00:00.000Z', names: [MX] },
        elapsedMs: 80
      }
    ])
  })

  it('reports a host without address, or whose lookup failed, without probing it', async () => {
    const dns = new FakeDns(
      withMx(
        [
          { exchange: MX, priority: 10 },
          { exchange: 'b.example.com', priority: 20 }
        ],
        { 'b.example.com': failed('ESERVFAIL', 'b.example.com', 'SERVFAIL') }
      )
    )
    const smtp = new FakeSmtp()
    const r = await verify(dns, smtp)
    expect(smtp.calls).toEqual([])
    expect(brief(r.findings.filter(f => f.rule.startsWith('smtp-')))).toEqual([
      `smtp-starttls/warning@${MX}`,
      'smtp-starttls/notice@b.example.com'
    ])
    expect(r.live.smtp?.map(h => h.failure?.kind)).toEqual(['no-address', 'dns'])
  })

  it('probes nothing for a null MX, and at most MAX_SMTP_HOSTS hosts', async () => {
    const none = new FakeSmtp()
    const r1 = await verify(new FakeDns(withMx([{ exchange: '.', priority: 0 }])), none)
    expect(none.calls).toEqual([])
    expect(r1.live.smtp).toEqual([])

    const many = Array.from({ length: MAX_SMTP_HOSTS + 2 }, (_, i) => ({
      exchange: `mx${i}.example.com`,
      priority: i
    }))
    const addresses = Object.fromEntries(
      many.map(m => [m.exchange, found(['192.0.2.1'], m.exchange)])
    )
    const smtp = new FakeSmtp()
    const r2 = await verify(new FakeDns(withMx(many, addresses)), smtp)
    expect(smtp.calls).toHaveLength(MAX_SMTP_HOSTS)
    const notice = r2.findings.find(f => f.message.includes('not probed'))
    expect(notice?.message).toContain('2 more MX hosts were not probed')
    expect(notice?.message).toContain('mx10.example.com, mx11.example.com')
  })

  it('bounds a probe that never answers by the domain deadline: a notice, the rest still checked', async () => {
    const dns = new FakeDns(
      withMx([{ exchange: MX, priority: 10 }], { [MX]: found(['192.0.2.25'], MX) })
    )
    const r = await verify(dns, new FakeSmtp({ [MX]: HANG }), 300)
    const fs = r.findings.filter(f => f.rule === 'smtp-starttls')
    expect(brief(fs)).toEqual([`smtp-starttls/notice@${MX}`])
    expect(fs[0].message).toContain('the time limit for one domain')
    expect(fs[0].message).toContain('port 25')
    expect(r.live.status).toBe(200)
  })
})
