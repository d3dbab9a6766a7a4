import { describe, expect, it } from '@jest/globals'
import { compareFindings, failsOn, type Finding } from '../src/finding.js'

const f = (
  rule: string,
  file?: string,
  line?: number,
  severity: Finding['severity'] = 'error'
): Finding => ({
  rule,
  severity,
  message: rule,
  ...(file !== undefined && { file }),
  ...(line !== undefined && { line })
})

describe('the order of findings', () => {
  it('is by file, line, column, then severity (errors first), then rule id', () => {
    const list = [
      f('b-rule', 'z.txt', 1),
      f('a-rule', 'a.txt', 9),
      f('a-rule', 'a.txt', 2, 'notice'),
      f('z-rule', 'a.txt', 2, 'error'),
      f('a-rule', 'a.txt', 2, 'error'),
      f('no-file')
    ]
    expect(
      [...list]
        .sort(compareFindings)
        .map(x => `${x.file ?? '-'}:${x.line ?? 0} ${x.severity} ${x.rule}`)
    ).toEqual([
      '-:0 error no-file',
      'a.txt:2 error a-rule',
      'a.txt:2 error z-rule',
      'a.txt:2 notice a-rule',
      'a.txt:9 error a-rule',
      'z.txt:1 error b-rule'
    ])
  })

  it('compares names by code unit, whatever the locale: the same report on every machine', () => {
    // A collator would put "a" before "B" and "_" anywhere its locale likes.
    const files = ['a.txt', 'B.txt', '_x.txt', '.well-known/mta-sts.txt', 'CNAME', 'é.txt']
    const sorted = files
      .map(n => f('r', n))
      .sort(compareFindings)
      .map(x => x.file)
    expect(sorted).toEqual([
      '.well-known/mta-sts.txt',
      'B.txt',
      'CNAME',
      '_x.txt',
      'a.txt',
      'é.txt'
    ])
  })
})

describe('--fail-on', () => {
  it.each([
    ['error', ['error']],
    ['warning', ['error', 'warning']],
    ['notice', ['error', 'warning', 'notice']],
    ['never', []]
  ] as const)('%s fails on %j', (failOn, failing) => {
    expect((['error', 'warning', 'notice'] as const).filter(s => failsOn(s, failOn))).toEqual(
      failing
    )
  })
})
