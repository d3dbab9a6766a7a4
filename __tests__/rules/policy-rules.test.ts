/**
 * Table-driven tests per policy rule, in the style of eslint's RuleTester: each case lists the
 * exact findings of that rule (rule@line:column/severity), so a missing or extra one fails.
 */
import { describe, expect, it } from '@jest/globals'
import { lintPolicy, type PolicyLintOptions } from '../../src/lint.js'
import { codes, lines, VALID } from '../helpers.js'

interface Case {
  name: string
  text: string | Uint8Array
  opts?: PolicyLintOptions
  expect: string[]
  /** Fragments every finding's message of this rule must hold (the fix hint, the value). */
  message?: (string | RegExp)[]
}

const table = (rule: string, cases: Case[]): void => {
  // eslint-disable-next-line jest/valid-title -- the rule id is the title
  describe(rule, () => {
    it.each(cases.map(c => [c.name, c] as const))('%s', (_, c) => {
      const found = lintPolicy(c.text, c.opts).findings.filter(f => f.rule === rule)
      expect(codes(found)).toEqual([...c.expect].sort())
      for (const m of c.message ?? []) {
        for (const f of found) expect(f.message).toEqual(expect.stringMatching(m))
      }
    })
  })
}

const policy = (...fields: string[]): string => lines(...fields)

describe('a valid policy', () => {
  it.each([
    ['the RFC example', VALID],
    ['mode none without mx', policy('version: STSv1', 'mode: none', 'max_age: 86400')],
    [
      'several mx, CRLF',
      'version: STSv1\r\nmode: enforce\r\nmx: a.example.com\r\nmx: b.example.com\r\nmax_age: 1209600\r\n'
    ],
    ['no final newline', 'version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 604800'],
    [
      'fields in any order',
      policy('max_age: 604800', 'mx: mx.example.com', 'mode: testing', 'version: STSv1')
    ]
  ])('%s has no findings at all', (_, text) => {
    expect(lintPolicy(text).findings).toEqual([])
  })
})

table('policy-syntax', [
  { name: 'valid', text: VALID, expect: [] },
  { name: 'empty body', text: '', expect: ['policy-syntax@1:1/error'], message: ['empty'] },
  {
    name: 'indented lines (one finding a line, no cascade)',
    text: '  version: STSv1\n  mode: testing\n  mx: mail.tutanota.de\n  max_age: 604800\n',
    expect: [
      'policy-syntax@1:1/error',
      'policy-syntax@2:1/error',
      'policy-syntax@3:1/error',
      'policy-syntax@4:1/error'
    ],
    message: ['indentation']
  },
  {
    // The message says mox rejects the policy, and it does: an error like any blank line.
    name: 'single trailing blank line is an error (mox rejects the policy)',
    text: `${VALID}\n`,
    expect: ['policy-syntax@5:1/error'],
    message: ['mox reject', 'remove the extra line break']
  },
  {
    name: 'blank line inside',
    text: 'version: STSv1\n\nmode: none\nmax_age: 1\n',
    expect: ['policy-syntax@2:1/error']
  },
  {
    name: 'comment',
    text: `# our policy\n${VALID}`,
    expect: ['policy-syntax@1:1/error'],
    message: ['comment']
  },
  {
    name: 'BOM',
    text: `\ufeff${VALID}`,
    expect: ['policy-syntax@1:1/error'],
    message: ['byte-order mark']
  },
  {
    name: 'saved as UTF-16 (one finding that names the encoding, not one per line)',
    text: Buffer.from(`\ufeff${VALID}`, 'utf16le'),
    expect: ['policy-syntax@1:1/error'],
    message: ['UTF-16', 'save it as UTF-8 without BOM']
  },
  {
    name: 'binary data',
    text: Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, 0xa5, 0x7b, 0xff, 0xfe, 0, 1, 2, 10]),
    expect: ['policy-syntax@1:1/error'],
    message: ['binary data, not text']
  },
  {
    name: 'bare CR',
    text: 'version: STSv1\rmode: none\rmax_age: 1\r',
    expect: ['policy-syntax@1:15/error', 'policy-syntax@2:11/error', 'policy-syntax@3:11/error'],
    message: ['bare CR']
  },
  {
    name: 'control character',
    text: 'version: STSv1\nmode: none\u0007\nmax_age: 1\n',
    expect: ['policy-syntax@2:11/error'],
    message: ['\\\\u0007']
  },
  {
    name: '"=" instead of ":"',
    text: 'version: STSv1\nmode=none\nmax_age: 1\n',
    expect: ['policy-syntax@2:1/error'],
    message: ['"mode: none"']
  },
  {
    // A hint never proposes a line the field would refuse.
    name: '"=" instead of ":" with a bad value: the hint says what mode may be',
    text: 'version: STSv1\nmode=strict\nmax_age: 1\n',
    expect: ['policy-syntax@2:1/error'],
    message: [/write "mode: enforce", "mode: testing" or "mode: none"$/]
  },
  {
    name: '"=" in an extension line',
    text: `${VALID}contact=postmaster@example.com\n`,
    expect: ['policy-syntax@5:1/error'],
    message: [/"contact: postmaster@example\.com"$/]
  },
  {
    name: 'a comment line',
    text: `${VALID}# primary MX above\n`,
    expect: ['policy-syntax@5:1/error'],
    message: ['comments are not part of the policy grammar']
  },
  {
    name: 'name the grammar cannot read, with a lookalike hint',
    text: 'version: STSv1\nmode: none\nmax age: 1\n',
    expect: ['policy-syntax@3:4/error'],
    message: ['did you mean \\"max_age\\"', 'mox reject']
  },
  {
    name: 'whitespace before colon',
    text: 'version : STSv1\nmode: none\nmax_age: 1\n',
    expect: ['policy-syntax@1:8/error']
  },
  {
    name: 'extension without value',
    text: `${VALID}note:\n`,
    expect: ['policy-syntax@5:6/error'],
    message: ['no value']
  },
  {
    name: 'extension value with a tab inside',
    text: `${VALID}note: a\tb\n`,
    expect: ['policy-syntax@5:8/error'],
    message: ['a tab']
  },
  {
    // sts-policy-ext-value is vchar [*(%x20 / vchar) vchar]: spaces may run inside a value.
    name: 'extension value with runs of spaces inside',
    text: `${VALID}note: a  b   c\n`,
    expect: []
  },
  {
    name: 'extension value with spaces and tabs around it (field-delim and trailing WSP)',
    text: `${VALID}note:\t a b \t\n`,
    expect: []
  },
  {
    name: 'extension value with single spaces and UTF-8',
    text: `${VALID}note: ça va bien\n`,
    expect: []
  },
  {
    name: 'hostile input: findings are capped with a count of the rest',
    text: '#\n'.repeat(300),
    expect: [
      ...Array.from({ length: 100 }, (_, i) => `policy-syntax@${i + 1}:1/error`),
      'policy-syntax@-:-/error'
    ]
  }
])

