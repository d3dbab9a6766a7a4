import { defineRule } from './define.js'
import { certDate, DAY_MS, policyHost } from './live-facts.js'
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
    const notAfter = certDate(cert.notAfter)
    const notBefore = certDate(cert.notBefore)
    if (notAfter === undefined) return
    const left = notAfter.getTime() - now.getTime()
    // Expired, or not valid yet: tls-certificate's.
    if (left <= 0 || (notBefore !== undefined && notBefore.getTime() > now.getTime())) return
    if (left > certExpiryDays * DAY_MS) return
    const days = Math.floor(left / DAY_MS)
    const when = days === 0 ? 'in less than a day' : `in ${plural(days, 'day')}`
    report({
      message: `the certificate of ${policyHost(domain)} expires on ${formatDate(notAfter)}, ${when} (the limit is ${plural(certExpiryDays, 'day')}); renew it now, and check that renewal runs by itself: once it expires, senders cannot refresh the policy, and drop it when their cached copy runs out`
    })
  }
)
