import { defineRule } from './define.js'
import { mxMatches, normalizeHost } from '../policy/mx.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'mx-pattern-unused',
    severity: 'notice',
    target: 'policy',
    needs: ['mxHosts'],
    rfc: 'RFC 8461 4.1, 8.1',
    description: "an mx pattern that matches none of the domain's MX hosts"
  },
  ({ facts, mxHosts }, report) => {
    if (mxHosts === undefined || mxHosts.length === 0) return
    const hosts = mxHosts.map(normalizeHost)
    for (let k = 0; k < facts.mx.length; k++) {
      const f = facts.mx[k]
      if (!facts.mxValid[k]) continue
      if (hosts.some(h => mxMatches(f.value, h))) continue
      report({
        message: `mx ${quote(f.value)} matches none of the domain's MX hosts (${hosts.map(h => quote(h)).join(', ')}); a stale entry or a typo? Keep a retired host listed until senders' cached policies have expired (max_age), then remove it`,
        line: f.line,
        column: f.valueColumn
      })
    }
  }
)
