import { defineRule } from './define.js'
import { invalidPatternIssues, type MxPatternIssue } from '../policy/mx.js'
import { quote } from '../message-format.js'

const describe = (value: string, i: MxPatternIssue): string => {
  const fix = i.fix === undefined ? '' : `: write "mx: ${i.fix}"`
  const part = i.part ?? ''
  switch (i.problem) {
    case 'empty':
      return 'mx has no value; give one MX host name or pattern per mx line, or remove the line'
    case 'list':
      return `mx holds a list (${quote(value)}); each pattern needs its own line: ${part
        .split(', ')
        .map(p => `"mx: ${p}"`)
        .join(', ')}`
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
    case 'wildcard':
      return `mx ${quote(value)} has a wildcard outside the first label; "*" may only be the whole first label, as in "*.example.com", and matches exactly one label`
    case 'empty-label':
      return `mx ${quote(value)} has an empty label (two dots in a row, or a leading dot); remove the extra dot`
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

export default defineRule(
  {
    id: 'policy-mx-pattern',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.2, 4.1',
    description:
      'an mx value that is not [*.]Domain (wildcard placement, trailing dot, bad label, U-label, list, IP address, port)'
  },
  ({ facts }, report) => {
    for (let k = 0; k < facts.mx.length; k++) {
      if (facts.mxValid[k]) continue
      const f = facts.mx[k]
      for (const i of invalidPatternIssues(f.value)) {
        report({ message: describe(f.value, i), line: f.line, column: f.valueColumn + i.offset })
      }
    }
  }
)
