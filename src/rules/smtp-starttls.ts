import { defineRule } from './define.js'
import { certificateProblemsFor, certificateVerdict, oldTls } from './live-facts.js'
import { plural, quote } from '../message-format.js'
import type { SmtpCheck } from '../verify/types.js'
import type { Report } from './types.js'

/** What senders enforcing the policy do when an MX host fails RFC 8461 section 4.2. */
const REFUSE =
  "senders that apply the domain's MTA-STS policy in enforce mode will not deliver to it"

/** Why a probe that could not reach the host is no finding about the host. */
const INCONCLUSIVE =
  'the probe is inconclusive, not a fault of the host: outbound port 25 is often blocked (GitHub-hosted runners and most cloud networks block it), so run the SMTP probe from a host that can reach port 25 (a server, a self-hosted runner)'

/** One MX host's finding, or none when it offers STARTTLS with a certificate for its name. */
const judge = (c: SmtpCheck, now: Date): Omit<Report, 'url'> | undefined => {
  const h = c.host
  const f = c.failure
  if (f !== undefined) {
    const why = quote(f.message, 300)
    switch (f.kind) {
      case 'dns':
        return {
          severity: 'notice',
          message: `STARTTLS on MX host ${h} was not checked: ${why}; the probe is inconclusive`
        }
      case 'no-address':
        return {
          severity: 'warning',
          message: `MX host ${h} has no address (${why}), so senders cannot deliver to it: give it an A or AAAA record, or remove it from the domain's MX records`
        }
      case 'timeout':
        return {
          severity: 'notice',
          message: `STARTTLS on MX host ${h} could not be checked, no answer in time (${why}); ${INCONCLUSIVE}`
        }
      case 'refused':
        return {
          severity: 'notice',
          message: `STARTTLS on MX host ${h} could not be checked, no SMTP conversation (${why}); either the network this ran on blocks outbound port 25, or the host takes no mail on port 25 (then no sender can deliver to it either): ${INCONCLUSIVE}`
        }
      case 'rejected':
        return {
          severity: 'notice',
          message: `MX host ${h} turned this client away in its greeting (${why}), so STARTTLS could not be checked; mail servers often refuse connections from cloud and CI addresses: run the SMTP probe from a host the server accepts`
        }
      case 'protocol':
        return {
          message: `MX host ${h} does not speak SMTP as senders expect (${why}); ${REFUSE} over TLS: check what answers on port 25 of ${h} (a proxy, a firewall, another service)`
        }
      case 'no-starttls': {
        const offered =
          c.ehlo === undefined
            ? ''
            : c.ehlo.length === 0
              ? '; it offers no extension'
              : `; it offers ${c.ehlo
                  .slice(0, 12)
                  .map(k => quote(k, 40))
                  .join(', ')}${c.ehlo.length > 12 ? ` and ${c.ehlo.length - 12} more` : ''}`
        return {
          message: `MX host ${h} does not offer STARTTLS (${why}${offered}); ${REFUSE}: enable STARTTLS on its mail server with a certificate for ${h} from a public CA (Postfix: smtpd_tls_security_level = may with smtpd_tls_chain_files)`
        }
      }
      case 'starttls-refused':
        return {
          message: `MX host ${h} offers STARTTLS but refuses it (${why}); ${REFUSE}: check the mail server's TLS setup (its certificate and key files) and its log`
        }
      case 'tls': {
        const version = oldTls(c)
        return version === undefined
          ? {
              message: `the TLS handshake with MX host ${h} failed after STARTTLS (${why}); ${REFUSE}: check the mail server's TLS settings (certificate and key files, protocols, ciphers)`
            }
          : {
              message: `MX host ${h} speaks ${version} only (${why}); senders require TLS 1.2 or newer, and ${REFUSE}: enable TLS 1.2 and 1.3 on the mail server`
            }
      }
    }
  }
  const cert = c.certificate
  if (cert === undefined) {
    return {
      message: `MX host ${h} sent no certificate in its TLS handshake; ${REFUSE}: configure a certificate for ${h} from a public CA`
    }
  }
  const problems = certificateProblemsFor(
    cert,
    h,
    now,
    `get one that lists ${h} (every MX host name must be in its certificate's subjectAltName; a wildcard covers one label only)`
  )
  if (problems.length === 0) return undefined
  const { what, fixes } = certificateVerdict(cert, problems)
  return { message: `the certificate of MX host ${h} ${what}, so ${REFUSE}: ${fixes}` }
}

export default defineRule(
  {
    id: 'smtp-starttls',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 4.2, 5; RFC 3207',
    description:
      '(opt-in --smtp) an MX host does not offer STARTTLS, the TLS handshake fails, or its certificate is untrusted, expired or not valid for the MX name; a probe that cannot reach port 25 is a notice'
  },
  ({ smtp, domain, now }, report) => {
    if (smtp === undefined) return
    if (smtp.mxFailure !== undefined) {
      const e = smtp.mxFailure
      const at = e.server === undefined ? '' : ` (name server ${e.server})`
      report({
        severity: 'notice',
        url: domain,
        message: `the MX lookup of ${domain} failed (${quote(e.message, 200)}${at}), so no MX host's STARTTLS was checked; the probe is inconclusive`
      })
    }
    for (const c of smtp.hosts) {
      const r = judge(c, now)
      if (r !== undefined) report({ ...r, url: c.host })
    }
    if (smtp.notProbed !== undefined && smtp.notProbed.length > 0) {
      report({
        severity: 'notice',
        url: domain,
        message: `${plural(smtp.notProbed.length, 'more MX host was', 'more MX hosts were')} not probed (at most ${smtp.hosts.length} a domain): ${smtp.notProbed.slice(0, 8).join(', ')}`
      })
    }
  }
)
