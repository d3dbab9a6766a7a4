import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'txt-duplicate-field',
    severity: 'warning',
    target: 'record',
    rfc: 'RFC 8461 3.1, 3.2',
    description: 'a tag repeated in the _mta-sts record (the first is in effect)'
  },
  ({ rrset }, report) => {
    for (const r of rrset.selected.length > 0 ? rrset.selected : rrset.records.slice(0, 1)) {
      const seen = new Map<string, string>()
      for (const t of r.tags) {
        const first = seen.get(t.name)
        if (first === undefined) {
          seen.set(t.name, t.value)
          continue
        }
        report({
          message: `tag ${quote(t.name)} appears again; senders use the first value ${quote(first)} and ignore ${quote(t.value)} (mox rejects the record): remove the duplicate`,
          line: r.index,
          column: t.offset + 1
        })
      }
    }
  }
)
