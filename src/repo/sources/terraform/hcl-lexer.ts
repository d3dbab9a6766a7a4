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

/** Reports a problem at an offset (a no-op when the file's problems are not wanted). */
type Report = (at: number, message: string) => void

const TWO_CHAR_PUNCT = ['=>', '==', '!=', '<=', '>=', '&&', '||']

/** From a `#`, `//` or `/*` at `i`: the offset after the comment; `i` when none starts there. */
const skipComment = (text: string, i: number, to: number, problem: Report): number => {
  const c = text[i]
  if (c === '#' || (c === '/' && text[i + 1] === '/')) {
    let j = i
    while (j < to && text[j] !== '\n') j++
    return j
  }
  if (c === '/' && text[i + 1] === '*') {
    const close = text.indexOf('*/', i + 2)
    if (close < 0 || close + 2 > to) {
      problem(i, 'unterminated comment')
      return to
    }
    return close + 2
  }
  return i
}

/** The quoted string starting at the `"` at `i`, reporting it when it is not closed. */
const stringToken = (text: string, i: number, to: number, problem: Report): Tok => {
  const end = skipString(text, i, to)
  const closed = text[end - 1] === '"' && end - 1 > i
  if (!closed) problem(i, 'unterminated string')
  const inner = closed ? end - 1 : end
  return { kind: 'string', start: i, end, text: '', parts: templateParts(text, i + 1, inner, true) }
}

/**
 * The offset of the line closing a heredoc (optional blanks, the identifier, optional blanks),
 * searched from `from`; -1 when there is none before `to`.
 */
const heredocClosingLine = (text: string, from: number, to: number, id: string): number => {
  let lineAt = from
  while (lineAt < to) {
    const nl = text.indexOf('\n', lineAt)
    const lineEnd = nl < 0 || nl > to ? to : nl
    if (text.slice(lineAt, lineEnd).trim() === id) return lineAt
    lineAt = lineEnd + 1
  }
  return -1
}

/**
 * The heredoc opened by the `<<` at `i` (`<<ID` or `<<-ID` and a line end), reporting it when it
 * is not closed, and the offset lexing goes on from (the end of its closing line); undefined when
 * `<<` opens no heredoc there.
 */
const heredocToken = (
  text: string,
  i: number,
  to: number,
  problem: Report
): { tok: Tok; next: number } | undefined => {
  const m = /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, Math.min(to, i + 300)))
  if (m === null) return undefined
  const indent = m[1] === '-'
  const id = m[2] ?? ''
  const bodyStart = i + m[0].length
  const close = heredocClosingLine(text, bodyStart, to, id)
  const bodyEnd = close < 0 ? to : close
  if (close < 0) problem(i, `unterminated heredoc <<${m[1] ?? ''}${id}`)
  const tok: Tok = {
    kind: 'string',
    start: i,
    end: bodyEnd,
    text: '',
    parts: heredocParts(text, bodyStart, bodyEnd, indent)
  }
  if (close < 0) return { tok, next: to }
  const nl = text.indexOf('\n', close)
  return { tok, next: nl < 0 || nl > to ? to : nl }
}

/** The identifier, number or punctuation token at `i` (at least one character long). */
const wordOrPunct = (text: string, i: number, to: number): Tok => {
  const c = text[i] ?? ''
  let end = i + 1
  if (isIdentStart(c)) {
    while (end < to && isIdentPart(text[end] ?? '')) end++
    return { kind: 'ident', start: i, end, text: text.slice(i, end) }
  }
  if (/\d/.test(c)) {
    while (end < to && /[\w.]/.test(text[end] ?? '')) end++
    return { kind: 'number', start: i, end, text: text.slice(i, end) }
  }
  const two = text.slice(i, i + 2)
  if (TWO_CHAR_PUNCT.includes(two)) return { kind: 'punct', start: i, end: i + 2, text: two }
  return { kind: 'punct', start: i, end, text: c }
}

/**
 * The tokens of `text` between `from` and `to`. Problems (unterminated strings, heredocs and
 * comments) are reported only when both `lines` and `problems` are given.
 */
export const lex = (
  text: string,
  from: number,
  to: number,
  lines: LineIndex | undefined,
  problems: Problem[] | undefined
): Tok[] => {
  const toks: Tok[] = []
  const problem: Report = (at, message) => {
    if (lines !== undefined) problems?.push(problemAt(lines, at, message))
  }
  let i = from
  while (i < to) {
    const c = text[i] ?? ''
    if (c === '\n') {
      toks.push({ kind: 'newline', start: i, end: i + 1, text: '\n' })
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
      i++
      continue
    }
    const afterComment = skipComment(text, i, to, problem)
    if (afterComment !== i) {
      i = afterComment
      continue
    }
    if (c === '"') {
      const tok = stringToken(text, i, to, problem)
      toks.push(tok)
      i = tok.end
      continue
    }
    if (c === '<' && text[i + 1] === '<') {
      const heredoc = heredocToken(text, i, to, problem)
      if (heredoc !== undefined) {
        toks.push(heredoc.tok)
        i = heredoc.next
        continue
      }
    }
    const tok = wordOrPunct(text, i, to)
    toks.push(tok)
    i = tok.end
  }
  return toks
}
