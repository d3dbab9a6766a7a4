/**
 * DNSControl: D() domains, TXT/MX/CNAME calls, quoting styles, arrays, macros outside D(), and
 * the exact lines of users.md 3.4 (openstreetmap/dns, wblondel/my-dns-zones, vanityURLs).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseDnscontrol } from '../../../src/repo/sources/dnscontrol.js'
import { idRange } from '../../../src/repo/sources/parser-output.js'
import type { DnsRecord, SourceFile } from '../../../src/repo/sources/types.js'
import { oneLine, recordPieces } from '../../fixtures/sources/arbitraries.js'

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

const parse = (text: string, file = 'dnsconfig.js'): SourceFile => parseDnscontrol(text, { file })

const spanText = (text: string, r: DnsRecord | undefined): string | undefined =>
  r?.idSpan === undefined ? undefined : text.slice(r.idSpan[0], r.idSpan[1])

const brief = (r: DnsRecord): string => `${r.type} ${r.owner} = ${r.value}`

describe('users.md 3.4 lines, inside D("example.org", ...)', () => {
  const cases: { line: string; records: string[]; id?: string }[] = [
    {
      line: 'TXT("_mta-sts", "v=STSv1; id=202001291805Z"),                 // openstreetmap/dns src/openstreetmap.js',
      records: ['TXT _mta-sts.example.org = v=STSv1; id=202001291805Z'],
      id: '202001291805Z'
    },
    {
      line: 'CNAME("_mta-sts.messages", QUALIFY("_mta-sts")),             // same file: subdomain delegation',
      records: ['CNAME _mta-sts.messages.example.org = _mta-sts.example.org']
    },
    {
      line: 'CNAME("_mta-sts", "_mta-sts.openstreetmap.org."),             // src/openstreetmap-uk.js etc.: alias domains',
      records: ['CNAME _mta-sts.example.org = _mta-sts.openstreetmap.org']
    },
    {
      line: "TXT('_mta-sts', 'v=STSv1; id=202110111304'),                  // wblondel/my-dns-zones globals/macros/i_am_pigeon_mail_server.js",
      records: ['TXT _mta-sts.example.org = v=STSv1; id=202110111304'],
      id: '202110111304'
    },
    {
      line: `TXT('_mta-sts', '"v=STSv1; id=202106232127"'),                // same repo before commit a5bcf60 (embedded quotes)`,
      records: ['TXT _mta-sts.example.org = "v=STSv1; id=202106232127"'],
      id: '202106232127'
    },
    {
      // the owner is computed by a JS function: unknown, skipped
      line: "CNAME(buildHost('_mta-sts', host), '_mta-sts.williamblondel.fr.'),   // use_pigeon_mail_server_for.js",
      records: []
    },
    {
      line: `TXT('_mta-sts', " v=STSv1; id=20220101000000Z;"),             // vanityURLs/dnsConfiguration domains/vanityURLs.js (leading space)`,
      records: ['TXT _mta-sts.example.org =  v=STSv1; id=20220101000000Z;'],
      id: '20220101000000Z'
    }
  ]
  it.each(cases)('$line', ({ line, records, id }) => {
    const text = `D("example.org", REG_NONE, DnsProvider(DSP),\n  ${line}\n);\n`
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.origin).toBe('example.org')
    expect(f.records.map(brief)).toEqual(records)
    expect(spanText(text, f.records[0])).toBe(id)
  })

  it('the leading space is kept in the value', () => {
    const f = parse(`D('x.org', R, TXT('_mta-sts', " v=STSv1; id=20220101000000Z;"));`)
    expect(f.records[0]?.value).toBe(' v=STSv1; id=20220101000000Z;')
  })
})

describe('positions', () => {
  it('line and column of the first character of the value', () => {
    const text = [
      'var REG = NewRegistrar("none");',
      'D("example.com", REG, DnsProvider(DSP),',
      '  TXT("_mta-sts", "v=STSv1; id=20250701T150000Z"),',
      "  MX('@', 10, 'mx.example.com.'),",
      '  MX("@", 20, "backup")',
      ');',
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(r => `${brief(r)} @${r.line}:${r.column}`)).toEqual([
      'TXT _mta-sts.example.com = v=STSv1; id=20250701T150000Z @3:20',
      'MX example.com = mx.example.com @4:16',
      'MX example.com = backup.example.com @5:16'
    ])
    const r = f.records[0]
    expect(r?.idSpan).toEqual([
      text.indexOf('20250701T150000Z'),
      text.indexOf('20250701T150000Z') + 16
    ])
  })
})

describe('values', () => {
  it.each([
    ['TXT("_mta-sts", `v=STSv1; id=abc`)', 'v=STSv1; id=abc', 'abc'],
    ['TXT("_mta-sts", ["v=STSv1; ", "id=abc"])', 'v=STSv1; id=abc', 'abc'],
    ['TXT("_mta-sts", ["v=STSv1; id=", "abc"])', 'v=STSv1; id=abc', 'abc'],
    ['TXT("_mta-sts", ["v=STSv1; id=a", "bc"])', 'v=STSv1; id=abc', undefined],
    ['TXT("_mta-sts", "v=STSv1; " + "id=abc")', 'v=STSv1; id=abc', 'abc'],
    ['TXT("_mta-sts", "v=STSv1;\\x20id=abc")', 'v=STSv1; id=abc', 'abc'],
    ['TXT("_mta-sts", "v=STSv1; id=abc", TTL(300))', 'v=STSv1; id=abc', 'abc'],
    [
      'TXT(\n  "_mta-sts",\n  "v=STSv1; id=abc" // a comment, with "quotes"\n)',
      'v=STSv1; id=abc',
      'abc'
    ]
  ])('%s', (call, value, id) => {
    const text = `D("example.com", REG, ${call});`
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.records.map(r => r.value)).toEqual([value])
    expect(spanText(text, f.records[0])).toBe(id)
    expect(f.records[0]?.expression).toBeUndefined()
  })

  it.each([
    [
      'TXT("_mta-sts", "v=STSv1; id=" + POLICY_ID)',
      'v=STSv1; id=${POLICY_ID}',
      '"v=STSv1; id=" + POLICY_ID'
    ],
    [
      'TXT("_mta-sts", `v=STSv1; id=${POLICY_ID}`)',
      'v=STSv1; id=${POLICY_ID}',
      '`v=STSv1; id=${POLICY_ID}`'
    ],
    ['TXT("_mta-sts", mtaSts(ID))', '${mtaSts(ID)}', 'mtaSts(ID)']
  ])('a non-literal value is kept with its expression: %s', (call, value, expression) => {
    const f = parse(`D("example.com", REG, ${call});`)
    expect(f.records).toMatchObject([{ value, expression }])
    expect(f.records[0]?.idSpan).toBeUndefined()
  })
})

describe('domains and owners', () => {
  it('several D() in one file: owners absolute, no single origin', () => {
    const text = [
      "D('vanityurls.link', REG_NONE, DnsProvider(cloudFlare),",
      "    MX('@', 0, '.'), // RFC 7505",
      "    TXT('@','v=spf1 -all'),",
      "    TXT('_mta-sts', 'v=STSv1; id=1')",
      ');',
      "D('v8s.link!external', REG_NONE, DnsProvider(cloudFlare),",
      "    TXT('_mta-sts', 'v=STSv1; id=2'),",
      "    TXT('_mta-sts.v8s.link.', 'v=STSv1; id=3')",
      ');'
    ].join('\n')
    const f = parse(text)
    expect(f.origin).toBeUndefined()
    expect(f.records.map(brief)).toEqual([
      'MX vanityurls.link = ',
      'TXT vanityurls.link = v=spf1 -all',
      'TXT _mta-sts.vanityurls.link = v=STSv1; id=1',
      'TXT _mta-sts.v8s.link = v=STSv1; id=2',
      'TXT _mta-sts.v8s.link = v=STSv1; id=3'
    ])
  })

  it('calls outside D() (a macros file) keep relative owners', () => {
    const text = [
      'var I_AM_PIGEON_MAIL_SERVER = [',
      "    CNAME('mta-sts', 'wblondel.github.io.'),",
      "    TXT('_mta-sts', 'v=STSv1; id=202110111304'),",
      "    TXT('_smtp._tls', 'v=TLSRPTv1; rua=mailto:tls-reports@williamblondel.fr'),",
      "    MX('@', 10, 'pigeon.williamblondel.fr.'),",
      '];'
    ].join('\n')
    const f = parse(text, 'globals/macros/i_am_pigeon_mail_server.js')
    expect(f.origin).toBeUndefined()
    expect(f.records.map(brief)).toEqual([
      'CNAME mta-sts = wblondel.github.io',
      'TXT _mta-sts = v=STSv1; id=202110111304',
      'TXT _smtp._tls = v=TLSRPTv1; rua=mailto:tls-reports@williamblondel.fr',
      'MX  = pigeon.williamblondel.fr'
    ])
  })

  it('D(DOMAIN, ...) with a variable domain: owners stay relative', () => {
    const f = parse(
      'D(DOMAIN, REGISTRAR, DnsProvider(PROVIDER),\n  CNAME("_mta-sts", "_mta-sts.openstreetmap.org."),\n  MX("@", 10, "a.mx.openstreetmap.org."));\n'
    )
    expect(f.origin).toBeUndefined()
    expect(f.records.map(brief)).toEqual([
      'CNAME _mta-sts = _mta-sts.openstreetmap.org',
      'MX  = a.mx.openstreetmap.org'
    ])
  })

  it('D_EXTEND adds records under a subdomain', () => {
    const f = parse(
      'D("example.com", R);\nD_EXTEND("mail.example.com", TXT("_mta-sts", "v=STSv1; id=9"));'
    )
    expect(f.origin).toBe('example.com')
    expect(f.records.map(brief)).toEqual(['TXT _mta-sts.mail.example.com = v=STSv1; id=9'])
  })

  it('ignores lookalikes: methods, declarations, strings and comments', () => {
    const text = [
      '// TXT("_mta-sts", "v=STSv1; id=commented")',
      '/* D("evil.com", TXT("_mta-sts", "x")) */',
      "var s = \"TXT('_mta-sts', 'in a string')\";",
      'obj.TXT("_mta-sts", "method");',
      'function TXT(name, value) { return [name, value] }',
      'var re = /TXT\\("_mta-sts"/;',
      'D("example.com", R, TXT("_mta-sts", "v=STSv1; id=real"));'
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(brief)).toEqual(['TXT _mta-sts.example.com = v=STSv1; id=real'])
  })
})