table('policy-version', [
  { name: 'valid', text: VALID, expect: [] },
  {
    name: 'missing',
    text: policy('mode: none', 'max_age: 1'),
    expect: ['policy-version@1:1/error'],
    message: ['"version: STSv1"']
  },
  {
    name: 'STSv2',
    text: policy('version: STSv2', 'mode: none', 'max_age: 1'),
    expect: ['policy-version@1:10/error']
  },
  {
    name: 'lower case value',
    text: policy('version: stsv1', 'mode: none', 'max_age: 1'),
    expect: ['policy-version@1:10/error'],
    message: ['case-sensitive']
  },
  {
    name: 'empty value',
    text: policy('version:', 'mode: none', 'max_age: 1'),
    expect: ['policy-version@1:9/error'],
    message: ['empty']
  },
  {
    name: 'capitalised name is an extension, so version is missing',
    text: policy('mode: none', 'Version: STSv1', 'max_age: 1'),
    expect: ['policy-version@2:1/error'],
    message: ['case-sensitive']
  },
  {
    name: 'first occurrence wins even when wrong',
    text: policy('version: STSv2', 'version: STSv1', 'mode: none', 'max_age: 1'),
    expect: ['policy-version@1:10/error']
  },
  {
    name: 'a trailing comment, at the "#"',
    text: policy('version: STSv1 # RFC 8461', 'mode: none', 'max_age: 1'),
    expect: ['policy-version@1:16/error'],
    message: ['comments are not part of the policy grammar', /write "version: STSv1"/]
  },
  {
    name: 'misspelt name: one finding, by this rule',
    text: policy('verison: STSv1', 'mode: none', 'max_age: 1'),
    expect: ['policy-version@1:1/error'],
    message: ['misspelt', '"version: STSv1"']
  }
])

