/**
 * The SMTP reply reader: examples of RFC 5321's reply forms, and properties over any split of
 * any well-formed replies and over arbitrary bytes (fast-check).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  DEFAULT_REPLY_LIMITS,
  ReplyReader,
  ehloKeywords,
  type ReplyRead,
  replyText,
  type ReplyLimits
} from '../../src/verify/smtp-reply.js'
import type { SmtpReplyFacts } from '../../src/verify/types.js'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

/** Whether text holds a control character other than tab. */
const hasControl = (text: string): boolean =>
  [...text].some(c => c !== '\t' && (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

/** Everything read from `chunks`: the replies, and the error when there is one. */
const readAll = (
  chunks: readonly Uint8Array[],
  limits?: ReplyLimits
): { replies: SmtpReplyFacts[]; error?: string } => {
  const reader = new ReplyReader(limits)
  const replies: SmtpReplyFacts[] = []
  for (const c of chunks) {
    const r = reader.push(c)
    replies.push(...r.replies)
    if (r.error !== undefined) return { replies, error: r.error }
  }
  return { replies }
}

describe('ReplyReader', () => {
  it('reads one-line and multi-line replies, CRLF or bare LF', () => {
    const r = readAll([bytes('220 mx ESMTP\r\n250-mx hello\r\n250-STARTTLS\n250 SIZE 100\r\n')])
    expect(r).toEqual({
      replies: [
        { code: 220, lines: ['mx ESMTP'] },
        { code: 250, lines: ['mx hello', 'STARTTLS', 'SIZE 100'] }
      ]
    })
  })

  it('reads a bare code as a line without text', () => {
    expect(readAll([bytes('250\r\n')])).toEqual({ replies: [{ code: 250, lines: [''] }] })
  })

  it('waits for the end of a line split across chunks', () => {
    const reader = new ReplyReader()
    expect(reader.push(bytes('22'))).toEqual({ replies: [] })
    expect(reader.push(bytes('0 hi\r'))).toEqual({ replies: [] })
    expect(reader.push(bytes('\n'))).toEqual({ replies: [{ code: 220, lines: ['hi'] }] })
  })

  it.each([
    ['HTTP/1.1 200 OK\r\n', 'not an SMTP reply line: "HTTP/1.1 200 OK"'],
    ['220hello\r\n', 'not an SMTP reply line'],
    ['120 hi\r\n', 'not an SMTP reply line'],
    ['22 hi\r\n', 'not an SMTP reply line'],
    ['\r\n', 'not an SMTP reply line'],
    ['250-a\r\n251 b\r\n', 'a reply line with code 251 inside a 250 reply']
  ])('refuses %j', (text, error) => {
    expect(readAll([bytes(text)]).error).toContain(error)
  })

  it('escapes control characters in the text it keeps and in its errors', () => {
    const r = readAll([bytes('220 a\u0000b\u001b\r\n\u0007\r\n')])
    expect(r.replies[0].lines[0]).toBe('a\\x00b\\x1b')
    expect(r.error).toContain('\\\\x07')
  })

  it('stops at a line longer than the bound, even before its end arrives', () => {
    const limits = { ...DEFAULT_REPLY_LIMITS, maxLineBytes: 16 }
    expect(readAll([bytes(`220 ${'x'.repeat(20)}`)], limits).error).toBe(
      'a line longer than 16 bytes'
    )
    // Exactly the bound (CR not counted) is read.
    expect(readAll([bytes(`220 ${'x'.repeat(12)}\r\n`)], limits).replies).toHaveLength(1)
  })

  it('stops at a reply of more lines than the bound', () => {
    const limits = { ...DEFAULT_REPLY_LIMITS, maxLines: 3 }
    expect(readAll([bytes('250-a\r\n250-b\r\n250 c\r\n')], limits).replies).toHaveLength(1)
    expect(readAll([bytes('250-a\r\n250-b\r\n250-c\r\n250 d\r\n')], limits).error).toBe(
      'a reply of more than 3 lines'
    )
  })

  it('stops at the byte bound, keeping what came before it', () => {
    const limits = { ...DEFAULT_REPLY_LIMITS, maxBytes: 20 }
    const r = readAll([bytes('220 hi\r\n250 ok\r\n'), bytes('250 more\r\n')], limits)
    expect(r.replies).toHaveLength(2)
    expect(r.error).toBe('more than 20 bytes sent')
  })

  it('says the same error again after one, and reads nothing more', () => {
    const reader = new ReplyReader()
    expect(reader.push(bytes('junk\r\n')).error).toBeDefined()
    expect(reader.push(bytes('220 fine\r\n'))).toEqual({
      replies: [],
      error: 'not an SMTP reply line: "junk"'
    })
  })

  it('knows a reply under way and bytes after the last line', () => {
    const reader = new ReplyReader()
    reader.push(bytes('250-a\r\n'))
    expect(reader.inReply).toBe(true)
    reader.push(bytes('250 b\r\n25'))
    expect(reader.inReply).toBe(false)
    expect(reader.leftover).toBe(2)
    expect(reader.bytesRead).toBe(16)
  })
})

describe('replyText and ehloKeywords', () => {
  it('show a reply on one line, shortened', () => {
    expect(replyText({ code: 554, lines: ['5.7.1 no', 'service'] })).toBe('554 5.7.1 no / service')
    expect(replyText({ code: 250, lines: ['x'.repeat(300)] }, 10)).toBe('250 xxxxxx...')
  })

  it('take the first word of each line after the greeting line, upper case', () => {
    expect(
      ehloKeywords({ code: 250, lines: ['mx hi', 'starttls', 'SIZE 100', ' ', 'auth PLAIN'] })
    ).toEqual(['STARTTLS', 'SIZE', 'AUTH'])
  })
})

// --- Properties -----------------------------------------------------------------------------

/** Reply text: printable ASCII without CR or LF (what servers send). */
const text = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map(c => String.fromCharCode(c)),
  maxLength: 60
})
const reply = fc.record({
  code: fc.integer({ min: 200, max: 599 }),
  lines: fc.array(text, { minLength: 1, maxLength: 6 })
})

