import { defineRule } from './define.js'
import { KNOWN_FIELDS, isKnownField } from '../policy/effective.js'
import { commentStart } from '../policy/parse.js'
import { didYouMean } from '../did-you-mean.js'
import { quote } from '../message-format.js'
import { missingFieldLine, misnamedWhy, writeField } from './field-hints.js'

export default defineRule(
  {
    id: 'policy-unknown-field',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 9.3',
    description:
      'an extension field (legal, ignored by senders); a warning when it looks like a misspelt or mis-cased known field'
  },
  (ctx, report) => {
    for (const f of ctx.parsed.fields) {
      // `id:` lines have a rule of their own (policy-id-field).
      if (isKnownField(f.name) || f.name === 'id') continue
      const meant = didYouMean(f.name, KNOWN_FIELDS)
      if (meant !== undefined) {
        // When the known field is missing, the rule reporting that names this line already.
        if (missingFieldLine(ctx, meant) === f) continue
        // Beside the real field (other than mx, which repeats), the line is only to be removed.
        const real =
          meant === 'mx'
            ? undefined
            : meant === 'version'
              ? ctx.facts.version
              : meant === 'mode'
                ? ctx.facts.mode
                : ctx.facts.maxAge
        const fix =
          real === undefined
            ? writeField(meant, f.value)
            : `the ${meant} in effect is on line ${real.line}: remove this one`
        report({
          message: `${quote(f.name)} is not the ${meant} field (${misnamedWhy(f, meant)}); senders ignore this line: ${fix}`,
          line: f.line,
          column: f.column,
          severity: 'warning'
        })
      } else {
        const at = commentStart(f.value)
        const comment =
          at < 0
            ? ''
            : ` (its value includes ${quote(f.value.slice(at))}: the policy grammar has no comments)`
        report({
          message: `unknown field ${quote(f.name)}${comment}: legal as an extension, but no sender reads it (the registry holds only version, mode, max_age and mx); remove it unless a tool of yours needs it`,
          line: f.line,
          column: f.column
        })
      }
    }
  }
)
