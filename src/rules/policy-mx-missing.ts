import { defineRule } from './define.js'
import { quote } from '../message-format.js'
import { missingFieldLine, misnamedWhy, writeField } from './field-hints.js'

export default defineRule(
  {
    id: 'policy-mx-missing',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'no mx field while mode is enforce or testing'
  },
  (ctx, report) => {
    const { facts, mode } = ctx
    if (facts.mx.length > 0 || (mode !== 'enforce' && mode !== 'testing')) return
    // A misnamed mx line (`nmx`, `MX`) is where the fix goes: the finding points there.
    const near = missingFieldLine(ctx, 'mx')
    if (near !== undefined) {
      report({
        message: `mode ${mode} needs at least one "mx:" line naming the MX hosts that may receive mail, and ${quote(near.name)} is not one (${misnamedWhy(near, 'mx')}); ${writeField('mx', near.value)}`,
        line: near.line,
        column: near.column
      })
      return
    }
    report({
      message: `mode ${mode} needs at least one "mx:" line naming the MX hosts that may receive mail; add one line per host, e.g. "mx: mail.example.com"`,
      line: facts.mode?.line ?? 1,
      column: facts.mode?.column ?? 1
    })
  }
)
