import { defineRule } from './define.js'
import { certificateProblems, certificateVerdict, oldTls, policyHost } from './live-facts.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'tls-certificate',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.3, 7.2',
    description:
      'the policy host presents a certificate that is untrusted, expired, not yet valid or not valid for mta-sts.<domain>, or speaks TLS below 1.2'
  },
  (ctx, report) => {
    const { fetch, domain } = ctx
    const host = policyHost(domain)
    const cert = fetch.certificate
    const problems = certificateProblems(ctx)
    if (cert !== undefined && problems.length > 0) {
      const { what, fixes } = certificateVerdict(cert, problems)
      report({
        message: `the certificate of ${host} ${what}, so senders refuse to fetch the policy over it and use none: ${fixes}`
      })
    } else if (fetch.failure?.kind === 'certificate') {
      // A certificate failure without the certificate: the fetcher's reason is all there is.
      report({
        message: `the certificate of ${host} was refused (${quote(fetch.failure.message, 200)}); senders refuse to fetch the policy over it and use none: serve the full chain of a certificate from a public CA that lists ${host}`
      })
    }
    const version = oldTls(fetch)
    if (version !== undefined) {
      report({
        message: `${host} speaks ${version}; senders require TLS 1.2 or newer and cannot fetch the policy: enable TLS 1.2 and 1.3 on the server (and turn off older versions)`
      })
    }
  }
)
