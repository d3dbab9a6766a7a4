import { defineRule } from './define.js'
import { TLSRPT_VERSION, looksLikeTlsRpt, type RuaIssue } from '../record/tlsrpt.js'
import { describeTagIssue, reportExtensionValues, tagIssueSeverity } from './tag-messages.js'
import { quote } from '../message-format.js'

const describeRua = (i: RuaIssue): string => {
  switch (i.problem) {
    case 'empty':
      return i.text === 'rua'
        ? 'rua has no destination; give a mailto: or https: URI'
        : 'empty rua destination (a stray ","); remove it'
    case 'whitespace':
      return `rua destination ${quote(i.text)} holds whitespace; separate destinations with ","`
    case 'no-scheme':
      return `rua destination ${quote(i.text)} has no scheme; write "mailto:${i.text}" for an address or an https: URL`
    case 'scheme':
      return `rua destination ${quote(i.text)} uses an unsupported scheme; RFC 8460 allows only mailto: and https:`
    case 'unencoded':
      return `rua destination ${quote(i.text)} holds "!", which must be percent-encoded (%21); size limits like "!10m" are DMARC syntax, not TLS-RPT`
    case 'bad-mailto':
      return `rua destination ${quote(i.text)} is not a mailto: URI with an address`
    case 'bad-https':
      return `rua destination ${quote(i.text)} is not a valid https: URL`
  }
}

export default defineRule(
  {
    id: 'tlsrpt-syntax',
    severity: 'error',
    target: 'tlsrpt',
    rfc: 'RFC 8460 3',
    description: 'the _smtp._tls record does not follow RFC 8460 (version, rua URIs, delimiters)'
  },
  ({ rrset }, report) => {
    const inSet = rrset.records.length > 1
    if (rrset.selected.length > 1) {
      report({
        message: `${rrset.selected.length} TXT records start with "v=TLSRPTv1;" (records ${rrset.selected.map(r => r.index).join(', ')}); with more than one, reporters send no reports: keep exactly one`,
        line: rrset.selected[1].index,
        column: 1
      })
    }
    for (const r of rrset.records) {
      if (inSet && !r.exactPrefix && !looksLikeTlsRpt(r.text)) continue
      for (const i of r.issues) {
        const message = describeTagIssue(i, TLSRPT_VERSION, r.text, inSet)
        if (message === undefined) continue
        const severity = tagIssueSeverity(i, inSet)
        report({ message, line: r.index, column: i.offset + 1, ...(severity && { severity }) })
      }
      if (r.version !== TLSRPT_VERSION && !looksLikeTlsRpt(r.text)) continue
      if (r.rua === undefined) {
        report({
          message:
            'the record has no rua; add where reports go, e.g. "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
          line: r.index,
          column: r.text.length + 1
        })
      }
      for (const i of r.ruaIssues) {
        report({ message: describeRua(i), line: r.index, column: i.offset + 1 })
      }
      reportExtensionValues(r, 'rua', report)
    }
  }
)
