/**
 * octoDNS YAML zones: relative keys, single records and lists, `value`/`values`, `\;`
 * escaping, MX maps (current and older keys), CNAME, YAML scalar styles and positions.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { octodnsOrigin, parseOctodns } from '../../../src/repo/sources/octodns.js'
import { idRange } from '../../../src/repo/sources/parser-output.js'
import type { DnsRecord, SourceFile } from '../../../src/repo/sources/types.js'
import { recordPieces } from '../../fixtures/sources/arbitraries.js'

/** A record's id span, if any, lies in the text and covers exactly the id the value holds. */
const spanOk = (r: DnsRecord, text: string): boolean => {
  if (r.idSpan === undefined) return true
  const [a, b] = r.idSpan
  const range = idRange(r.value)
  return (
    a <= b &&
    b <= text.length &&
    range !== undefined &&
    text.slice(a, b) === r.value.slice(...range)
  )
}

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

const parse = (text: string, file = 'config/example.com.yaml'): SourceFile =>
  parseOctodns(text, { file })

const spanText = (text: string, r: DnsRecord | undefined): string | undefined =>
  r?.idSpan === undefined ? undefined : text.slice(r.idSpan[0], r.idSpan[1])

const brief = (r: DnsRecord): string => `${r.type} ${r.owner} = ${r.value} @${r.line}:${r.column}`

const ZONE = [
  '---',
  "'':",
  '  - type: MX',
  '    values:',
  '      - exchange: mx1.example.com.',
  '        preference: 10',
  '      - exchange: mx2.example.net.',
  '        preference: 20',
  '  - type: TXT',
  '    value: v=spf1 mx -all',
  '_mta-sts:',
  '  type: TXT',
  '  value: v=STSv1\\; id=20250701T150000Z',
  '_smtp._tls:',
  '  ttl: 3600',
  '  type: TXT',
  '  values:',
  '    - v=TLSRPTv1\\; rua=mailto:tls@example.com',
  'mta-sts:',
  '  type: CNAME',
  '  value: example.github.io.',
  'www:',
  '  type: A',
  '  value: 192.0.2.1',
  ''
].join('\n')

describe('a zone file', () => {
  it('yields TXT, MX and CNAME records with owners made absolute', () => {
    const f = parse(ZONE)
    expect(f.problems).toEqual([])
    expect(f.origin).toBe('example.com')
    expect(f.records.map(brief)).toEqual([
      'MX example.com = mx1.example.com @5:19',
      'MX example.com = mx2.example.net @7:19',
      'TXT example.com = v=spf1 mx -all @10:12',
      'TXT _mta-sts.example.com = v=STSv1; id=20250701T150000Z @13:10',
      'TXT _smtp._tls.example.com = v=TLSRPTv1; rua=mailto:tls@example.com @18:7',
      'CNAME mta-sts.example.com = example.github.io @21:10'
    ])
    expect(spanText(ZONE, f.records[3])).toBe('20250701T150000Z')
  })

  it('older MX keys: value and priority', () => {
    const text = "'':\n  type: MX\n  values:\n    - priority: 10\n      value: mx.example.com.\n"
    expect(parse(text).records.map(brief)).toEqual(['MX example.com = mx.example.com @5:14'])
  })

  it('MX as a single value map', () => {
    const text = "'':\n  type: MX\n  value:\n    exchange: mx.example.com.\n    preference: 10\n"
    expect(parse(text).records.map(r => r.value)).toEqual(['mx.example.com'])
  })

  it('several TXT values: one record each', () => {
    const text = '_mta-sts:\n  type: TXT\n  values:\n  - v=STSv1\\; id=1\n  - v=STSv1\\; id=2\n'
    const f = parse(text)
    expect(f.records.map(r => r.value)).toEqual(['v=STSv1; id=1', 'v=STSv1; id=2'])
    expect(f.records.map(r => spanText(text, r))).toEqual(['1', '2'])
  })
})

