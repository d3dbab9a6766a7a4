/** Messages for the tag-list shape shared by the _mta-sts and _smtp._tls records. */
import { extValueProblem, type TagRecord, type TagSyntaxIssue } from '../record/tags.js'
import type { Reporter } from './types.js'
import { quote } from '../message-format.js'

/** Records of other mechanisms pasted where this one belongs: what they are and where they go. */
const OTHER_RECORDS: readonly [RegExp, string][] = [
  [/^v=spf1(?:\s|$)/i, 'an SPF record (it belongs on the domain itself'],
  [/^v=DMARC1\s*;/i, 'a DMARC record (it belongs at _dmarc.<domain>'],
  [/^v=DKIM1\s*;/i, 'a DKIM key (it belongs at <selector>._domainkey.<domain>'],
  [/^v=BIMI1\s*;/i, 'a BIMI record (it belongs at default._bimi.<domain>'],
  [/^v=STSv1\s*;/i, 'the MTA-STS record (it belongs at _mta-sts.<domain>'],
  [/^v=TLSRPTv1\s*;/i, 'the TLS-RPT record (it belongs at _smtp._tls.<domain>']
]

/** ", which is an SPF record (it belongs ...)" for another mechanism's record, else "". */
const otherRecord = (text: string, version: string): string => {
  if (text.toLowerCase().startsWith(`v=${version.toLowerCase()}`)) return ''
  const kind = OTHER_RECORDS.find(([re]) => re.test(text))?.[1]
  return kind === undefined ? '' : `, which is ${kind}, not here)`
}

export const describeTagIssue = (
  i: TagSyntaxIssue,
  version: string,
  record: string,
  inSet: boolean
): string | undefined => {
  const t = i.text ?? ''
  const prefix = `v=${version};`
  switch (i.kind) {
    case 'empty':
      return `the record is empty; it must start with "${prefix}"`
    case 'non-ascii':
      return `non-ASCII character ${quote(t)}; the record must be plain US-ASCII`
    case 'control-char':
      return `control character ${quote(t)} is not allowed in the record`
    case 'quotes':
      return `the record data starts with a quote: the quotes of a zone file are syntax, not data, and senders discard the record; publish ${quote(record.replace(/^"+|"+$/g, ''))}`
    case 'leading-whitespace':
      return `the record starts with whitespace, so senders do not see "${prefix}" and discard it; remove the leading whitespace`
    case 'version': {
      let hint = ''
      if (
        t.toLowerCase() === `v=${version}`.toLowerCase() ||
        t.toLowerCase() === version.toLowerCase()
      )
        hint = ' (it is case-sensitive)'
      return t.length === 0
        ? `the record must start with "v=${version}"`
        : `the record must start with exactly "v=${version}"; found ${quote(t)}${hint}${otherRecord(record, version)}`
    }
    case 'space-before-semicolon':
      return inSet
        ? `whitespace before the first ";": senders select records by the exact prefix "${prefix}" (${version === 'STSv1' ? 'RFC 8461 3.1, erratum 6285' : 'RFC 8460 3'}), so among several TXT records this one is discarded; write "${prefix}"`
        : `whitespace before the first ";": the grammar allows it and senders read this record, but it lacks the exact prefix "${prefix}" by which senders pick records out of several${version === 'STSv1' ? ' (erratum 6285)' : ''}, so any other TXT record published beside it would make them discard it; write "${prefix}"`
    case 'trailing-whitespace':
      return 'trailing whitespace without a final ";" is not in the grammar; remove it (or end the record with ";")'
    case 'empty-field':
      return 'empty field (";;" or a leading ";"); remove the extra ";"'
    case 'no-equals':
      return `${quote(t)} is not a name=value field; write it as name=value or remove it`
    case 'bad-name':
      return `${quote(t)} is not a valid tag name (a letter or digit, then up to 31 letters, digits, "_", "-", ".")`
    case 'missing-semicolon':
      return 'fields must be separated by ";"; insert one here'
    case 'no-fields':
      return undefined
  }
}

/** Severity of a tag issue that the grammar tolerates but senders may not. */
export const tagIssueSeverity = (i: TagSyntaxIssue, inSet: boolean): 'warning' | undefined =>
  (i.kind === 'space-before-semicolon' && !inSet) || i.kind === 'trailing-whitespace'
    ? 'warning'
    : undefined

/**
 * Extension values of a record (every tag but `v` and the record's own `known` one, whose value
 * has a grammar of its own): one or more visible ASCII characters other than `;` and `=`.
 */
export const reportExtensionValues = (
  r: TagRecord & { index: number },
  known: string,
  report: Reporter
): void => {
  for (const t of r.tags) {
    if (t.name === known) continue
    const at = extValueProblem(t.value)
    // A non-ASCII character is reported once, by the record-wide check.
    if (at < 0 || t.value.charCodeAt(at) > 0x7f) continue
    report({
      message:
        t.value.length === 0
          ? `tag ${quote(t.name)} has no value`
          : `the value of tag ${quote(t.name)} holds ${quote(t.value[at])}; extension values allow visible ASCII except ";" and "="`,
      line: r.index,
      column: t.valueOffset + at + 1
    })
  }
}
