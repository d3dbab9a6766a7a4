/**
 * BIND master files (RFC 1035 5): owners, $ORIGIN, TTL/class order, comments, parentheses,
 * several strings, escapes, and the exact lines of users.md 3.4.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { originFromFileName, parseBind } from '../../../src/repo/sources/bind.js'
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

const parse = (text: string, file = 'zones/example.com.zone'): SourceFile =>
  parseBind(text, { file })

/** The text an id span covers. */
const spanText = (text: string, r: DnsRecord | undefined): string | undefined =>
  r?.idSpan === undefined ? undefined : text.slice(r.idSpan[0], r.idSpan[1])

const brief = (r: DnsRecord): string => `${r.type} ${r.owner} = ${r.value} @${r.line}:${r.column}`

describe('users.md 3.4 lines as written', () => {
  const cases: { line: string; file: string; owner: string; value: string; id?: string }[] = [
    {
      // jpawlowski template README
      line: '_mta-sts 3600 TXT "v=STSv1; id=1634120459"',
      file: 'example.com.zone',
      owner: '_mta-sts.example.com',
      value: 'v=STSv1; id=1634120459',
      id: '1634120459'
    },
    {
      line: '_mta-sts        IN TXT     "v=STSv1; id=20240210140000"',
      file: 'db.example.org',
      owner: '_mta-sts.example.org',
      value: 'v=STSv1; id=20240210140000',
      id: '20240210140000'
    },
    {
      // a zone template: the placeholder is reported as it is
      line: '_mta-sts        IN TXT      "v=STSv1; id=%serial%;"',
      file: 'templates/zone',
      owner: '_mta-sts',
      value: 'v=STSv1; id=%serial%;',
      id: '%serial%'
    }
  ]
  it.each(cases)('$line', ({ line, file, owner, value, id }) => {
    const text = `${line}\n`
    const f = parse(text, file)
    expect(f.problems).toEqual([])
    expect(f.records).toHaveLength(1)
    const r = f.records[0]
    expect(r).toMatchObject({ owner, type: 'TXT', value, line: 1, column: line.indexOf('"') + 2 })
    expect(spanText(text, r)).toBe(id)
  })

  it('reports the README form `_mta-sts v=STSv1;id=...` (no type) as a problem', () => {
    const f = parse('_mta-sts v=STSv1;id=1577377920599;\n')
    expect(f.records).toEqual([])
    expect(f.problems).toEqual([
      { message: 'expected a record type, found "v=STSv1"', line: 1, column: 10 }
    ])
  })
})

