import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'policy-mx-wildcard',
    severity: 'notice',
    target: 'policy',
    rfc: 'RFC 8461 4.1, 10.4',
    description: 'a wildcard mx pattern; a warning when it sits directly under a public suffix'
  },
  ({ facts, isPublicSuffix }, report) => {
    for (let k = 0; k < facts.mx.length; k++) {
      const f = facts.mx[k]
      if (!facts.mxValid[k] || !f.value.startsWith('*.')) continue
      const suffix = f.value.slice(2).toLowerCase()
      const isPublic = !suffix.includes('.') || (isPublicSuffix?.(suffix) ?? false)
      if (isPublic) {
        report({
          message: `mx ${quote(f.value)} sits directly under the public suffix ${quote(suffix)}: any host with a certificate for a name there could receive your mail (RFC 8461 10.4); list your MX hosts by name`,
          line: f.line,
          column: f.valueColumn,
          severity: 'warning'
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
