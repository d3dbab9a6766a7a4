/** The CLI adapter: arguments in, formatted findings and an exit code out. */
import path from 'node:path'
import { compareFindings, failsOn } from '../finding.js'
import { lintPolicy, lintRecords, lintTlsRpt, policyFindings } from '../lint.js'
import { loadPublicSuffixCheck, needsPublicSuffix } from '../public-suffix.js'
import { isMode } from '../policy/effective.js'
import { RULES } from '../rules/registry.js'
import { formatGithub } from '../report/github.js'
import { formatJson } from '../report/json.js'
import { formatSarif } from '../report/sarif.js'
import { formatText } from '../report/text.js'
import { escapeTerminal } from '../report/escape.js'
import { TOOL_NAME, VERSION } from '../version.js'
import { parseCliArgs, UsageError, type CliArgs } from './args.js'
import { HELP, commandHelp } from './help.js'
import type { CliIO } from './io.js'
import { lintOptions, readError, type Outcome } from './common.js'

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_FAILURE = 2

const runPolicy = async (args: CliArgs, io: CliIO): Promise<Outcome> => {
  if (args.positionals.length !== 1) {
    throw new UsageError('policy takes exactly one FILE (or - for standard input)')
  }
  const file = args.positionals[0]
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(path.resolve(io.cwd, file))
  } catch (e) {
    throw readError(file === '-' ? 'standard input' : `"${file}"`, e)
  }
  const opts = lintOptions(args, file === '-' ? {} : { file: toPosix(file) })
  const withMx = { ...opts, ...(args.mx.length > 0 && { mxHosts: args.mx }) }
  const lint = lintPolicy(bytes, withMx)
  let findings = lint.findings
  if (needsPublicSuffix(lint.policy.mx, lint.facts.mxValid)) {
    // Rules again with the Public Suffix List, only when a wildcard needs it (it is costly to load).
    findings = policyFindings(lint, { ...withMx, isPublicSuffix: await loadPublicSuffixCheck() })
  }
  if (args.tlsrpt.length > 0) {
    const tls = lintTlsRpt(args.tlsrpt, {
      ...lintOptions(args),
      ...(lint.mode !== undefined && { mode: lint.mode })
    })
    findings = [...findings, ...tls.findings.map(f => ({ ...f, file: '_smtp._tls' }))]
  }
  return { findings, extras: { policy: lint.policy }, label: '<stdin>' }
}

const runRecord = (args: CliArgs): Outcome => {
  if (args.positionals.length === 0) throw new UsageError('record takes one or more TXT records')
  const lint = lintRecords(args.positionals, lintOptions(args))
  return { findings: lint.findings, extras: { record: lint.record }, label: '_mta-sts' }
}

const runTlsRpt = (args: CliArgs): Outcome => {
  if (args.positionals.length === 0) throw new UsageError('tlsrpt takes one or more TXT records')
  const mode = args.mode !== undefined && isMode(args.mode) ? args.mode : undefined
  const lint = lintTlsRpt(args.positionals, {
    ...lintOptions(args),
    ...(mode !== undefined && { mode })
  })
  return { findings: lint.findings, extras: {}, label: '_smtp._tls' }
}

/** The root folder of `check` and `bump`, which must exist. */
const listRules = (args: CliArgs): string => {
  if (args.format === 'json') {
    return `${JSON.stringify(
      RULES.map(r => r.meta),
      null,
      2
    )}\n`
  }
  const width = Math.max(...RULES.map(r => r.meta.id.length))
  return `${RULES.map(
    r =>
      `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n${' '.repeat(width + 11)}${r.meta.docs}`
  ).join('\n')}\n`
}

const useColor = (args: CliArgs, io: CliIO): boolean => {
  if (args.color !== undefined) return args.color
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return io.stdoutIsTTY && args.output === undefined
}

const render = (args: CliArgs, io: CliIO, outcome: Outcome): string => {
  const findings = [...outcome.findings].sort(compareFindings)
  switch (args.format) {
    case 'json':
      return formatJson(findings, outcome.extras)
    case 'sarif':
      return formatSarif(
        findings,
        RULES.map(r => r.meta)
      )
    case 'github':
      return formatGithub(findings)
    case 'text': {
      const notes = (outcome.notes ?? []).map(n => `${escapeTerminal(n)}\n`).join('')
      if (outcome.quietSummary === true) return notes
      return (
        formatText(findings, {
          color: useColor(args, io),
          ...(outcome.label !== undefined && { label: outcome.label })
        }) + notes
      )
    }
  }
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export const runCli = async (argv: readonly string[], io: CliIO): Promise<number> => {
  let debug = argv.includes('--debug')
  try {
    const args = parseCliArgs(argv)
    debug = args.debug
    if (args.version) {
      io.stdout(`${VERSION}\n`)
      return EXIT_OK
    }
    if (args.help) {
      io.stdout(argv.some(a => a === args.command) ? commandHelp(args.command) : HELP)
      return EXIT_OK
    }
    if (args.command === 'rules') {
      io.stdout(listRules(args))
      return EXIT_OK
    }
    const outcome =
      args.command === 'policy'
        ? await runPolicy(args, io)
        : args.command === 'record'
          ? runRecord(args)
          : args.command === 'tlsrpt'
            ? runTlsRpt(args)
            : args.command === 'bump'
              ? await (await import('./repo-commands.js')).runBumpCommand(args, io)
              : await (await import('./repo-commands.js')).runCheckCommand(args, io)
    const text = render(args, io, outcome)
    if (args.output !== undefined) {
      try {
        await io.writeFile(path.resolve(io.cwd, args.output), text)
      } catch (e) {
        throw new UsageError(`cannot write --output "${args.output}": ${(e as Error).message}`)
      }
    } else {
      io.stdout(text)
    }
    return outcome.findings.some(f => failsOn(f.severity, args.failOn)) ? EXIT_FINDINGS : EXIT_OK
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${TOOL_NAME}: ${escapeTerminal(e.message)}\n`)
    } else {
      const err = e as Error
      io.stderr(`${TOOL_NAME}: internal error: ${escapeTerminal(err.message ?? String(e))}\n`)
      if (debug && err.stack !== undefined) io.stderr(`${err.stack}\n`)
    }
    return EXIT_FAILURE
  }
}

const toPosix = (p: string): string => p.split(path.sep).join('/')
