import { defineRule } from './define.js'
import { q } from './text.js'
import type { PolicyField } from '../policy/parse.js'

const message = (f: PolicyField, seen: PolicyField): string =>
  f.name === 'mx'
    ? `mx ${q(f.value)} repeats line ${seen.line}; remove the duplicate`
    : seen.value === f.value
      ? `${f.name} repeats line ${seen.line}; remove the duplicate`
      : `${f.name} appears again (first on line ${seen.line}); senders use the first value ${q(seen.value)} and ignore ${q(f.value)}: keep one line with the value you mean`

const key = (f: PolicyField): string =>
  f.name === 'mx' ? `mx:${f.value.toLowerCase()}` : `${f.name}:`

export default defineRule(
  {
    id: 'policy-duplicate-field',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'a non-mx field repeated (the first is in effect), or an identical mx repeated'
  },
  ({ parsed }, report) => {
    const fields = parsed.fields
    if (fields.length > 24) {
      // Large (hostile or generated) files: one map, linear time.
      const first = new Map<string, PolicyField>()
      for (const f of fields) {
        const seen = first.get(key(f))
        if (seen === undefined) first.set(key(f), f)
        else report({ message: message(f, seen), line: f.line, column: f.column })
      }
      return
    }
    // A real policy holds a handful of fields: pairwise comparison allocates nothing.
    for (let i = 1; i < fields.length; i++) {
      const f = fields[i]
      for (let j = 0; j < i; j++) {
        const seen = fields[j]
        if (seen.name !== f.name) continue
        if (
          f.name === 'mx' &&
          seen.value !== f.value &&
          (seen.value.length !== f.value.length ||
            seen.value.toLowerCase() !== f.value.toLowerCase())
        )
          continue
        report({ message: message(f, seen), line: f.line, column: f.column })
        break
      }
    }
  }
)
