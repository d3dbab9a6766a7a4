import { defineRule } from './define.js'
import { notAPolicy } from '../policy/not-policy.js'
import { extensionValueProblem, type PolicySyntaxIssue } from '../policy/parse.js'
import { KNOWN_FIELDS, isKnownField } from '../policy/effective.js'
import { didYouMean } from '../did-you-mean.js'
import { quote } from '../message-format.js'
import { writeField } from './field-hints.js'

const GRAMMAR = 'RFC 8461 3.2'

const EXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/

/**
 * The hint for a line written `name=value`: the same field with ":" when that line is valid, and
 * what the field may hold when it is not.
 */
const equalsHint = (text: string): string => {
  const eq = text.indexOf('=')
  if (eq < 0) return '; each line must be one "name: value" field'
  const name = text.slice(0, eq).trim()
  const value = text.slice(eq + 1).trim()
  const said = '; fields are written "name: value", with ":" not "="'
  if (isKnownField(name)) return `${said}: ${writeField(name, value)}`
  const meant = didYouMean(name, KNOWN_FIELDS)
  if (meant !== undefined) return `${said}: ${writeField(meant, value)}`
  // The line is shown only whole and literal: not shortened, nothing in it escaped.
  const line = `${name}: ${value}`
  const shown =
    EXT_NAME.test(name) &&
    value.length > 0 &&
    extensionValueProblem(value) < 0 &&
    quote(line) === `"${line}"`
  return shown ? `${said}: "${line}"` : said
}

const describe = (i: PolicySyntaxIssue): string => {
  const t = i.text ?? ''
  switch (i.kind) {
    case 'empty-body':
      return 'the policy is empty; it needs at least "version: STSv1", a "mode:" and a "max_age:" line'
    case 'bom':
      return "the file starts with a UTF-8 byte-order mark, which strict senders (Postfix's MTA-STS resolver, mox) reject; save it as UTF-8 without BOM"
    case 'invalid-utf8':
      return 'invalid UTF-8 byte sequence; save the file as UTF-8 (outside extension values the policy is plain ASCII)'
    case 'invalid-char':
      return 'unpaired UTF-16 surrogate, which UTF-8 cannot encode; remove it'
    case 'control-char':
      return `control character ${quote(t)} is not allowed in a policy; remove it`
    case 'bare-cr':
      return 'line ends with a bare CR; each line must end with LF or CRLF'
    case 'blank-line':
      return 'blank line; the policy grammar allows no empty lines, so strict senders reject the policy: remove it'
    case 'trailing-blank-line':
      return 'blank line at the end of the file (two line breaks after the last field); the grammar allows one, and strict senders such as mox reject the policy: remove the extra line break'
    case 'leading-whitespace':
      return 'line starts with whitespace (copied from an indented block?); every line must start with its field name: remove the indentation'
    case 'whitespace-before-colon':
      return 'whitespace between the field name and ":" is not allowed; remove it'
    case 'comment':
      return 'comments are not part of the policy grammar, and senders such as mox and checkdmarc reject the policy: remove the line (keep notes in a README)'
    case 'no-colon':
      return `line is not a "name: value" field: ${quote(t)}${equalsHint(t)}`
    case 'bad-name': {
      const guess = didYouMean(t.trim(), KNOWN_FIELDS)
      const hint = guess === undefined ? '' : `; did you mean ${quote(guess)}?`
      return `${quote(t)} is not a valid field name (a letter or digit, then letters, digits, "_", "-" or "."), so the line is not in the grammar and strict senders such as mox reject the policy${hint}`
    }
    case 'name-too-long':
      return `field name ${quote(t)} is longer than 32 characters; shorten it`
    default:
      return `${i.kind} at this position`
  }
}

export default defineRule(
  {
    id: 'policy-syntax',
    severity: 'error',
    target: 'policy',
    rfc: GRAMMAR,
    description:
      'a line that is not "name: value" under the policy grammar (blank line, indentation, comment, bare CR, BOM, control character, invalid UTF-8, empty body)'
  },
  ({ parsed }, report) => {
    const not = notAPolicy(parsed)
    if (not !== undefined) {
      if (not.kind === 'utf16') {
        report({
          message:
            'the file is saved as UTF-16 (what Windows editors call "Unicode"), so senders, which read the policy as UTF-8, see a NUL byte beside every letter and no field at all: save it as UTF-8 without BOM',
          line: not.line,
          column: 1
        })
        return
      }
      const what =
        not.kind === 'html'
          ? 'it is an HTML page'
          : not.kind === 'binary'
            ? 'it is binary data, not text (an image, an archive or a compiled file saved under this name?)'
            : `${not.lines - not.fields} of its ${not.lines} lines are not "name: value" fields (prose, such as the RFC or a README?)`
      report({
        message: `this is not an MTA-STS policy: ${what}. A policy is plain text of a few lines such as "version: STSv1", "mode: enforce", "mx: mail.example.com" and "max_age: 604800"; is this the right file?`,
        line: not.line,
        column: 1
      })
      return
    }
    for (const i of parsed.issues) {
      report({
        message: describe(i),
        line: i.line,
        column: i.column
      })
    }
    if (parsed.droppedIssues > 0) {
      report({
        message: `${parsed.droppedIssues} more syntax problems are not listed; fix the ones above first (is this really a policy file?)`
      })
    }
    // Extension values have a grammar of their own; known fields are judged by their own rules.
    for (const f of parsed.fields) {
      if (isKnownField(f.name)) continue
      if (f.value.length === 0) {
        report({
          message: `field ${quote(f.name)} has no value; give it one or remove the line`,
          line: f.line,
          column: f.valueColumn
        })
        continue
      }
      const at = extensionValueProblem(f.value)
      if (at >= 0) {
        report({
          message: `the value of ${quote(f.name)} holds a tab; inside an extension value only spaces may separate visible characters: replace the tab with a space`,
          line: f.line,
          column: f.valueColumn + at
        })
      }
    }
  }
)