table('policy-mode', [
  { name: 'enforce', text: VALID, expect: [] },
  {
    name: 'testing',
    text: policy('version: STSv1', 'mode: testing', 'mx: a.example', 'max_age: 604800'),
    expect: []
  },
  { name: 'none', text: policy('version: STSv1', 'mode: none', 'max_age: 86400'), expect: [] },
  {
    name: 'missing: no default',
    text: policy('version: STSv1', 'mx: a.example', 'max_age: 604800'),
    expect: ['policy-mode@1:1/error'],
    message: ['no default']
  },
  {
    name: 'Enforce',
    text: policy('version: STSv1', 'mode: Enforce', 'mx: a.example', 'max_age: 1'),
    expect: ['policy-mode@2:7/error'],
    message: ['case-sensitive', '"mode: enforce"']
  },
  {
    name: 'report (draft mode)',
    text: policy('version: STSv1', 'mode: report', 'max_age: 1'),
    expect: ['policy-mode@2:7/error'],
    message: ['drafts', '"mode: testing"']
  },
  {
    name: '[testing] template placeholder',
    text: policy('version: STSv1', 'mode: [testing] ', 'mx: a.example', 'max_age: 1'),
    expect: ['policy-mode@2:7/error'],
    message: ['brackets', '"mode: testing"']
  },
  {
    name: 'strict',
    text: policy('version: STSv1', 'mode: strict', 'max_age: 1'),
    expect: ['policy-mode@2:7/error']
  },
  {
    name: 'empty',
    text: policy('version: STSv1', 'mode:', 'max_age: 1'),
    expect: ['policy-mode@2:6/error'],
    message: ['empty']
  },
  {
    name: 'Mode: as a name is not mode',
    text: policy('version: STSv1', 'Mode: enforce', 'max_age: 1'),
    expect: ['policy-mode@2:1/error'],
    message: ['"mode: enforce"']
  },
  {
    name: 'first copy bad, second good: error (the first is in effect)',
    text: policy(
      'version: STSv1',
      'mode: strict',
      'mode: enforce',
      'mx: a.example',
      'max_age: 604800'
    ),
    expect: ['policy-mode@2:7/error']
  },
  {
    name: 'a trailing comment: says comments are not in the grammar, at the "#"',
    text: policy('version: STSv1', 'mode: enforce # strict', 'mx: a.example', 'max_age: 604800'),
    expect: ['policy-mode@2:15/error'],
    message: [
      /^mode "enforce # strict" ends with a comment \("# strict"\): comments are not part of the policy grammar/,
      'write "mode: enforce"'
    ]
  },
  {
    name: 'only a comment: no value to propose, the valid values instead',
    text: policy('version: STSv1', 'mode: # TODO', 'max_age: 604800'),
    expect: ['policy-mode@2:7/error'],
    message: ['only a comment', /write "mode: enforce", "mode: testing" or "mode: none"/]
  },
  {
    name: 'a "#" inside a word is no comment',
    text: policy('version: STSv1', 'mode: enforce#1', 'mx: a.example', 'max_age: 604800'),
    expect: ['policy-mode@2:7/error'],
    message: [/^mode must be enforce, testing or none; found "enforce#1"$/]
  },
  {
    // "modee: x" is not "fixed" as "mode: x".
    name: 'misspelt name with a bad value: the hint gives the valid values, not "mode: x"',
    text: policy('version: STSv1', 'modee: x', 'mx: a.example', 'max_age: 604800'),
    expect: ['policy-mode@2:1/error'],
    message: [
      '"modee" on line 2',
      'misspelt',
      /write "mode: enforce", "mode: testing" or "mode: none"$/
    ]
  },
  {
    name: 'misspelt name with a good value',
    text: policy('version: STSv1', 'modee: enforce', 'mx: a.example', 'max_age: 604800'),
    expect: ['policy-mode@2:1/error'],
    message: [/write "mode: enforce"$/]
  }
])

table('policy-max-age', [
  { name: 'valid', text: VALID, expect: [] },
  { name: 'zero is legal', text: policy('version: STSv1', 'mode: none', 'max_age: 0'), expect: [] },
  {
    name: 'the cap is legal',
    text: policy('version: STSv1', 'mode: none', 'max_age: 31557600'),
    expect: []
  },
  {
    name: 'missing',
    text: policy('version: STSv1', 'mode: none'),
    expect: ['policy-max-age@1:1/error'],
    message: ['"max_age: 604800"']
  },
  {
    name: 'max-age spelling points at the line',
    text: policy('version: STSv1', 'mode: none', 'max-age: 86400'),
    expect: ['policy-max-age@3:1/error'],
    message: ['"max_age: 86400"', 'separators included']
  },
  {
    name: 'max-age spelling with a unit: the hint converts it',
    text: policy('version: STSv1', 'mode: none', 'max-age: 7d'),
    expect: ['policy-max-age@3:1/error'],
    message: [/write "max_age: 604800"$/]
  },
  {
    name: 'max-age spelling with a value over the cap: no invalid line proposed',
    text: policy('version: STSv1', 'mode: none', 'max-age: 99999999'),
    expect: ['policy-max-age@3:1/error'],
    message: [/write "max_age: " and the seconds/]
  },
  {
    name: 'a trailing comment',
    text: policy('version: STSv1', 'mode: none', 'max_age: 86400 # one day'),
    expect: ['policy-max-age@3:16/error'],
    message: ['comments are not part of the policy grammar', 'write "max_age: 86400"']
  },
  {
    name: 'over the cap',
    text: policy('version: STSv1', 'mode: none', 'max_age: 40000000'),
    expect: ['policy-max-age@3:10/error'],
    message: ['31557600']
  },
  {
    name: '11 digits',
    text: policy('version: STSv1', 'mode: none', 'max_age: 00000086400'),
    expect: ['policy-max-age@3:10/error'],
    message: ['11 digits']
  },
  {
    name: 'leading zeros: warning',
    text: policy('version: STSv1', 'mode: none', 'max_age: 0604800'),
    expect: ['policy-max-age@3:10/warning'],
    message: ['"max_age: 604800"']
  },
  {
    name: 'unit suffix',
    text: policy('version: STSv1', 'mode: none', 'max_age: 7d'),
    expect: ['policy-max-age@3:10/error'],
    message: ['"max_age: 604800"']
  },
  {
    name: 'digit grouping',
    text: policy('version: STSv1', 'mode: none', 'max_age: 604_800'),
    expect: ['policy-max-age@3:10/error'],
    message: ['"max_age: 604800"']
  },
  {
    name: 'sign',
    text: policy('version: STSv1', 'mode: none', 'max_age: -1'),
    expect: ['policy-max-age@3:10/error']
  },
  {
    name: 'decimal',
    text: policy('version: STSv1', 'mode: none', 'max_age: 86400.5'),
    expect: ['policy-max-age@3:10/error']
  },
  {
    name: 'hex',
    text: policy('version: STSv1', 'mode: none', 'max_age: 0x15180'),
    expect: ['policy-max-age@3:10/error']
  },
  {
    name: 'empty',
    text: policy('version: STSv1', 'mode: none', 'max_age:'),
    expect: ['policy-max-age@3:9/error'],
    message: ['empty']
  }
])