describe('owners, TTL and class', () => {
  it.each([
    ['_mta-sts TXT "v=STSv1; id=1"', '_mta-sts.example.com'],
    ['_mta-sts IN TXT "v=STSv1; id=1"', '_mta-sts.example.com'],
    ['_mta-sts 300 IN TXT "v=STSv1; id=1"', '_mta-sts.example.com'],
    ['_mta-sts IN 300 TXT "v=STSv1; id=1"', '_mta-sts.example.com'],
    ['_mta-sts 1h in txt "v=STSv1; id=1"', '_mta-sts.example.com'],
    ['_MTA-STS.Example.COM. 1W2d IN TXT "v=STSv1; id=1"', '_mta-sts.example.com'],
    ['_mta-sts.other.org. TXT "v=STSv1; id=1"', '_mta-sts.other.org'],
    ['_mta-sts.sub TXT "v=STSv1; id=1"', '_mta-sts.sub.example.com'],
    ['@ TXT "v=STSv1; id=1"', 'example.com']
  ])('%s', (line, owner) => {
    const f = parse(`${line}\n`)
    expect(f.problems).toEqual([])
    expect(f.records.map(r => r.owner)).toEqual([owner])
  })

  it('a blank owner continues the previous one', () => {
    const text = [
      '$ORIGIN example.com.',
      '_mta-sts  IN TXT "v=STSv1; id=1"',
      '          IN TXT "v=spf1 -all"',
      '@         IN MX 10 mx1',
      '          IN MX 20 mx2.example.net.',
      ''
    ].join('\n')
    expect(parse(text, 'zone').records.map(brief)).toEqual([
      'TXT _mta-sts.example.com = v=STSv1; id=1 @2:19',
      'TXT _mta-sts.example.com = v=spf1 -all @3:19',
      'MX example.com = mx1.example.com @4:20',
      'MX example.com = mx2.example.net @5:20'
    ])
  })

  it('a blank owner on the first record is a problem', () => {
    const f = parse('   IN TXT "x"\n')
    expect(f.records).toEqual([])
    expect(f.problems).toEqual([{ message: 'record without an owner name', line: 1, column: 4 }])
  })

  it('$ORIGIN changes, absolute and relative', () => {
    const text = [
      '$ORIGIN example.com.',
      '_mta-sts TXT "v=STSv1; id=a1"',
      '$ORIGIN mail', // relative: mail.example.com
      '_mta-sts TXT "v=STSv1; id=a2"',
      '$ORIGIN example.net.',
      '_mta-sts TXT "v=STSv1; id=a3"',
      '@ CNAME _mta-sts.example.com.',
      'x CNAME target',
      ''
    ].join('\n')
    const f = parse(text, 'zones/all')
    expect(f.origin).toBe('example.com')
    expect(f.records.map(r => `${r.type} ${r.owner} ${r.value}`)).toEqual([
      'TXT _mta-sts.example.com v=STSv1; id=a1',
      'TXT _mta-sts.mail.example.com v=STSv1; id=a2',
      'TXT _mta-sts.example.net v=STSv1; id=a3',
      'CNAME example.net _mta-sts.example.com',
      'CNAME x.example.net target.example.net'
    ])
  })

  it('without any origin, owners stay relative and @ is the apex', () => {
    const f = parse('_mta-sts TXT "v=STSv1; id=1"\n@ MX 10 mx.example.com.\n', 'records')
    expect(f.origin).toBeUndefined()
    expect(f.records.map(r => `${r.owner}|${r.value}`)).toEqual([
      '_mta-sts|v=STSv1; id=1',
      '|mx.example.com'
    ])
  })

  it('ignores other record types, $TTL and $INCLUDE', () => {
    const text = [
      '$TTL 3600',
      '$INCLUDE other.zone',
      '@ IN SOA ns1 hostmaster ( 2024010101 ; serial',
      '     7200 3600 1209600 3600 )',
      '@ IN NS ns1',
      'www IN A 192.0.2.1',
      'www IN AAAA 2001:db8::1',
      '_443._tcp IN TLSA 3 1 1 abcdef',
      'x IN TYPE65 \\# 0',
      '_mta-sts IN TXT "v=STSv1; id=2"',
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.records.map(r => r.owner)).toEqual(['_mta-sts.example.com'])
  })
})

