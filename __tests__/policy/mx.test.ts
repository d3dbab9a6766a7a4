import { describe, expect, it } from '@jest/globals'
import { mxMatches, mxPatternIssues, normalizeHost } from '../../src/policy/mx.js'

describe('mx host matching (RFC 8461 4.1)', () => {
  it.each([
    // pattern, host, matches
    ['mail.example.com', 'mail.example.com', true],
    ['mail.example.com', 'MAIL.Example.COM', true],
    ['MAIL.example.com', 'mail.example.com', true],
    ['mail.example.com', 'mail.example.com.', true],
    ['mail.example.com', 'mail.example.com..', false],
    ['mail.example.com', 'xmail.example.com', false],
    ['mail.example.com', 'mail.example.com.evil.net', false],
    ['mail.example.com', 'a.mail.example.com', false],
    ['mail.example.com', 'mail-example.com', false],
    ['*.example.com', 'mail.example.com', true],
    ['*.example.com', 'MX1.EXAMPLE.COM.', true],
    ['*.Example.Com', 'mx1.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', '.example.com', false],
    ['*.example.com', 'foo.bar.example.com', false],
    ['*.example.com', 'mail.example.com.evil.net', false],
    ['*.example.com', 'mailexample.com', false],
    ['*.mx.microsoft', 'tenant.h-v1.mx.microsoft', false],
    ['*.mx.microsoft', 'tenant.mx.microsoft', true],
    ['*.bücher.example', 'mx.xn--bcher-kva.example', false],
    ['*.xn--bcher-kva.example', 'mx.bücher.example', true],
    ['xn--bcher-kva.example', 'BÜCHER.example.', true]
  ])('%s vs %s: %s', (pattern, host, expected) => {
    expect(mxMatches(pattern, host)).toBe(expected)
  })

  it('normalises hosts: lower case, one root dot, A-labels', () => {
    expect(normalizeHost('Mail.Example.COM.')).toBe('mail.example.com')
    expect(normalizeHost('mx.bücher.example')).toBe('mx.xn--bcher-kva.example')
  })
})

const problems = (v: string): string[] =>
  mxPatternIssues(v).map(i => `${i.problem}@${i.offset}${i.fix === undefined ? '' : `=${i.fix}`}`)

describe('mx pattern syntax (RFC 8461 3.2: ["*."] Domain)', () => {
  it.each([
    'mail.example.com',
    'MAIL.EXAMPLE.COM',
    '*.example.com',
    'mx1.example.com',
    'a-b.c-d.example',
    'x',
    '1.example.com',
    'xn--bcher-kva.example',
    `${'a'.repeat(63)}.example`,
    'hmcts-net.mail.protection.outlook.com'
  ])('accepts %s', v => {
    expect(problems(v)).toEqual([])
  })

  it.each([
    ['', ['empty@0']],
    ['*', ['wildcard@0']],
    ['*.', ['empty-label@2']],
    ['*example.com', ['wildcard@0']],
    ['mx*.example.com', ['wildcard@2']],
    ['mail.*.example.com', ['wildcard@5']],
    ['*.*.example.com', ['wildcard@2']],
    ['mail.example.com.', ['trailing-dot@16=mail.example.com']],
    ['*.example.com.', ['trailing-dot@13=*.example.com']],
    ['.example.com', ['empty-label@0']],
    ['mail..example.com', ['empty-label@5']],
    ['-mail.example.com', ['hyphen@0']],
    ['mail-.example.com', ['hyphen@0']],
    ['_mta-sts.example.com', ['underscore@0']],
    ['mail_1.example.com', ['underscore@4']],
    ['mail!.example.com', ['bad-char@4']],
    [`${'a'.repeat(64)}.example`, ['label-too-long@0']],
    [`${'abcdefghi.'.repeat(26)}com`, ['name-too-long@0']],
    ['bücher.example', ['u-label@1=xn--bcher-kva.example']],
    ['*.bücher.example', ['u-label@3=*.xn--bcher-kva.example']],
    ['192.0.2.1', ['ip@0']],
    ['[2001:db8::1]', ['ip@0']],
    ['2001:db8::1', ['ip@0']],
    ['mail.example.com:25', ['port@16=mail.example.com']],
    ['smtp://mail.example.com', ['url@0=mail.example.com']],
    ['mail.example.com, mx2.example.com', ['list@16']],
    ['mail.example.com mx2.example.com', ['list@16']],
    ['.', ['empty-label@0']]
  ])('rejects %j', (v, expected) => {
    expect(problems(v)).toEqual(expected)
  })
})