describe('names: D(DOMAIN, ...) and variables holding records', () => {
  const at = (r: DnsRecord): string => `${brief(r)} @${r.line}:${r.column}`

  it('"v=STSv1; id=" + ID with ID bound once in the file: the id is read, its span in the var', () => {
    const text = [
      "const ID = '20250701T150000Z';",
      'D("example.com", REG, DnsProvider(DNS),',
      '  TXT("_mta-sts", "v=STSv1; id=" + ID));'
    ].join('\n')
    const f = parse(text)
    const [r] = f.records
    expect(r?.value).toBe('v=STSv1; id=20250701T150000Z')
    expect(r?.expression).toBeUndefined()
    // bump writes the new id where it is written: in the constant, not in the record.
    expect(r?.idSpan).toEqual([text.indexOf('2025'), text.indexOf('2025') + 16])
    expect(r !== undefined && spanOk(r, text)).toBe(true)
  })

  it('a name assigned again, or not bound in the file, stays an expression', () => {
    const f = parse(
      [
        'var ID = "1";',
        'ID = "2";',
        'D("example.com", REG, DnsProvider(DNS),',
        '  TXT("_mta-sts", "v=STSv1; id=" + ID),',
        '  TXT("_smtp._tls", "v=TLSRPTv1; rua=mailto:" + REPORTS));'
      ].join('\n')
    )
    expect(f.records.map(r => [r.value, r.expression])).toEqual([
      ['v=STSv1; id=${ID}', '"v=STSv1; id=" + ID'],
      ['v=TLSRPTv1; rua=mailto:${REPORTS}', '"v=TLSRPTv1; rua=mailto:" + REPORTS']
    ])
  })

  it('D(DOMAIN, ...) with DOMAIN bound once in the file: owners are absolute', () => {
    const f = parse(
      [
        'var DOMAIN = "Example.ORG";',
        'D(DOMAIN, REG, DnsProvider(DNS),',
        '  TXT("_mta-sts", "v=STSv1; id=20240101"),',
        '  MX("@", 10, "mx"));'
      ].join('\n')
    )
    expect(f.origin).toBe('example.org')
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts.example.org = v=STSv1; id=20240101',
      'MX example.org = mx.example.org'
    ])
    expect(f.shared?.constants).toEqual({ DOMAIN: 'Example.ORG' })
    // A name included that the file does not declare (a registrar here) is left to the others.
    expect(f.shared?.zones).toEqual([{ domain: 'example.org', records: [], uses: ['REG'] }])
  })

  it('a DOMAIN a template function assigns is no one domain: left for other files, relative', () => {
    const text = [
      'var DOMAIN;',
      'function load(template) { return function (domain) { DOMAIN = domain; require(template) } }',
      'D(DOMAIN, REG, DnsProvider(DNS),',
      '  TXT("_mta-sts", "v=STSv1; id=1"));'
    ].join('\n')
    const f = parse(text)
    expect(f.origin).toBeUndefined()
    expect(f.records.map(r => [brief(r), r.scope])).toEqual([
      ['TXT _mta-sts = v=STSv1; id=1', `D@${text.indexOf('D(DOMAIN')}`]
    ])
    expect(f.shared?.reassigned).toContain('DOMAIN')
    expect(f.shared?.constants).toEqual({})
    expect(f.shared?.zones).toEqual([
      {
        domainRef: 'DOMAIN',
        records: [{ record: f.records[0], name: '_mta-sts' }],
        uses: ['REG']
      }
    ])
  })

  it('a variable of records spread into several D() calls: a copy in each, at the variable', () => {
    const text = [
      'var MTA_STS = [',
      '  TXT("_mta-sts", "v=STSv1; id=20240101"),',
      '  CNAME("mta-sts", "policy"),',
      '];',
      'var MAIL = [MTA_STS, TXT("_smtp._tls", "v=TLSRPTv1; rua=mailto:t@example.net")];',
      'D("example.com", REG, DnsProvider(DNS), MAIL);',
      'D("example.net", REG, DnsProvider(DNS), ...MTA_STS, MX("@", 10, "mx.example.net."));',
      'D("example.org", REG, DnsProvider(DNS), [MTA_STS]);',
      'D("other.org", REG, DnsProvider(DNS, MTA_STS));'
    ].join('\n')
    const f = parse(text)
    expect(f.origin).toBeUndefined()
    expect(f.zones).toEqual(['example.com', 'example.net', 'example.org', 'other.org'])
    expect(f.records.map(r => `${at(r)} ${r.group ?? '-'}`)).toEqual([
      // As written: relative, in their variable.
      'TXT _mta-sts = v=STSv1; id=20240101 @2:20 MTA_STS',
      'CNAME mta-sts = policy @3:21 MTA_STS',
      'TXT _smtp._tls = v=TLSRPTv1; rua=mailto:t@example.net @5:41 MAIL',
      'MX example.net = mx.example.net @7:66 -',
      // The copies each zone includes (a provider's argument is not a zone's: other.org).
      'TXT _smtp._tls.example.com = v=TLSRPTv1; rua=mailto:t@example.net @5:41 MAIL',
      'TXT _mta-sts.example.com = v=STSv1; id=20240101 @2:20 MTA_STS',
      'CNAME mta-sts.example.com = policy.example.com @3:21 MTA_STS',
      'TXT _mta-sts.example.net = v=STSv1; id=20240101 @2:20 MTA_STS',
      'CNAME mta-sts.example.net = policy.example.net @3:21 MTA_STS',
      'TXT _mta-sts.example.org = v=STSv1; id=20240101 @2:20 MTA_STS',
      'CNAME mta-sts.example.org = policy.example.org @3:21 MTA_STS'
    ])
    // Every copy bumps the one id as written.
    expect(new Set(f.records.filter(r => r.idSpan).map(r => spanText(text, r)))).toEqual(
      new Set(['20240101'])
    )
  })

  it('names this file does not declare are left for the others', () => {
    const f = parse(
      "D('example.fr', REG_NONE, DnsProvider(DSP),\n  I_AM_MAIL_SERVER,\n  MX('@', 10, 'mail.example.fr.'));",
      'domains/example.fr.js'
    )
    expect(f.origin).toBe('example.fr')
    expect(f.shared?.zones).toEqual([
      { domain: 'example.fr', records: [], uses: ['REG_NONE', 'I_AM_MAIL_SERVER'] }
    ])
    const macros = parse(
      "var I_AM_MAIL_SERVER = [\n  TXT('_mta-sts', 'v=STSv1; id=1'),\n];\nvar REG_NONE = NewRegistrar('none');",
      'globals/macros/mail.js'
    )
    expect(Object.keys(macros.shared?.groups ?? {})).toEqual(['I_AM_MAIL_SERVER'])
    expect(macros.shared?.zones).toEqual([])
  })

  it('declarations: several per statement, values ending at the next statement', () => {
    const f = parse(
      [
        'var A = "a.example", B = [TXT("_mta-sts", "v=STSv1; id=2")]',
        'let C = "c." + "example"',
        'const F = function () { return [TXT("_mta-sts", "v=STSv1; id=3")] }',
        'var N = 1; N++',
        'D(A, R, B)',
        'D(C, R, F())'
      ].join('\n')
    )
    expect(f.shared?.constants).toEqual({ A: 'a.example', C: 'c.example' })
    expect(Object.keys(f.shared?.groups ?? {})).toEqual(['B'])
    expect(f.shared?.reassigned).toEqual(['N'])
    // A function's records are no variable's: a call is not read.
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts = v=STSv1; id=2',
      'TXT _mta-sts = v=STSv1; id=3',
      'TXT _mta-sts.a.example = v=STSv1; id=2'
    ])
  })

  it('a name declared again in a function is no one value (it may shadow it)', () => {
    const f = parse(
      'var A = "a.example";\nD(A, R, TXT("_mta-sts", "v=STSv1; id=1"));\nfunction g() { var A = "b.example"; D(A, R) }'
    )
    expect(f.shared?.constants).toEqual({})
    expect(f.records.map(brief)).toEqual(['TXT _mta-sts = v=STSv1; id=1'])
  })

  it('a variable including itself, or each other, is read once', () => {
    const f = parse(
      'var A = [B, TXT("_mta-sts", "v=STSv1; id=1")];\nvar B = [A];\nD("example.com", R, A, B);'
    )
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts = v=STSv1; id=1',
      'TXT _mta-sts.example.com = v=STSv1; id=1'
    ])
  })
})

