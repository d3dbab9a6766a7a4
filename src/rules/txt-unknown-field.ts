import { defineRule } from './define.js'
import { q } from './text.js'

export default defineRule(
  {
    id: 'txt-unknown-field',
    severity: 'notice',
    target: 'record',
    rfc: 'RFC 8461 3.1, 9.2',
    description:
      'a tag other than v and id (legal, ignored by senders); a warning for a mis-cased id'
  },
  ({ rrset }, report) => {
    for (const r of rrset.selected.length > 0 ? rrset.selected : rrset.records.slice(0, 1)) {
      for (const t of r.tags) {
        if (t.name === 'id') continue
        const misCased =
          t.name.toLowerCase() === 'id' || t.name === 'v' || t.name.toLowerCase() === 'v'
        report({
          message: misCased
            ? `tag ${q(t.name)} is not the ${t.name.toLowerCase()} tag (tag names are case-sensitive and v comes only first); senders ignore it`
            : `unknown tag ${q(t.name)}: legal, but senders ignore it (the registry holds only v and id); remove it unless you need it`,
          line: r.index,
          column: t.offset + 1,
          ...(misCased && { severity: 'warning' as const })
        })
      }
    }
  }
)
