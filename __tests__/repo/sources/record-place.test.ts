/**
 * Where each character of a kept record's text is written, in every format: a record is written
 * with random escapes, split into strings (over lines where the format allows), and a finding at
 * any column of its text must be placed on the character written for it (the escape writing it,
 * for an escaped one). The writer remembers where it wrote each character: that is the oracle.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Finding } from '../../../src/finding.js'
import { relocateInRecord } from '../../../src/repo/lint-stage.js'
import { placeOf, positionAt } from '../../../src/repo/sources/record-place.js'
import { recordPieces } from '../../fixtures/sources/arbitraries.js'
import { FORMATS, lineColumn, offsetOf } from '../../fixtures/sources/record-writers.js'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

const input = fc.record({
  piecesOf: recordPieces,
  choices: fc.array(fc.nat(11), { minLength: 1, maxLength: 40 }),
  sep: fc.nat(11)
})

describe.each(FORMATS)('$name: each character of a record at the place it is written', f => {
  it('a finding at any column of the text is placed on what writes that character', () => {
    fc.assert(
      fc.property(
        input.filter(i => f.holds(i.piecesOf.text)),
        ({ piecesOf, choices, sep }) => {
          const { text, pieces } = piecesOf
          const w = f.write({ text, pieces, choices, sep })
          const parsed = f.parse(w.text)
          const rec = parsed.records.find(r => r.type === 'TXT')
          expect(rec?.value).toBe(text)
          if (rec === undefined) return
          const start = { line: rec.line, column: rec.column }
          const place = placeOf(rec)
          /** Where a finding at each column of the text (and after it) is reported. */
          const reported = [...Array<unknown>(text.length + 1).keys()].map(o => {
            const finding: Finding = { rule: 'txt-id', severity: 'error', message: '', line: 1 }
            finding.column = o + 1
            const got = relocateInRecord(finding, 'f', [place])
            return { line: got.line ?? 0, column: got.column ?? 0 }
          })
          expect(reported.map((_, o) => positionAt(place, o))).toEqual(reported)
          // Exactly where the writer put each character; after the text, right after its last
          // character when that is copied as itself, else at the record's start.
          const last = text.length - 1
          const after =
            last >= 0 && w.copied[last] === true
              ? lineColumn(w.text, (w.written[last] ?? 0) + 1)
              : start
          expect(reported).toEqual([...w.written.map(offset => lineColumn(w.text, offset)), after])
          // And the file holds there the character itself, or the escape writing it.
          const held = reported
            .slice(0, -1)
            .filter((p, o) => !w.text.startsWith(w.forms[o] ?? '', offsetOf(w.text, p)))
          expect(held).toEqual([])
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('positionAt', () => {
  it('without runs: column + offset on the record line (records copied as is)', () => {
    expect(positionAt({ line: 3, column: 7 }, 0)).toEqual({ line: 3, column: 7 })
    expect(positionAt({ line: 3, column: 7 }, 5)).toEqual({ line: 3, column: 12 })
  })

  it('a run nothing in the file writes, or an offset before the text: the record start', () => {
    const place = {
      line: 2,
      column: 4,
      textRuns: [
        { from: 0, at: { line: 2, column: 4 } },
        { from: 3, at: null },
        { from: 6, at: { line: 5, column: 1 } }
      ]
    }
    expect(positionAt(place, 2)).toEqual({ line: 2, column: 6 })
    expect(positionAt(place, 4)).toEqual({ line: 2, column: 4 })
    expect(positionAt(place, 7)).toEqual({ line: 5, column: 2 })
    expect(positionAt(place, -1)).toEqual({ line: 2, column: 4 })
  })
})