const serialize = (replies: readonly SmtpReplyFacts[], lf: boolean): string =>
  replies
    .map(r =>
      r.lines
        .map((l, i) => `${r.code}${i === r.lines.length - 1 ? ' ' : '-'}${l}${lf ? '\n' : '\r\n'}`)
        .join('')
    )
    .join('')

/** `data` cut at the given points (sorted, deduplicated, within bounds). */
const splitAt = (data: Uint8Array, cuts: readonly number[]): Uint8Array[] => {
  const points = [...new Set(cuts.map(c => c % (data.length + 1)))].sort((a, b) => a - b)
  const out: Uint8Array[] = []
  let at = 0
  for (const p of points) {
    out.push(data.subarray(at, p))
    at = p
  }
  out.push(data.subarray(at))
  return out
}

describe('ReplyReader properties', () => {
  it('reads back any well-formed replies, however the stream is split', () => {
    fc.assert(
      fc.property(
        fc.array(reply, { maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 10 }),
        (replies, lf, cuts) => {
          const data = bytes(serialize(replies, lf))
          const r = readAll(splitAt(data, cuts))
          expect(r.error).toBeUndefined()
          expect(r.replies).toEqual(replies)
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('never throws on arbitrary bytes, and keeps every bound', () => {
    const limits: ReplyLimits = { maxLineBytes: 40, maxLines: 4, maxBytes: 300 }
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 120 }), { maxLength: 8 }), chunks => {
        const reader = new ReplyReader(limits)
        let failed = false
        const afterError: ReplyRead[] = []
        for (const c of chunks) {
          const r = reader.push(c)
          for (const reply of r.replies) {
            expect(reply.code).toBeGreaterThanOrEqual(200)
            expect(reply.code).toBeLessThan(600)
            expect(reply.lines.length).toBeGreaterThan(0)
            expect(reply.lines.length).toBeLessThanOrEqual(limits.maxLines)
            for (const l of reply.lines) expect(hasControl(l)).toBe(false)
          }
          if (failed) afterError.push(r)
          if (r.error !== undefined) failed = true
          expect(reader.bytesRead).toBeLessThanOrEqual(limits.maxBytes)
          expect(reader.leftover).toBeLessThanOrEqual(limits.maxLineBytes + 1)
        }
        // Once failed, the reader reads nothing more and says its error again.
        expect(afterError.every(a => a.replies.length === 0 && a.error !== undefined)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  it('a line over the bound is an error wherever it is cut', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 41, max: 200 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (n, cuts) => {
          const data = bytes(`220 ${'x'.repeat(n - 4)}\r\n`)
          const r = readAll(splitAt(data, cuts), { maxLineBytes: 40, maxLines: 4, maxBytes: 1000 })
          expect(r.error).toBe('a line longer than 40 bytes')
          expect(r.replies).toEqual([])
        }
      )
    )
  })
})
