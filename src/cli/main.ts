/** The CLI adapter: arguments in, formatted findings and an exit code out. */
import path from 'node:path'
import { compareFindings, failsOn } from '../finding.js'
import { lintPolicy, lintRecords, lintTlsRpt, policyFindings } from '../lint.js'
import { loadPublicSuffixCheck, needsPublicSuffix } from '../public-suffix.js'
import { isMode } from '../policy/effective.js'
import { RULES } from '../rules/registry.js'
import { formatGithub } from '../report/github.js'
import { formatJson } from '../report/json.js'
import { formatSarif, type SarifLocation } from '../report/sarif.js'
import { formatText } from '../report/text.js'
import { escapeTerminal } from '../report/escape.js'
import { CheckError } from '../check-error.js'
import { mergeReports } from '../scale/merge.js'
import { didYouMean } from '../did-you-mean.js'
import { TOOL_NAME, VERSION } from '../version.js'
import { COMMANDS, parseCliArgs, UsageError, type CliArgs, type Command } from './args.js'
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
  const shown = toPosix(file)
  const opts = lintOptions(args, file === '-' ? {} : { file: shown })
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
  return {
    findings,
    extras: { policy: lint.policy },
    label: '<stdin>',
    ...(file !== '-' && { inputs: [path.resolve(io.cwd, file)], fileBase: io.cwd }),
    pseudoFiles: ['_smtp._tls']
  }
}

/**
 * The TXT records of `record` and `tlsrpt`: each argument is one record, and `-` stands for the
 * records on standard input, one a line, as written or quoted as `dig +short` prints them (the
 * plain record-file format: blank lines and `#` comments skipped), or `dig`'s whole output.
 */
const recordTexts = async (args: CliArgs, io: CliIO): Promise<string[]> => {
  const command = args.command
  if (args.positionals.length === 0) {
    throw new UsageError(`${command} takes one or more TXT records (or - for standard input)`)
  }
  if (args.positionals.filter(p => p === '-').length > 1) {
    throw new UsageError(`${command} reads standard input once: give - once`)
  }
  const texts: string[] = []
  for (const p of args.positionals) {
    if (p !== '-') {
      texts.push(p)
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = await io.readStdin()
    } catch (e) {
      throw readError('standard input', e)
    }
    // The record-file reader, loaded only when records come from standard input; dig's full
    // output is read too (its answer lines' TXT data).
    const { parsePlain } = await import('../repo/sources/plain.js')
    const { digAnswers } = await import('./dig-answers.js')
    const read = parsePlain(digAnswers(new TextDecoder().decode(bytes)), { file: '-' })
    const problem = read.problems[0]
    if (problem !== undefined) {
      throw new UsageError(`standard input, line ${problem.line}: ${problem.message}`)
    }
    texts.push(...read.records.map(r => r.value))
  }
  if (texts.length === 0) {
    // Nothing to weigh is no pass: a lookup that found nothing piped in says so on its own.
    throw new UsageError(
      `standard input holds no TXT record (one a line; blank lines and # comments are skipped)`
    )
  }
  return texts
}

const runRecord = async (args: CliArgs, io: CliIO): Promise<Outcome> => {
  const lint = lintRecords(await recordTexts(args, io), lintOptions(args))
  return { findings: lint.findings, extras: { record: lint.record }, label: '_mta-sts' }
}

const runTlsRpt = async (args: CliArgs, io: CliIO): Promise<Outcome> => {
  const texts = await recordTexts(args, io)
  const mode = args.mode !== undefined && isMode(args.mode) ? args.mode : undefined
  const lint = lintTlsRpt(texts, {
    ...lintOptions(args),
    ...(mode !== undefined && { mode })
  })
  return { findings: lint.findings, extras: {}, label: '_smtp._tls' }
}

/** `merge REPORT.json...`: the JSON reports of several shards as one report. */
const runMerge = async (args: CliArgs, io: CliIO): Promise<Outcome> => {
  if (args.positionals.length === 0) {
    throw new UsageError('merge takes one or more REPORT.json files (the JSON reports of verify)')
  }
  const files = []
  const inputs: string[] = []
  for (const name of args.positionals) {
    const file = path.resolve(io.cwd, name)
    let bytes: Uint8Array
    try {
      bytes = await io.readFile(file)
    } catch (e) {
      throw readError(`"${name}"`, e)
    }
    files.push({ name, text: new TextDecoder().decode(bytes) })
    inputs.push(file)
  }
  try {
    const merged = mergeReports(files)
    return { findings: merged.findings, extras: { domains: merged.domains }, inputs }
  } catch (e) {
    if (e instanceof CheckError) throw new UsageError(e.message)
    throw e
  }
}

/** `rules`: one rule a line (text), or every rule's meta as a JSON array. */
const listRules = (args: CliArgs): string => {
  if (args.positionals.length > 0) {
    throw new UsageError(`rules takes no arguments; got "${args.positionals[0]}"`)
  }
  if (args.format === 'json') {
    return `${JSON.stringify(
      RULES.map(r => r.meta),
      null,
      2
    )}\n`
  }
  if (args.format !== 'text') {
    throw new UsageError(`rules prints --format text or json; got "${args.format}"`)
  }
  const width = Math.max(...RULES.map(r => r.meta.id.length))
  return `${RULES.map(
    r =>
      `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n${' '.repeat(width + 11)}${r.meta.docs}`
  ).join('\n')}\n`
}

