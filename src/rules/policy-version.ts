import { defineRule } from './define.js'
import { misnamedField } from '../policy/effective.js'
import { quote } from '../message-format.js'
import { commentFinding, misnamedWhy } from './field-hints.js'

export default defineRule(
  {
    id: 'policy-version',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'version missing or not exactly STSv1'
  },
  ({ facts, parsed }, report) => {
    const f = facts.version
    if (f === undefined) {
      const near = misnamedField(parsed.fields, 'version')
      report({
        message:
          near === undefined
            ? 'the version field is missing; add the line "version: STSv1" (required)'
            : `the version field is missing: ${quote(near.name)} on line ${near.line} is not it (${misnamedWhy(near, 'version')}); write "version: STSv1"`,
        line: near?.line ?? 1,
        column: near?.column ?? 1
      })
      return
    }
    if (f.value === 'STSv1') return
    const comment = commentFinding('version', f)
    if (comment !== undefined) {
      report({ message: comment.message, line: f.line, column: comment.column })
      return
    }
    let hint = ''
    if (f.value.length === 0) hint = ' (it is empty)'
    else if (f.value.toLowerCase() === 'stsv1') hint = ' (values are case-sensitive)'
    else if (/^stsv\d+$/i.test(f.value)) hint = ' (STSv1 is the only version RFC 8461 defines)'
    report({
      message: `version must be exactly "STSv1"; found ${quote(f.value)}${hint}: write "version: STSv1"`,
      line: f.line,
      column: f.valueColumn
    })
  }
)
