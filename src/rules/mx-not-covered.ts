import { defineRule } from './define.js'
import type { Severity } from '../finding.js'
import { invalidPatternIssues, isValidMxPattern, mxMatches, normalizeHost } from '../policy/mx.js'
import { quote } from '../message-format.js'

const BY_MODE: Record<string, Severity> = { enforce: 'error', testing: 'warning', none: 'notice' }

export default defineRule(
  {
    id: 'mx-not-covered',
    severity: 'error',
    target: 'policy',
    needs: ['mxHosts'],
    rfc: 'RFC 8461 4.1',
    description:
      'an MX host of the domain matched by no mx pattern (error in enforce, warning in testing, notice in none)'
  },
  ({ facts, mxHosts, mode }, report) => {
    if (mxHosts === undefined) return
    const valid = facts.mx.filter((_, k) => facts.mxValid[k])
    // On the last valid pattern (an invalid line has a finding of its own), else on the mode.
    const where = valid.at(-1) ?? facts.mode
    const compared =
      valid.length === 0
        ? 'the policy has no valid mx pattern'
        : `compared with ${valid.map(f => quote(f.value)).join(', ')}`
    const consequence =
      mode === 'enforce'
        ? 'senders enforcing the policy will not deliver to it'
        : mode === 'none'
          ? 'it would be refused once the mode is enforce'
          : // testing, or a mode no sender reads (the user may believe it is enforce already)
            'in enforce mode senders would not deliver to it'
    // An invalid pattern whose fix would cover a host: policy-mx-pattern reports that line with
    // the fix, and one broken line gives one finding.
    const fixes: string[] = []
    for (let k = 0; k < facts.mx.length; k++) {
      if (facts.mxValid[k]) continue
      for (const i of invalidPatternIssues(facts.mx[k].value)) {
        if (i.fix !== undefined) fixes.push(i.fix)
        // A list on one line: each valid member is a line policy-mx-pattern proposes.
        if (i.problem === 'list') fixes.push(...(i.part ?? '').split(', ').filter(isValidMxPattern))
      }
    }
    for (const host of mxHosts) {
      if (valid.some(f => mxMatches(f.value, host))) continue
      if (fixes.some(p => mxMatches(p, host))) continue
      const h = normalizeHost(host)
      const deeper = valid.find(
        f => f.value.startsWith('*.') && h.endsWith(f.value.slice(1).toLowerCase())
      )
      // Never a line the policy would refuse: a host name that is no valid pattern gets none.
      // Written out whole (a valid pattern needs no escaping, and a shortened one is no line).
      let add = isValidMxPattern(h) ? `add "mx: ${h}"` : 'add an "mx:" line matching it'
      let why = compared
      if (deeper !== undefined) {
        // The pattern one label above the host covers its siblings too (a provider's tenants).
        const sibling = `*.${h.slice(h.indexOf('.') + 1)}`
        if (isValidMxPattern(sibling)) add += ` (or "mx: ${sibling}" for every host beside it)`
        why = `${quote(deeper.value)} covers exactly one label before ${quote(deeper.value.slice(2))}, not the ${h.split('.').length - deeper.value.split('.').length + 1} of this host; checkers that match several labels, such as checkdmarc and mailauth, wrongly pass it`
      }
      report({
        message: `MX host ${quote(h)} is matched by no mx pattern (${why}); ${consequence}: ${add}`,
        line: where?.line ?? 1,
        column: where?.column ?? 1,
        severity: mode === undefined ? 'error' : BY_MODE[mode]
      })
    }
  }
)
