import { defineRule } from './define.js'
import { policyHost, statusWords } from './live-facts.js'

/** What a status usually means on a policy host, and the fix. */
const hint = (status: number, host: string): string => {
  if (status === 404 || status === 410) {
    return `the file is not where senders look: publish it at /.well-known/mta-sts.txt of ${host} (a static site generator that drops dot-folders, such as Jekyll on GitHub Pages, needs .nojekyll)`
  }
  if (status === 401 || status === 403) {
    // Bot protection is the usual cause: sending MTAs fetch with no browser, cookie or JavaScript.
    return `the server refuses it: make the file readable by anyone, without authentication, an IP allow-list or bot protection (Cloudflare's Bot Fight Mode and Browser Integrity Check answer 403 to mail servers: turn them off for ${host})`
  }
  if (status === 421) return `the server does not serve ${host}: add the name to its virtual hosts`
  if (status === 429) return 'the server limits requests: exempt the policy URL from rate limiting'
  if (status === 503) {
    return `the server is unavailable or shows a challenge page (bot protection answers some clients 503): check its logs, and turn challenges off for ${host}`
  }
  if (status >= 500) return 'the server failed: check its logs and whatever sits in front of it'
  return 'serve the policy file itself with status 200'
}

export default defineRule(
  {
    id: 'policy-http-status',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3',
    description: 'the policy URL answers with a status other than 200 (a 3xx is policy-redirect)'
  },
  ({ fetch, domain }, report) => {
    const status = fetch.status
    // A redirect is policy-redirect's.
    if (status === undefined || status === 200 || (status >= 300 && status <= 399)) return
    report({
      message: `${fetch.url} answered ${statusWords(status)}; senders accept a policy only with status 200, so they use none: ${hint(status, policyHost(domain))}`
    })
  }
)
