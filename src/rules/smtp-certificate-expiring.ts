import { defineRule } from './define.js'
import { expiringSoon } from './live-facts.js'
import { formatDate, plural } from '../message-format.js'

export default defineRule(
  {
    id: 'smtp-certificate-expiring',
    severity: 'warning',
    target: 'live',
    rfc: 'RFC 8461 4.2',
    description:
      "(opt-in --smtp) an MX host's certificate expires within the configured days (verify cert-expiry-days, default 14)"
  },
  ({ smtp, now, certExpiryDays }, report) => {
    if (smtp === undefined) return
    for (const c of smtp.hosts) {
      // A handshake that failed, or a certificate already expired: smtp-starttls's.
      if (c.failure !== undefined || c.certificate === undefined) continue
      const soon = expiringSoon(c.certificate, now, certExpiryDays)
      if (soon === undefined) continue
      const when = soon.daysLeft === 0 ? 'in less than a day' : `in ${plural(soon.daysLeft, 'day')}`
      report({
        url: c.host,
        message: `the certificate of MX host ${c.host} expires on ${formatDate(soon.notAfter)}, ${when} (the limit is ${plural(certExpiryDays, 'day')}); renew it now, and check that renewal runs by itself (and that the mail server reloads it): once it expires, senders that apply the domain's MTA-STS policy in enforce mode stop delivering to it`
      })
    }
  }
)
