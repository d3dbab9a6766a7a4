/**
 * The MTA-STS policy body grammar (RFC 8461 section 3.2), with 1-based positions for every token.
 *
 * The parser never throws and never stops early: every line that can be read as `name: value`
 * becomes a field (even when indented or otherwise ungrammatical, so one mistake does not
 * cascade into "mode missing"), and every deviation from the grammar becomes a syntax issue.
 */
import { isUtf8 } from 'node:buffer'

/** Senders may stop reading here (section 3.3); we lint no further either. */
export const POLICY_SIZE_LIMIT = 65536
/** Bounds memory on hostile input; one issue per line is plenty for a human. */
const MAX_ISSUES = 1000

export type PolicySyntaxKind =
  | 'empty-body'
  | 'bom'
  | 'invalid-utf8'
  | 'invalid-char'
  | 'control-char'
  | 'bare-cr'
  | 'blank-line'
  | 'trailing-blank-line'
  | 'leading-whitespace'
  | 'whitespace-before-colon'
  | 'comment'
  | 'no-colon'
  | 'bad-name'
  | 'name-too-long'
  | 'empty-value'
  | 'bad-value'

export interface PolicySyntaxIssue {
  kind: PolicySyntaxKind
  line: number
  column: number
  /** The offending text (a name, a character, a line), when useful in a message. */
  text?: string
}

export interface PolicyField {
  name: string
  /** The value without the WSP after the colon and without trailing WSP. */
  value: string
  line: number
  column: number
  valueColumn: number
  /** False when the line had a syntax problem but was still read as a field. */
  grammatical: boolean
}

export interface ParsedPolicy {
  /** The decoded text that was linted (without BOM, cut at the size limit). */
  text: string
  fields: PolicyField[]
  issues: PolicySyntaxIssue[]
  /** Issues beyond MAX_ISSUES that were counted but not kept. */
  droppedIssues: number
  /** Byte size of the whole input. */
  size: number
  /** True when the input was over POLICY_SIZE_LIMIT and only its start was linted. */
  truncated: boolean
  lf: number
  crlf: number
  /** First line ended by LF and first ended by CRLF (0 when none). */
  firstLfLine: number
  firstCrlfLine: number
  /**
   * The number of the text's first line (1 unless the text is the body of a page whose front
   * matter the site strips): every position counts from it, so findings point at the file's lines.
   */
  firstLine: number
}

export interface ParseOptions {
  /** The number the text's first line has in its file (default 1). */
  firstLine?: number
}

/**
 * A known field name read in place, as the constant string: later comparisons with it are then
 * identity checks, not character-by-character ones on a fresh slice.
 */
const knownName = (text: string, start: number, end: number): string | undefined => {
  // Told apart by length and first letter, then confirmed (mx, mode, version, max_age).
  const first = text.charCodeAt(start)
  switch (end - start) {
    case 2:
      return first === 0x6d && text.charCodeAt(start + 1) === 0x78 ? 'mx' : undefined
    case 4:
      return first === 0x6d && text.startsWith('ode', start + 1) ? 'mode' : undefined
    case 7:
      if (first === 0x76) return text.startsWith('ersion', start + 1) ? 'version' : undefined
      return first === 0x6d && text.startsWith('ax_age', start + 1) ? 'max_age' : undefined
    default:
      return undefined
  }
}
const isWsp = (c: number): boolean => c === 0x20 || c === 0x09
const isAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isNameChar = (c: number): boolean => isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e

/** Anything but tab, LF, CR and printable ASCII. */
const UNUSUAL = /[^\t\n\r\x20-\x7e]/
const BARE_CR = /\r(?!\n)/

const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

interface Decoded {
  text: string
  size: number
  bom: boolean
  invalidUtf8: boolean
  truncated: boolean
  /** Printable ASCII, tab, LF and CR only: no line needs a look at each character. */
  plain: boolean
}

/** Cuts at the last terminator before the limit, so no line is judged on half its text. */
const cutAtLimit = (bytes: Uint8Array): Uint8Array => {
  let end = POLICY_SIZE_LIMIT
  while (end > 0 && bytes[end - 1] !== 0x0a) end--
  return bytes.subarray(0, end > 0 ? end : POLICY_SIZE_LIMIT)
}

