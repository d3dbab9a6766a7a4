import { defineRule } from './define.js'
import { isMode, misnamedField } from '../policy/effective.js'
import { quote } from '../message-format.js'
import { commentFinding, misnamedWhy, writeField } from './field-hints.js'

/** The likely intended mode of a wrong value, for the fix hint. */
const intended = (v: string): string | undefined => {
  const bare = v.replace(/^[[(<{"']+|[\])>}"']+$/g, '').trim()
  const lower = bare.toLowerCase()
  if (isMode(lower)) return lower
  if (lower === 'report' || lower === 'reporting') return 'testing'
  if (lower === 'enforcing' || lower === 'enforced') return 'enforce'
  if (lower === 'test') return 'testing'
  return undefined
}

export default defineRule(
  {
    id: 'policy-mode',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 5',
    description: 'mode missing or not exactly enforce, testing or none'
  },
  ({ facts, parsed }, report) => {
    const f = facts.mode
    if (f === undefined) {
      const near = misnamedField(parsed.fields, 'mode')
      report({
        message:
          near === undefined
            ? 'the mode field is missing; add "mode: testing" (or enforce, or none). There is no default: some checkers assume "none", but senders reject a policy without mode'
            : `the mode field is missing: ${quote(near.name)} on line ${near.line} is not it (${misnamedWhy(near, 'mode')}), and senders reject a policy without mode; ${writeField('mode', intended(near.value))}`,
        line: near?.line ?? 1,
        column: near?.column ?? 1
      })
      return
    }
    if (isMode(f.value)) return
    const comment = commentFinding('mode', f)
    if (comment !== undefined) {
      report({ message: comment.message, line: f.line, column: comment.column })
      return
    }
    const fix = intended(f.value)
    let hint = ''
    if (f.value.length === 0) hint = ' (it is empty)'
    else if (/^report/i.test(f.value))
      hint = ' ("report" was a mode in drafts of the RFC; testing is what it became)'
    else if (/^[[(<{"']/.test(f.value))
      hint = ' (remove the brackets or quotes left from a template)'
    else if (fix !== undefined && fix === f.value.toLowerCase())
      hint = ' (values are case-sensitive)'
    report({
      message: `mode must be enforce, testing or none; found ${quote(f.value)}${hint}${fix === undefined ? '' : `: write "mode: ${fix}"`}`,
      line: f.line,
      column: f.valueColumn
    })
  }
)
