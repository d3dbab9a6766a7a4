import { defineRule } from './define.js'
import { certificateProblems, oldTls, policyHost } from './live-facts.js'
import { quote } from '../message-format.js'
import type { PolicyFetch } from '../verify/types.js'

/** The addresses tried and what each did, for the message (a few; the rest counted). */
const tried = (fetch: PolicyFetch): string => {
  const attempts = fetch.failure?.attempts ?? []
  if (attempts.length === 0) return ''
  const shown = attempts.slice(0, 4).map(a => `${a.address}: ${a.message}`)
  const more = attempts.length > 4 ? `; and ${attempts.length - 4} more` : ''
  return ` (tried ${shown.join('; ')}${more})`
}

export default defineRule(
  {
    id: 'policy-fetch',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3',
    description:
      'the policy host does not resolve, refuses, times out, or TLS fails for a reason other than the certificate'
  },
  (ctx, report) => {
    const { fetch, domain } = ctx
    const failure = fetch.failure
    if (failure === undefined || failure.kind === 'certificate') return
    // The same cause is tls-certificate's: a certificate it reports, or TLS below 1.2.
    if (
      failure.kind === 'tls' &&
      (oldTls(fetch) !== undefined || certificateProblems(ctx).length > 0)
    ) {
      return
    }
    const host = policyHost(domain)
    const why = quote(failure.message, 200)
    const consequence = 'so senders cannot fetch the policy and use none'
    let message: string
    switch (failure.kind) {
      case 'no-address':
        message = `${host} does not resolve (${why}), ${consequence}; publish its A/AAAA records, or a CNAME to the host that serves the policy`
        break
      case 'refused':
        message = `${host} refuses connections on port 443${tried(fetch)}, ${consequence}; serve HTTPS on it, and check that its addresses are the web server's`
        break
      case 'timeout':
        message = `${host} did not answer in time (${why})${tried(fetch)}, ${consequence} (they wait a minute at most); check that port 443 is open to the Internet and the server answers`
        break
      case 'reset':
        message = `${host} closed the connection (${why})${tried(fetch)}, ${consequence}; check the server, its firewall and any proxy in front of it`
        break
      case 'tls':
        message = `the TLS handshake with ${host} failed (${why})${tried(fetch)}, ${consequence}; serve HTTPS with TLS 1.2 or newer and a certificate for ${host} (SNI ${host})`
        break
      case 'protocol':
        message = `${host} did not answer in HTTP (${why})${tried(fetch)}, ${consequence}; serve the policy over HTTPS on port 443`
        break
    }
    report({ message })
  }
)
