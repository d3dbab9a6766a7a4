/** What every rule module is made of, and the contexts rules check. */
import type { Severity } from '../finding.js'
import type { ParsedPolicy } from '../policy/parse.js'
import type { Mode, PolicyFacts } from '../policy/effective.js'
import type { StsRRset } from '../record/sts.js'
import type { TlsRptRRset } from '../record/tlsrpt.js'

/** What a rule looks at; the engine runs the rules of one target over one context. */
export type RuleTarget = 'policy' | 'record' | 'tlsrpt'

export interface RuleMeta {
  /** Kebab-case, stable, never reused. */
  id: string
  severity: Severity
  target: RuleTarget
  /** One line, for `mta-sts-lint rules` and SARIF. */
  description: string
  /** The RFC section the rule enforces, e.g. "RFC 8461 3.2". */
  rfc: string
  /** The rule's documentation page. */
  docs: string
}

export interface Report {
  message: string
  line?: number
  column?: number
  /** Overrides the rule's default severity for this finding (still subject to config). */
  severity?: Severity
}

export type Reporter = (r: Report) => void

export interface PolicyContext {
  parsed: ParsedPolicy
  facts: PolicyFacts
  /** The effective mode, when the mode line is valid. */
  mode?: Mode
  /** The domain's MX host names, when known: enables mx-not-covered and mx-pattern-unused. */
  mxHosts?: readonly string[]
  /** The id of the domain's _mta-sts record, when known: compared with an `id:` line. */
  recordId?: string
  /** Public Suffix List lookup; without it only single-label suffixes count as public. */
  isPublicSuffix?: (name: string) => boolean
}

export interface RecordContext {
  rrset: StsRRset
}

export interface TlsRptContext {
  rrset: TlsRptRRset
  /** The effective policy mode, which decides tlsrpt-missing's severity. */
  mode?: Mode
}

export interface ContextOf {
  policy: PolicyContext
  record: RecordContext
  tlsrpt: TlsRptContext
}

export interface Rule<T extends RuleTarget = RuleTarget> {
  meta: RuleMeta & { target: T }
  check(ctx: ContextOf[T], report: Reporter): void
}
