import { defineRule } from './define.js'
import { invalidPatternIssues, isValidMxPattern, type MxPatternIssue } from '../policy/mx.js'
import { andList, plural, quote } from '../message-format.js'

const write = (i: MxPatternIssue): string => (i.fix === undefined ? '' : `: write "mx: ${i.fix}"`)

/** One problem, said in full with its fix. */
const describe = (value: string, i: MxPatternIssue): string => {
  const fix = write(i)
  const part = i.part ?? ''
  switch (i.problem) {
    case 'empty':
      return 'mx has no value; give one MX host name or pattern per mx line, or remove the line'
    case 'comment': {
      const why = `comments are not part of the policy grammar (RFC 8461 3.2), so senders read ${quote(part)} as part of the value and reject the policy`
      const notes = 'keep notes elsewhere (a README, the commit message)'
      if (i.offset === 0) {
        return `mx holds only a comment: ${why}; write the MX host name, e.g. "mx: mail.example.com", and ${notes}`
      }
      const rest = value.slice(0, i.offset).trimEnd()
      return i.fix === undefined
        ? `mx ${quote(value)} ends with a comment: ${why}; remove it, and note that ${quote(rest)} is no valid pattern either`
        : `mx ${quote(value)} ends with a comment: ${why}${fix}, and ${notes}`
    }
    case 'list': {
      const parts = part.split(', ')
      const valid = parts.filter(p => isValidMxPattern(p))
      const invalid = parts.filter(p => !isValidMxPattern(p))
      const lines =
        valid.length === 0
          ? 'each pattern needs its own "mx:" line'
          : `each pattern needs its own line: ${valid.map(p => `"mx: ${p}"`).join(', ')}`
      const rest =
        invalid.length === 0
          ? ''
          : `; ${invalid.map(p => quote(p)).join(', ')} ${invalid.length === 1 ? 'is not a valid pattern' : 'are not valid patterns'} either`
      return `mx holds a list (${quote(value)}); ${lines}${rest}`
    }
    case 'url':
      return `mx must be a host name, not a URL: ${quote(value)}${fix}`
    case 'ip':
      return `mx ${quote(value)} is an IP address; MX records name hosts, so an address never matches: use the MX host name`
    case 'port':
      return `mx must be a host name without a port (${quote(part)})${fix}`
    case 'u-label':
      return i.fix === undefined
        ? `mx ${quote(value)} is not a valid internationalised name; write its A-label (xn--) form`
        : `mx ${quote(value)} uses a U-label; the policy must hold the A-label (Punycode) form${fix}`
    case 'trailing-dot':
      return `mx ${quote(value)} ends with a dot; patterns are written without the root dot (strict senders reject the policy)${fix}`
    case 'wildcard': {
      // The labels after the last one holding "*": the one-label wildcard nearest to the intent.
      const labels = value.split('.')
      const rest = labels.slice(labels.map(l => l.includes('*')).lastIndexOf(true) + 1).join('.')
      const nearest = rest.includes('.') ? `*.${rest}` : '*.example.com'
      return `mx ${quote(value)} has a wildcard outside the first label or inside a label; "*" may only be the whole first label, as in ${quote(nearest)}, which matches exactly one label: list the MX hosts by name, or use such a pattern if one label is what varies`
    }
    case 'empty-label':
      // Nothing but dots (and a "*."): no host is left to keep, as a template's placeholder.
      return /^(\*\.)?\.*$/.test(value)
        ? `mx ${quote(value)} names no host (a placeholder left in?); write the host name of each MX host, one "mx:" line each, as the domain's MX records name them`
        : `mx ${quote(value)} has an empty label (two dots in a row, or a leading dot); remove the extra dot`
    case 'label-too-long':
      return `mx ${quote(value)} has a label of ${part.length} characters; DNS labels are at most 63`
    case 'name-too-long':
      return `mx ${quote(value)} is longer than 253 characters, more than any DNS name`
    case 'underscore':
      return `mx ${quote(value)} contains "_", which host names cannot hold; use the MX record's host name`
    case 'bad-char':
      return `mx ${quote(value)} contains ${quote(part)}; host names hold only letters, digits, "-" and "."`
    case 'hyphen':
      return `mx ${quote(value)} has the label ${quote(part)} starting or ending with "-", which host names cannot`
  }
}

/** One problem in a few words, for a line with several. */
const brief = (i: MxPatternIssue): string => {
  const part = i.part ?? ''
  switch (i.problem) {
    case 'trailing-dot':
      return 'a trailing dot'
    case 'u-label':
      return 'a U-label (write the A-label, xn--)'
    case 'wildcard':
      return 'a wildcard outside the first label'
    case 'empty-label':
      return 'an empty label'
    case 'label-too-long':
      return `a label of ${part.length} characters (at most 63)`
    case 'name-too-long':
      return 'over 253 characters'
    case 'underscore':
      return 'an "_"'
    case 'bad-char':
      return quote(part)
    case 'hyphen':
      return `the label ${quote(part)} starting or ending with "-"`
    default:
      return i.problem
  }
}

/** All the problems of one line, in one message. */
const describeAll = (value: string, issues: readonly MxPatternIssue[]): string => {
  if (issues.length === 1) return describe(value, issues[0])
  const list = andList(issues.map(brief))
  return `mx ${quote(value)} has ${plural(issues.length, 'problem')}: ${list}; a pattern is a host name (letters, digits and "-" in dot-separated labels of 1 to 63 characters, no final dot), optionally after "*."`
}

export default defineRule(
  {
    id: 'policy-mx-pattern',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 4.1',
    description:
      'an mx value that is not [*.]Domain (wildcard placement, trailing dot, bad label, U-label, list, IP address, port, comment)'
  },
  ({ facts }, report) => {
    for (let k = 0; k < facts.mx.length; k++) {
      if (facts.mxValid[k]) continue
      const f = facts.mx[k]
      // One finding per line, at its first problem, however many it has.
      const issues = invalidPatternIssues(f.value).sort((a, b) => a.offset - b.offset)
      report({
        message: describeAll(f.value, issues),
        line: f.line,
        column: f.valueColumn + issues[0].offset
      })
    }
  }
)
