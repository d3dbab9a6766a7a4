/**
 * The live rules one by one, over a LiveContext built by hand: for each, a passing and a failing
 * scenario, the exact findings (rule/severity) and the words a mail administrator needs.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/finding.js'
import { lintRecords, runRules } from '../../src/lint.js'
import type { EffectivePolicy } from '../../src/policy/effective.js'
import { RULES } from '../../src/rules/registry.js'
import type { LiveContext, PolicyFetch } from '../../src/verify/types.js'
import { DOMAIN, found, goodCertificate, goodFetch, ID, NOW, URL_ } from './live-fakes.js'
import { TLS_TOO_OLD } from '../../src/verify/types.js'

const POLICY: EffectivePolicy = {
  version: 'STSv1',
  mode: 'enforce',
  max_age: 604800,
  mx: ['mail.example.com'],
  extensions: {}
}

const context = (over: Partial<LiveContext> = {}): LiveContext => ({
  domain: DOMAIN,
  now: NOW,
  record: found([`v=STSv1; id=${ID};`], `_mta-sts.${DOMAIN}`),
  fetch: goodFetch(),
  servedPolicy: POLICY,
  liveId: ID,
  certExpiryDays: 14,
  ...over
})

const live = (over: Partial<LiveContext> = {}): Finding[] =>
  runRules('live', context(over), { domain: DOMAIN, url: URL_ })
const only = (rule: string, over: Partial<LiveContext> = {}): Finding[] =>
  live(over).filter(f => f.rule === rule)
const brief = (fs: readonly Finding[]): string[] => fs.map(f => `${f.rule}/${f.severity}`)
const fetchFailure = (
  kind: NonNullable<PolicyFetch['failure']>['kind'],
  message: string,
  attempts: { address: string; message: string }[] = []
): PolicyFetch => ({
  url: URL_,
  elapsedMs: 10,
  failure: { kind, message, attempts }
})

describe('the live rules', () => {
  it('are registered with target live, in the catalogue order', () => {
    expect(RULES.filter(r => r.meta.target === 'live').map(r => r.meta.id)).toEqual([
      'id-mismatch',
      'policy-mismatch',
      'policy-fetch',
      'policy-http-status',
      'policy-redirect',
      'policy-content-type',
      'tls-certificate',
      'tls-certificate-expiring',
      'dns-inconsistent',
      'smtp-starttls',
      'smtp-certificate-expiring'
    ])
  })

  it('find nothing wrong with a healthy deployment, committed values included', () => {
    expect(live({ committed: { id: ID, policy: POLICY } })).toEqual([])
  })

  it('carry the domain and the url on every finding', () => {
    const fs = live({ fetch: goodFetch({ status: 404 }) })
    expect(fs.map(f => [f.domain, f.url, f.file])).toEqual([[DOMAIN, URL_, undefined]])
  })
})

describe('policy-fetch', () => {
  it('passes a fetch that answered', () => {
    expect(only('policy-fetch')).toEqual([])
  })

  it.each([
    ['no-address', 'NXDOMAIN', /mta-sts\.example\.com does not resolve \(.*NXDOMAIN.*A\/AAAA/],
    ['refused', 'ECONNREFUSED', /refuses connections on port 443 \(tried 192\.0\.2\.10: refused/],
    ['timeout', 'no answer within 60 s', /did not answer in time .*port 443 is open/],
    ['reset', 'ECONNRESET', /closed the connection/],
    ['tls', 'handshake failure', /TLS handshake with mta-sts\.example\.com failed/],
    ['protocol', 'HTTP/0.9 answer', /did not answer in HTTP/]
  ] as const)('reports %s, naming the host and the fix', (kind, message, words) => {
    const fs = only('policy-fetch', {
      fetch: fetchFailure(kind, message, [{ address: '192.0.2.10', message: 'refused' }]),
      servedPolicy: undefined
    })
    expect(brief(fs)).toEqual(['policy-fetch/error'])
    expect(fs[0].message).toMatch(words)
    expect(fs[0].message).toContain('senders cannot fetch the policy')
  })

  it('leaves a certificate failure to tls-certificate (never both for one cause)', () => {
    const expired = goodCertificate({
      notAfter: '2025-07-01T00:00:00.000Z',
      trusted: false,
      problem: 'CERT_HAS_EXPIRED'
    })
    for (const kind of ['certificate', 'tls'] as const) {
      const fetch = { ...fetchFailure(kind, 'certificate has expired'), certificate: expired }
      expect(brief(live({ fetch, servedPolicy: undefined }))).toEqual(['tls-certificate/error'])
    }
  })

  it('leaves a host speaking only TLS below 1.2 to tls-certificate', () => {
    // As https.ts says it: the shared phrase, then OpenSSL's reason.
    const fetch = fetchFailure(
      'tls',
      `TLS handshake failed, ${TLS_TOO_OLD}: tlsv1 alert protocol version (ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION)`
    )
    const fs = live({ fetch, servedPolicy: undefined })
    expect(brief(fs)).toEqual(['tls-certificate/error'])
    expect(fs[0].message).toMatch(/TLS older than 1\.2; senders require TLS 1\.2 or newer/)
  })
})

describe('policy-http-status', () => {
  it('passes 200', () => {
    expect(only('policy-http-status')).toEqual([])
  })

  it.each([
    [
      404,
      /answered 404 Not Found; .*\/\.well-known\/mta-sts\.txt of mta-sts\.example\.com.*\.nojekyll/
    ],
    [403, /403 Forbidden; .*without authentication.*Bot Fight Mode.*for mta-sts\.example\.com\)$/],
    [503, /503 Service Unavailable; .*challenge page.*logs/],
    [502, /502 Bad Gateway; .*whatever sits in front of it$/],
    [418, /answered 418; .*status 200/]
  ])('reports %i with what it usually means', (status, words) => {
    const fs = only('policy-http-status', { fetch: goodFetch({ status }), servedPolicy: undefined })
    expect(brief(fs)).toEqual(['policy-http-status/error'])
    expect(fs[0].message).toMatch(words)
  })

  it('leaves a 3xx to policy-redirect', () => {
    const fetch = goodFetch({ status: 301, location: 'https://example.com/' })
    expect(brief(live({ fetch, servedPolicy: undefined }))).toEqual(['policy-redirect/error'])
  })
})

describe('policy-redirect', () => {
  it('passes 200', () => {
    expect(only('policy-redirect')).toEqual([])
  })

  it('reports a 301 and names the Location', () => {
    const fetch = goodFetch({ status: 301, location: 'https://www.example.com/' })
    const fs = only('policy-redirect', { fetch })
    expect(brief(fs)).toEqual(['policy-redirect/error'])
    expect(fs[0].message).toContain(
      'answered 301 Moved Permanently, a redirect to "https://www.example.com/"'
    )
    expect(fs[0].message).toContain('redirect of the whole host to www.example.com')
    expect(fs[0].message).toContain('senders never follow redirects')
  })

  it('reports a redirect on the same host, and one without a Location', () => {
    const same = only('policy-redirect', {
      fetch: goodFetch({ status: 308, location: '/.well-known/mta-sts.txt/' })
    })
    expect(same[0].message).toContain('to another path of mta-sts.example.com')
    const bare = only('policy-redirect', { fetch: goodFetch({ status: 302 }) })
    expect(bare[0].message).toContain('302 Found, a redirect without a Location')
  })
})

describe('policy-content-type', () => {
  it.each(['text/plain', 'text/plain; charset=utf-8', 'TEXT/Plain;Charset="US-ASCII"'])(
    'passes %s',
    contentType => {
      expect(only('policy-content-type', { fetch: goodFetch({ contentType }) })).toEqual([])
    }
  )

  it('reports text/html as an error', () => {
    const fs = only('policy-content-type', {
      fetch: goodFetch({ contentType: 'text/html; charset=utf-8' })
    })
    expect(brief(fs)).toEqual(['policy-content-type/error'])
    expect(fs[0].message).toMatch(/served as "text\/html; charset=utf-8", not text\/plain/)
  })

  it('reports a missing Content-Type as an error', () => {
    const fetch = goodFetch()
    delete fetch.contentType
    const fs = only('policy-content-type', { fetch })
    expect(brief(fs)).toEqual(['policy-content-type/error'])
    expect(fs[0].message).toContain('without a Content-Type')
  })

  it('warns on a charset other than utf-8 or us-ascii', () => {
    const fs = only('policy-content-type', {
      fetch: goodFetch({ contentType: 'text/plain; charset=ISO-8859-1' })
    })
    expect(brief(fs)).toEqual(['policy-content-type/warning'])
    expect(fs[0].message).toContain('"text/plain; charset=utf-8"')
  })

  it('ignores the type of an answer that is no policy (an error page)', () => {
    const fetch = goodFetch({ status: 404, contentType: 'text/html' })
    expect(only('policy-content-type', { fetch })).toEqual([])
  })
})

describe('tls-certificate', () => {
  it('passes a trusted certificate valid for the host', () => {
    expect(only('tls-certificate')).toEqual([])
  })

  it('reports an expired certificate with its date and the names it covers', () => {
    const fetch = goodFetch({
      certificate: goodCertificate({
        notAfter: '2025-07-01T00:00:00.000Z',
        trusted: false,
        problem: 'CERT_HAS_EXPIRED',
        names: ['mta-sts.example.com', 'www.example.com']
      })
    })
    const fs = only('tls-certificate', { fetch })
    expect(brief(fs)).toEqual(['tls-certificate/error'])
    expect(fs[0].message).toContain(
      'expired on 2025-07-01T00:00:00Z, 9 days ago (it covers "mta-sts.example.com", "www.example.com";'
    )
    expect(fs[0].message).toContain('use none: renew it')
  })

  it('judges the dates at the injected time, whatever the fetcher thought', () => {
    const fetch = goodFetch({ certificate: goodCertificate({ notAfter: '2025-07-09T00:00:00Z' }) })
    expect(only('tls-certificate', { fetch })[0].message).toContain('expired on 2025-07-09')
  })

  it('reports a certificate not yet valid', () => {
    const fetch = goodFetch({ certificate: goodCertificate({ notBefore: '2025-08-01T00:00:00Z' }) })
    expect(only('tls-certificate', { fetch })[0].message).toContain(
      'is not valid before 2025-08-01T00:00:00Z'
    )
  })

  it('reports a certificate for another name, naming those it covers', () => {
    const fetch = goodFetch({
      certificate: goodCertificate({
        names: ['provider.example.net', '*.provider.example.net'],
        validForHost: false,
        trusted: false,
        problem: 'ERR_TLS_CERT_ALTNAME_INVALID'
      })
    })
    const fs = only('tls-certificate', { fetch })
    expect(brief(fs)).toEqual(['tls-certificate/error'])
    expect(fs[0].message).toMatch(
      /^the certificate of mta-sts\.example\.com is not valid for mta-sts\.example\.com \(it covers "provider\.example\.net", "\*\.provider\.example\.net"; issued by .*\), so senders refuse .*: get one that lists mta-sts\.example\.com/
    )
    expect(fs[0].message).not.toContain('not trusted')
  })

  it('reports an untrusted chain with the reason in words', () => {
    const fetch = goodFetch({
      certificate: goodCertificate({ trusted: false, problem: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
    })
    expect(only('tls-certificate', { fetch })[0].message).toContain(
      'is not trusted: it is self-signed'
    )
  })

  it('reports several problems in one finding', () => {
    const fetch = goodFetch({
      certificate: goodCertificate({
        notAfter: '2025-07-01T00:00:00Z',
        validForHost: false,
        trusted: false,
        problem: 'CERT_HAS_EXPIRED',
        names: ['other.example.org']
      })
    })
    const fs = only('tls-certificate', { fetch })
    expect(fs).toHaveLength(1)
    expect(fs[0].message).toMatch(
      /expired on [^;]* and is not valid for mta-sts\.example\.com .*: renew it.*; get one that lists/
    )
  })

  it('reports a certificate refused without details', () => {
    const fs = only('tls-certificate', {
      fetch: fetchFailure('certificate', 'unable to verify the first certificate'),
      servedPolicy: undefined
    })
    expect(brief(fs)).toEqual(['tls-certificate/error'])
    expect(fs[0].message).toContain('"unable to verify the first certificate"')
  })

  it('reports TLS below 1.2 negotiated', () => {
    const fs = only('tls-certificate', { fetch: goodFetch({ tlsVersion: 'TLSv1.1' }) })
    expect(brief(fs)).toEqual(['tls-certificate/error'])
    expect(fs[0].message).toContain('speaks TLSv1.1; senders require TLS 1.2 or newer')
  })
})

describe('tls-certificate-expiring', () => {
  it('passes a certificate with more days left than configured', () => {
    expect(only('tls-certificate-expiring')).toEqual([]) // 52 days left, 14 configured
  })

  it('warns within the configured days, with the date', () => {
    const fetch = goodFetch({ certificate: goodCertificate({ notAfter: '2025-07-20T12:00:00Z' }) })
    const fs = only('tls-certificate-expiring', { fetch })
    expect(brief(fs)).toEqual(['tls-certificate-expiring/warning'])
    expect(fs[0].message).toContain(
      'expires on 2025-07-20T12:00:00Z, in 10 days (the limit is 14 days)'
    )
  })

  it('follows the configured days', () => {
    const fetch = goodFetch({ certificate: goodCertificate({ notAfter: '2025-07-30T12:00:00Z' }) })
    expect(only('tls-certificate-expiring', { fetch })).toEqual([])
    expect(brief(only('tls-certificate-expiring', { fetch, certExpiryDays: 21 }))).toEqual([
      'tls-certificate-expiring/warning'
    ])
  })

  it('leaves an expired certificate to tls-certificate', () => {
    const fetch = goodFetch({ certificate: goodCertificate({ notAfter: '2025-07-10T11:00:00Z' }) })
    expect(brief(live({ fetch }))).toEqual(['tls-certificate/error'])
  })
})

describe('id-mismatch', () => {
  it('passes when the live id is the committed one, or nothing is committed', () => {
    expect(only('id-mismatch', { committed: { id: ID } })).toEqual([])
    expect(only('id-mismatch')).toEqual([])
  })

  it('stays silent without a live id (the record rules report that)', () => {
    expect(only('id-mismatch', { committed: { id: 'other' }, liveId: undefined })).toEqual([])
  })

  it('reports a live id other than the committed one, at the record name', () => {
    const fs = only('id-mismatch', { committed: { id: '20250801T000000Z' } })
    expect(brief(fs)).toEqual(['id-mismatch/error'])
    expect(fs[0].url).toBe('_mta-sts.example.com')
    expect(fs[0].message).toContain(
      `_mta-sts.example.com publishes id "${ID}", but the repository commits id "20250801T000000Z"`
    )
    expect(fs[0].message).toContain('publish "v=STSv1; id=20250801T000000Z;"')
  })

  it('names the CNAME target that holds the record', () => {
    const record = found([`v=STSv1; id=${ID};`], '_mta-sts.provider.example.net', [
      '_mta-sts.provider.example.net'
    ])
    const fs = only('id-mismatch', { record, committed: { id: 'new1' } })
    expect(fs[0].message).toContain('(through its CNAME, at _mta-sts.provider.example.net)')
  })
})

describe('policy-mismatch', () => {
  it('passes the same effective policy (mx case and order do not count)', () => {
    const committed = { policy: { ...POLICY, mx: ['MAIL.example.com'] } }
    expect(only('policy-mismatch', { committed })).toEqual([])
  })

  it('stays silent when no policy could be read', () => {
    const committed = { policy: { ...POLICY, mode: 'testing' as const } }
    expect(only('policy-mismatch', { committed, servedPolicy: undefined })).toEqual([])
  })

  it('says what differs, committed → served', () => {
    const committed = {
      id: '20250801T000000Z',
      policy: { ...POLICY, mode: 'testing' as const, mx: ['mail.example.com', 'mx2.example.com'] }
    }
    const fs = only('policy-mismatch', { committed })
    expect(brief(fs)).toEqual(['policy-mismatch/error'])
    expect(fs[0].message).toContain(
      `the policy served at ${URL_} differs from the committed one (committed → served): mode "testing" → "enforce"; mx "mx2.example.com" removed; deploy the committed policy; then publish the committed id (20250801T000000Z)`
    )
  })

  it('warns that senders cached the served policy under the committed id', () => {
    const committed = { id: ID, policy: { ...POLICY, max_age: 86400 } }
    const fs = only('policy-mismatch', { committed })
    expect(fs[0].message).toContain('max_age 86400 → 604800')
    expect(fs[0].message).toContain('publish a fresh id again')
  })
})

describe('txt-missing on a live lookup that failed', () => {
  const missing = (failure: Parameters<typeof lintRecords>[1]): Finding[] =>
    lintRecords([], { origin: 'dns', domain: DOMAIN, url: '_mta-sts.example.com', ...failure })
      .findings
  it.each([
    [
      'ESERVFAIL',
      '192.0.2.53:53',
      'SERVFAIL',
      /failed: name server 192\.0\.2\.53:53 answered SERVFAIL; .*DNSSEC/
    ],
    ['EREFUSED', undefined, 'REFUSED', /the name server answered REFUSED; .*delegated/],
    [
      'ETIMEOUT',
      '192.0.2.53:53',
      'no answer in 5 s',
      /name server 192\.0\.2\.53:53 gave no answer \(no answer in 5 s\)/
    ],
    ['ECNAMELOOP', undefined, 'CNAME loop', /answered CNAME loop; .*not back along the chain/]
  ] as const)('names the server and the answer for %s', (code, server, message, words) => {
    const fs = missing({
      lookupFailure: {
        code,
        name: '_mta-sts.example.com',
        message,
        ...(server !== undefined && { server })
      }
    })
    expect(fs.map(f => `${f.rule}/${f.severity}@${f.url}`)).toEqual([
      'txt-missing/error@_mta-sts.example.com'
    ])
    expect(fs[0].message).toMatch(words)
  })

  it('names the CNAME target where the record is missing', () => {
    const fs = missing({ owner: '_mta-sts.provider.example.net' })
    expect(fs[0].message).toContain(
      'no TXT record at _mta-sts.provider.example.net (the CNAME target of _mta-sts.example.com)'
    )
  })
})
