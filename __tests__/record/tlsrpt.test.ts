/**
 * The `_smtp._tls` TLS-RPT record (RFC 8460 3; digest section 10), table-driven: each case lists
 * the EXACT findings expected (rule, line, column, severity); `message` checks the fix hints.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding, Severity } from '../../src/finding.js'
import { lintTlsRpt } from '../../src/lint.js'
import type { Mode } from '../../src/policy/effective.js'
import { parseTlsRptRecord } from '../../src/record/tlsrpt.js'
import { ruleById } from '../../src/rules/registry.js'
import { codes } from '../helpers.js'

interface Expected {
  rule: string
  /** Defaults to the rule's default severity. */
  severity?: Severity
  line: number
  column: number
  message?: RegExp
}

interface Case {
  name: string
  records: string[]
  mode?: Mode
  expect: Expected[]
}

const defaultSeverity = (rule: string): Severity => {
  const r = ruleById(rule)
  if (r === undefined) throw new Error(`no rule ${rule}`)
  return r.meta.severity
}

const code = (e: Expected): string =>
  `${e.rule}@${e.line}:${e.column}/${e.severity ?? defaultSeverity(e.rule)}`

const expectedCodes = (es: readonly Expected[]): string[] => es.map(code).sort()

/** Expected message fragments that no finding at that place carries. */
const messageMisses = (findings: readonly Finding[], es: readonly Expected[]): string[] =>
  es.flatMap(e => {
    if (e.message === undefined) return []
    const at = findings.filter(f => f.rule === e.rule && f.line === e.line && f.column === e.column)
    return at.some(f => e.message?.test(f.message) === true)
      ? []
      : [`${code(e)} ${String(e.message)}: got ${JSON.stringify(at.map(f => f.message))}`]
  })

/** What a case found, beside what it expects: compare the two with one `toEqual`. */
interface Outcome {
  findings: string[]
  messageMisses: string[]
}

const outcome = (c: Case): Outcome => {
  const { findings } = lintTlsRpt(c.records, c.mode === undefined ? {} : { mode: c.mode })
  return { findings: codes(findings), messageMisses: messageMisses(findings, c.expect) }
}

const wanted = (c: Case): Outcome => ({ findings: expectedCodes(c.expect), messageMisses: [] })