describe('scalar styles and id spans', () => {
  it.each([
    ['plain', 'v=STSv1\\; id=abc123', 'v=STSv1; id=abc123'],
    ['single-quoted', "'v=STSv1\\; id=abc123'", 'v=STSv1; id=abc123'],
    ["single-quoted with ''", "'v=STSv1\\; x=it''s\\; id=abc123'", "v=STSv1; x=it's; id=abc123"],
    ['double-quoted', '"v=STSv1\\\\; id=abc123"', 'v=STSv1; id=abc123'],
    ['double-quoted with \\x escape', '"v=STSv1\\\\;\\x20id=abc123"', 'v=STSv1; id=abc123'],
    ['block literal', '|-\n    v=STSv1\\; id=abc123', 'v=STSv1; id=abc123'],
    ['folded over two lines', '>-\n    v=STSv1\\;\n    id=abc123', 'v=STSv1; id=abc123']
  ])('%s', (_style, yamlValue, value) => {
    const text = `_mta-sts:\n  type: TXT\n  value: ${yamlValue}\n`
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.records.map(r => r.value)).toEqual([value])
    expect(spanText(text, f.records[0])).toBe('abc123')
  })

  it('reports a bare ; (octoDNS requires \\;) and still reads the record as written', () => {
    const text = '_mta-sts:\n  type: TXT\n  value: v=STSv1; id=abc\n'
    const f = parse(text)
    expect(f.records.map(r => r.value)).toEqual(['v=STSv1; id=abc'])
    expect(f.problems).toEqual([
      {
        message: 'unescaped ";" in the TXT value of "_mta-sts": octoDNS requires "\\;"',
        line: 3,
        column: 17
      }
    ])
  })

  it('keeps the leading-space and embedded-quote mistakes as written', () => {
    const text = [
      '_mta-sts:',
      '  - type: TXT',
      "    value: ' v=STSv1\\; id=20220101000000Z\\;'",
      '  - type: TXT',
      `    value: '"v=STSv1\\; id=202106232127"'`,
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(r => r.value)).toEqual([
      ' v=STSv1; id=20220101000000Z;',
      '"v=STSv1; id=202106232127"'
    ])
    expect(f.records.map(r => spanText(text, r))).toEqual(['20220101000000Z', '202106232127'])
  })

  it('follows YAML aliases', () => {
    const text =
      "_mta-sts:\n  type: TXT\n  value: &sts v=STSv1\\; id=abc\n'sub._mta-sts':\n  type: TXT\n  value: *sts\n"
    expect(parse(text).records.map(r => `${r.owner}|${r.value}`)).toEqual([
      '_mta-sts.example.com|v=STSv1; id=abc',
      'sub._mta-sts.example.com|v=STSv1; id=abc'
    ])
  })

  it('CRLF line endings keep exact spans', () => {
    const text = '_mta-sts:\r\n  type: TXT\r\n  value: v=STSv1\\; id=abc\r\n'
    const f = parse(text)
    expect(f.records.map(brief)).toEqual(['TXT _mta-sts.example.com = v=STSv1; id=abc @3:10'])
    expect(spanText(text, f.records[0])).toBe('abc')
  })
})