const decode = (input: string | Uint8Array): Decoded => {
  if (typeof input === 'string') {
    // Most policies are plain ASCII: then the UTF-8 size is the length, and there is no BOM.
    if (input.length <= POLICY_SIZE_LIMIT && !UNUSUAL.test(input)) {
      return {
        text: input,
        size: input.length,
        bom: false,
        invalidUtf8: false,
        truncated: false,
        plain: true
      }
    }
    // A string is measured as UTF-8 would store it; lone surrogates are reported per character.
    const size = Buffer.byteLength(input, 'utf8')
    if (size > POLICY_SIZE_LIMIT) return decode(Buffer.from(input, 'utf8'))
    const bom = input.charCodeAt(0) === 0xfeff
    return {
      text: bom ? input.slice(1) : input,
      size,
      bom,
      invalidUtf8: false,
      truncated: false,
      plain: false
    }
  }
  const size = input.length
  const truncated = size > POLICY_SIZE_LIMIT
  let bytes = truncated ? cutAtLimit(input) : input
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (bom) bytes = bytes.subarray(3)
  const invalidUtf8 = !isUtf8(bytes)
  const text = utf8Decoder.decode(bytes)
  return { text, size, bom, invalidUtf8, truncated, plain: !UNUSUAL.test(text) }
}

export const parsePolicy = (input: string | Uint8Array, opts: ParseOptions = {}): ParsedPolicy => {
  const { text, size, bom, invalidUtf8, truncated, plain } = decode(input)
  const firstLine = opts.firstLine ?? 1
  const fields: PolicyField[] = []
  const issues: PolicySyntaxIssue[] = []
  const result: ParsedPolicy = {
    text,
    fields,
    issues,
    droppedIssues: 0,
    size,
    truncated,
    lf: 0,
    crlf: 0,
    firstLfLine: 0,
    firstCrlfLine: 0,
    firstLine
  }
  if (bom) addIssue(result, 'bom', firstLine, 1)

  const n = text.length
  let start = 0
  let line = firstLine
  let sawContent = false
  // Blank lines are judged at the end: only a single one right before EOF is a mere warning.
  let blankLines: number[] | undefined
  let lastLineBlank = false
  let lastLine = firstLine

  // Most policies are printable ASCII with LF or CRLF: then lines are found natively, and no
  // line needs a character-by-character look for controls, invalid UTF-8 or surrogates. A bare
  // CR (one not before LF) ends a line too, so a text with one is read character by character.
  const fast = plain && !(text.includes('\r') && BARE_CR.test(text))
  while (start < n || (start === n && line === firstLine)) {
    let end: number
    let c = 0
    if (fast) {
      const lf = text.indexOf('\n', start)
      end = lf < 0 ? n : lf
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--
      if (end < n) c = text.charCodeAt(end)
    } else {
      end = start
      // Whether the line holds anything but printable ASCII and tabs.
      let unusual = false
      while (end < n) {
        c = text.charCodeAt(end)
        if (c < 0x20 || c >= 0x7f) {
          if (c === 0x0a || c === 0x0d) break
          if (c !== 0x09) unusual = true
        }
        end++
      }
      if (unusual) scanCharacters(text, start, end, line, invalidUtf8, result)
    }
    const blank = scanLine(text, start, end, line, result)
    lastLine = line
    if (blank) (blankLines ??= []).push(line)
    else sawContent = true
    lastLineBlank = blank

    if (end >= n) break
    if (c === 0x0d) {
      if (text.charCodeAt(end + 1) === 0x0a) {
        result.crlf++
        if (result.firstCrlfLine === 0) result.firstCrlfLine = line
        start = end + 2
      } else {
        // A bare CR is no terminator under the grammar; editors still break the line there.
        addIssue(result, 'bare-cr', line, end - start + 1)
        start = end + 1
      }
    } else {
      result.lf++
      if (result.firstLfLine === 0) result.firstLfLine = line
      start = end + 1
    }
    line++
  }

  if (!sawContent) {
    // Nothing but blank lines: one finding says it all.
    const kept = issues.filter(i => i.kind === 'bom')
    issues.length = 0
    issues.push(...kept, { kind: 'empty-body', line: firstLine, column: 1 })
    return result
  }
  if (blankLines !== undefined) {
    for (let k = 0; k < blankLines.length; k++) {
      const l = blankLines[k]
      const trailingSingle = l === lastLine && lastLineBlank && blankLines[k - 1] !== l - 1
      addIssue(result, trailingSingle ? 'trailing-blank-line' : 'blank-line', l, 1)
    }
  }
  if (issues.length > 1) issues.sort((a, b) => a.line - b.line || a.column - b.column)
  return result
}

