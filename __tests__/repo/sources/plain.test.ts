/**
 * Plain record files: the record text alone, optionally quoted, one record per line.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parsePlain } from '../../../src/repo/sources/plain.js'
import { idRange } from '../../../src/repo/sources/parser-output.js'
import type { DnsRecord, SourceFile, TextRun } from '../../../src/repo/sources/types.js'
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

const parse = (text: string): SourceFile => parsePlain(text, { file: 'dns/mta-sts.record' })

const spanText = (text: string, r: DnsRecord | undefined): string | undefined =>
  r?.idSpan === undefined ? undefined : text.slice(r.idSpan[0], r.idSpan[1])

describe('plain record files', () => {
  it.each<[string, string, number, TextRun[] | null]>([
    ['v=STSv1; id=20250701T150000Z\n', 'v=STSv1; id=20250701T150000Z', 1, null],
    ['v=STSv1; id=20250701T150000Z', 'v=STSv1; id=20250701T150000Z', 1, null],
    ['"v=STSv1; id=20250701T150000Z"\n', 'v=STSv1; id=20250701T150000Z', 2, null],
    [
      '"v=STSv1; " "id=20250701T150000Z"\n',
      'v=STSv1; id=20250701T150000Z',
      2,
      [
        { from: 0, at: { line: 1, column: 2 } },
        { from: 9, at: { line: 1, column: 14 } }
      ]
    ],
    ["'v=STSv1; id=20250701T150000Z'\n", 'v=STSv1; id=20250701T150000Z', 2, null],
    ['v=STSv1; id=20250701T150000Z\r\n', 'v=STSv1; id=20250701T150000Z', 1, null],
    // mistakes are kept as written
    [' v=STSv1; id=20250701T150000Z;\n', ' v=STSv1; id=20250701T150000Z;', 1, null],
    [
      '"\\"v=STSv1; id=20250701T150000Z\\""\n',
      '"v=STSv1; id=20250701T150000Z"',
      4,
      // Each `\"` at its backslash; after the text, no place (an escape's length is not kept).
      [
        { from: 0, at: { line: 1, column: 2 } },
        { from: 1, at: { line: 1, column: 4 } }, // the closing `\"` follows on: one run
        { from: 30, at: null }
      ]
    ],
    ['"v=STSv1; id=20250701T150000Z\n', '"v=STSv1; id=20250701T150000Z', 1, null]
  ])('%j', (text, value, column, textRuns) => {
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.records).toEqual([
      {
        owner: '_mta-sts',
        type: 'TXT',
        value,
        line: 1,
        column,
        idSpan: [text.indexOf('20250701T150000Z'), text.indexOf('20250701T150000Z') + 16],
        ...(textRuns !== null && { textRuns })
      }
    ])
    expect(spanText(text, f.records[0])).toBe('20250701T150000Z')
  })

  it('several lines are several records; comments and blank lines are skipped', () => {
    const text = [
      '# the MTA-STS record',
      '',
      'v=STSv1; id=1',
      '   ',
      'v=TLSRPTv1; rua=mailto:tls@example.com',
      'v=STSv1; id=2',
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(r => `${r.owner}|${r.value}|${r.line}`)).toEqual([
      '_mta-sts|v=STSv1; id=1|3',
      '_smtp._tls|v=TLSRPTv1; rua=mailto:tls@example.com|5',
      '_mta-sts|v=STSv1; id=2|6'
    ])
    expect(f.records[1]?.idSpan).toBeUndefined()
  })

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), t => {
        const f = parsePlain(t, { file: 'x' })
        expect(f.records.filter(r => !spanOk(r, t))).toEqual([])
      })
    )
  })
})

describe('round trip', () => {
  it('quoted character-strings read back joined, with an exact id span', () => {
    fc.assert(
      fc.property(
        recordPieces.filter(({ text }) => oneLine(text)),
        ({ text, pieces }) => {
          const line = `${pieces.map(p => `"${p.replace(/[\\"]/g, m => `\\${m}`)}"`).join(' ')}\n`
          const f = parsePlain(line, { file: 'x' })
          expect(f.records.map(r => r.value)).toEqual([text])
          expect(f.records.filter(r => !spanOk(r, line))).toEqual([])
        }
      ),
      { numRuns: 500 }
    )
  })
})