table('policy-max-age-short', [
  { name: 'one week in enforce', text: VALID, expect: [] },
  {
    name: 'zero',
    text: policy('version: STSv1', 'mode: testing', 'mx: a.example', 'max_age: 0'),
    expect: ['policy-max-age-short@4:10/warning']
  },
  {
    name: 'under a day',
    text: policy('version: STSv1', 'mode: testing', 'mx: a.example', 'max_age: 3600'),
    expect: ['policy-max-age-short@4:10/warning'],
    message: ['1 hour']
  },
  {
    name: 'a day in testing is fine',
    text: policy('version: STSv1', 'mode: testing', 'mx: a.example', 'max_age: 86400'),
    expect: []
  },
  {
    name: 'under a week in enforce',
    text: policy('version: STSv1', 'mode: enforce', 'mx: a.example', 'max_age: 86400'),
    expect: ['policy-max-age-short@4:10/warning'],
    message: ['under a week']
  },
  {
    name: 'short in none is the removal procedure',
    text: policy('version: STSv1', 'mode: none', 'max_age: 600'),
    expect: []
  },
  {
    name: 'invalid values are left to policy-max-age',
    text: policy('version: STSv1', 'mode: enforce', 'mx: a.example', 'max_age: 5s'),
    expect: []
  }
])

table('policy-mx-missing', [
  { name: 'enforce with mx', text: VALID, expect: [] },
  {
    name: 'none without mx',
    text: policy('version: STSv1', 'mode: none', 'max_age: 1'),
    expect: []
  },
  {
    name: 'enforce without mx',
    text: policy('version: STSv1', 'mode: enforce', 'max_age: 604800'),
    expect: ['policy-mx-missing@2:1/error']
  },
  {
    name: 'testing without mx',
    text: policy('version: STSv1', 'mode: testing', 'max_age: 604800'),
    expect: ['policy-mx-missing@2:1/error']
  },
  {
    // The finding sits on the misnamed line, where the fix goes (policy-unknown-field is silent).
    name: 'nmx is not mx',
    text: policy('version: STSv1', 'mode: testing', 'nmx: a.example', 'max_age: 604800'),
    expect: ['policy-mx-missing@3:1/error'],
    message: ['"nmx" is not one', 'misspelt', /write "mx: a\.example"$/]
  },
  {
    name: 'MX is not mx',
    text: policy('version: STSv1', 'mode: testing', 'MX: a.example', 'max_age: 604800'),
    expect: ['policy-mx-missing@3:1/error'],
    message: ['"MX" is not one', 'case-sensitive']
  },
  {
    name: 'nmx with a bad value: no invalid line proposed',
    text: policy('version: STSv1', 'mode: testing', 'nmx: a_b.example', 'max_age: 604800'),
    expect: ['policy-mx-missing@3:1/error'],
    message: [/write "mx: " and one MX host name/]
  }
])

table('policy-mx-placeholder', [
  {
    // fry69/cloudflare-mta-sts-static: the template's host left in a real domain's policy.
    name: 'a host under example.com in the policy of another domain',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mx1.example.com', 'max_age: 604800'),
    opts: { domain: 'fry69.dev' },
    expect: ['policy-mx-placeholder@3:5/warning'],
    message: [
      'mx "mx1\\.example\\.com" is under "example\\.com", a name reserved for examples \\(RFC 2606\\), in the policy of fry69\\.dev.*senders refuse to deliver to'
    ]
  },
  {
    name: 'wildcards and reserved TLDs, testing mode',
    text: policy(
      'version: STSv1',
      'mode: testing',
      'mx: *.mail.example',
      'mx: mail.domain.test',
      'mx: mx.real.org',
      'max_age: 604800'
    ),
    opts: { domain: 'real.org' },
    expect: ['policy-mx-placeholder@3:5/warning', 'policy-mx-placeholder@4:5/warning'],
    message: ['once the mode is enforce']
  },
  {
    name: 'the policy of a reserved domain itself (docs, tests)',
    text: VALID,
    opts: { domain: 'example.com' },
    expect: []
  },
  {
    name: 'no domain known',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mx1.example.com', 'max_age: 604800'),
    expect: []
  },
  {
    // mx-not-covered and mx-pattern-unused then judge the patterns by the real hosts.
    name: 'the MX hosts known',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mx1.example.com', 'max_age: 604800'),
    opts: { domain: 'real.org', mxHosts: ['mx.real.org'] },
    expect: []
  },
  {
    name: 'a name that merely contains "example"',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mx.myexample.com', 'max_age: 604800'),
    opts: { domain: 'real.org' },
    expect: []
  }
])

