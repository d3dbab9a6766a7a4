/**
 * `merge REPORT.json...`: the JSON reports of several shards (design section 3) joined into one:
 * findings concatenated and sorted, domains joined; the summary is recounted when the joined
 * report is formatted. A file that is not a version 1 report of this tool is refused by name.
 */
import { CheckError } from '../check-error.js'
import { compareFindings, SEVERITIES, type Finding, type Severity } from '../finding.js'
import type { DomainReport } from '../repo/domain-report.js'
import { TOOL_NAME } from '../version.js'

export interface ReportFile {
  /** The name to show (as the user gave it). */
  name: string
  text: string
}

export interface MergedReport {
  findings: Finding[]
  domains: DomainReport[]
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** One finding of a report back as a Finding (`null` fields absent); undefined when malformed. */
const findingOf = (v: unknown): Finding | undefined => {
  if (!isObject(v)) return undefined
  const { rule, severity, message } = v
  if (typeof rule !== 'string' || typeof message !== 'string') return undefined
  if (!SEVERITIES.includes(severity as Severity)) return undefined
  const f: Finding = { rule, severity: severity as Severity, message }
  for (const key of ['file', 'domain', 'url'] as const) {
    const x = v[key]
    if (typeof x === 'string') f[key] = x
    else if (x !== null && x !== undefined) return undefined
  }
  for (const key of ['line', 'column'] as const) {
    const x = v[key]
    if (typeof x === 'number' && Number.isInteger(x)) f[key] = x
    else if (x !== null && x !== undefined) return undefined
  }
  return f
}

/** Why a parsed file is no report this tool can merge; '' when it is one. */
const notAReport = (v: unknown): string => {
  if (!isObject(v)) return 'not a JSON object'
  const tool = v.tool
  if (!isObject(tool) || tool.name !== TOOL_NAME) return `not a ${TOOL_NAME} report`
  if (v.version !== 1) return `report version ${JSON.stringify(v.version)}, not 1`
  if (!Array.isArray(v.findings)) return 'no findings list'
  if (v.domains !== undefined && !(Array.isArray(v.domains) && v.domains.every(isObject))) {
    return 'domains is not a list of objects'
  }
  return ''
}

const refuse = (name: string, why: string): CheckError =>
  new CheckError(`${JSON.stringify(name)} is not a ${TOOL_NAME} JSON report (version 1): ${why}`)

export const mergeReports = (files: readonly ReportFile[]): MergedReport => {
  const findings: Finding[] = []
  const domains: DomainReport[] = []
  for (const file of files) {
    let parsed: unknown
    try {
      parsed = JSON.parse(file.text.replace(/^\uFEFF/, ''))
    } catch (e) {
      throw refuse(file.name, `not JSON (${(e as Error).message})`)
    }
    const why = notAReport(parsed)
    if (why !== '') throw refuse(file.name, why)
    const report = parsed as { findings: unknown[]; domains?: DomainReport[] }
    for (const [i, raw] of report.findings.entries()) {
      const f = findingOf(raw)
      if (f === undefined) throw refuse(file.name, `finding ${i + 1} is malformed`)
      findings.push(f)
    }
    domains.push(...(report.domains ?? []))
  }
  // Shards arrive in any order: the joined domains are in name order, as one run would not be.
  domains.sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0))
  return { findings: findings.sort(compareFindings), domains }
}
