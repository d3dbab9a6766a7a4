import { defineRule } from './define.js'
import { policyChanges } from '../policy/changes.js'
import { listChanges } from '../message-format.js'

export default defineRule(
  {
    id: 'policy-mismatch',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.2, 3.3',
    description: 'the policy served differs (in effective values) from the committed one'
  },
  ({ fetch, servedPolicy, committed, liveId }, report) => {
    const want = committed?.policy
    if (want === undefined || servedPolicy === undefined) return
    const changes = policyChanges(want, servedPolicy)
    if (changes.length === 0) return
    // Senders that fetched under the committed id have cached the wrong policy under it.
    const id = committed?.id
    const cached =
      id === undefined
        ? ''
        : liveId === id
          ? '; the record already publishes the committed id, so senders that fetched since cache the served policy under it: after deploying, publish a fresh id again'
          : `; then publish the committed id (${id}), so senders fetch it`
    report({
      message: `the policy served at ${fetch.url} differs from the committed one (committed → served): ${listChanges(changes, 5)}; deploy the committed policy${cached}`
    })
  }
)
