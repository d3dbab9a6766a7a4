/**
 * Findings as workflow annotations. GitHub shows at most 10 of each severity per step and drops
 * the rest silently: findings on files the change touched go first (the author can fix those
 * now), and what is left out is counted in the log.
 */
import type { Finding, Severity } from '../finding.js'
import type { ActionRuntime, AnnotationProperties } from './runtime.js'

/** GitHub shows at most this many annotations of each severity per step. */
export const ANNOTATIONS_PER_SEVERITY = 10

const properties = (f: Finding): AnnotationProperties => ({
  title: f.rule,
  ...(f.file !== undefined && { file: f.file }),
  ...(f.line !== undefined && { startLine: f.line }),
  ...(f.column !== undefined && { startColumn: f.column })
})

export const annotate = (
  runtime: ActionRuntime,
  findings: readonly Finding[],
  touched: ReadonlySet<string>
): void => {
  const onTouched = (f: Finding): boolean => f.file !== undefined && touched.has(f.file)
  const ordered = [...findings.filter(onTouched), ...findings.filter(f => !onTouched(f))]
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const left: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const f of ordered) {
    if (shown[f.severity] >= ANNOTATIONS_PER_SEVERITY) {
      left[f.severity]++
      continue
    }
    shown[f.severity]++
    const text = f.url === undefined ? f.message : `${f.message} (${f.url})`
    runtime[f.severity](text, properties(f))
  }
  for (const s of ['error', 'warning', 'notice'] as const) {
    if (left[s] > 0) {
      runtime.info(
        `${left[s]} more ${s} findings are not annotated (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step); they are in the job summary`
      )
    }
  }
}
