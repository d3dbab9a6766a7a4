/**
 * HCL template text (quoted strings and heredocs) as parts: literal text mapped to its file
 * offsets, and the source ranges of `${...}` interpolations and `%{...}` directives. Nested
 * templates are scanned without recursion.
 */
import { type Mapped, MappedBuilder } from '../mapped-text.js'

export type Part =
  | { kind: 'lit'; value: Mapped }
  /** `${...}` or `%{...}`: the expression's source range (inside the braces). */
  | { kind: 'interp'; start: number; end: number; directive: boolean }

const STRING_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

/**
 * Scans nested template syntax without recursion (a hostile `"${"${"${...` cannot overflow the
 * stack): from inside a string (`'s'`, just after its quote) or an interpolation (`'i'`, just
 * after `${`), the offset just after the `"` or `}` that closes it. A string also stops at a line
 * end (unterminated); `closed` tells which happened.
 */
const scanNested = (
  text: string,
  from: number,
  end: number,
  first: 's' | 'i'
): { end: number; closed: boolean } => {
  // 's' = inside a string; a number = brace depth inside an interpolation.
  const stack: ('s' | number)[] = [first === 's' ? 's' : 0]
  let j = from
  while (j < end) {
    const top = stack[stack.length - 1] ?? 's'
    const c = text[j]
    if (top === 's') {
      if (c === '\\') j += 2
      else if ((c === '$' || c === '%') && text[j + 1] === '{' && text[j - 1] !== c) {
        stack.push(0)
        j += 2
      } else if (c === '"') {
        stack.pop()
        j++
        if (stack.length === 0) return { end: j, closed: true }
      } else if (c === '\n') {
        stack.pop()
        if (stack.length === 0) return { end: j, closed: false }
        j++
      } else j++
      continue
    }
    if (c === '"') stack.push('s')
    else if (c === '{') stack[stack.length - 1] = top + 1
    else if (c === '}') {
      if (top === 0) {
        stack.pop()
        if (stack.length === 0) return { end: j + 1, closed: true }
      } else stack[stack.length - 1] = top - 1
    }
    j++
  }
  return { end: Math.min(j, end), closed: false }
}

/** From just after `${` or `%{`: the offset of the matching `}` (or the end). */
const skipInterp = (text: string, i: number, end: number): number => {
  const r = scanNested(text, i, end, 'i')
  return r.closed ? r.end - 1 : end
}

/** From a `"`: the offset after the closing quote (or the end of the line). */
export const skipString = (text: string, i: number, end: number): number =>
  scanNested(text, i + 1, end, 's').end

/**
 * Template text between `from` and `to` as parts. `escapes`: backslash escapes apply (quoted
 * strings; not heredocs). `stripIndent`: characters to drop at each line start (`<<-`).
 */
export const templateParts = (text: string, from: number, to: number, escapes: boolean): Part[] => {
  const parts: Part[] = []
  let b = new MappedBuilder()
  let i = from
  while (i < to) {
    const c = text[i] ?? ''
    if (escapes && c === '\\') {
      const e = text[i + 1] ?? ''
      const simple = STRING_ESCAPES[e]
      if (simple !== undefined) {
        b.escaped(simple, i)
        i += 2
        continue
      }
      const len = e === 'u' ? 4 : e === 'U' ? 8 : 0
      const hex = text.slice(i + 2, i + 2 + len)
      if (len > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
        const cp = parseInt(hex, 16)
        b.escaped(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', i)
        i += 2 + len
        continue
      }
      b.push('\\', i)
      i++
      continue
    }
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      // `$${` is a literal `${`.
      b.escaped(c, i)
      b.push('{', i + 2)
      i += 3
      continue
    }
    if ((c === '$' || c === '%') && text[i + 1] === '{') {
      if (b.text.length > 0) parts.push({ kind: 'lit', value: b.done() })
      b = new MappedBuilder()
      const close = skipInterp(text, i + 2, to)
      parts.push({ kind: 'interp', start: i + 2, end: close, directive: c === '%' })
      i = close + 1
      continue
    }
    b.push(c, i)
    i++
  }
  if (b.text.length > 0) parts.push({ kind: 'lit', value: b.done() })
  return parts
}

/** A heredoc body as template parts; `<<-` drops the smallest indentation of its lines. */
export const heredocParts = (text: string, from: number, to: number, indent: boolean): Part[] => {
  if (!indent) return templateParts(text, from, to, false)
  const body = text.slice(from, to)
  const ls = body.split('\n')
  let min = Infinity
  for (const l of ls) {
    if (l.trim() === '') continue
    const lead = /^[ \t]*/.exec(l)?.[0].length ?? 0
    min = Math.min(min, lead)
  }
  if (!Number.isFinite(min) || min === 0) return templateParts(text, from, to, false)
  // Read each line after its indentation, then join.
  const parts: Part[] = []
  let at = from
  for (const l of ls) {
    const lineEnd = at + l.length
    const cut = Math.min(at + min, lineEnd)
    const lineParts = templateParts(text, cut, Math.min(lineEnd + 1, to), false)
    parts.push(...lineParts)
    at = lineEnd + 1
  }
  return parts
}
