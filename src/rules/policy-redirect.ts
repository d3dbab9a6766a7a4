import { defineRule } from './define.js'
import { policyHost, statusWords } from './live-facts.js'
import { quote } from '../message-format.js'

/** Where a Location points compared with the policy URL, when that says why it is there. */
const why = (location: string, url: string, host: string): string => {
  let target: URL
  try {
    target = new URL(location, url)
  } catch {
    return ''
  }
  if (target.hostname.toLowerCase() !== host) {
    return ` (a redirect of the whole host to ${target.hostname}? exempt /.well-known/mta-sts.txt from it)`
  }
  if (target.href === url) return ' (to the very same URL)'
  return ` (to another path of ${host}: serve the file at /.well-known/mta-sts.txt exactly)`
}

export default defineRule(
  {
    id: 'policy-redirect',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3',
    description: 'the policy URL answers with a redirect (3xx), which senders never follow'
  },
  ({ fetch, domain }, report) => {
    const status = fetch.status
    if (status === undefined || status < 300 || status > 399) return
    const host = policyHost(domain)
    const to =
      fetch.location === undefined
        ? 'a redirect without a Location'
        : `a redirect to ${quote(fetch.location, 200)}${why(fetch.location, fetch.url, host)}`
    report({
      message: `${fetch.url} answered ${statusWords(status)}, ${to}; senders never follow redirects, not even to the same host, so they use no policy: serve the policy itself at ${fetch.url} with status 200`
    })
  }
)
