import { defineRule } from './define.js'
import { KNOWN_FIELDS, isKnownField } from '../policy/effective.js'
import { didYouMean } from '../did-you-mean.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'policy-unknown-field',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 9.3',
    description:
      'an extension field (legal, ignored by senders); a warning when it looks like a misspelt or mis-cased known field'
  },
  ({ parsed }, report) => {
    for (const f of parsed.fields) {
      // `id:` lines have a rule of their own (policy-id-field).
      if (isKnownField(f.name) || f.name === 'id') continue
      const meant = didYouMean(f.name, KNOWN_FIELDS)
      if (meant !== undefined) {
        const why =
          f.name.toLowerCase() === meant ? 'field names are case-sensitive' : 'is it misspelt?'
        report({
          message: `${quote(f.name)} is not the ${meant} field (${why}); senders ignore this line: write "${meant}: ${f.value}"`,
          line: f.line,
          column: f.column,
          severity: 'warning'
        })
      } else {
        report({
          message: `unknown field ${quote(f.name)}: legal as an extension, but no sender reads it (the registry holds only version, mode, max_age and mx); remove it unless a tool of yours needs it`,
          line: f.line,
          column: f.column
        })
      }
    }
  }
)
