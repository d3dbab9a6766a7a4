/**
 * SMTP replies (RFC 5321 section 4.2) read from a byte stream, within bounds: a reply is one line
 * `250 text`, or several `250-text` lines ended by a `250 text` line, each with the same code.
 * Pure (no I/O): the SMTP probe pushes what the socket gives; the property tests push anything.
 */
import type { SmtpReplyFacts } from './types.js'

export interface ReplyLimits {
  /** The longest line, in bytes before its LF (RFC 5321 4.5.3.1.5 says 512 with the CRLF). */
  maxLineBytes: number
  /** The most lines of one reply. */
  maxLines: number
  /** The most bytes read over the whole conversation. */
  maxBytes: number
}

/** Generous against RFC 5321's limits: servers that exceed them a little still speak SMTP. */
export const DEFAULT_REPLY_LIMITS: ReplyLimits = {
  maxLineBytes: 2048,
  maxLines: 100,
  maxBytes: 64 * 1024
}

export interface ReplyRead {
  /** Replies completed by this chunk, in order. */
  replies: SmtpReplyFacts[]
  /** Set once the stream is no SMTP (or over a bound); nothing more is read after it. */
  error?: string
}

const LF = 0x0a
const CR = 0x0d
const SP = 0x20
const DASH = 0x2d
const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39
/** `2yz` to `5yz` (RFC 5321 4.2). */
const isCode = (line: Uint8Array): boolean =>
  line.length >= 3 && line[0] >= 0x32 && line[0] <= 0x35 && isDigit(line[1]) && isDigit(line[2])

/** Printable text of a line: controls (but tab) shown as `\xNN`, invalid UTF-8 as U+FFFD. */
const lineText = (bytes: Uint8Array): string => {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  let out = ''
  for (const c of text) {
    const code = c.charCodeAt(0)
    out +=
      (code < 0x20 && c !== '\t') || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c
  }
  return out
}

/** A short, printable quote of a bad line for an error message. */
const shown = (bytes: Uint8Array): string => {
  const text = lineText(bytes.subarray(0, 60))
  return JSON.stringify(bytes.length > 60 ? `${text}...` : text)
}

export class ReplyReader {
  private pending: Uint8Array[] = []
  private pendingSize = 0
  private lines: string[] = []
  private code: number | undefined
  private total = 0
  private failed: string | undefined

  constructor(private readonly limits: ReplyLimits = DEFAULT_REPLY_LIMITS) {}

  /** Bytes read so far. */
  get bytesRead(): number {
    return this.total
  }

  /** Whether a reply has begun (a continuation line read) without its last line yet. */
  get inReply(): boolean {
    return this.code !== undefined
  }

  /** Bytes after the last complete line (a server that speaks before its turn). */
  get leftover(): number {
    return this.pendingSize
  }

  push(chunk: Uint8Array): ReplyRead {
    const replies: SmtpReplyFacts[] = []
    if (this.failed !== undefined) return { replies, error: this.failed }
    let start = 0
    const fail = (error: string): ReplyRead => {
      this.failed = error
      this.pending = []
      this.pendingSize = 0
      return { replies, error }
    }
    const room = this.limits.maxBytes - this.total
    if (chunk.length > room) {
      // Only what fits is read: the rest may hold replies, but the bound is the bound.
      const read = this.push(chunk.subarray(0, Math.max(0, room)))
      if (read.error !== undefined) return read
      replies.push(...read.replies)
      this.total = this.limits.maxBytes
      return fail(`more than ${this.limits.maxBytes} bytes sent`)
    }
    this.total += chunk.length
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] !== LF) continue
      const part = chunk.subarray(start, i)
      start = i + 1
      let line: Uint8Array = part
      if (this.pendingSize > 0) {
        line = concat([...this.pending, part], this.pendingSize + part.length)
        this.pending = []
        this.pendingSize = 0
      }
      if (line.length > this.limits.maxLineBytes + 1) {
        return fail(`a line longer than ${this.limits.maxLineBytes} bytes`)
      }
      if (line.length > 0 && line[line.length - 1] === CR) line = line.subarray(0, line.length - 1)
      if (line.length > this.limits.maxLineBytes) {
        return fail(`a line longer than ${this.limits.maxLineBytes} bytes`)
      }
      const sep = line.length === 3 ? SP : line[3]
      if (!isCode(line) || (sep !== SP && sep !== DASH)) {
        return fail(`not an SMTP reply line: ${shown(line)}`)
      }
      const code = (line[0] - 0x30) * 100 + (line[1] - 0x30) * 10 + (line[2] - 0x30)
      if (this.code !== undefined && code !== this.code) {
        return fail(`a reply line with code ${code} inside a ${this.code} reply`)
      }
      this.code = code
      this.lines.push(lineText(line.subarray(4)))
      if (sep === DASH) {
        if (this.lines.length >= this.limits.maxLines) {
          return fail(`a reply of more than ${this.limits.maxLines} lines`)
        }
        continue
      }
      replies.push({ code, lines: this.lines })
      this.code = undefined
      this.lines = []
    }
    const rest = chunk.subarray(start)
    if (rest.length > 0) {
      if (this.pendingSize + rest.length > this.limits.maxLineBytes + 1) {
        return fail(`a line longer than ${this.limits.maxLineBytes} bytes`)
      }
      // A copy: the socket may reuse its buffer.
      this.pending.push(Uint8Array.from(rest))
      this.pendingSize += rest.length
    }
    return { replies }
  }
}

const concat = (parts: readonly Uint8Array[], size: number): Uint8Array => {
  const out = new Uint8Array(size)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** The reply as one line of text for a message: `554 5.7.1 no service here`. */
export const replyText = (reply: SmtpReplyFacts, max = 200): string => {
  const text = `${reply.code} ${reply.lines.join(' / ')}`.trim()
  return text.length > max ? `${text.slice(0, max)}...` : text
}

/** The EHLO keywords of a 250 reply (the first line greets: the rest name extensions). */
export const ehloKeywords = (reply: SmtpReplyFacts): string[] =>
  reply.lines
    .slice(1)
    .map(l => l.trim().split(/\s+/)[0].toUpperCase())
    .filter(k => k !== '')
