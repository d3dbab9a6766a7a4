/** The JSON report (design section 3): a stable shape users script against. */
import { countFindings, type Finding } from '../finding.js'
import type { EffectivePolicy } from '../policy/effective.js'
import type { EffectiveRecord } from '../lint.js'
import type { DomainReport } from '../repo/domain-report.js'
import { TOOL_NAME, VERSION } from '../version.js'

export interface ReportExtras {
  domains?: DomainReport[]
  policy?: EffectivePolicy
  record?: EffectiveRecord
  /** What the run says beside its findings (`id gate: compared with git (abc1234)`), when any. */
  notes?: string[]
}

export const buildReport = (findings: readonly Finding[], extras: ReportExtras = {}): object => ({
  version: 1,
  tool: { name: TOOL_NAME, version: VERSION },
  summary: countFindings(findings),
  findings: findings.map(f => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    column: f.column ?? null,
    domain: f.domain ?? null,
    url: f.url ?? null
  })),
  ...extras
})

export const formatJson = (findings: readonly Finding[], extras: ReportExtras = {}): string =>
  `${JSON.stringify(buildReport(findings, extras), null, 2)}\n`