describe('the missing final dot', () => {
  it('a name or target repeating the domain without a final dot is a problem', () => {
    const text =
      'D("example.com", R,\n  TXT("_mta-sts.example.com", "v=STSv1; id=1"),\n  MX("@", 10, "mx.example.com"));'
    const f = parse(text)
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts.example.com.example.com = v=STSv1; id=1',
      'MX example.com = mx.example.com.example.com'
    ])
    expect(f.problems).toEqual([
      {
        message:
          '"_mta-sts.example.com" has no final dot, so it means "_mta-sts.example.com.example.com"',
        line: 2,
        column: 7
      },
      {
        message: '"mx.example.com" has no final dot, so it means "mx.example.com.example.com"',
        line: 3,
        column: 15
      }
    ])
  })
})

describe('problems', () => {
  it.each([
    ['D("example.com", TXT("_mta-sts", "v=STSv1; id=1));', 'unterminated string'],
    ['D("example.com", TXT("_mta-sts", "v=STSv1; id=1")', 'unclosed "("'],
    ['D("example.com", TXT("_mta-sts"));', 'TXT() without a value'],
    ['/* D("example.com"', 'unterminated comment'],
    ['TXT("_mta-sts", `v=STSv1', 'unterminated template literal']
  ])('%s', (text, message) => {
    expect(parse(text).problems.map(p => p.message)).toContain(message)
  })
})

