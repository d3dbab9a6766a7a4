/**
 * The GitHub Action adapter: inputs in (input-helper.ts), the one check (check/run-check.ts),
 * then annotations, a job summary, outputs, report files and the step's status out, through
 * @actions/core. The REST client is loaded by the gate only when git cannot read the base.
 */
import * as core from '@actions/core'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { CheckError } from '../check-error.js'
import { makeFolders } from '../make-folders.js'
import { runCheck, runVerify } from '../check/run-check.js'
import type { VerifySettings } from '../check/verify-stage.js'
import type { CheckReport } from '../check/settings.js'
import { countFindings, failsOn, type Finding } from '../finding.js'
import type { DomainReport } from '../repo/domain-report.js'
import { formatJson } from '../report/json.js'
import { formatSarif } from '../report/sarif.js'
import { formatSummary } from '../report/summary.js'
import { RULES, ruleById } from '../rules/registry.js'
import { domainsOfFile, inShard } from '../scale/domain-list.js'
import { annotate } from './annotations.js'
import {
  readEventPayload,
  readGithubEnvironment,
  type GithubEnvironment
} from './github-environment.js'
import type { ReplacementLine } from './id-suggestions.js'
import { checkSettings, getInputs, type ActionSettings, type OutputFile } from './input-helper.js'
import type { ActionRuntime } from './runtime.js'

/** One domain's whole verification (the CLI's --timeout default). */
const VERIFY_TIMEOUT_MS = 60_000

/** What the rest of the run shows of a check, or of a verification of the listed domains. */
type Checked = Pick<
  CheckReport,
  'findings' | 'domains' | 'files' | 'notes' | 'notices' | 'touchedFiles' | 'changed' | 'newId'
>

/** Writes a report file, creating its folder; a failure is the run's failure, naming the path. */
const writeOutputFile = async (file: OutputFile, name: string, text: string): Promise<void> => {
  try {
    await makeFolders(path.dirname(file.path))
    await writeFile(file.path, text)
  } catch (e) {
    throw new CheckError(
      `cannot write the ${name} file ${JSON.stringify(file.path)}: ${(e as Error).message}`
    )
  }
}

/** Paths relative to the workspace, so annotations attach to the pull request's diff. */
const inWorkspace = (report: Checked, prefix: string) => {
  const shift = (file: string): string => (prefix === '' ? file : `${prefix}/${file}`)
  const findings: Finding[] = report.findings.map(f =>
    f.file === undefined ? f : { ...f, file: shift(f.file) }
  )
  const domains: DomainReport[] = report.domains.map(d =>
    d.policyFile === undefined ? d : { ...d, policyFile: shift(d.policyFile) }
  )
  const touched = new Set([...report.touchedFiles].map(shift))
  return { findings, domains, touched }
}

const setOutputs = (
  runtime: ActionRuntime,
  findings: readonly Finding[],
  report: Checked
): void => {
  const counts = countFindings(findings)
  runtime.setOutput('errors', counts.errors)
  runtime.setOutput('warnings', counts.warnings)
  runtime.setOutput('notices', counts.notices)
  runtime.setOutput('changed', report.changed ? 'true' : 'false')
  if (report.newId !== undefined) runtime.setOutput('new-id', report.newId)
}

const writeReports = async (
  runtime: ActionRuntime,
  settings: ActionSettings,
  findings: readonly Finding[],
  domains: DomainReport[],
  notes: readonly string[]
): Promise<void> => {
  if (settings.report !== undefined) {
    const extras = { domains, ...(notes.length > 0 && { notes: [...notes] }) }
    await writeOutputFile(settings.report, 'report', formatJson(findings, extras))
    runtime.setOutput('report', settings.report.input)
  }
  if (settings.sarif !== undefined) {
    await writeOutputFile(
      settings.sarif,
      'sarif',
      formatSarif(
        findings,
        RULES.map(r => r.meta)
      )
    )
  }
}

/**
 * The id lines `suggest` could not post as suggestions: said in the id-not-changed annotation on
 * that line, or in a notice of their own when no finding sits there.
 */
const withReplacementLines = (
  runtime: ActionRuntime,
  findings: Finding[],
  lines: readonly ReplacementLine[]
): Finding[] => {
  const left = new Map(lines.map(l => [`${l.file}:${l.line}`, l]))
  const out = findings.map(f => {
    const key = `${f.file ?? ''}:${f.line ?? ''}`
    const l = f.rule === 'id-not-changed' ? left.get(key) : undefined
    if (l === undefined) return f
    left.delete(key)
    return { ...f, message: `${f.message}; ${l.text}` }
  })
  for (const l of left.values()) {
    runtime.notice(l.text, { title: 'id-not-changed', file: l.file, startLine: l.line })
  }
  return out
}

