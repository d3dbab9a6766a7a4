import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'txt-duplicate-field',
    severity: 'warning',
    target: 'record',
    rfc: 'RFC 8461 3.1, 3.2',
    description:
      'a tag repeated in the _mta-sts record (the first is in effect); an error for a repeated id, which mox rejects'
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
        // mox reads no value after a second id and rejects the whole record: senders disagree
        // on whether the domain has a policy at all. Other repeated tags are only ignored.
        const isId = t.name === 'id'
        report({
          message: isId
            ? `tag "id" appears again: RFC 8461 has senders use the first value ${quote(first)} and ignore ${quote(t.value)}, but mox rejects the whole record, so those senders apply no policy: keep one id`
            : `tag ${quote(t.name)} appears again; senders use the first value ${quote(first)} and ignore ${quote(t.value)}: remove the duplicate`,
          line: r.index,
          column: t.offset + 1,
          ...(isId && { severity: 'error' as const })
        })
      }
    }
  }
)
