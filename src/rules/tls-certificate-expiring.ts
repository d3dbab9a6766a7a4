import { defineRule } from './define.js'
import { expiringSoon, policyHost } from './live-facts.js'
import { formatDate, plural } from '../message-format.js'

export default defineRule(
  {
    id: 'tls-certificate-expiring',
    severity: 'warning',
    target: 'live',
    rfc: 'RFC 8461 3.3, 10.2',
    description:
      "the policy host's certificate expires within the configured days (verify cert-expiry-days, default 14)"
  },
  ({ fetch, domain, now, certExpiryDays }, report) => {
    const cert = fetch.certificate
    if (cert === undefined) return
    // Expired, or not valid yet: tls-certificate's.
    const soon = expiringSoon(cert, now, certExpiryDays)
    if (soon === undefined) return
    const { notAfter, daysLeft: days } = soon
    const when = days === 0 ? 'in less than a day' : `in ${plural(days, 'day')}`
    report({
      message: `the certificate of ${policyHost(domain)} expires on ${formatDate(notAfter)}, ${when} (the limit is ${plural(certExpiryDays, 'day')}); renew it now, and check that renewal runs by itself: once it expires, senders cannot refresh the policy, and drop it when their cached copy runs out`
    })
  }
)
