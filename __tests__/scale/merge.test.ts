import { describe, expect, it } from '@jest/globals'
import { mergeReports } from '../../src/scale/merge.js'
import { buildReport } from '../../src/report/json.js'
import type { Finding } from '../../src/finding.js'

const report = (findings: Finding[], domains: string[]): string =>
  JSON.stringify(buildReport(findings, { domains: domains.map(domain => ({ domain })) }))

const txt = (domain: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule: 'txt-missing',
  severity,
  message: `no _mta-sts record at _mta-sts.${domain}`,
  domain,
  url: `_mta-sts.${domain}`
})

describe('mergeReports', () => {
  it('joins two reports: findings sorted, domains joined in name order', () => {
    const a = report([txt('b.example', 'warning')], ['b.example'])
    const b = report(
      [
        txt('a.example'),
        { rule: 'policy-mode', severity: 'error', message: 'm', file: 'x.txt', line: 2, column: 7 }
      ],
      ['a.example', 'c.example']
    )
    const merged = mergeReports([
      { name: 'a.json', text: a },
      { name: 'b.json', text: b }
    ])
    expect(merged.domains.map(d => d.domain)).toEqual(['a.example', 'b.example', 'c.example'])
    expect(merged.findings).toEqual([
      txt('a.example'),
      txt('b.example', 'warning'),
      { rule: 'policy-mode', severity: 'error', message: 'm', file: 'x.txt', line: 2, column: 7 }
    ])
    // Round trip: the merged report formats to the shape it was read from.
    expect(JSON.parse(JSON.stringify(buildReport(merged.findings, merged)))).toMatchObject({
      summary: { errors: 2, warnings: 1, notices: 0 }
    })
  })

  it('merges reports without domains (policy, record) too', () => {
    const r = JSON.stringify(buildReport([txt('a.example', 'notice')]))
    expect(mergeReports([{ name: 'r.json', text: r }]).findings).toHaveLength(1)
  })

  it.each([
    ['not JSON', '{', /not JSON/],
    ['an array', '[]', /not a JSON object/],
    [
      'another tool',
      JSON.stringify({ version: 1, tool: { name: 'other' }, findings: [] }),
      /not a mta-sts-lint report/
    ],
    [
      'another version',
      JSON.stringify({ version: 2, tool: { name: 'mta-sts-lint' }, findings: [] }),
      /report version 2, not 1/
    ],
    [
      'no findings',
      JSON.stringify({ version: 1, tool: { name: 'mta-sts-lint' } }),
      /no findings list/
    ],
    [
      'a malformed finding',
      JSON.stringify({
        version: 1,
        tool: { name: 'mta-sts-lint' },
        findings: [{ rule: 'x', severity: 'fatal', message: '' }]
      }),
      /finding 1 is malformed/
    ],
    [
      'domains not a list',
      JSON.stringify({ version: 1, tool: { name: 'mta-sts-lint' }, findings: [], domains: {} }),
      /domains is not a list/
    ]
  ])('refuses %s, naming the file', (_name, text, why) => {
    const good = { name: 'good.json', text: report([], []) }
    expect(() => mergeReports([good, { name: 'shard-2.json', text }])).toThrow(
      /^"shard-2\.json" is not a mta-sts-lint JSON report \(version 1\)/
    )
    expect(() => mergeReports([good, { name: 'shard-2.json', text }])).toThrow(why)
  })
})
