/**
 * The one orchestrator behind `mta-sts-lint check`, `verify` and the action: typed settings in,
 * the report out. It opens the base for the id gate (git, then the REST API), runs the repository
 * pipeline (discover, parse, rules, gate), verifies the deployed state when asked
 * (verify-stage.ts), and tells which files with findings the change touched. The adapters only
 * turn their inputs into settings and the report into output.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compareFindings } from '../finding.js'
import { openGate, type OpenedGate } from '../gate/open.js'
import { BaseUnreadableError, CheckError } from '../check-error.js'
import type { CheckSettings, CheckReport, GateSettings } from './settings.js'
import { committedOf, runVerifyStage, withLive, type VerifySettings } from './verify-stage.js'
import type { GateInput } from '../repo/gate-stage.js'
import { runRepository } from '../repo/pipeline.js'

/**
 * Opens the gate's base. An event without a base (a schedule, a first push) lints only, with a
 * notice; a base named but unreadable fails the run (the gate fails closed, design 5.3).
 */
const openBase = async (root: string, gate: GateSettings): Promise<OpenedGate> => {
  const opened = await openGate(root, gate.base, gate.rest)
  if (opened.unreadable !== undefined) {
    throw new CheckError(
      `the id gate cannot run: ${opened.unreadable}. To fix: ${gate.unreadableFix}`
    )
  }
  return opened
}

const readOrUndefined = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/**
 * The files with findings that differ from the base (added ones included): the author can fix
 * those now, so their findings are shown first.
 */
const touchedFiles = async (
  root: string,
  gate: GateInput,
  files: readonly string[]
): Promise<Set<string>> => {
  const touched = new Set<string>()
  for (const file of new Set(files)) {
    const before = await gate.source.read(file).catch(() => undefined)
    const now = readOrUndefined(path.join(root, file))
    if (before === undefined || now === undefined) continue
    if (before === null || !Buffer.from(before).equals(now)) touched.add(file)
  }
  return touched
}

/** A base unreadable part-way through, with the fix in the adapter's words. */
const withFix = (e: unknown, settings: CheckSettings): unknown =>
  e instanceof BaseUnreadableError && settings.gate !== undefined
    ? new CheckError(`${e.message}. To fix: ${settings.gate.unreadableFix}`)
    : e

export const runCheck = async (settings: CheckSettings): Promise<CheckReport> => {
  const notes: string[] = []
  const notices: string[] = []
  let opened: OpenedGate | undefined
  if (settings.gate !== undefined) {
    opened = await openBase(settings.root, settings.gate)
    notes.push(...opened.notes)
    notices.push(...opened.notices)
  }
  try {
    const gate: GateInput | undefined =
      opened?.source === undefined
        ? undefined
        : {
            source: opened.source,
            ...(opened.history !== undefined && { history: opened.history })
          }
    const result = await runRepository({
      root: settings.root,
      ...(settings.configPath !== undefined && { configPath: settings.configPath }),
      ...(settings.severities !== undefined && { severities: settings.severities }),
      ...(settings.rootName !== undefined && { rootName: settings.rootName }),
      ...(settings.now !== undefined && { now: settings.now }),
      ...(settings.idTime !== undefined && { idTime: settings.idTime }),
      ...(gate !== undefined && { gate })
    }).catch((e: unknown) => {
      throw withFix(e, settings)
    })
    if (settings.verify !== undefined) {
      const stage = await runVerifyStage(result.domains.map(committedOf), settings.verify, {
        severities: { ...result.config.config.rules, ...(settings.severities ?? {}) },
        ...(result.config.config.certExpiryDays !== undefined && {
          certExpiryDays: result.config.config.certExpiryDays
        }),
        ...(result.config.config.authoritative !== undefined && {
          authoritative: result.config.config.authoritative
        }),
        ...(result.config.config.smtp !== undefined && { smtp: result.config.config.smtp }),
        ...(result.config.config.concurrency !== undefined && {
          concurrency: result.config.config.concurrency
        })
      })
      result.findings.push(...stage.findings)
      result.domains = withLive(result.domains, stage.domains)
    }
    const touched =
      gate !== undefined && settings.findTouchedFiles === true
        ? await touchedFiles(
            settings.root,
            gate,
            result.findings.map(f => f.file).filter((f): f is string => f !== undefined)
          )
        : new Set<string>()
    return {
      ...result,
      findings: [...result.findings].sort(compareFindings),
      notes: [...notes, ...result.notes],
      notices: [...notices, ...result.notices],
      touchedFiles: touched
    }
  } finally {
    opened?.close()
  }
}

/** What `verify DOMAIN...` reports: no repository, only what is deployed. */
export interface VerifyReport {
  findings: CheckReport['findings']
  domains: CheckReport['domains']
}

/** `verify DOMAIN...`: the named domains as deployed, with no repository to compare with. */
export const runVerify = async (
  domains: readonly string[],
  settings: VerifySettings,
  severities?: CheckSettings['severities']
): Promise<VerifyReport> => {
  const stage = await runVerifyStage(
    domains.map(domain => ({ domain })),
    settings,
    severities === undefined ? {} : { severities }
  )
  return {
    findings: [...stage.findings].sort(compareFindings),
    domains: withLive([], stage.domains)
  }
}
