/** What the CLI's commands share: their outcome, and how they turn options and errors into words. */
import type { Finding } from '../finding.js'
import type { LintOptions } from '../lint.js'
import type { ReportExtras } from '../report/json.js'
import { ruleById } from '../rules/registry.js'
import { TOOL_NAME } from '../version.js'
import { UsageError, type CliArgs } from './args.js'

export interface Outcome {
  findings: Finding[]
  extras: ReportExtras
  /** Run-level notes (gate skipped, what was compared), printed after the findings in text. */
  notes?: string[]
  /** bump reports what it wrote, not a lint summary. */
  quietSummary?: boolean
  /** Location label for findings without a file, in text output. */
  label?: string
  /** The files the run read (absolute): --output may not name one of them. */
  inputs?: string[]
  /**
   * The folder finding files are relative to (absolute; the root for check and bump, the
   * working directory for policy); absent when findings name no real files.
   */
  fileBase?: string
  /** Finding files that are names, not files (`_smtp._tls`): kept as they are in SARIF. */
  pseudoFiles?: string[]
}

/** Turns a file-system error into a one-line reason. */
export const readError = (what: string, e: unknown): UsageError => {
  const err = e as NodeJS.ErrnoException
  const reason =
    err.code === 'ENOENT'
      ? 'no such file'
      : err.code === 'EISDIR'
        ? 'it is a directory, not a policy file'
        : err.code === 'EACCES'
          ? 'permission denied'
          : err.message
  return new UsageError(`cannot read ${what}: ${reason}`)
}

export const lintOptions = (args: CliArgs, extra: Partial<LintOptions> = {}): LintOptions => {
  for (const id of Object.keys(args.severities)) {
    if (ruleById(id) === undefined) {
      throw new UsageError(`--rule names unknown rule "${id}"; see "${TOOL_NAME} rules"`)
    }
  }
  const opts: LintOptions = { severities: args.severities, ...extra }
  if (args.domain !== undefined) opts.domain = args.domain
  return opts
}
