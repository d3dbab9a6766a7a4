/**
 * The GitHub Action adapter: inputs in; annotations, a job summary, outputs, report files and the
 * step's status out, through the runner's contract (./runner.ts). The REST client is loaded by
 * the gate only when git cannot read the base.
 */
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { compareFindings, countFindings, failsOn, type FailOn, type Finding } from '../finding.js'
import { resolveBase } from '../gate/base.js'
import { openGate } from '../gate/open.js'
import { CheckError, runRepository, type GateInput } from '../repo/pipeline.js'
import { formatJson } from '../report/json.js'
import { formatSarif } from '../report/sarif.js'
import { formatSummary } from '../report/summary.js'
import { RULES, ruleById } from '../rules/registry.js'
import { createRunner, type AnnotationProperties, type Runner } from './runner.js'

/** GitHub shows at most this many annotations of each severity per step. */
export const ANNOTATIONS_PER_SEVERITY = 10

const failOnInput = (runner: Runner): FailOn => {
  const v = runner.getInput('fail-on') || 'error'
  if (v === 'error' || v === 'warning' || v === 'notice' || v === 'never') return v
  throw new CheckError(`input fail-on must be error, warning, notice or never; got "${v}"`)
}

const booleanInput = (runner: Runner, name: string, fallback: boolean): boolean => {
  const v = runner.getInput(name).toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new CheckError(`input ${name} must be true or false; got "${v}"`)
}

/** A path from an input, resolved in the workspace and refused when it leaves it. */
const inWorkspace = (workspace: string, input: string, value: string): string => {
  const abs = path.resolve(workspace, value)
  const rel = path.relative(workspace, abs)
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new CheckError(`input ${input} "${value}" points outside the workspace`)
  }
  return abs
}

const readEvent = (runner: Runner): unknown => {
  const file = process.env.GITHUB_EVENT_PATH
  if (file === undefined || file === '') return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch (e) {
    runner.annotate('warning', `cannot read the event payload ${file}: ${(e as Error).message}`)
    return undefined
  }
}

