/**
 * A bump as line edits: only the lines that differ, 1-based, without the CR of a CRLF line,
 * and a RangeError when the change does not keep the line count.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { describeLineEdit, lineEdits, type LineEdit } from '../../../src/repo/line-edits.js'
import { bumpId } from '../../../src/repo/sources/bump.js'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

const NEW = '20250701T150000Z'

const CASES: { name: string; before: string; after: string; edits: LineEdit[] }[] = [
  { name: 'no change', before: 'a\nb\n', after: 'a\nb\n', edits: [] },
  { name: 'empty texts', before: '', after: '', edits: [] },
  {
    name: 'one line of an LF file',
    before: 'version: STSv1\nid: 1\nmode: enforce\n',
    after: `version: STSv1\nid: ${NEW}\nmode: enforce\n`,
    edits: [{ line: 2, before: 'id: 1', after: `id: ${NEW}` }]
  },
  {
    name: 'a CRLF file: no CR in the edit',
    before: '$ORIGIN example.com.\r\n_mta-sts TXT "v=STSv1; id=1"\r\n',
    after: `$ORIGIN example.com.\r\n_mta-sts TXT "v=STSv1; id=${NEW}"\r\n`,
    edits: [
      {
        line: 2,
        before: '_mta-sts TXT "v=STSv1; id=1"',
        after: `_mta-sts TXT "v=STSv1; id=${NEW}"`
      }
    ]
  },
  {
    name: 'the last line without a line break',
    before: 'a\n"v=STSv1; id=old"',
    after: `a\n"v=STSv1; id=${NEW}"`,
    edits: [{ line: 2, before: '"v=STSv1; id=old"', after: `"v=STSv1; id=${NEW}"` }]
  },
  {
    name: 'two lines, in line order',
    before: 'x id=1\ny\nz id=2\n',
    after: `x id=${NEW}\ny\nz id=${NEW}\n`,
    edits: [
      { line: 1, before: 'x id=1', after: `x id=${NEW}` },
      { line: 3, before: 'z id=2', after: `z id=${NEW}` }
    ]
  },
  { name: 'only a CR differs: no edit', before: 'a\r\nb\n', after: 'a\nb\n', edits: [] },
  {
    name: 'a bare CR stays inside its line, as git counts lines',
    before: 'a\rid=1\nb',
    after: 'a\rid=2\nb',
    edits: [{ line: 1, before: 'a\rid=1', after: 'a\rid=2' }]
  },
  {
    name: 'an empty line emptied or filled',
    before: 'a\n\nc',
    after: 'a\nb\nc',
    edits: [{ line: 2, before: '', after: 'b' }]
  }
]

describe('lineEdits', () => {
  it.each(CASES)('$name', ({ before, after, edits }) => {
    expect(lineEdits(before, after)).toEqual(edits)
  })

  it.each([
    ['a line added', 'a\n', 'a\nb\n', /2 lines before, 3 after/],
    ['a line removed', 'a\nb', 'a', /2 lines before, 1 after/],
    ['a final line break added', 'a', 'a\n', /1 line before, 2 after/]
  ])('throws a RangeError when the line count changes: %s', (_name, before, after, message) => {
    expect(() => lineEdits(before, after)).toThrow(RangeError)
    expect(() => lineEdits(before, after)).toThrow(message)
  })

  it("turns a bump of a multi-line BIND record in a CRLF zone into the id line's edit", () => {
    const zone =
      '$ORIGIN example.com.\r\n' +
      '_mta-sts\t300 IN TXT ( "v=STSv1; "\r\n' +
      '  "id=1634120459;" ) ; keep me\r\n'
    const start = zone.indexOf('1634120459')
    const bumped = bumpId(zone, [start, start + 10], NEW)
    expect(lineEdits(zone, bumped)).toEqual([
      {
        line: 3,
        before: '  "id=1634120459;" ) ; keep me',
        after: `  "id=${NEW};" ) ; keep me`
      }
    ])
  })

  it('gives edits that turn the lines before into the lines after', () => {
    const line = fc.string({ maxLength: 20 }).map(s => s.replace(/[\r\n]/g, ''))
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), line), { maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        (lines, changes, eol) => {
          const after = [...lines]
          for (const [at, text] of changes) if (after.length > 0) after[at % after.length] = text
          const edits = lineEdits(lines.join(eol), after.join(eol))
          const applied = [...lines]
          for (const e of edits) {
            expect(applied[e.line - 1]).toBe(e.before)
            expect(e.before).not.toBe(e.after)
            expect(e.after).not.toMatch(/[\r\n]/)
            applied[e.line - 1] = e.after
          }
          expect(applied).toEqual(after)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('describeLineEdit', () => {
  it('says which line to replace, and with what, for an annotation', () => {
    expect(
      describeLineEdit({
        path: 'dns/example.com.zone',
        line: 12,
        before: '_mta-sts TXT "v=STSv1; id=1"',
        after: `_mta-sts TXT "v=STSv1; id=${NEW}"`
      })
    ).toBe(`replace line 12 of dns/example.com.zone with: _mta-sts TXT "v=STSv1; id=${NEW}"`)
  })
})
