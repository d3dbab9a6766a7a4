import { defineRule } from './define.js'
import { MAX_AGE_LIMIT } from '../policy/effective.js'
import { duration } from '../message-format.js'

const DAY = 86400
const WEEK = 7 * DAY

export default defineRule(
  {
    id: 'policy-max-age-short',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 10.2',
    description: 'max_age of 0, under one day, or under a week in enforce mode'
  },
  ({ facts, mode }, report) => {
    const f = facts.maxAge
    const n = facts.maxAgeSeconds
    if (f === undefined || n === undefined) return
    // A short max_age with mode none is the removal procedure of section 8.3, not a mistake.
    if (n > MAX_AGE_LIMIT || mode === 'none') return
    if (n === 0) {
      report({
        line: f.line,
        column: f.valueColumn,
        message:
          'max_age 0 lets senders keep the policy for no time at all, so it protects no delivery between fetches; use weeks, e.g. "max_age: 1209600" (14 days)'
      })
    } else if (n < DAY) {
      report({
        line: f.line,
        column: f.valueColumn,
        message: `max_age ${n} (${duration(n)}) is under one day; senders refetch constantly and an attacker who blocks the fetch removes the protection (RFC 8461 10.2): use at least "max_age: 604800" (one week)`
      })
    } else if (n < WEEK && mode === 'enforce') {
      report({
        line: f.line,
        column: f.valueColumn,
        message: `max_age ${n} (${duration(n)}) is under a week in enforce mode; RFC 8461 10.2 recommends weeks or more so a blocked refresh does not expire the policy: use e.g. "max_age: 1209600" (14 days)`
      })
    }
  }
)
