import { defineRule } from './define.js'
import type { PolicyField } from '../policy/parse.js'
import { quote } from '../message-format.js'

const message = (f: PolicyField, seen: PolicyField): string =>
  f.name === 'mx'
    ? `mx ${quote(f.value)} repeats line ${seen.line}; remove the duplicate`
    : seen.value === f.value
      ? `${f.name} repeats line ${seen.line}; remove the duplicate`
      : `${f.name} appears again (first on line ${seen.line}); senders use the first value ${quote(seen.value)} and ignore ${quote(f.value)}: keep one line with the value you mean`

export default defineRule(
  {
    id: 'policy-duplicate-field',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'a non-mx field repeated (the first is in effect), or an identical mx repeated'
  },
  ({ facts }, report) => {
    for (const { field, first } of facts.duplicates) {
      // A repeated invalid mx is reported on each line by policy-mx-pattern: one finding a line.
      if (field.name === 'mx' && !facts.mxValid[facts.mx.indexOf(field)]) continue
      report({ message: message(field, first), line: field.line, column: field.column })
    }
  }
)
