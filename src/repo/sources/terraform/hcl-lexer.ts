/**
 * HCL tokens: identifiers, numbers, strings and heredocs (with their template parts),
 * punctuation and newlines; comments and blanks are skipped. An unterminated string, heredoc or
 * comment is a problem, not an error.
 */
import type { LineIndex } from '../mapped-text.js'
import { type Problem, problemAt } from '../parser-output.js'
import { heredocParts, type Part, skipString, templateParts } from './hcl-templates.js'

type TokKind = 'ident' | 'number' | 'string' | 'punct' | 'newline'

export interface Tok {
  kind: TokKind
  start: number
  end: number
  text: string
  /** Strings and heredocs: the template parts. */
  parts?: Part[]
}

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c) || c.charCodeAt(0) > 0x7f
const isIdentPart = (c: string): boolean => /[\w-]/.test(c) || c.charCodeAt(0) > 0x7f

export const lex = (
  text: string,
  from: number,
  to: number,
  lines: LineIndex | undefined,
  problems: Problem[] | undefined
): Tok[] => {
  const toks: Tok[] = []
  const problem = (at: number, message: string): void => {
    if (lines !== undefined) problems?.push(problemAt(lines, at, message))
  }
  let i = from
  while (i < to) {
    const c = text[i] ?? ''
    const start = i
    if (c === '\n') {
      toks.push({ kind: 'newline', start, end: i + 1, text: '\n' })
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
      i++
      continue
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < to && text[i] !== '\n') i++
      continue
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2)
      if (close < 0 || close + 2 > to) {
        problem(i, 'unterminated comment')
        i = to
      } else i = close + 2
      continue
    }
    if (c === '"') {
      const end = skipString(text, i, to)
      const closed = text[end - 1] === '"' && end - 1 > i
      if (!closed) problem(i, 'unterminated string')
      const inner = closed ? end - 1 : end
      toks.push({
        kind: 'string',
        start,
        end,
        text: '',
        parts: templateParts(text, i + 1, inner, true)
      })
      i = end
      continue
    }
    if (c === '<' && text[i + 1] === '<') {
      const m = /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, Math.min(to, i + 300)))
      if (m !== null) {
        const indent = m[1] === '-'
        const id = m[2] ?? ''
        const bodyStart = i + m[0].length
        // The closing line: optional blanks, the identifier, optional blanks.
        let lineAt = bodyStart
        let close = -1
        while (lineAt < to) {
          const nl = text.indexOf('\n', lineAt)
          const lineEnd = nl < 0 || nl > to ? to : nl
          if (text.slice(lineAt, lineEnd).trim() === id) {
            close = lineAt
            break
          }
          lineAt = lineEnd + 1
        }
        const bodyEnd = close < 0 ? to : close
        if (close < 0) problem(i, `unterminated heredoc <<${m[1] ?? ''}${id}`)
        toks.push({
          kind: 'string',
          start,
          end: bodyEnd,
          text: '',
          parts: heredocParts(text, bodyStart, bodyEnd, indent)
        })
        if (close < 0) i = to
        else {
          const nl = text.indexOf('\n', close)
          i = nl < 0 || nl > to ? to : nl
        }
        continue
      }
    }
    if (isIdentStart(c)) {
      i++
      while (i < to && isIdentPart(text[i] ?? '')) i++
      toks.push({ kind: 'ident', start, end: i, text: text.slice(start, i) })
      continue
    }
    if (/\d/.test(c)) {
      i++
      while (i < to && /[\w.]/.test(text[i] ?? '')) i++
      toks.push({ kind: 'number', start, end: i, text: text.slice(start, i) })
      continue
    }
    const two = text.slice(i, i + 2)
    if (['=>', '==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
      toks.push({ kind: 'punct', start, end: i + 2, text: two })
      i += 2
      continue
    }
    toks.push({ kind: 'punct', start, end: i + 1, text: c })
    i++
  }
  return toks
}
