import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'tlsrpt-duplicate-field',
    severity: 'warning',
    target: 'tlsrpt',
    rfc: 'RFC 8460 3',
    description: 'a tag repeated in the _smtp._tls record'
  },
  ({ rrset }, report) => {
    for (const r of rrset.selected.length > 0 ? rrset.selected : rrset.records.slice(0, 1)) {
      const seen = new Set<string>()
      for (const t of r.tags) {
        if (!seen.has(t.name)) {
          seen.add(t.name)
          continue
        }
        report({
          message:
            t.name === 'rua'
              ? 'rua appears twice; reporters may read only one: list every destination in one rua, separated by ","'
              : `tag ${quote(t.name)} appears twice; remove the duplicate`,
          line: r.index,
          column: t.offset + 1
        })
      }
    }
  }
)