table('policy-mx-pattern', [
  { name: 'valid', text: VALID, expect: [] },
  {
    name: 'upper case is legal',
    text: policy('version: STSv1', 'mode: enforce', 'mx: MAIL.EXAMPLE.COM', 'max_age: 604800'),
    expect: []
  },
  {
    name: 'trailing dot',
    text: policy('version: STSv1', 'mode: testing', 'mx: mail.tutanota.de.', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:21/error'],
    message: ['"mx: mail.tutanota.de"']
  },
  {
    // co-cddo/mta-sts-template: removing "the extra dot" would leave nothing.
    name: 'placeholder "."',
    text: 'version: STSv1\r\nmode: testing\r\nmax_age: 86401\r\nmx: .',
    expect: ['policy-mx-pattern@4:5/error'],
    message: ['mx "\\." names no host \\(a placeholder left in\\?\\)']
  },
  {
    name: 'placeholder "*."',
    text: policy('version: STSv1', 'mode: testing', 'mx: *.', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:7/error'],
    message: ['mx "\\*\\." names no host']
  },
  {
    name: 'two dots in a row',
    text: policy('version: STSv1', 'mode: testing', 'mx: mail..example.com', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:10/error'],
    message: ['has an empty label .*; remove the extra dot']
  },
  {
    name: 'U-label',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mx.bücher.example', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:9/error'],
    message: ['"mx: mx.xn--bcher-kva.example"']
  },
  {
    name: 'list on one line',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: a.example.com, b.example.com',
      'max_age: 604800'
    ),
    expect: ['policy-mx-pattern@3:18/error'],
    message: ['"mx: a.example.com", "mx: b.example.com"']
  },
  {
    name: 'IP address',
    text: policy('version: STSv1', 'mode: enforce', 'mx: 192.0.2.1', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:5/error'],
    message: ['IP address']
  },
  {
    name: 'wildcard inside',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.*.example.com', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:7/error'],
    message: ['as in "\\*\\.example\\.com", which matches exactly one label: list the MX hosts']
  },
  {
    name: 'wildcard inside a label',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mx*.mail.example.org', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:7/error'],
    message: ['as in "\\*\\.mail\\.example\\.org"']
  },
  {
    name: 'a wildcard before a top-level label alone gets no "*.org" example',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mail.*.org', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:10/error'],
    message: ['as in "\\*\\.example\\.com"']
  },
  {
    name: 'port',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mail.example.com:25', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:21/error'],
    message: ['"mx: mail.example.com"']
  },
  {
    name: 'empty',
    text: policy('version: STSv1', 'mode: enforce', 'mx:', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:4/error']
  },
  {
    name: 'each bad line once',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: a_b.example',
      'mx: ok.example',
      'mx: -x.example',
      'max_age: 604800'
    ),
    expect: ['policy-mx-pattern@3:6/error', 'policy-mx-pattern@5:5/error']
  },
  {
    name: 'several problems on one line: one finding, at the first, without a "fix" that is none',
    text: policy('version: STSv1', 'mode: enforce', 'mx: a_b.example.', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:6/error'],
    message: [/has 2 problems: an "_" and a trailing dot/]
  },
  {
    name: 'a trailing dot on an otherwise bad name: no "write" hint',
    text: policy('version: STSv1', 'mode: enforce', 'mx: -a.example.', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:5/error'],
    message: [/^((?!write).)*$/]
  },
  {
    name: 'a trailing comment: comments are not in the grammar, never "mx: #"',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: mail.example.com # primary',
      'max_age: 604800'
    ),
    expect: ['policy-mx-pattern@3:22/error'],
    message: [
      'comments are not part of the policy grammar',
      /write "mx: mail\.example\.com"/,
      /^((?!"mx: #).)*$/
    ]
  },
  {
    name: 'only a comment',
    text: policy('version: STSv1', 'mode: enforce', 'mx: # TODO', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:5/error'],
    message: ['only a comment', /^((?!"mx: #).)*$/]
  },
  {
    name: 'a comment after a bad name: no fix, the name is named',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mail_1.example # old', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:20/error'],
    message: ['"mail_1.example" is no valid pattern either']
  },
  {
    name: 'a list with an invalid member: only valid lines are proposed',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: a.example.com, b_c.example',
      'max_age: 604800'
    ),
    expect: ['policy-mx-pattern@3:18/error'],
    message: [
      '"mx: a.example.com"',
      '"b_c.example" is not a valid pattern either',
      /^((?!"mx: b_c).)*$/
    ]
  },
  {
    name: 'a port on a bad name: no fix',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mail_x.example.com:25', 'max_age: 604800'),
    expect: ['policy-mx-pattern@3:23/error'],
    message: [/^((?!write).)*$/]
  }
])

table('policy-mx-wildcard', [
  { name: 'no wildcard', text: VALID, expect: [] },
  {
    name: 'wildcard: notice',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.example.com', 'max_age: 604800'),
    expect: ['policy-mx-wildcard@3:5/notice']
  },
  {
    name: 'under a TLD in enforce: error',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.com', 'max_age: 604800'),
    expect: ['policy-mx-wildcard@3:5/error'],
    message: ['public suffix', 'in enforce mode senders deliver to them']
  },
  {
    name: 'under a TLD in testing: warning',
    text: policy('version: STSv1', 'mode: testing', 'mx: *.com', 'max_age: 604800'),
    expect: ['policy-mx-wildcard@3:5/warning'],
    message: ['once the mode is enforce']
  },
  {
    name: 'under a TLD in none: warning',
    text: policy('version: STSv1', 'mode: none', 'mx: *.com', 'max_age: 604800'),
    expect: ['policy-mx-wildcard@3:5/warning']
  },
  {
    name: 'under a TLD with an unreadable mode: warning',
    text: policy('version: STSv1', 'mode: strict', 'mx: *.com', 'max_age: 604800'),
    expect: ['policy-mx-wildcard@3:5/warning']
  },
  {
    name: 'under a multi-label public suffix with the list, in enforce: error',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.co.uk', 'max_age: 604800'),
    opts: { isPublicSuffix: n => n === 'co.uk' },
    expect: ['policy-mx-wildcard@3:5/error']
  },
  {
    name: 'under a multi-label public suffix with the list, in testing: warning',
    text: policy('version: STSv1', 'mode: testing', 'mx: *.co.uk', 'max_age: 604800'),
    opts: { isPublicSuffix: n => n === 'co.uk' },
    expect: ['policy-mx-wildcard@3:5/warning']
  },
  {
    // The repeat is policy-duplicate-field's finding; the first line carries this one.
    name: 'a repeated wildcard: once, on its first line',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: *.example.com',
      'mx: *.EXAMPLE.com',
      'max_age: 604800'
    ),
    expect: ['policy-mx-wildcard@3:5/notice']
  },
  {
    name: 'under a registrable domain with the list',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.example.co.uk', 'max_age: 604800'),
    opts: { isPublicSuffix: n => n === 'co.uk' },
    expect: ['policy-mx-wildcard@3:5/notice']
  },
  {
    name: 'invalid wildcard left to policy-mx-pattern',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.*.example.com', 'max_age: 604800'),
    expect: []
  }
])

table('policy-duplicate-field', [
  { name: 'none', text: VALID, expect: [] },
  {
    name: 'mode twice, different values',
    text: policy(
      'version: STSv1',
      'mode: testing',
      'mode: enforce',
      'mx: a.example',
      'max_age: 604800'
    ),
    expect: ['policy-duplicate-field@3:1/warning'],
    message: ['"testing"', 'first']
  },
  {
    name: 'version twice, same value',
    text: policy('version: STSv1', 'version: STSv1', 'mode: none', 'max_age: 1'),
    expect: ['policy-duplicate-field@2:1/warning']
  },
  {
    name: 'identical mx, case-insensitive',
    text: policy(
      'version: STSv1',
      'mode: testing',
      'mx: mail.tutanota.de',
      'mx: MAIL.tutanota.de',
      'max_age: 604800'
    ),
    expect: ['policy-duplicate-field@4:1/warning'],
    message: ['line 3']
  },
  {
    name: 'distinct mx lines are fine',
    text: policy(
      'version: STSv1',
      'mode: testing',
      'mx: a.example',
      'mx: b.example',
      'max_age: 604800'
    ),
    expect: []
  },
  {
    // Each of the two lines is a policy-mx-pattern error: one finding per broken line.
    name: 'a repeated invalid mx is left to policy-mx-pattern',
    text: policy(
      'version: STSv1',
      'mode: testing',
      'mx: a..example',
      'mx: a..example',
      'max_age: 604800'
    ),
    expect: []
  },
  {
    name: 'repeated extension',
    text: `${VALID}note: a\nnote: b\n`,
    expect: ['policy-duplicate-field@6:1/warning']
  },
  {
    // Past a handful of mx lines duplicates are found by hash: same answers.
    name: 'duplicates among 40 mx lines, in any case',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      ...Array.from({ length: 40 }, (_, i) => `mx: mx${i % 30}.Example.com`),
      'mx: MX3.EXAMPLE.COM',
      'max_age: 604800'
    ),
    expect: [
      ...Array.from({ length: 10 }, (_, i) => `policy-duplicate-field@${33 + i}:1/warning`),
      'policy-duplicate-field@43:1/warning'
    ]
  }
])

table('policy-unknown-field', [
  { name: 'none', text: VALID, expect: [] },
  {
    name: 'extension: notice',
    text: `${VALID}contact: postmaster@example.com\n`,
    expect: ['policy-unknown-field@5:1/notice']
  },
  {
    name: 'Mode: warning',
    text: policy(
      'version: STSv1',
      'Mode: enforce',
      'mode: enforce',
      'mx: a.example',
      'max_age: 604800'
    ),
    expect: ['policy-unknown-field@2:1/warning'],
    message: ['case-sensitive', 'the mode in effect is on line 3: remove this one']
  },
  {
    name: 'nmx: warning',
    text: `${VALID}nmx: b.example\n`,
    expect: ['policy-unknown-field@5:1/warning'],
    message: ['"mx: b.example"']
  },
  {
    name: 'nmx with a bad value: the hint proposes no invalid line',
    text: `${VALID}nmx: b_c.example\n`,
    expect: ['policy-unknown-field@5:1/warning'],
    message: [/write "mx: " and one MX host name/]
  },
  {
    name: 'max-age beside max_age: warning',
    text: `${VALID}max-age: 86400\n`,
    expect: ['policy-unknown-field@5:1/warning'],
    message: ['the max_age in effect is on line 4']
  },
  {
    // policy-mode reports the missing mode on this very line: one finding, not two.
    name: 'Mode without mode is left to policy-mode',
    text: policy('version: STSv1', 'Mode: enforce', 'mx: a.example', 'max_age: 604800'),
    expect: []
  },
  {
    name: 'nmx without mx in testing is left to policy-mx-missing',
    text: policy('version: STSv1', 'mode: testing', 'nmx: a.example', 'max_age: 604800'),
    expect: []
  },
  {
    name: "nmx without mx in none is this rule's (no mx is missing)",
    text: policy('version: STSv1', 'mode: none', 'nmx: a.example', 'max_age: 86400'),
    expect: ['policy-unknown-field@3:1/warning']
  },
  {
    name: 'an extension whose value holds a "# comment"',
    text: `${VALID}contact: ops@example.com # the ops team\n`,
    expect: ['policy-unknown-field@5:1/notice'],
    message: ['"# the ops team"', 'no comments']
  },
  {
    name: 'verison: warning',
    text: `${VALID}verison: STSv1\n`,
    expect: ['policy-unknown-field@5:1/warning']
  },
  { name: 'id is left to policy-id-field', text: `${VALID}id: 20250101T000000Z\n`, expect: [] }
])

table('policy-line-endings', [
  { name: 'LF only', text: VALID, expect: [] },
  { name: 'CRLF only', text: VALID.replace(/\n/g, '\r\n'), expect: [] },
  {
    name: 'one CRLF among LF',
    text: 'version: STSv1\nmode: none\r\nmax_age: 1\n',
    expect: ['policy-line-endings@2:1/warning']
  },
  {
    name: 'one LF among CRLF',
    text: 'version: STSv1\r\nmode: none\r\nmax_age: 1\n',
    expect: ['policy-line-endings@3:1/warning']
  }
])

table('policy-too-large', [
  { name: 'small', text: VALID, expect: [] },
  {
    name: 'exactly 64 KiB',
    text: `${VALID}x: ${'a'.repeat(65536 - VALID.length - 4)}\n`,
    expect: []
  },
  {
    name: 'one byte over',
    text: `${VALID}x: ${'a'.repeat(65536 - VALID.length - 3)}\n`,
    expect: ['policy-too-large@1:1/error']
  }
])

table('policy-id-field', [
  { name: 'no id line', text: VALID, expect: [] },
  {
    name: 'id line: notice',
    text: `${VALID}id: 20250701T150000Z\n`,
    expect: ['policy-id-field@5:1/notice'],
    message: ['checkdmarc']
  },
  {
    name: 'agrees with the record',
    text: `${VALID}id: 20250701T150000Z\n`,
    opts: { recordId: '20250701T150000Z' },
    expect: ['policy-id-field@5:1/notice']
  },
  {
    name: 'differs from the record: error',
    text: `${VALID}id: 20250701T150000Z\n`,
    opts: { recordId: '20250801T000000Z' },
    expect: ['policy-id-field@5:5/error'],
    message: ['"id: 20250801T000000Z"']
  },
  {
    name: 'the config keeps the id on this line: no notice',
    text: `${VALID}id: 20250701T150000Z\n`,
    opts: { idKeptHere: true },
    expect: []
  }
])

table('mx-not-covered', [
  { name: 'no hosts given: rule off', text: VALID, expect: [] },
  { name: 'covered exactly', text: VALID, opts: { mxHosts: ['mail.example.com.'] }, expect: [] },
  {
    name: 'not covered in enforce: error',
    text: VALID,
    opts: { mxHosts: ['mail.example.com', 'mx2.example.com'] },
    expect: ['mx-not-covered@3:1/error'],
    message: ['"mx2.example.com"', '"mx: mx2.example.com"']
  },
  {
    name: 'testing: warning',
    text: policy('version: STSv1', 'mode: testing', 'mx: a.example', 'max_age: 604800'),
    opts: { mxHosts: ['b.example'] },
    expect: ['mx-not-covered@3:1/warning'],
    message: ['; in enforce mode senders would not deliver to it: add "mx: b.example"']
  },
  {
    name: 'a mode no sender reads: an error, in words that do not assume the mode',
    text: policy('version: STSv1', 'mode: Enforce', 'mx: a.example', 'max_age: 604800'),
    opts: { mxHosts: ['b.example'] },
    expect: ['mx-not-covered@3:1/error'],
    message: ['; in enforce mode senders would not deliver to it']
  },
  {
    name: 'none: notice',
    text: policy('version: STSv1', 'mode: none', 'mx: a.example', 'max_age: 604800'),
    opts: { mxHosts: ['b.example'] },
    expect: ['mx-not-covered@3:1/notice'],
    message: ['it would be refused once the mode is enforce']
  },
  {
    name: 'a wildcard covers one label only (the checkers that pass this are wrong)',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.mx.microsoft', 'max_age: 604800'),
    opts: { mxHosts: ['tenant.h-v1.mx.microsoft'] },
    expect: ['mx-not-covered@3:1/error'],
    message: [
      'exactly one label before "mx.microsoft", not the 2 of this host',
      'checkdmarc',
      'add "mx: tenant.h-v1.mx.microsoft" ',
      /\(or "mx: \*\.h-v1\.mx\.microsoft" for every host beside it\)$/
    ]
  },
  {
    name: 'a wildcard does not cover the bare name',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.example.com', 'max_age: 604800'),
    opts: { mxHosts: ['example.com'] },
    expect: ['mx-not-covered@3:1/error']
  },
  {
    // policy-mx-pattern reports the line with its fix: one broken mx line, one finding.
    name: 'a host an invalid pattern covers once fixed is left to policy-mx-pattern',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mail.example.com.', 'max_age: 604800'),
    opts: { mxHosts: ['mail.example.com'] },
    expect: []
  },
  {
    name: 'an invalid last line: the finding sits on the last valid pattern',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: mail.example.com',
      'mx: # backup',
      'max_age: 604800'
    ),
    opts: { mxHosts: ['mail.example.com', 'backup.example.com'] },
    expect: ['mx-not-covered@3:1/error']
  },
  {
    name: 'the same with hosts listed on one line',
    text: policy('version: STSv1', 'mode: enforce', 'mx: a.example, b.example', 'max_age: 604800'),
    opts: { mxHosts: ['a.example', 'b.example', 'c.example'] },
    expect: ['mx-not-covered@2:1/error'],
    message: ['"c.example"']
  },
  {
    name: 'the same with a port',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mail.example.com:25', 'max_age: 604800'),
    opts: { mxHosts: ['mail.example.com'] },
    expect: []
  },
  {
    // Reported on the mode line: the invalid mx line has its own finding (policy-mx-pattern).
    name: 'an invalid pattern with no fix covers nothing',
    text: policy('version: STSv1', 'mode: enforce', 'mx: mail_1.example.com', 'max_age: 604800'),
    opts: { mxHosts: ['mail.example.com'] },
    expect: ['mx-not-covered@2:1/error'],
    message: ['the policy has no valid mx pattern', 'add "mx: mail.example.com"']
  },
  {
    name: 'no mx at all points at the mode line',
    text: policy('version: STSv1', 'mode: enforce', 'max_age: 604800'),
    opts: { mxHosts: ['mail.example.com'] },
    expect: ['mx-not-covered@2:1/error']
  },
  {
    name: 'U-label host compared as A-label',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: mx.xn--bcher-kva.example',
      'max_age: 604800'
    ),
    opts: { mxHosts: ['MX.bücher.example.'] },
    expect: []
  }
])

table('mx-pattern-unused', [
  { name: 'no hosts given: rule off', text: VALID, expect: [] },
  { name: 'every pattern used', text: VALID, opts: { mxHosts: ['mail.example.com'] }, expect: [] },
  {
    name: 'a stale pattern',
    text: policy(
      'version: STSv1',
      'mode: enforce',
      'mx: mail.example.com',
      'mx: old.example.com',
      'max_age: 604800'
    ),
    opts: { mxHosts: ['mail.example.com'] },
    expect: ['mx-pattern-unused@4:5/notice'],
    message: ['"old.example.com"']
  },
  {
    name: 'a wildcard in use',
    text: policy('version: STSv1', 'mode: enforce', 'mx: *.example.com', 'max_age: 604800'),
    opts: { mxHosts: ['mx1.example.com'] },
    expect: []
  }
])

describe('severity settings', () => {
  it('turns a rule off and overrides a severity', () => {
    const text = policy('version: STSv1', 'mode: enforce', 'mx: *.example.com', 'max_age: 3600')
    const f = lintPolicy(text, {
      severities: { 'policy-max-age-short': 'off', 'policy-mx-wildcard': 'error' }
    }).findings
    expect(codes(f)).toEqual(['policy-mx-wildcard@3:5/error'])
  })

  it('records the file and domain on every finding', () => {
    const f = lintPolicy('', {
      file: 'site/.well-known/mta-sts.txt',
      domain: 'example.com'
    }).findings
    expect(
      f.every(x => x.file === 'site/.well-known/mta-sts.txt' && x.domain === 'example.com')
    ).toBe(true)
  })
})