describe('character-strings', () => {
  it('joins several strings with nothing between them (RFC 8461 3.1)', () => {
    const text = '_mta-sts IN TXT "v=STSv1; " "id=20250701" "T150000Z"\n'
    const [r] = parse(text).records
    expect(r?.value).toBe('v=STSv1; id=20250701T150000Z')
    // The id straddles two strings: it cannot be replaced as one span.
    expect(r?.idSpan).toBeUndefined()
  })

  it('a record in parentheses across lines, with comments', () => {
    const text = [
      '_mta-sts  IN  TXT  ( "v=STSv1;"   ; the version',
      '                     " id=20250701T150000Z" ) ; the id',
      '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts.example.com = v=STSv1; id=20250701T150000Z @1:23',
      'TXT _smtp._tls.example.com = v=TLSRPTv1; rua=mailto:tls@example.com @3:20'
    ])
    expect(spanText(text, f.records[0])).toBe('20250701T150000Z')
  })

  it('a ; inside quotes is data, outside it is a comment', () => {
    const f = parse('_mta-sts TXT "v=STSv1; id=1" ; comment "with quotes"\nx TXT v=STSv1;id=2\n')
    expect(f.records.map(r => r.value)).toEqual(['v=STSv1; id=1', 'v=STSv1'])
  })

  it('escapes: \\" \\\\ and \\DDD', () => {
    const text = '_mta-sts TXT "\\"v=STSv1\\059 id=abc\\""\nx TXT "\\\\" "\\065" \\066\\ C\n'
    const [r, x] = parse(text).records
    expect(r?.value).toBe('"v=STSv1; id=abc"')
    expect(spanText(text, r)).toBe('abc')
    expect(x?.value).toBe('\\AB C')
  })

  it('unquoted single-word data', () => {
    const text = '_mta-sts IN TXT v=STSv1;\nx TXT "a" b\n'
    expect(parse(text).records.map(r => r.value)).toEqual(['v=STSv1', 'ab'])
  })

  it('keeps the leading-space and embedded-quote mistakes as written', () => {
    const text =
      '_mta-sts TXT " v=STSv1; id=20220101000000Z;"\n_mta-sts TXT "\\"v=STSv1; id=202106232127\\""\n'
    const f = parse(text)
    expect(f.records.map(r => r.value)).toEqual([
      ' v=STSv1; id=20220101000000Z;',
      '"v=STSv1; id=202106232127"'
    ])
    expect(f.records.map(r => spanText(text, r))).toEqual(['20220101000000Z', '202106232127'])
  })

  it('CRLF line endings', () => {
    const text = '$ORIGIN example.com.\r\n_mta-sts IN TXT "v=STSv1; id=abc"\r\n'
    const f = parse(text, 'x')
    expect(f.records.map(brief)).toEqual(['TXT _mta-sts.example.com = v=STSv1; id=abc @2:18'])
    expect(spanText(text, f.records[0])).toBe('abc')
  })

  it('a BOM at the start does not make the first owner blank', () => {
    const f = parse('\uFEFF_mta-sts TXT "v=STSv1; id=abc"\n')
    expect(f.records.map(r => r.owner)).toEqual(['_mta-sts.example.com'])
  })
})

describe('MX and CNAME', () => {
  it('MX: the exchange host, priority dropped; CNAME: the target', () => {
    const text = [
      '$ORIGIN example.com.',
      '@ 3600 IN MX 10 Mail.Example.com.',
      '@ MX ( 20',
      '       backup )',
      '_mta-sts CNAME _mta-sts.openstreetmap.org.',
      'mta-sts CNAME pages',
      ''
    ].join('\n')
    expect(parse(text, 'z').records.map(brief)).toEqual([
      'MX example.com = mail.example.com @2:17',
      'MX example.com = backup.example.com @4:8',
      'CNAME _mta-sts.example.com = _mta-sts.openstreetmap.org @5:16',
      'CNAME mta-sts.example.com = pages.example.com @6:15'
    ])
  })

  it('an MX without exchange is a problem', () => {
    const f = parse('@ MX 10\n')
    expect(f.records).toEqual([])
    expect(f.problems).toEqual([{ message: 'MX record without a target host', line: 1, column: 3 }])
  })
})

describe('problems', () => {
  it.each([
    ['_mta-sts TXT "v=STSv1; id=1\n', 'unterminated quoted string', 1, 14],
    ['_mta-sts TXT ( "v=STSv1; id=1"\n', 'unclosed "(" in the zone file', 1, 14],
    ['_mta-sts TXT "a" )\n', 'unbalanced ")" in the zone file', 1, 18],
    ['_mta-sts TXT\n', 'TXT record without data', 1, 10],
    ['_mta-sts 300 IN\n', 'record without a type', 1, 1],
    ['$ORIGIN\n', '$ORIGIN without a domain name', 1, 1]
  ])('%j', (text, message, line, column) => {
    expect(parse(text).problems).toContainEqual({ message, line, column })
  })
})

