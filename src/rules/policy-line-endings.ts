import { defineRule } from './define.js'
import { plural } from '../message-format.js'

export default defineRule(
  {
    id: 'policy-line-endings',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2 (erratum 6253)',
    description: 'LF and CRLF line endings mixed in one file'
  },
  ({ parsed }, report) => {
    if (parsed.lf === 0 || parsed.crlf === 0) return
    // Point at the first line using the less common ending.
    const crlfMinor = parsed.crlf <= parsed.lf
    const line = crlfMinor ? parsed.firstCrlfLine : parsed.firstLfLine
    report({
      message: `line endings are mixed: ${plural(parsed.lf, 'line')} ${parsed.lf === 1 ? 'ends' : 'end'} with LF and ${plural(parsed.crlf, 'line')} with CRLF (first ${crlfMinor ? 'CRLF' : 'LF'} on line ${line}); both are legal, but pick one (LF is fine: CRLF is not required)`,
      line,
      column: 1
    })
  }
)