describe('never throws', () => {
  const pieces = fc.constantFrom(
    'D(',
    'D_EXTEND(',
    'TXT(',
    'MX(',
    'CNAME(',
    'QUALIFY(',
    '"_mta-sts"',
    "'@'",
    '"',
    "'",
    '`',
    '${',
    '}',
    ')',
    '(',
    '[',
    ']',
    ',',
    '+',
    '/',
    '//',
    '/*',
    '*/',
    '\\',
    '\n',
    'v=STSv1; id=1',
    '10'
  )
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(pieces, { maxLength: 60 }).map(a => a.join(''))
  )

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(text, t => {
        const f = parseDnscontrol(t, { file: 'dnsconfig.js' })
        expect(f.records.filter(r => r.line < 1 || r.column < 1 || !spanOk(r, t))).toEqual([])
      }),
      { numRuns: 500 }
    )
  })
})

describe('round trip', () => {
  it('any text as a string, an array or a concatenation reads back joined', () => {
    fc.assert(
      fc.property(
        recordPieces.filter(({ text }) => oneLine(text)),
        fc.constantFrom('array', 'plus', 'single'),
        fc.constantFrom('"', "'"),
        ({ text, pieces }, shape, q) => {
          const lit = (s: string): string =>
            q === '"' ? JSON.stringify(s) : `'${s.replace(/[\\']/g, m => `\\${m}`)}'`
          const arg =
            shape === 'array'
              ? `[${pieces.map(lit).join(', ')}]`
              : shape === 'plus'
                ? pieces.map(lit).join(' + ')
                : lit(text)
          const js = `D("example.com", REG, TXT("_mta-sts", ${arg}), TTL(300));\n`
          const f = parseDnscontrol(js, { file: 'dnsconfig.js' })
          expect(f.problems).toEqual([])
          expect(f.records.map(r => r.value)).toEqual([text])
          expect(f.records.filter(r => !spanOk(r, js))).toEqual([])
        }
      ),
      { numRuns: 500 }
    )
  })
})