describe('the missing final dot', () => {
  it('an owner or a target repeating the origin without a final dot is read as BIND does, with a problem', () => {
    const text = [
      '_mta-sts.example.com IN TXT "v=STSv1; id=1"',
      '@ IN MX 10 mx.example.com',
      '_mta-sts.sub CNAME _mta-sts.example.com.',
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(r => `${r.owner} ${r.value}`)).toEqual([
      '_mta-sts.example.com.example.com v=STSv1; id=1',
      'example.com mx.example.com.example.com',
      '_mta-sts.sub.example.com _mta-sts.example.com'
    ])
    expect(f.problems).toEqual([
      {
        message:
          '"_mta-sts.example.com" has no final dot, so it means "_mta-sts.example.com.example.com"',
        line: 1,
        column: 1
      },
      {
        message: '"mx.example.com" has no final dot, so it means "mx.example.com.example.com"',
        line: 2,
        column: 12
      }
    ])
  })
})

describe('origin from the file name', () => {
  it.each([
    ['example.com.zone', 'example.com'],
    ['dns/db.example.com', 'example.com'],
    ['example.com.db', 'example.com'],
    ['zones/example.com', 'example.com'],
    ['zones/Example.COM.zone.j2', 'example.com'],
    ['C:\\zones\\example.org.zone', 'example.org'],
    ['db.192.168.1', undefined],
    ['records.txt', undefined],
    ['zone', undefined],
    ['named.conf', undefined]
  ])('%s', (file, origin) => {
    expect(originFromFileName(file)).toBe(origin)
  })

  it('a $ORIGIN before the first record wins over the file name', () => {
    expect(parse('$ORIGIN example.net.\n@ TXT x\n', 'example.com.zone').origin).toBe('example.net')
  })
})

describe('never throws', () => {
  const pieces = fc.constantFrom(
    '$ORIGIN ',
    '$TTL ',
    '_mta-sts',
    ' IN ',
    ' TXT ',
    ' MX ',
    ' CNAME ',
    '"',
    '\\',
    '\\0',
    '(',
    ')',
    ';',
    '\n',
    '\r\n',
    ' ',
    '@',
    '.',
    'v=STSv1; id=1',
    '10'
  )
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(pieces, { maxLength: 60 }).map(a => a.join(''))
  )

  it('on arbitrary text, and every record is well-formed', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('x.zone', 'example.com.zone', 'db.a.b'), (t, file) => {
        const f = parseBind(t, { file })
        expect(f.records.filter(r => r.line < 1 || r.column < 1 || !spanOk(r, t))).toEqual([])
        expect(f.problems.filter(p => p.line < 1 || p.column < 1)).toEqual([])
      }),
      { numRuns: 500 }
    )
  })
})

describe('round trip', () => {
  it('any text written as quoted character-strings reads back joined, with an exact id span', () => {
    fc.assert(
      fc.property(
        recordPieces.filter(({ text }) => oneLine(text)),
        fc.constantFrom(' ', '\t', '\n   ', '  '),
        ({ text, pieces }, sep) => {
          const data = pieces.map(p => `"${p.replace(/[\\"]/g, m => `\\${m}`)}"`).join(sep)
          const paren = sep.includes('\n')
          const zone = `_mta-sts 300 IN TXT ${paren ? '( ' : ''}${data}${paren ? ' )' : ''} ; note\n`
          const f = parseBind(zone, { file: 'example.com.zone' })
          expect(f.problems).toEqual([])
          expect(f.records.map(r => r.value)).toEqual([text])
          expect(f.records.filter(r => !spanOk(r, zone))).toEqual([])
        }
      ),
      { numRuns: 500 }
    )
  })
})
