import { defineRule } from './define.js'
import { quote } from '../message-format.js'

/** Names reserved for examples and tests (RFC 2606, RFC 6761): no one's MX host is there. */
const RESERVED = /(?:^|\.)(example\.(?:com|net|org)|example|test|invalid|localhost)$/

/** The reserved name a host is under, if it is. */
const reservedUnder = (host: string): string | undefined => RESERVED.exec(host.toLowerCase())?.[1]

export default defineRule(
  {
    id: 'policy-mx-placeholder',
    severity: 'warning',
    target: 'policy',
    needs: ['domain'],
    rfc: 'RFC 8461 4.1, RFC 2606',
    description:
      "an mx pattern under a name reserved for examples (example.com, .test, .invalid, ...) in the policy of another domain: a template's placeholder left in"
  },
  ({ facts, domain, mode, mxHosts }, report) => {
    // With the MX hosts known, mx-not-covered and mx-pattern-unused judge every pattern by them.
    if (domain === undefined || mxHosts !== undefined || reservedUnder(domain) !== undefined) return
    for (let k = 0; k < facts.mx.length; k++) {
      const f = facts.mx[k]
      if (!facts.mxValid[k]) continue
      const reserved = reservedUnder(f.value.replace(/^\*\./, ''))
      if (reserved === undefined) continue
      const refused =
        mode === 'enforce'
          ? 'senders refuse to deliver to'
          : 'senders would refuse, once the mode is enforce,'
      report({
        message: `mx ${quote(f.value)} is under ${quote(reserved)}, a name reserved for examples (RFC 2606), in the policy of ${domain}: a template's placeholder left in? No mail host of ${domain} is there, and ${refused} any MX host no other pattern matches; write the host names of ${domain}'s MX records`,
        line: f.line,
        column: f.valueColumn
      })
    }
  }
)
