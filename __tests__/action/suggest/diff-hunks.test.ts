/**
 * Which lines of the new file a pull request file's patch shows: the lines a RIGHT-side review
 * comment may go on. Table-driven cases, and properties: any text is read without throwing, and
 * a generated diff gives exactly its added and context lines.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { rightSideLines } from '../../../src/repo/diff-hunks.js'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

const CASES: { name: string; patch: string | null | undefined; shown: [number, string][] }[] = [
  { name: 'no patch (binary or too large)', patch: undefined, shown: [] },
  { name: 'a null patch', patch: null, shown: [] },
  { name: 'an empty patch', patch: '', shown: [] },
  { name: 'text that is no diff', patch: 'hello\n+world\n world', shown: [] },
  {
    name: 'context, removed and added lines',
    patch: '@@ -10,4 +10,4 @@ $ORIGIN example.com.\n a\n-b\n+B\n c\n d',
    shown: [
      [10, 'a'],
      [11, 'B'],
      [12, 'c'],
      [13, 'd']
    ]
  },
  {
    name: 'counts left out mean 1',
    patch: '@@ -3 +3 @@\n-old\n+new',
    shown: [[3, 'new']]
  },
  {
    name: 'a new file',
    patch: '@@ -0,0 +1,3 @@\n+version: STSv1\n+mode: enforce\n+max_age: 86400',
    shown: [
      [1, 'version: STSv1'],
      [2, 'mode: enforce'],
      [3, 'max_age: 86400']
    ]
  },
  { name: 'a deleted file', patch: '@@ -1,2 +0,0 @@\n-a\n-b', shown: [] },
  {
    name: 'two hunks, lines between them not shown',
    patch: '@@ -1,2 +1,3 @@\n a\n+b\n c\n@@ -20,2 +21,2 @@ zone\n-x\n+y\n z',
    shown: [
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [21, 'y'],
      [22, 'z']
    ]
  },
  {
    name: '"\\ No newline at end of file" is no line',
    patch:
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file',
    shown: [
      [1, 'a'],
      [2, 'c']
    ]
  },
  {
    name: 'a CRLF file: the CR is not part of the line',
    patch: '@@ -1,2 +1,2 @@\n a\r\n-id=1\r\n+id=2\r',
    shown: [
      [1, 'a'],
      [2, 'id=2']
    ]
  },
  {
    name: 'a final line break starts no line',
    patch: '@@ -1,1 +1,2 @@\n a\n+b\n',
    shown: [
      [1, 'a'],
      [2, 'b']
    ]
  },
  {
    name: 'an empty line is a context line whose space was stripped',
    patch: '@@ -1,3 +1,3 @@\n a\n\n-c\n+C',
    shown: [
      [1, 'a'],
      [2, ''],
      [3, 'C']
    ]
  },
  {
    name: 'lines after the counts are not shown',
    patch: '@@ -1 +1 @@\n a\n b\n+c',
    shown: [[1, 'a']]
  },
  {
    name: 'a truncated hunk keeps the lines it has',
    patch: '@@ -1,10 +1,10 @@\n a\n b',
    shown: [
      [1, 'a'],
      [2, 'b']
    ]
  },
  {
    name: 'a line the counts do not allow ends the hunk',
    patch: '@@ -1,2 +1,1 @@\n a\n+b\n c',
    shown: [[1, 'a']]
  },
  {
    name: 'a line with another mark ends the hunk',
    patch: '@@ -1,3 +1,3 @@\n a\n*b\n c',
    shown: [[1, 'a']]
  },
  {
    name: 'content that looks like a header is content',
    patch: '@@ -1,1 +1,2 @@\n a\n+@@ -1 +1 @@',
    shown: [
      [1, 'a'],
      [2, '@@ -1 +1 @@']
    ]
  },
  { name: 'a hunk starting at line 0 of the new file', patch: '@@ -1 +0,1 @@\n a', shown: [] },
  { name: 'a header with no numbers', patch: '@@ -a +b @@\n a', shown: [] }
]

describe('rightSideLines', () => {
  it.each(CASES)('$name', ({ patch, shown }) => {
    expect([...rightSideLines(patch)]).toEqual(shown)
  })

  it('reads a GitHub patch of a zone file', () => {
    const patch = [
      '@@ -8,7 +8,7 @@ $TTL 3600',
      ' @         IN MX 10 mail.example.com.',
      ' mail      IN A     192.0.2.25',
      ' mta-sts   IN CNAME example.github.io.',
      '-_mta-sts  IN TXT   "v=STSv1; id=20240101T000000Z"',
      '+_mta-sts  IN TXT   "v=STSv1; id=20250701T150000Z"',
      ' _smtp._tls IN TXT  "v=TLSRPTv1; rua=mailto:tls@example.com"',
      ' ',
      ' www       IN CNAME example.github.io.'
    ].join('\n')
    const shown = rightSideLines(patch)
    expect([...shown.keys()]).toEqual([8, 9, 10, 11, 12, 13, 14])
    expect(shown.get(11)).toBe('_mta-sts  IN TXT   "v=STSv1; id=20250701T150000Z"')
    expect(shown.get(13)).toBe('')
  })

  /** Random text, and text made of diff-like pieces so the parser goes past the first line. */
  const PIECES = ['@@ -1,3 +1,4 @@', '@@ -0,0 +1 @@', '@@ -5 +7,2 @@ x', '@@', ' ', '+', '-']
  const diffLike = fc
    .array(
      fc.oneof(
        fc.constantFrom(...PIECES),
        fc.string({ maxLength: 10 }),
        fc.constantFrom('\n', '\r\n', '\\ No newline at end of file\n'),
        fc.integer({ min: -5, max: 2 ** 53 }).map(String)
      ),
      { maxLength: 60 }
    )
    .map(parts => parts.join(''))
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    diffLike
  )

  it('never throws on any text, and gives only lines of the text from 1 on', () => {
    fc.assert(
      fc.property(anyText, text => {
        const shown = rightSideLines(text)
        for (const [line, content] of shown) {
          expect(Number.isInteger(line) && line >= 1).toBe(true)
          expect(content).not.toMatch(/\n/)
          expect(text).toContain(content)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('gives exactly the added and context lines of a generated diff', () => {
    const op = fc.record({
      kind: fc.constantFrom<'ctx' | 'add' | 'del'>('ctx', 'add', 'del'),
      text: fc.string({ maxLength: 12 }).map(s => s.replace(/[\r\n]/g, ''))
    })
    const hunk = fc.record({
      gap: fc.integer({ min: 0, max: 50 }),
      ops: fc.array(op, { minLength: 1, maxLength: 12 })
    })
    fc.assert(
      fc.property(fc.array(hunk, { maxLength: 4 }), fc.boolean(), (hunks, crlf) => {
        const out: string[] = []
        const want = new Map<number, string>()
        let oldAt = 1
        let newAt = 1
        for (const h of hunks) {
          oldAt += h.gap
          newAt += h.gap
          const olds = h.ops.filter(o => o.kind !== 'add').length
          const news = h.ops.filter(o => o.kind !== 'del').length
          out.push(
            `@@ -${olds === 0 ? oldAt - 1 : oldAt},${olds} +${news === 0 ? newAt - 1 : newAt},${news} @@`
          )
          for (const o of h.ops) {
            const eol = crlf ? '\r' : ''
            if (o.kind === 'del') {
              out.push(`-${o.text}${eol}`)
              oldAt++
            } else {
              out.push(`${o.kind === 'add' ? '+' : ' '}${o.text}${eol}`)
              want.set(newAt++, o.text)
              if (o.kind === 'ctx') oldAt++
            }
          }
        }
        expect(rightSideLines(out.join('\n'))).toEqual(want)
      }),
      { numRuns: 300 }
    )
  })
})
