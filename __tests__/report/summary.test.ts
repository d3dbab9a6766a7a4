import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/finding.js'
import { formatSummary, SUMMARY_LIMIT } from '../../src/report/summary.js'

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'policy-mode',
  severity: 'error',
  message: 'mode must be enforce, testing or none; found "x"',
  file: 'site/.well-known/mta-sts.txt',
  line: 2,
  column: 7,
  domain: 'example.com',
  ...over
})

describe('job summary', () => {
  it('has one row per domain and one per finding, with counts', () => {
    const md = formatSummary({
      findings: [
        finding({}),
        finding({ severity: 'notice', rule: 'policy-id-field', domain: 'example.net' })
      ],
      domains: [
        {
          domain: 'example.com',
          policyFile: 'site/.well-known/mta-sts.txt',
          policy: { mode: 'enforce', max_age: 604800, mx: ['mail.example.com'], extensions: {} },
          id: '20250101T000000Z',
          idSource: 'dns/example.com.zone:12'
        },
        { domain: 'example.net', policy: { mx: [], extensions: {} } }
      ],
      docs: r => `https://docs.example/${r}.md`
    })
    expect(md).toContain('1 error, 0 warnings, 1 notice')
    expect(md).toContain(
      '| example\\.com | site/\\.well\\-known/mta\\-sts\\.txt | enforce | 604800 | mail\\.example\\.com | 20250101T000000Z | dns/example\\.com\\.zone\\:12 | 1 ❌ 0 ⚠️ 0 ℹ️ |'
    )
    expect(md).toContain('| example\\.net | — | — | — | — | — | — | 0 ❌ 0 ⚠️ 1 ℹ️ |')
    expect(md).toContain(
      '| ❌ | [`policy-mode`](https://docs.example/policy-mode.md) | site/\\.well\\-known/mta\\-sts\\.txt\\:2\\:7 |'
    )
  })

  it('escapes markdown, HTML and table breaks from untrusted policy text', () => {
    const md = formatSummary({
      findings: [
        finding({
          message: 'found "<script>alert(1)</script> | [x](javascript:y) `z` **b**\nnext"'
        })
      ],
      domains: [
        { domain: 'example.com', policy: { mx: ['<img src=x onerror=y>|'], extensions: {} } }
      ]
    })
    expect(md).not.toContain('<script>')
    expect(md).not.toContain('<img')
    expect(md).not.toMatch(/[^\\]\|\s*\[x\]/)
    expect(md).toContain('&lt;script&gt;')
    expect(md).toContain('\\[x\\]\\(javascript\\:y\\)')
    const rows = md.split('\n').filter(l => l.startsWith('| ❌'))
    expect(rows).toHaveLength(1)
    // A cell's pipes are escaped, so the row keeps exactly its 5 column separators.
    expect(rows[0].replace(/\\\|/g, '').split('|')).toHaveLength(6)
  })

  it('stays under the step-summary limit and says how many findings were left out', () => {
    const many = Array.from({ length: 20000 }, (_, i) =>
      finding({ line: i + 1, message: 'x'.repeat(200) })
    )
    const md = formatSummary({ findings: many, domains: [] })
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT + 4096)
    expect(md).toMatch(/\d+ more findings are in the JSON report and SARIF\./)
  })
})

describe('the Deployed section', () => {
  const live = (id: string) => ({
    id,
    status: 200,
    url: 'https://mta-sts.example.com/.well-known/mta-sts.txt',
    elapsedMs: 5
  })
  it('lists verified domains with failures first, errors before warnings', () => {
    const md = formatSummary({
      domains: [
        { domain: 'fine.example', live: live('1') },
        { domain: 'warned.example', live: live('2') },
        { domain: 'broken.example', live: live('3') }
      ],
      findings: [
        {
          rule: 'tls-certificate-expiring',
          severity: 'warning',
          message: 'soon',
          domain: 'warned.example',
          url: 'u'
        },
        {
          rule: 'tls-certificate',
          severity: 'error',
          message: 'expired',
          domain: 'broken.example',
          url: 'u'
        }
      ]
    })
    const section = md.slice(md.indexOf('### Deployed'))
    const rows = section.split('\n').filter(l => /^\| \w+\\\.example/.test(l))
    expect(rows.map(r => r.split(' | ')[0])).toEqual([
      '| broken\\.example',
      '| warned\\.example',
      '| fine\\.example'
    ])
  })

  it('adds STARTTLS and name-server columns only when a run probed them', () => {
    const plain = formatSummary({
      domains: [{ domain: 'a.example', live: live('1') }],
      findings: []
    })
    expect(plain).not.toMatch(/STARTTLS|name servers/)
    const ns = (server: string, id?: string) => ({
      server,
      address: '192.0.2.1',
      record: id === undefined ? { error: 'REFUSED' } : { records: [`v=STSv1; id=${id}`], id }
    })
    const md = formatSummary({
      domains: [
        {
          domain: 'a.example',
          live: {
            ...live('NEW'),
            smtp: [
              { host: 'mx1.a.example', starttls: true, elapsedMs: 3 },
              {
                host: 'mx2.a.example',
                starttls: false,
                elapsedMs: 3,
                failure: { kind: 'no-starttls', stage: 'ehlo', message: 'not offered' }
              }
            ],
            authoritative: {
              zone: 'a.example',
              servers: [ns('ns1.a.example', 'NEW'), ns('ns2.a.example', 'OLD'), ns('ns3.a.example')]
            }
          }
        },
        { domain: 'b.example', live: live('2') }
      ],
      findings: []
    })
    const lines = md.slice(md.indexOf('### Deployed')).split('\n')
    expect(lines[2]).toBe(
      '| domain | HTTP | live id | served mode | max_age | certificate until | MX hosts | STARTTLS | name servers | findings |'
    )
    expect(lines[3].split('---')).toHaveLength(11)
    expect(lines[4]).toMatch(
      /^\| a\\\.example \| 200 \| NEW \|.* \| 1 of 2 \| 1 of 3 serve it \| ✅ \|$/
    )
    expect(lines[5]).toMatch(/^\| b\\\.example \|.* \| — \| — \| ✅ \|$/)
  })
})
