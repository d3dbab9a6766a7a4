import { defineRule } from './define.js'
import type { PolicyField } from '../policy/parse.js'
import { q } from './text.js'

export default defineRule(
  {
    id: 'policy-duplicate-field',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'a non-mx field repeated (the first is in effect), or an identical mx repeated'
  },
  ({ parsed }, report) => {
    const first = new Map<string, PolicyField>()
    const mx = new Map<string, PolicyField>()
    for (const f of parsed.fields) {
      if (f.name === 'mx') {
        const key = f.value.toLowerCase()
        const seen = mx.get(key)
        if (seen === undefined) mx.set(key, f)
        else
          report({
            message: `mx ${q(f.value)} repeats line ${seen.line}; remove the duplicate`,
            line: f.line,
            column: f.column
          })
        continue
      }
      const seen = first.get(f.name)
      if (seen === undefined) {
        first.set(f.name, f)
        continue
      }
      const same = seen.value === f.value
      report({
        message: same
          ? `${f.name} repeats line ${seen.line}; remove the duplicate`
          : `${f.name} appears again (first on line ${seen.line}); senders use the first value ${q(seen.value)} and ignore ${q(f.value)}: keep one line with the value you mean`,
        line: f.line,
        column: f.column
      })
    }
  }
)