/** One log group per verified domain: what was observed, and its findings. */
const logVerifiedDomains = (runtime: ActionRuntime, report: Checked): void => {
  for (const d of report.domains) {
    if (d.live === undefined) continue
    runtime.startGroup(`MTA-STS verify: ${d.domain}`)
    const l = d.live
    runtime.info(
      `${l.url}: ${l.status === undefined ? 'no answer' : `HTTP ${l.status}`} in ${l.elapsedMs} ms; live id ${l.id ?? 'none'}${l.certificate === undefined ? '' : `; certificate until ${l.certificate.notAfter}`}`
    )
    for (const h of l.smtp ?? []) {
      const what =
        h.failure?.message ??
        `STARTTLS, ${h.tlsVersion ?? 'TLS'}${h.certificate === undefined ? '' : `, certificate until ${h.certificate.notAfter}`}`
      runtime.info(
        `smtp ${h.host}${h.address === undefined ? '' : ` (${h.address})`}: ${what} in ${h.elapsedMs} ms`
      )
    }
    for (const f of report.findings.filter(x => x.domain === d.domain && x.url !== undefined)) {
      runtime.info(`${f.severity} ${f.rule}: ${f.message}`)
    }
    runtime.endGroup()
  }
}

/**
 * Input domains-file: the domains listed there as deployed (as `verify --domains-file`), the
 * I-th part of them with input shard; no repository is read and no gate runs.
 */
const verifyListed = async (
  settings: ActionSettings,
  file: OutputFile,
  verify: VerifySettings
): Promise<Checked> => {
  let text: string
  try {
    text = await readFile(file.path, 'utf8')
  } catch (e) {
    throw new CheckError(
      `cannot read the domains-file ${JSON.stringify(file.path)}: ${(e as Error).message}`
    )
  }
  const all = domainsOfFile(text, `input domains-file ${file.input}`)
  const domains = settings.shard === undefined ? all : inShard(all, settings.shard)
  const report = await runVerify(domains, verify)
  const shard =
    settings.shard === undefined ? '' : ` (shard ${settings.shard.index}/${settings.shard.count})`
  return {
    ...report,
    files: [],
    notes: [`verified ${domains.length} of the ${all.length} domain(s) of ${file.input}${shard}`],
    notices: [],
    touchedFiles: new Set(),
    changed: false
  }
}

export const run = async (
  runtime: ActionRuntime = core,
  environment: GithubEnvironment = readGithubEnvironment(process.env),
  /** What verification goes through (tests: loopback servers); default: real DNS and HTTPS. */
  verifyPorts?: VerifySettings['ports']
): Promise<void> => {
  try {
    const settings = getInputs(runtime, environment)
    runtime.debug(`settings: ${JSON.stringify({ ...settings, token: '***' })}`)
    const event = readEventPayload(environment)
    const verify: VerifySettings = {
      dnsServers: settings.dnsServers,
      timeoutMs: VERIFY_TIMEOUT_MS,
      waitSeconds: settings.verifyWait,
      ...(settings.concurrency !== undefined && { concurrency: settings.concurrency }),
      ...(settings.smtp !== undefined && { smtp: settings.smtp }),
      ...(settings.statePath !== undefined && { statePath: settings.statePath }),
      ...(settings.authoritative !== undefined && { authoritative: settings.authoritative }),
      log: line => runtime.info(line),
      ...(verifyPorts !== undefined && { ports: verifyPorts })
    }
    let report: Checked
    let checked: CheckReport | undefined
    if (settings.domainsFile !== undefined) {
      report = await verifyListed(settings, settings.domainsFile, verify)
    } else {
      const check = checkSettings(settings, environment, event)
      if (settings.verify) check.verify = verify
      checked = await runCheck(check)
      report = checked
    }
    logVerifiedDomains(runtime, report)
    const shifted = inWorkspace(report, settings.rootPrefix)
    const { domains, touched } = shifted
    let findings = shifted.findings
    if (settings.suggest && checked !== undefined) {
      const { suggestIdBumps } = await import('./id-suggestions.js')
      const payload = event.ok ? event.payload : undefined
      const lines = await suggestIdBumps(runtime, settings, environment, payload, checked)
      findings = withReplacementLines(runtime, findings, lines)
    }

    const notes =
      settings.gate || settings.domainsFile !== undefined
        ? report.notes
        : ['id gate off (input gate: false)', ...report.notes]
    runtime.startGroup('MTA-STS: what was checked')
    for (const n of notes) runtime.info(n)
    runtime.info(
      `${report.files.length} policy file(s), ${report.domains.length} domain(s), ${findings.length} finding(s)`
    )
    runtime.endGroup()
    for (const n of report.notices) runtime.notice(n)
    annotate(runtime, findings, touched)
    setOutputs(runtime, findings, report)

    if (environment.stepSummary !== undefined) {
      const markdown = formatSummary({
        findings,
        domains,
        context: [...report.notices, ...notes].join(' · '),
        docs: id => ruleById(id)?.meta.docs
      })
      await runtime.summary.addRaw(markdown).write()
    }
    await writeReports(runtime, settings, findings, domains, [...report.notices, ...notes])

    const failing = findings.filter(f => failsOn(f.severity, settings.failOn)).length
    if (failing > 0) {
      const bump = report.newId === undefined ? '' : `; a fresh id: ${report.newId}`
      runtime.setFailed(`${failing} MTA-STS finding(s) at or above "${settings.failOn}"${bump}`)
    }
  } catch (e) {
    runtime.setFailed(
      e instanceof CheckError ? e.message : `internal error: ${(e as Error).message}`
    )
  }
}
