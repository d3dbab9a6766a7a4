import { defineRule } from './define.js'
import { extValueProblem, tagNameProblem } from '../record/tags.js'
import { quote } from '../message-format.js'

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
        // Only well-formed extensions are "legal but ignored"; bad ones are txt-syntax errors.
        if (t.name === 'id' || tagNameProblem(t.name) >= 0 || extValueProblem(t.value) >= 0)
          continue
        const lower = t.name.toLowerCase()
        const misCased = lower === 'id' || lower === 'v'
        const message =
          t.name === 'v'
            ? 'a second "v" tag: the version may only come first, so senders ignore this one; remove it'
            : misCased
              ? `tag ${quote(t.name)} is not the ${lower} tag (tag names are case-sensitive); senders ignore it: write "${lower}=${t.value}"`
              : `unknown tag ${quote(t.name)}: legal, but senders ignore it (the registry holds only v and id); remove it unless you need it`
        report({
          message,
          line: r.index,
          column: t.offset + 1,
          ...(misCased && { severity: 'warning' as const })
        })
      }
    }
  }
)
