import { defineRule } from './define.js'
import { looksLikeTlsRpt } from '../record/tlsrpt.js'

export default defineRule(
  {
    id: 'tlsrpt-missing',
    severity: 'notice',
    target: 'tlsrpt',
    rfc: 'RFC 8460 3, RFC 8461 5',
    description: 'no TLS-RPT record, so delivery failures go unreported (a warning in testing mode)'
  },
  ({ rrset, mode, domain }, report) => {
    // A single record is the record meant; tlsrpt-syntax says what is wrong with it.
    if (rrset.records.length === 1 || rrset.selected.length > 0) return
    if (rrset.records.some(r => looksLikeTlsRpt(r.text))) return
    const why =
      mode === 'testing'
        ? 'in testing mode reports are the only thing the policy produces, so without them testing tells you nothing'
        : 'failures to deliver over TLS go unreported'
    report({
      message: `there is no _smtp._tls (TLS-RPT) record: ${why}; publish "v=TLSRPTv1; rua=mailto:tlsrpt@${domain ?? '<domain>'}" at _smtp._tls.${domain ?? '<domain>'}`,
      line: 1,
      column: 1,
      ...(mode === 'testing' && { severity: 'warning' as const })
    })
  }
)
