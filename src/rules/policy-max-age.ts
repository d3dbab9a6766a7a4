import { defineRule } from './define.js'
import { MAX_AGE_LIMIT, misnamedField } from '../policy/effective.js'
import { quote } from '../message-format.js'
import { commentFinding, misnamedWhy, writeField } from './field-hints.js'

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }

/** The seconds a malformed value probably meant, when that is unambiguous. */
const meant = (v: string): number | undefined => {
  const grouped = /^\d{1,3}([_,' ]\d{3})+$/.exec(v)
  if (grouped !== null) return Number(v.replace(/[_,' ]/g, ''))
  const unit = /^(\d+)\s*([smhdw])$/i.exec(v)
  if (unit !== null) return Number(unit[1]) * UNITS[unit[2].toLowerCase()]
  if (/^\+\d+$/.test(v) || /^\d+\.0*$/.test(v)) return Number(v)
  return undefined
}

export default defineRule(
  {
    id: 'policy-max-age',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'max_age missing, not 1-10 digits, or above 31557600'
  },
  ({ facts, parsed }, report) => {
    const f = facts.maxAge
    if (f === undefined) {
      const near = misnamedField(parsed.fields, 'max_age')
      const m = near === undefined ? undefined : meant(near.value)
      report({
        message:
          near === undefined
            ? 'the max_age field is missing; add "max_age: 604800" (seconds senders may cache the policy; one week here) (required)'
            : `the max_age field is missing: ${quote(near.name)} on line ${near.line} is not it (${misnamedWhy(near, 'max_age')}); ${writeField('max_age', m === undefined ? near.value : String(m))}`,
        line: near?.line ?? 1,
        column: near?.column ?? 1
      })
      return
    }
    const v = f.value
    const n = facts.maxAgeSeconds
    if (n === undefined) {
      const comment = commentFinding('max_age', f)
      if (comment !== undefined) {
        report({ message: comment.message, line: f.line, column: comment.column })
        return
      }
      const m = meant(v)
      const fix = m !== undefined && m <= MAX_AGE_LIMIT ? `: write "max_age: ${m}"` : ''
      const why =
        v.length === 0
          ? 'it is empty'
          : /^\d+$/.test(v)
            ? `it has ${v.length} digits`
            : 'only digits are allowed (no sign, unit, decimal point or grouping)'
      report({
        message: `max_age must be 1 to 10 digits giving seconds; found ${quote(v)}, ${why}${fix}`,
        line: f.line,
        column: f.valueColumn
      })
      return
    }
    if (n > MAX_AGE_LIMIT) {
      report({
        message: `max_age ${n} is above the maximum of 31557600 seconds (365.25 days): Postfix's resolver, checkdmarc and mailauth reject the policy; use at most "max_age: 31557600"`,
        line: f.line,
        column: f.valueColumn
      })
      return
    }
    if (v.length > 1 && v.startsWith('0')) {
      report({
        message: `max_age ${quote(v)} has leading zeros; it means ${n}, but some parsers read it differently: write "max_age: ${n}"`,
        line: f.line,
        column: f.valueColumn,
        severity: 'warning'
      })
    }
  }
)