const addIssue = (
  result: ParsedPolicy,
  kind: PolicySyntaxKind,
  line: number,
  column: number,
  t?: string
): void => {
  if (result.issues.length >= MAX_ISSUES) {
    result.droppedIssues++
    return
  }
  result.issues.push(t === undefined ? { kind, line, column } : { kind, line, column, text: t })
}

/** Characters no line may hold, anywhere: controls, invalid UTF-8, lone surrogates. */
const scanCharacters = (
  text: string,
  start: number,
  end: number,
  line: number,
  invalidUtf8: boolean,
  result: ParsedPolicy
): void => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x20 && c < 0x7f) continue
    if (c === 0x09) continue
    if (c < 0x20 || c === 0x7f) addIssue(result, 'control-char', line, i - start + 1, text[i])
    else if (c === 0xfffd && invalidUtf8) addIssue(result, 'invalid-utf8', line, i - start + 1)
    else if (c >= 0xd800 && c <= 0xdfff) {
      const paired = c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      if (paired) i++
      else addIssue(result, 'invalid-char', line, i - start + 1)
    }
  }
}

/** Reads one line [start, end) of text; returns true when it is blank (or whitespace only). */
const scanLine = (
  text: string,
  start: number,
  end: number,
  line: number,
  result: ParsedPolicy
): boolean => {
  let p = start
  while (p < end && isWsp(text.charCodeAt(p))) p++
  if (p === end) return true
  if (p > start) addIssue(result, 'leading-whitespace', line, 1)

  const first = text.charCodeAt(p)
  if (first === 0x23) {
    addIssue(result, 'comment', line, p - start + 1, text.slice(p, end))
    return false
  }
  const colon = text.indexOf(':', p)
  if (colon < 0 || colon >= end) {
    addIssue(result, 'no-colon', line, p - start + 1, text.slice(p, end))
    return false
  }

  let nameEnd = colon
  while (nameEnd > p && isWsp(text.charCodeAt(nameEnd - 1))) nameEnd--
  if (nameEnd < colon) addIssue(result, 'whitespace-before-colon', line, nameEnd - start + 1)
  const known = knownName(text, p, nameEnd)
  const name = known ?? text.slice(p, nameEnd)
  let grammatical = p === start && nameEnd === colon

  if (name.length === 0) {
    addIssue(result, 'bad-name', line, p - start + 1, '')
    return false
  }
  let badAt = isAlnum(first) ? -1 : p
  if (badAt < 0 && known === undefined) {
    for (let i = p + 1; i < nameEnd; i++) {
      if (!isNameChar(text.charCodeAt(i))) {
        badAt = i
        break
      }
    }
  }
  if (badAt >= 0) {
    // A name the grammar cannot read: senders skip the line, so it is no field.
    addIssue(result, 'bad-name', line, badAt - start + 1, name)
    return false
  }
  if (name.length > 32) {
    addIssue(result, 'name-too-long', line, p - start + 1, name)
    grammatical = false
  }

  let v = colon + 1
  while (v < end && isWsp(text.charCodeAt(v))) v++
  let vEnd = end
  while (vEnd > v && isWsp(text.charCodeAt(vEnd - 1))) vEnd--
  result.fields.push({
    name,
    value: text.slice(v, vEnd),
    line,
    column: p - start + 1,
    valueColumn: v - start + 1,
    grammatical
  })
  return false
}

/**
 * Where an extension value leaves its grammar (section 3.2):
 *
 *     sts-policy-ext-value = sts-policy-vchar [*(%x20 / sts-policy-vchar) sts-policy-vchar]
 *
 * with sts-policy-vchar printable ASCII (0x21-0x7E) or UTF-8. The value comes without the WSP
 * after the colon (field-delim is `":" *WSP`) and without the trailing WSP the record rule allows
 * after a field, so it starts and ends with a visible character; inside, spaces may run (two or
 * more in a row are legal), but a tab may not. Controls other than tab are reported for the whole
 * line (control-char). Returns 0 for an empty value, the offset of the first tab inside, or -1.
 */
export const extensionValueProblem = (value: string): number => {
  if (value.length === 0) return 0
  return value.indexOf('\t')
}

/**
 * Where a trailing `# comment` starts in a value: a `#` at its start or after whitespace (the
 * grammar has no comments, so what follows is read as part of the value); -1 when there is none.
 */
export const commentStart = (value: string): number => {
  if (value.charCodeAt(0) === 0x23) return 0
  for (let i = value.indexOf('#', 1); i > 0; i = value.indexOf('#', i + 1)) {
    if (isWsp(value.charCodeAt(i - 1))) return i
  }
  return -1
}
