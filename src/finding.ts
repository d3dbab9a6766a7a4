/** The one finding type that every rule produces and every formatter consumes. */
export type Severity = 'error' | 'warning' | 'notice'
export type SeveritySetting = Severity | 'off'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

export interface Finding {
  rule: string
  severity: Severity
  message: string
  /** Path relative to the root, with `/`; absent for findings not tied to a file. */
  file?: string
  /** 1-based. */
  line?: number
  /** 1-based, in characters of the decoded line. */
  column?: number
  domain?: string
  /** The policy URL or DNS name a live finding is about. */
  url?: string
}

export const severityRank = (s: Severity): number => (s === 'error' ? 3 : s === 'warning' ? 2 : 1)

export type FailOn = Severity | 'never'

/** True when a finding at this severity fails the run under `--fail-on`. */
export const failsOn = (s: Severity, failOn: FailOn): boolean =>
  failOn !== 'never' && severityRank(s) >= severityRank(failOn)

/** By code unit, not by locale: the same order on every machine, and no collator to load. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const compareFindings = (a: Finding, b: Finding): number =>
  byCodeUnit(a.file ?? '', b.file ?? '') ||
  (a.line ?? 0) - (b.line ?? 0) ||
  (a.column ?? 0) - (b.column ?? 0) ||
  severityRank(b.severity) - severityRank(a.severity) ||
  byCodeUnit(a.rule, b.rule)

export interface Counts {
  errors: number
  warnings: number
  notices: number
}

export const countFindings = (findings: readonly Finding[]): Counts => {
  const c = { errors: 0, warnings: 0, notices: 0 }
  for (const f of findings) {
    if (f.severity === 'error') c.errors++
    else if (f.severity === 'warning') c.warnings++
    else c.notices++
  }
  return c
}
