import { defineRule } from './define.js'
import { extValueProblem, tagNameProblem } from '../record/tags.js'
import { quote } from '../message-format.js'
import { writeId } from './txt-id.js'

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
        // A record without id whose "ID" tag txt-id names already: that finding says it all.
        if (
          lower === 'id' &&
          r.id === undefined &&
          r.tags.find(x => x.name.toLowerCase() === 'id') === t
        )
          continue
        const message =
          t.name === 'v'
            ? 'a second "v" tag: the version may only come first, so senders ignore this one; remove it'
            : lower === 'v'
              ? `tag ${quote(t.name)} is not the v tag (tag names are case-sensitive), and "v=STSv1" may only come first, once; senders ignore this one: remove it`
              : misCased
                ? `tag ${quote(t.name)} is not the id tag (tag names are case-sensitive); senders ignore it: ${r.id === undefined ? writeId(t.value) : `the id in effect is "${r.id.value}": remove this one`}`
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
