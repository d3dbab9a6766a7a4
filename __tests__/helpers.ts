import type { Finding } from '../src/finding.js'

/** `rule@line:column/severity`, sorted: a missing or an extra finding fails the comparison. */
export const codes = (findings: readonly Finding[]): string[] =>
  findings.map(f => `${f.rule}@${f.line ?? '-'}:${f.column ?? '-'}/${f.severity}`).sort()

/** Lines joined with LF and a final LF: most policies in the tests. */
export const lines = (...ls: string[]): string => `${ls.join('\n')}\n`

export const VALID = lines(
  'version: STSv1',
  'mode: enforce',
  'mx: mail.example.com',
  'max_age: 604800'
)
