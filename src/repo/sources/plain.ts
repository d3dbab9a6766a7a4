/**
 * A file named in the config that holds just the record text: one record per non-blank line,
 * either as written (`v=STSv1; id=20250701T150000Z`) or in zone-file presentation form, one or
 * more double-quoted strings joined with nothing (`"v=STSv1; " "id=20250701T150000Z"`), or in
 * single quotes. Lines starting with `#` are comments. The text is kept as written otherwise
 * (a leading space stays, for the linter to flag).
 *
 * The owner is `_smtp._tls` for a TLS-RPT record and `_mta-sts` for anything else, relative: the
 * config says which domain the file is for.
 */
import type { DnsRecord, SourceFile, SourceParser } from './types.js'
import { LineIndex, type Mapped, mapped, MappedBuilder } from './mapped-text.js'
import { guarded, makeRecord } from './parser-output.js'

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t'

/** `"a" "b"` (double quotes, escapes `\"` `\\` `\DDD`) or `'a'`; undefined when not that form. */
const readQuoted = (line: string, start: number, from: number): Mapped | undefined => {
  let i = from
  const b = new MappedBuilder()
  if (line[i] === "'") {
    const close = line.lastIndexOf("'")
    if (close <= i || line.slice(close + 1).trim() !== '') return undefined
    return mapped(line.slice(i + 1, close), start + i + 1)
  }
  let strings = 0
  while (i < line.length) {
    if (line[i] !== '"') return undefined
    i++
    let closed = false
    while (i < line.length) {
      const c = line[i]
      if (c === '"') {
        closed = true
        i++
        break
      }
      if (c === '\\') {
        const digits = /^\d{3}/.exec(line.slice(i + 1, i + 4))
        if (digits !== null) {
          b.escaped(String.fromCharCode(Number(digits[0]) & 0xff), start + i)
          i += 4
        } else if (i + 1 < line.length) {
          b.escaped(line[i + 1] ?? '', start + i)
          i += 2
        } else {
          b.push('\\', start + i)
          i++
        }
      } else {
        b.push(c ?? '', start + i)
        i++
      }
    }
    if (!closed) return undefined
    strings++
    while (isBlank(line[i])) i++
  }
  return strings > 0 ? b.done() : undefined
}

export const parsePlain: SourceParser = (text: string): SourceFile =>
  guarded('plain', () => {
    const lines = new LineIndex(text)
    const records: DnsRecord[] = []
    let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0
    const body = text.slice(offset)
    for (const raw of body.split('\n')) {
      const start = offset
      offset += raw.length + 1
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      let i = 0
      while (isBlank(line[i])) i++
      if (i === line.length || line[i] === '#') continue
      const quoted = line[i] === '"' || line[i] === "'" ? readQuoted(line, start, i) : undefined
      const value = quoted ?? mapped(line, start)
      const at = quoted === undefined ? start : (quoted.map.find(m => m >= 0) ?? start + i + 1)
      const owner = /^["'\s]*v\s*=\s*tlsrpt/i.test(value.text) ? '_smtp._tls' : '_mta-sts'
      records.push(makeRecord(lines, owner, 'TXT', value, at))
    }
    return { format: 'plain', records, problems: [] }
  })
