/**
 * The GitHub Action adapter, the only module that imports @actions/*: inputs in; annotations,
 * outputs, report files and the step's status out.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { compareFindings, countFindings, failsOn, type FailOn, type Finding } from '../finding.js'
import { CheckError, checkRepository } from '../repo/check.js'
import { formatJson } from '../report/json.js'
import { formatSarif } from '../report/sarif.js'
import { RULES } from '../rules/registry.js'

/** GitHub shows at most this many annotations of each severity per step. */
const ANNOTATIONS_PER_SEVERITY = 10

const failOnInput = (): FailOn => {
  const v = core.getInput('fail-on') || 'error'
  if (v === 'error' || v === 'warning' || v === 'notice' || v === 'never') return v
  throw new CheckError(`input fail-on must be error, warning, notice or never; got "${v}"`)
}

const annotate = (findings: readonly Finding[]): void => {
  const shown = { error: 0, warning: 0, notice: 0 }
  const left = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) {
    if (shown[f.severity] >= ANNOTATIONS_PER_SEVERITY) {
      left[f.severity]++
      continue
    }
    shown[f.severity]++
    const props: core.AnnotationProperties = { title: f.rule }
    if (f.file !== undefined) props.file = f.file
    if (f.line !== undefined) props.startLine = f.line
    if (f.column !== undefined) props.startColumn = f.column
    const log =
      f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice
    log(f.message, props)
  }
  for (const s of ['error', 'warning', 'notice'] as const) {
    if (left[s] > 0) {
      core.info(
        `${left[s]} more ${s} findings are not annotated (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step); see the report`
      )
    }
  }
}

/** Writes a report file, creating its folder; a failure is the run's failure, said plainly. */
const writeOutput = async (input: string, file: string, text: string): Promise<void> => {
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  } catch (e) {
    throw new CheckError(`cannot write the ${input} file "${file}": ${(e as Error).message}`)
  }
}

export const run = async (): Promise<void> => {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const root = path.resolve(workspace, core.getInput('root') || '.')
    if (path.relative(workspace, root).startsWith('..')) {
      throw new CheckError(`input root "${core.getInput('root')}" points outside the workspace`)
    }
    const failOn = failOnInput()
    const result = await checkRepository(root)
    // Paths in annotations are relative to the workspace, so they attach to the diff.
    const prefix = path.relative(workspace, root).split(path.sep).join('/')
    const findings = result.findings
      .map(f => (f.file !== undefined && prefix !== '' ? { ...f, file: `${prefix}/${f.file}` } : f))
      .sort(compareFindings)
    annotate(findings)
    const counts = countFindings(findings)
    core.setOutput('errors', counts.errors)
    core.setOutput('warnings', counts.warnings)
    core.setOutput('notices', counts.notices)
    const report = core.getInput('report')
    if (report !== '') {
      const target = path.resolve(workspace, report)
      await writeOutput('report', target, formatJson(findings, { domains: result.domains }))
      core.setOutput('report', report)
    }
    const sarif = core.getInput('sarif')
    if (sarif !== '') {
      await writeFile(
        path.resolve(workspace, sarif),
        formatSarif(
          findings,
          RULES.map(r => r.meta)
        )
      )
    }
    const failing = findings.filter(f => failsOn(f.severity, failOn)).length
    if (failing > 0) {
      core.setFailed(`${failing} MTA-STS finding(s) at or above "${failOn}"`)
    } else {
      core.info(
        `MTA-STS: ${result.files.length} policy file(s) linted, ${findings.length} finding(s)`
      )
    }
  } catch (e) {
    core.setFailed(e instanceof CheckError ? e.message : `internal error: ${(e as Error).message}`)
  }
}
