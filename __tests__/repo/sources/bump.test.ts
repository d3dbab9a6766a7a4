/**
 * Bumping an id in place: only the id's characters change, in every format (CRLF, quoting,
 * comments and everything else byte-identical), and fresh ids are `YYYYMMDDTHHMMSSZ` in UTC.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { bumpId } from '../../../src/repo/sources/bump.js'
import { policyIdAt } from '../../../src/record/policy-id.js'
import { loadParser, parseSource } from '../../../src/repo/sources/index.js'
import type { SourceFormat } from '../../../src/repo/sources/types.js'
import { isValidId } from '../../../src/record/sts.js'

await loadParser('octodns')

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

const NEW = '20250701T150000Z'

const FILES: { format: SourceFormat; file: string; text: string; bumped: string }[] = [
  {
    format: 'bind',
    file: 'example.com.zone',
    text: '$ORIGIN example.com.\r\n_mta-sts\t300 IN TXT ( "v=STSv1; "\r\n  "id=1634120459;" ) ; keep me\r\n',
    bumped: `$ORIGIN example.com.\r\n_mta-sts\t300 IN TXT ( "v=STSv1; "\r\n  "id=${NEW};" ) ; keep me\r\n`
  },
  {
    format: 'octodns',
    file: 'example.com.yaml',
    text: "_mta-sts:\r\n  type: TXT\r\n  value: 'v=STSv1\\; id=abc'   # comment\r\n",
    bumped: `_mta-sts:\r\n  type: TXT\r\n  value: 'v=STSv1\\; id=${NEW}'   # comment\r\n`
  },
  {
    format: 'dnscontrol',
    file: 'dnsconfig.js',
    text: "D('example.com', REG,\n  TXT('_mta-sts', 'v=STSv1; id=202110111304'), // keep\n);",
    bumped: `D('example.com', REG,\n  TXT('_mta-sts', 'v=STSv1; id=${NEW}'), // keep\n);`
  },
  {
    format: 'terraform',
    file: 'main.tf',
    text: 'resource "cloudflare_dns_record" "s" {\r\n  name    = "_mta-sts"\r\n  type    = "TXT"\r\n  content = "v=STSv1; id=1;"\r\n}\r\n',
    bumped: `resource "cloudflare_dns_record" "s" {\r\n  name    = "_mta-sts"\r\n  type    = "TXT"\r\n  content = "v=STSv1; id=${NEW};"\r\n}\r\n`
  },
  {
    format: 'plain',
    file: 'record.txt',
    text: '"v=STSv1; id=old"',
    bumped: `"v=STSv1; id=${NEW}"`
  }
]

describe('bumpId', () => {
  it.each(FILES)('$format: only the id changes', ({ format, file, text, bumped }) => {
    const f = parseSource(file, text, { format })
    const span = f?.records.find(r => r.idSpan !== undefined)?.idSpan
    expect(span).toBeDefined()
    if (span === undefined) return
    const out = bumpId(text, span, NEW)
    expect(out).toBe(bumped)
    expect(out.slice(0, span[0])).toBe(text.slice(0, span[0]))
    expect(out.slice(span[0] + NEW.length)).toBe(text.slice(span[1]))
    // And the bumped file reads back with the new id at the new span.
    const again = parseSource(file, out, { format })
    const r = again?.records.find(x => x.idSpan !== undefined)
    expect(r?.idSpan).toEqual([span[0], span[0] + NEW.length])
  })

  it('replaces exactly the span, whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.stringMatching(/^[A-Za-z0-9]{1,32}$/),
        fc.stringMatching(/^[A-Za-z0-9]{1,32}$/),
        (before, after, oldId, newId) => {
          const text = before + oldId + after
          const out = bumpId(text, [before.length, before.length + oldId.length], newId)
          expect(out).toBe(before + newId + after)
        }
      )
    )
  })

  it.each([
    [[-1, 2], 'abc'],
    [[2, 1], 'abc'],
    [[0, 99], 'abc'],
    [[0.5, 1], 'abc'],
    [[0, 1], 'not-valid'],
    [[0, 1], ''],
    [[0, 1], 'a'.repeat(33)]
  ] as [[number, number], string][])('throws a RangeError on span %j / id %j', (span, id) => {
    expect(() => bumpId('abc', span, id)).toThrow(RangeError)
  })
})

describe('policyIdAt', () => {
  it('is YYYYMMDDTHHMMSSZ in UTC', () => {
    expect(policyIdAt(new Date(Date.UTC(2025, 6, 1, 15, 0, 0)))).toBe('20250701T150000Z')
    expect(policyIdAt(new Date('2024-02-29T23:59:59.999+01:00'))).toBe('20240229T225959Z')
  })

  it('is always a valid id, 16 characters, ordered like the time', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true
        }),
        d => {
          const id = policyIdAt(d)
          expect(isValidId(id)).toBe(true)
          expect(id).toMatch(/^\d{8}T\d{6}Z$/)
          expect(id).toBe(`${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`)
        }
      )
    )
  })

  it('throws on an invalid date', () => {
    expect(() => policyIdAt(new Date(NaN))).toThrow(RangeError)
  })
})
