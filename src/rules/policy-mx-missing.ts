import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'policy-mx-missing',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'no mx field while mode is enforce or testing'
  },
  ({ facts, mode, parsed }, report) => {
    if (facts.mx.length > 0 || (mode !== 'enforce' && mode !== 'testing')) return
    const near = parsed.fields.find(
      x => x.name !== 'mx' && (x.name.toLowerCase() === 'mx' || /^n?mx$|^mxs?$/i.test(x.name))
    )
    const hint =
      near === undefined
        ? ''
        : ` (${quote(near.name)} on line ${near.line} is not an mx field: names are exact and case-sensitive)`
    report({
      message: `mode ${mode} needs at least one "mx:" line naming the MX hosts that may receive mail${hint}; add one line per host, e.g. "mx: mail.example.com"`,
      line: facts.mode?.line ?? 1,
      column: facts.mode?.column ?? 1
    })
  }
)