describe('TLS-RPT record: the test inputs of the digest (section 10)', () => {
  it.each<Case>([
    { name: 'mailto', records: ['v=TLSRPTv1; rua=mailto:tlsrpt@example.com'], expect: [] },
    {
      name: 'https without a space',
      records: ['v=TLSRPTv1;rua=https://reports.example.com/v1/tlsrpt'],
      expect: []
    },
    {
      name: 'two URIs and a final ";"',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com, https://r.example.com/x;'],
      expect: []
    },
    {
      name: 'rua missing',
      records: ['v=TLSRPTv1'],
      expect: [
        { rule: 'tlsrpt-syntax', line: 1, column: 11, message: /no rua; add where reports go/ }
      ]
    },
    {
      name: 'rua not a URI with a scheme',
      records: ['v=TLSRPTv1; rua=a@example.com'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          line: 1,
          column: 17,
          message: /"a@example.com" has no scheme; write "mailto:a@example.com"/
        }
      ]
    },
    {
      name: 'http: not supported',
      records: ['v=TLSRPTv1; rua=http://r.example.com/'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          line: 1,
          column: 17,
          message: /unsupported scheme.*mailto: and https:/
        }
      ]
    },
    {
      name: 'an unencoded "!" (DMARC size suffix)',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com!10m'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 37, message: /percent-encoded \(%21\)/ }]
    },
    {
      name: 'lower-case version',
      records: ['v=tlsrptv1; rua=mailto:a@example.com'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          line: 1,
          column: 1,
          message: /exactly "v=TLSRPTv1"; found "v=tlsrptv1" \(it is case-sensitive\)/
        }
      ]
    },
    {
      name: 'version not first',
      records: ['rua=mailto:a@example.com; v=TLSRPTv1'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          line: 1,
          column: 1,
          message: /must start with exactly "v=TLSRPTv1"/
        }
      ]
    },
    {
      name: 'the _mta-sts record pasted at _smtp._tls',
      records: ['v=STSv1; id=20240101'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          line: 1,
          column: 1,
          message: /the MTA-STS record \(it belongs at _mta-sts\.<domain>, not here\)$/
        }
      ]
    },
    {
      name: 'an unknown field (ignored)',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com; ext=1'],
      expect: []
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('TLS-RPT record: rua', () => {
  it.each<Case>([
    {
      name: 'rua repeated (warning)',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com'],
      expect: [
        {
          rule: 'tlsrpt-duplicate-field',
          severity: 'warning',
          line: 1,
          column: 39,
          message: /rua appears twice.*separated by ","/
        }
      ]
    },
    {
      name: 'three URIs with WSP (space and tab) around the commas',
      records: [
        'v=TLSRPTv1; rua=mailto:a@example.com ,\thttps://r.example.com/x , mailto:b@example.com'
      ],
      expect: []
    },
    {
      name: 'two URIs without any WSP',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/x'],
      expect: []
    },
    {
      name: 'a bad second URI is reported at its own column',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com, http://r.example.com/'],
      expect: [
        { rule: 'tlsrpt-syntax', line: 1, column: 39, message: /"http:\/\/r.example.com\/"/ }
      ]
    },
    {
      name: 'a percent-encoded "!" is fine',
      records: ['v=TLSRPTv1; rua=mailto:a%21b@example.com'],
      expect: []
    },
    {
      name: 'a mailto: with a query',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com?subject=tlsrpt'],
      expect: []
    },
    {
      name: 'a scheme in capitals (schemes are case-insensitive)',
      records: ['v=TLSRPTv1; rua=MAILTO:a@example.com'],
      expect: []
    },
    {
      name: 'ftp: not supported',
      records: ['v=TLSRPTv1; rua=ftp://r.example.com/'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 17, message: /unsupported scheme/ }]
    },
    {
      name: 'a mailto: without an address',
      records: ['v=TLSRPTv1; rua=mailto:foo'],
      expect: [
        { rule: 'tlsrpt-syntax', line: 1, column: 17, message: /not a mailto: URI with an address/ }
      ]
    },
    {
      name: 'an https: URL without a host',
      records: ['v=TLSRPTv1; rua=https://'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 17, message: /not a valid https: URL/ }]
    },
    {
      name: 'a trailing comma',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com,'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 38, message: /empty rua destination/ }]
    },
    {
      name: 'an empty destination between commas',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com , , mailto:b@example.com'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 40, message: /empty rua destination/ }]
    },
    {
      name: 'an empty rua',
      records: ['v=TLSRPTv1; rua='],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 17 }]
    },
    {
      name: '"v=TLSRPTv1;" alone',
      records: ['v=TLSRPTv1;'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 12, message: /no rua/ }]
    },
    {
      name: 'only an extension field',
      records: ['v=TLSRPTv1; ext=1'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 18, message: /no rua/ }]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('TLS-RPT record: the tag-list shape', () => {
  it.each<Case>([
    {
      name: 'v=TLSRPTv2',
      records: ['v=TLSRPTv2; rua=mailto:a@example.com'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 1, message: /found "v=TLSRPTv2"$/ }]
    },
    {
      name: '"v=TLSRPTv1 ;" alone (warning)',
      records: ['v=TLSRPTv1 ; rua=mailto:a@example.com'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          severity: 'warning',
          line: 1,
          column: 11,
          message: /whitespace before the first ";".*write "v=TLSRPTv1;"/
        }
      ]
    },
    {
      name: '"v=TLSRPTv1 ;" among several records (error)',
      records: ['v=TLSRPTv1 ; rua=mailto:a@example.com', 'v=spf1 -all'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 11, message: /this one is discarded/ }]
    },
    {
      name: 'literal quotes',
      records: ['"v=TLSRPTv1; rua=mailto:a@example.com"'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          line: 1,
          column: 1,
          message: /starts with a quote.*publish "v=TLSRPTv1; rua=mailto:a@example.com"/
        }
      ]
    },
    {
      name: 'literal quotes around a bad rua: the inner rua is linted too',
      records: ['"v=TLSRPTv1; rua=a@example.com"'],
      expect: [
        { rule: 'tlsrpt-syntax', line: 1, column: 1, message: /quote/ },
        { rule: 'tlsrpt-syntax', line: 1, column: 18, message: /no scheme/ }
      ]
    },
    {
      name: 'a leading space',
      records: [' v=TLSRPTv1; rua=mailto:a@example.com'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 1, message: /starts with whitespace/ }]
    },
    {
      name: 'a trailing space without ";" (warning)',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com '],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          severity: 'warning',
          line: 1,
          column: 37,
          message: /trailing whitespace/
        }
      ]
    },
    {
      name: '";;"',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com;;'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 38, message: /empty field/ }]
    },
    {
      name: 'a missing ";"',
      records: ['v=TLSRPTv1 rua=mailto:a@example.com'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 11, message: /separated by ";"/ }]
    },
    {
      name: 'a non-ASCII character',
      records: ['v=TLSRPTv1; rua=mailto:a@exämple.com'],
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 28, message: /non-ASCII character "ä"/ }]
    },
    {
      name: 'an extension value with a space',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com; x=a b'],
      expect: [
        { rule: 'tlsrpt-syntax', line: 1, column: 42, message: /value of tag "x" holds " "/ }
      ]
    },
    {
      name: 'a bad extension name',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com; _e=1'],
      expect: [
        { rule: 'tlsrpt-syntax', line: 1, column: 39, message: /"_e" is not a valid tag name/ }
      ]
    },
    {
      name: 'a repeated extension',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com; ext=1; ext=2'],
      expect: [
        { rule: 'tlsrpt-duplicate-field', line: 1, column: 46, message: /tag "ext" appears twice/ }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('TLS-RPT RRset (records not starting "v=TLSRPTv1;" are discarded)', () => {
  it.each<Case>([
    {
      name: 'an unrelated record beside the TLS-RPT one',
      records: ['v=spf1 -all', 'v=TLSRPTv1; rua=mailto:a@example.com'],
      expect: []
    },
    {
      name: 'two TLS-RPT records',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com', 'v=TLSRPTv1; rua=mailto:b@example.com'],
      expect: [
        { rule: 'tlsrpt-syntax', line: 2, column: 1, message: /records 1, 2\).*keep exactly one/ }
      ]
    },
    {
      name: 'two TLS-RPT records, the second broken',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com', 'v=TLSRPTv1; rua=bad'],
      expect: [
        {
          rule: 'tlsrpt-syntax',
          line: 2,
          column: 1,
          message: /2 TXT records start with "v=TLSRPTv1;"/
        },
        { rule: 'tlsrpt-syntax', line: 2, column: 17, message: /"bad" has no scheme/ }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('tlsrpt-missing', () => {
  it.each<Case>([
    {
      name: 'no record, mode testing: warning',
      records: [],
      mode: 'testing',
      expect: [
        {
          rule: 'tlsrpt-missing',
          severity: 'warning',
          line: 1,
          column: 1,
          message: /in testing mode.*publish "v=TLSRPTv1; rua=mailto:tlsrpt@<domain>"/
        }
      ]
    },
    {
      name: 'no record, mode enforce: notice',
      records: [],
      mode: 'enforce',
      expect: [
        {
          rule: 'tlsrpt-missing',
          severity: 'notice',
          line: 1,
          column: 1,
          message: /failures to deliver over TLS go unreported/
        }
      ]
    },
    {
      name: 'no record, mode none: notice',
      records: [],
      mode: 'none',
      expect: [{ rule: 'tlsrpt-missing', severity: 'notice', line: 1, column: 1 }]
    },
    {
      name: 'no record, mode unknown: notice',
      records: [],
      expect: [{ rule: 'tlsrpt-missing', severity: 'notice', line: 1, column: 1 }]
    },
    {
      name: 'only unrelated records, mode testing: warning',
      records: ['v=spf1 -all', 'google-site-verification=xyz'],
      mode: 'testing',
      expect: [{ rule: 'tlsrpt-missing', severity: 'warning', line: 1, column: 1 }]
    },
    {
      name: 'only unrelated records, mode enforce: notice',
      records: ['v=spf1 -all', 'google-site-verification=xyz'],
      mode: 'enforce',
      expect: [{ rule: 'tlsrpt-missing', severity: 'notice', line: 1, column: 1 }]
    },
    {
      name: 'a record present, mode testing: nothing',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com'],
      mode: 'testing',
      expect: []
    },
    {
      name: 'a record present, mode enforce: nothing',
      records: ['v=TLSRPTv1; rua=mailto:a@example.com'],
      mode: 'enforce',
      expect: []
    },
    {
      name: 'a broken record present: tlsrpt-syntax, not tlsrpt-missing',
      records: ['v=TLSRPTv1'],
      mode: 'testing',
      expect: [{ rule: 'tlsrpt-syntax', line: 1, column: 11 }]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('parseTlsRptRecord', () => {
  it('splits rua at commas with WSP and keeps each URI offset', () => {
    const text = 'v=TLSRPTv1; rua=mailto:a@example.com ,\thttps://r.example.com/x'
    const r = parseTlsRptRecord(text)
    expect(r.uris).toEqual([
      { uri: 'mailto:a@example.com', offset: 16 },
      { uri: 'https://r.example.com/x', offset: 39 }
    ])
    expect(r.ruaIssues).toEqual([])
    expect(r.uris.map(u => text.slice(u.offset, u.offset + u.uri.length))).toEqual(
      r.uris.map(u => u.uri)
    )
  })
})
