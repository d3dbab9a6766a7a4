import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'policy-mx-wildcard',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 4.1, 10.4',
    description:
      'a wildcard mx pattern; under a public suffix an error in enforce mode, a warning otherwise'
  },
  ({ facts, isPublicSuffix, mode }, report) => {
    // A repeated line is policy-duplicate-field's; the first occurrence carries this finding.
    const repeated = new Set(facts.duplicates.map(d => d.field))
    for (let k = 0; k < facts.mx.length; k++) {
      const f = facts.mx[k]
      if (!facts.mxValid[k] || !f.value.startsWith('*.') || repeated.has(f)) continue
      const suffix = f.value.slice(2).toLowerCase()
      const isPublic = !suffix.includes('.') || (isPublicSuffix?.(suffix) ?? false)
      if (isPublic) {
        const now =
          mode === 'enforce'
            ? 'in enforce mode senders deliver to them'
            : 'once the mode is enforce, senders would deliver to them'
        report({
          message: `mx ${quote(f.value)} sits directly under the public suffix ${quote(suffix)}: it accepts any host with a certificate for a name there, other people's servers included, and ${now} (RFC 8461 10.4); list your MX hosts by name`,
          line: f.line,
          column: f.valueColumn,
          // Senders apply an enforce policy: there the wildcard is in force, an error. In
          // testing and none it is not yet (a warning), nor when the mode cannot be read.
          severity: mode === 'enforce' ? 'error' : 'warning'
        })
      } else {
        const quoted = quote(suffix)
        report({
          message: `mx ${quote(f.value)} is a wildcard: it accepts any host with a certificate for one label under ${quoted} (but not ${quoted} itself, nor deeper names); prefer listing the MX hosts by name`,
          line: f.line,
          column: f.valueColumn
        })
      }
    }
  }
)