/** Findings on files the change touched come first: those are what the author can fix now. */
const annotate = (
  runner: Runner,
  findings: readonly Finding[],
  changed: ReadonlySet<string>
): void => {
  const ordered = [
    ...findings.filter(f => f.file !== undefined && changed.has(f.file)),
    ...findings.filter(f => f.file === undefined || !changed.has(f.file))
  ]
  const shown = { error: 0, warning: 0, notice: 0 }
  const left = { error: 0, warning: 0, notice: 0 }
  for (const f of ordered) {
    if (shown[f.severity] >= ANNOTATIONS_PER_SEVERITY) {
      left[f.severity]++
      continue
    }
    shown[f.severity]++
    const props: AnnotationProperties = { title: f.rule }
    if (f.file !== undefined) props.file = f.file
    if (f.line !== undefined) props.startLine = f.line
    if (f.column !== undefined) props.startColumn = f.column
    const text = f.url === undefined ? f.message : `${f.message} (${f.url})`
    runner.annotate(f.severity, text, props)
  }
  for (const s of ['error', 'warning', 'notice'] as const) {
    if (left[s] > 0) {
      runner.info(
        `${left[s]} more ${s} findings are not annotated (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step); they are in the job summary`
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

export const run = async (runner: Runner = createRunner()): Promise<void> => {
  try {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
    const root = inWorkspace(workspace, 'root', runner.getInput('root') || '.')
    const failOn = failOnInput(runner)
    const gateOn = booleanInput(runner, 'gate', true)
    const configInput = runner.getInput('config')
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
    const prefix = path.relative(workspace, root).split(path.sep).join('/')

    const notes: string[] = []
    const notices: string[] = []
    let gate: GateInput | undefined
    // Ends the gate's git reader once the base is no longer read.
    let closeGate = (): void => undefined
    if (gateOn) {
      const base = resolveBase(
        process.env.GITHUB_EVENT_NAME ?? '',
        readEvent(runner),
        runner.getInput('base') || undefined
      )
      const token = runner.getInput('token')
      const opened = await openGate(
        root,
        base,
        owner && repo
          ? {
              owner,
              repo,
              token,
              ...(process.env.GITHUB_API_URL !== undefined && {
                apiUrl: process.env.GITHUB_API_URL
              }),
              ...(prefix !== '' && { pathPrefix: prefix })
            }
          : undefined
      )
      notes.push(...opened.notes)
      notices.push(...opened.notices)
      closeGate = () => opened.close()
      if (opened.source !== undefined) {
        gate = {
          source: opened.source,
          ...(opened.history !== undefined && { history: opened.history })
        }
      }
    } else {
      notes.push('id gate off (input gate: false)')
    }

    const result = await runRepository({
      root,
      ...(configInput !== '' && { configPath: inWorkspace(workspace, 'config', configInput) }),
      ...(repo !== undefined && repo !== '' && prefix === '' && { rootName: repo }),
      ...(gate !== undefined && { gate })
    })
    notes.push(...result.notes)
    notices.push(...result.notices)

    // Paths relative to the workspace, so annotations attach to the diff.
    const rebase = (f: Finding): Finding =>
      f.file !== undefined && prefix !== '' ? { ...f, file: `${prefix}/${f.file}` } : f
    const findings = result.findings.map(rebase).sort(compareFindings)

    // Which files with findings this change touched (read at the base when there is one).
    const changed = new Set<string>()
    if (gate !== undefined) {
      for (const file of new Set(
        result.findings.map(f => f.file).filter((f): f is string => !!f)
      )) {
        const before = await gate.source.read(file).catch(() => undefined)
        const now = await readFileSafe(path.join(root, file))
        if (before === undefined || now === undefined) continue
        if (before === null || !Buffer.from(before).equals(now)) {
          changed.add(prefix === '' ? file : `${prefix}/${file}`)
        }
      }
    }
    closeGate()
    for (const n of notes) runner.info(n)
    for (const n of notices) runner.annotate('notice', n)
    annotate(runner, findings, changed)

    const counts = countFindings(findings)
    runner.setOutput('errors', counts.errors)
    runner.setOutput('warnings', counts.warnings)
    runner.setOutput('notices', counts.notices)
    runner.setOutput('changed', result.changed ? 'true' : 'false')
    if (result.newId !== undefined) runner.setOutput('new-id', result.newId)

    const domains = result.domains.map(d =>
      prefix === ''
        ? d
        : { ...d, ...(d.policyFile !== undefined && { policyFile: `${prefix}/${d.policyFile}` }) }
    )
    runner.appendSummary(() =>
      formatSummary({
        findings,
        domains,
        context: [...notices, ...notes].join(' · '),
        docs: id => ruleById(id)?.meta.docs
      })
    )
    const report = runner.getInput('report')
    if (report !== '') {
      await writeOutput(
        'report',
        inWorkspace(workspace, 'report', report),
        formatJson(findings, { domains })
      )
      runner.setOutput('report', report)
    }
    const sarif = runner.getInput('sarif')
    if (sarif !== '') {
      await writeOutput(
        'sarif',
        inWorkspace(workspace, 'sarif', sarif),
        formatSarif(
          findings,
          RULES.map(r => r.meta)
        )
      )
    }
    const failing = findings.filter(f => failsOn(f.severity, failOn)).length
    if (failing > 0) {
      const bump = result.newId === undefined ? '' : `; a fresh id: ${result.newId}`
      runner.setFailed(`${failing} MTA-STS finding(s) at or above "${failOn}"${bump}`)
    } else {
      runner.info(
        `MTA-STS: ${result.files.length} policy file(s), ${result.domains.length} domain(s) checked`
      )
    }
  } catch (e) {
    runner.setFailed(
      e instanceof CheckError ? e.message : `internal error: ${(e as Error).message}`
    )
  }
}

const readFileSafe = async (file: string): Promise<Buffer | undefined> => {
  try {
    return await readFile(file)
  } catch {
    return undefined
  }
}
