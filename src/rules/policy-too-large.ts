import { defineRule } from './define.js'
import { POLICY_SIZE_LIMIT } from '../policy/parse.js'

export default defineRule(
  {
    id: 'policy-too-large',
    severity: 'error',
    target: 'policy',
    rfc: 'RFC 8461 3.3',
    description: 'policy body over 64 KiB'
  },
  ({ parsed }, report) => {
    // A served body is read up to the limit only: then its size is unknown, beyond the limit.
    if (!parsed.truncated) return
    const size =
      parsed.size > POLICY_SIZE_LIMIT
        ? `the policy is ${parsed.size} bytes`
        : `the policy served is longer than ${POLICY_SIZE_LIMIT} bytes (reading stopped there)`
    report({
      message: `${size}, over the ${POLICY_SIZE_LIMIT}-byte (64 KiB) limit senders may apply, so strict ones (mox, Postfix's resolver) reject it; it was not linted further. A policy needs a few hundred bytes: is this the right file?`,
      line: 1,
      column: 1
    })
  }
)