/** `help [COMMAND]`: the tool's help, or one command's. */
const helpText = (args: CliArgs): string => {
  const [topic, extra] = args.positionals
  if (extra !== undefined) throw new UsageError('help takes at most one COMMAND')
  if (topic === undefined) return HELP
  if ((COMMANDS as readonly string[]).includes(topic)) return commandHelp(topic as Command)
  const guess = didYouMean(topic, COMMANDS)
  const hint =
    guess !== undefined ? `did you mean "${guess}"?` : `commands are ${COMMANDS.join(', ')}`
  throw new UsageError(`help: unknown command "${topic}"; ${hint}`)
}

/** `--output -` is standard output, as no --output is. */
const toStdout = (args: CliArgs): boolean => args.output === undefined || args.output === '-'

const useColor = (args: CliArgs, io: CliIO): boolean => {
  if (args.color !== undefined) return args.color
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return io.stdoutIsTTY && toStdout(args)
}

/** Refuses an --output that names a file the run reads: the report would replace it. */
const refuseInputAsOutput = (args: CliArgs, io: CliIO, inputs: readonly string[]): void => {
  if (toStdout(args) || args.output === undefined) return
  const out = path.resolve(io.cwd, args.output)
  if (!inputs.some(f => path.resolve(f) === out)) return
  throw new UsageError(
    `--output ${JSON.stringify(args.output)} is a file this run reads; the report would replace it: write the report elsewhere (or --output - for standard output)`
  )
}

/** The files the arguments name for reading, known before the run. */
const namedInputs = (args: CliArgs, io: CliIO): string[] => {
  const files: string[] = []
  if (args.command === 'policy' && args.positionals[0] !== undefined) {
    if (args.positionals[0] !== '-') files.push(path.resolve(io.cwd, args.positionals[0]))
  }
  if (args.config !== undefined) files.push(path.resolve(io.cwd, args.config))
  if (args.domainsFile !== undefined && args.domainsFile !== '-') {
    files.push(path.resolve(io.cwd, args.domainsFile))
  }
  if (args.command === 'merge') files.push(...args.positionals.map(f => path.resolve(io.cwd, f)))
  return files
}

/**
 * The repository root SARIF paths are relative to (code scanning resolves them against the
 * checkout): the git top level above `dir` (a `.git` folder, or the `.git` file of a worktree),
 * else the working directory.
 */
const sourceRoot = async (io: CliIO, dir: string): Promise<string> => {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (await io.exists(path.join(d, '.git'))) return d
    if (path.dirname(d) === d) return path.resolve(io.cwd)
  }
}

/**
 * Where each finding's file is for SARIF and workflow annotations: relative to the source root,
 * or absolute outside it.
 */
const sarifLocator = async (
  args: CliArgs,
  io: CliIO,
  outcome: Outcome
): Promise<((file: string) => SarifLocation) | undefined> => {
  const base = outcome.fileBase
  if (base === undefined) return undefined
  // The folder the input lives in decides the repository: the root, or the policy's folder.
  const policy = outcome.inputs?.[0]
  const from = args.command === 'policy' && policy !== undefined ? path.dirname(policy) : base
  const top = await sourceRoot(io, from)
  const pseudo = new Set(outcome.pseudoFiles ?? [])
  return file => {
    if (pseudo.has(file)) return { relative: file }
    const abs = path.resolve(base, file)
    const rel = path.relative(top, abs)
    const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)
    return outside || rel === '' ? { absolute: abs } : { relative: toPosix(rel) }
  }
}

const render = async (args: CliArgs, io: CliIO, outcome: Outcome): Promise<string> => {
  const findings = [...outcome.findings].sort(compareFindings)
  switch (args.format) {
    case 'json':
      return formatJson(findings, {
        ...outcome.extras,
        ...(outcome.notes !== undefined && outcome.notes.length > 0 && { notes: outcome.notes })
      })
    case 'sarif': {
      const locate = await sarifLocator(args, io, outcome)
      return formatSarif(
        findings,
        RULES.map(r => r.meta),
        locate === undefined ? {} : { locate }
      )
    }
    case 'github': {
      // Annotations attach to files by their path from the repository root, as SARIF's do.
      const locate = await sarifLocator(args, io, outcome)
      if (locate === undefined) return formatGithub(findings)
      return formatGithub(
        findings.map(f => {
          if (f.file === undefined) return f
          const loc = locate(f.file)
          return { ...f, file: 'relative' in loc ? loc.relative : loc.absolute }
        })
      )
    }
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
    if (args.command === 'help') {
      io.stdout(helpText(args))
      return EXIT_OK
    }
    refuseInputAsOutput(args, io, namedInputs(args, io))
    if (args.command === 'rules') {
      const text = listRules(args)
      if (toStdout(args)) io.stdout(text)
      else await writeOutput(args, io, text)
      return EXIT_OK
    }
    const outcome =
      args.command === 'policy'
        ? await runPolicy(args, io)
        : args.command === 'record'
          ? await runRecord(args, io)
          : args.command === 'tlsrpt'
            ? await runTlsRpt(args, io)
            : args.command === 'merge'
              ? await runMerge(args, io)
              : args.command === 'bump'
                ? await (await import('./repo-commands.js')).runBumpCommand(args, io)
                : args.command === 'verify'
                  ? await (await import('./repo-commands.js')).runVerifyCommand(args, io)
                  : await (await import('./repo-commands.js')).runCheckCommand(args, io)
    refuseInputAsOutput(args, io, outcome.inputs ?? [])
    const text = await render(args, io, outcome)
    if (toStdout(args)) io.stdout(text)
    else await writeOutput(args, io, text)
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

/** Writes the report to --output (missing folders are created). */
const writeOutput = async (args: CliArgs, io: CliIO, text: string): Promise<void> => {
  const file = args.output ?? '-'
  try {
    await io.writeFile(path.resolve(io.cwd, file), text)
  } catch (e) {
    throw new UsageError(`cannot write --output ${JSON.stringify(file)}: ${(e as Error).message}`)
  }
}