describe('origin and problems', () => {
  it.each([
    ['config/example.com.yaml', 'example.com'],
    ['example.org.yml', 'example.org'],
    ['zones/production.yaml', undefined],
    ['.github/workflows/ci.yml', undefined]
  ])('origin of %s', (file, origin) => {
    expect(octodnsOrigin(file)).toBe(origin)
  })

  it('without an origin, owners stay relative', () => {
    expect(parse(ZONE, 'zone.yaml').records.map(r => r.owner)).toEqual([
      '',
      '',
      '',
      '_mta-sts',
      '_smtp._tls',
      'mta-sts'
    ])
  })

  it.each([
    ['_mta-sts:\n  type: TXT\n  value: [unclosed\n', /^YAML: /],
    ['- a\n- b\n', /top level is not a mapping/],
    ['_mta-sts:\n  type: TXT\n', /TXT record "_mta-sts" without value or values/],
    ['_mta-sts:\n  type: TXT\n  value: {a: 1}\n', /TXT value of "_mta-sts" is not a string/],
    ["'':\n  type: MX\n  value: {preference: 10}\n", /MX value of "" without exchange/]
  ])('%j', (text, message) => {
    const f = parse(text)
    expect(f.problems.map(p => p.message)).toContainEqual(expect.stringMatching(message))
  })

  it('MX and CNAME targets need a final dot; a key must not repeat the zone', () => {
    const text = [
      "'':",
      '  type: MX',
      '  value: {exchange: mx.example.com, preference: 10}',
      'mta-sts:',
      '  type: CNAME',
      '  value: example.github.io',
      '_mta-sts.example.com:',
      '  type: TXT',
      '  value: v=STSv1\\; id=1',
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(brief)).toEqual([
      'MX example.com = mx.example.com.example.com @3:21',
      'CNAME mta-sts.example.com = example.github.io.example.com @6:10',
      'TXT _mta-sts.example.com.example.com = v=STSv1; id=1 @9:10'
    ])
    expect(f.problems.map(p => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '3:21 "mx.example.com" has no final dot: octoDNS requires a fully qualified name (it is read here as relative)',
      '6:10 "example.github.io" has no final dot: octoDNS requires a fully qualified name (it is read here as relative)',
      '7:1 "_mta-sts.example.com" has no final dot, so it means "_mta-sts.example.com.example.com"'
    ])
  })

  it('an empty file has no records and no problems', () => {
    expect(parse('')).toEqual({
      format: 'octodns',
      origin: 'example.com',
      records: [],
      problems: []
    })
    expect(parse('# nothing yet\n').problems).toEqual([])
  })
})

describe('never throws', () => {
  const pieces = fc.constantFrom(
    '_mta-sts:',
    "'':",
    '\n',
    '  ',
    '- ',
    'type: TXT',
    'type: MX',
    'type: CNAME',
    'value: ',
    'values:',
    'exchange: ',
    'v=STSv1\\; id=1',
    '"',
    "'",
    '\\',
    '&a ',
    '*a',
    '{',
    '}',
    '[',
    ']',
    '|',
    '>',
    '#'
  )
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(pieces, { maxLength: 60 }).map(a => a.join(''))
  )

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(text, t => {
        const f = parseOctodns(t, { file: 'example.com.yaml' })
        expect(f.records.filter(r => r.line < 1 || r.column < 1 || !spanOk(r, t))).toEqual([])
        expect(f.problems.every(p => !p.message.startsWith('internal error'))).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})

describe('round trip', () => {
  it('any printable text, escaped for octoDNS, reads back with an exact id span', () => {
    fc.assert(
      fc.property(
        recordPieces.filter(({ text }) => /^[\x20-\x7e]*$/.test(text) && !text.includes('\\')),
        fc.constantFrom('single', 'double', 'plain'),
        ({ text }, style) => {
          const esc = text.replace(/;/g, '\\;')
          const scalar =
            style === 'single'
              ? `'${esc.replace(/'/g, "''")}'`
              : style === 'double'
                ? `"${esc.replace(/[\\"]/g, m => `\\${m}`)}"`
                : esc
          const yaml = `_mta-sts:\n  type: TXT\n  value: ${scalar}\n`
          const f = parseOctodns(yaml, { file: 'example.com.yaml' })
          // A plain scalar cannot hold every text (`: `, ` #`, leading indicators): skip those.
          if (style === 'plain' && (f.problems.length > 0 || f.records[0]?.value !== text)) return
          expect(f.problems).toEqual([])
          expect(f.records.map(r => r.value)).toEqual([text])
          expect(f.records.filter(r => !spanOk(r, yaml))).toEqual([])
        }
      ),
      { numRuns: 500 }
    )
  })
})
