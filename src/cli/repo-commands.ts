/**
 * The repository commands (check, bump), loaded only when one of them runs: `policy` and
 * `record` start without the YAML parser, the source parsers and the gate.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CheckError } from '../check-error.js'
import { canonicalDomain } from '../domain-name.js'
import { runCheck, runVerify } from '../check/run-check.js'
import type { VerifySettings } from '../check/verify-stage.js'
import type { VerificationProgress } from '../verify/run-verification.js'
import { escapeTerminal } from '../report/escape.js'
import { resolveBase } from '../gate/base.js'
import { freshPolicyId } from '../record/policy-id.js'
import { planBump } from '../repo/bump.js'
import { domainsOfFile, inShard, mailDomain, notAMailDomain } from '../scale/domain-list.js'
import { UsageError, type CliArgs } from './args.js'
import type { CliIO } from './io.js'
import { lintOptions, readError, type Outcome } from './common.js'

const rootOf = async (args: CliArgs, io: CliIO): Promise<string> => {
  const root = path.resolve(io.cwd, args.root)
  let isDir: boolean
  try {
    isDir = await io.isDirectory(root)
  } catch (e) {
    throw readError(`--root "${args.root}"`, e)
  }
  if (!isDir) throw new UsageError(`--root "${args.root}" is not a directory`)
  return root
}

/** The verification the flags ask for; progress lines go to standard error. */
const verifySettings = (args: CliArgs, io: CliIO): VerifySettings => ({
  dnsServers: args.dnsServers,
  timeoutMs: args.timeoutSeconds * 1000,
  waitSeconds: args.waitSeconds,
  ...(args.concurrency !== undefined && { concurrency: args.concurrency }),
  ...(args.smtp === true && { smtp: true }),
  log: line => io.stderr(`${escapeTerminal(line)}\n`),
  ...(args.state !== undefined && { statePath: path.resolve(io.cwd, args.state) }),
  ...(args.authoritative === true && { authoritative: true }),
  ...(io.verifyPorts !== undefined && { ports: io.verifyPorts }),
  // A progress bar only for a person watching: not into a log, nor beside JSON on the terminal.
  ...(io.stderrIsTTY === true &&
    !(args.format === 'json' && args.output === undefined) && {
      progress: (p: VerificationProgress) => io.stderr(progressLine(p))
    })
})

/** One redrawn line: done / total, failures so far, the slowest domain in flight. */
export const progressLine = (p: VerificationProgress): string => {
  if (p.done === p.total) return '\r\u001b[2K'
  const slowest =
    p.slowest === undefined
      ? ''
      : ` · slowest: ${escapeTerminal(p.slowest.domain)} (${Math.round(p.slowest.ms / 1000)} s)`
  return `\r\u001b[2Kverified ${p.done}/${p.total} · ${p.failures} failing${slowest}`
}

/** Runs the check; with a base, the id gate too (git only: the CLI has no token). */
const repository = async (args: CliArgs, io: CliIO, base: string | undefined) => {
  const root = await rootOf(args, io)
  lintOptions(args)
  try {
    const report = await runCheck({
      root,
      ...(args.config !== undefined && { configPath: path.resolve(io.cwd, args.config) }),
      severities: args.severities,
      ...(args.verify && { verify: verifySettings(args, io) }),
      ...(base !== undefined && {
        gate: {
          base: resolveBase('', undefined, base),
          unreadableFix:
            'give --base a commit or branch this repository has (in a shallow clone, git fetch it first), or leave --base out to lint without the gate'
        }
      })
    })
    // Text output shows notes after the findings; notices are marked as such.
    report.notes.push(...report.notices.map(n => `notice: ${n}`))
    return { root, result: report }
  } catch (e) {
    if (e instanceof CheckError) throw new UsageError(e.message)
    throw e
  }
}

export const runCheckCommand = async (args: CliArgs, io: CliIO): Promise<Outcome> => {
  if (args.positionals.length > 0) {
    throw new UsageError(`check takes no arguments; got "${args.positionals[0]}" (use --root DIR)`)
  }
  const { root, result } = await repository(args, io, args.base)
  return {
    findings: result.findings,
    extras: { domains: result.domains },
    notes: result.notes,
    inputs: inputsOf(root, io, args, result),
    fileBase: root
  }
}

/** The domains of --domains-file (`-`: standard input), with the file named on a bad line. */
const domainsFileOf = async (file: string, io: CliIO): Promise<string[]> => {
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(path.resolve(io.cwd, file))
  } catch (e) {
    throw readError(file === '-' ? 'standard input' : `--domains-file "${file}"`, e)
  }
  const name = file === '-' ? '--domains-file standard input' : `--domains-file ${file}`
  try {
    return domainsOfFile(new TextDecoder().decode(bytes), name)
  } catch (e) {
    if (e instanceof CheckError) throw new UsageError(e.message)
    throw e
  }
}

/**
 * `verify DOMAIN... [--domains-file FILE] [--shard I/N]`: the named domains as deployed; without
 * a domain, the repository's domains under --root, compared with what it commits.
 */
export const runVerifyCommand = async (args: CliArgs, io: CliIO): Promise<Outcome> => {
  if (args.positionals.length === 0 && args.domainsFile === undefined) {
    if (args.shard !== undefined) {
      throw new UsageError(
        '--shard splits a list of domains: give DOMAIN arguments or --domains-file'
      )
    }
    return runCheckCommand(args, io)
  }
  const named = args.positionals.map(d => {
    const domain = mailDomain(d)
    if (domain === undefined) throw new UsageError(notAMailDomain(d))
    return domain
  })
  const listed = args.domainsFile === undefined ? [] : await domainsFileOf(args.domainsFile, io)
  const all = [...new Set([...named, ...listed])]
  const domains = args.shard === undefined ? all : inShard(all, args.shard)
  lintOptions(args)
  try {
    const report = await runVerify(domains, verifySettings(args, io), args.severities)
    return {
      findings: report.findings,
      extras: { domains: report.domains },
      ...(args.domainsFile !== undefined &&
        args.domainsFile !== '-' && { inputs: [path.resolve(io.cwd, args.domainsFile)] })
    }
  } catch (e) {
    if (e instanceof CheckError) throw new UsageError(e.message)
    throw e
  }
}

/** What a check read and a report must not overwrite: the config, the policies, the id sources. */
const inputsOf = (
  root: string,
  io: CliIO,
  args: CliArgs,
  result: Awaited<ReturnType<typeof repository>>['result']
): string[] => {
  const files = [
    ...result.files,
    ...result.model.domains.flatMap(d => (d.idSource === undefined ? [] : [d.idSource.file]))
  ].map(f => path.resolve(root, f))
  if (result.config.file !== undefined) files.push(path.resolve(root, result.config.file))
  if (args.config !== undefined) files.push(path.resolve(io.cwd, args.config))
  return files
}

export const runBumpCommand = async (args: CliArgs, io: CliIO): Promise<Outcome> => {
  if (args.positionals.length > 0) {
    throw new UsageError(`bump takes no arguments; got "${args.positionals[0]}" (use --domain)`)
  }
  const named = args.domains.map(canonicalDomain)
  const { root, result } = await repository(
    args,
    io,
    named.length > 0 ? args.base : (args.base ?? 'HEAD')
  )
  const targets = named.length > 0 ? named : [...result.needsNewId]
  const unknown = targets.filter(d => !result.model.domains.some(m => m.domain === d))
  if (unknown.length > 0) {
    throw new UsageError(
      `no domain ${unknown.join(', ')} in this repository (see "mta-sts-lint check")`
    )
  }
  if (named.length === 0) {
    // Changed domains whose id changes by itself need no bump: say so, rather than nothing.
    for (const d of result.changedDomains) {
      const src = result.model.domains.find(m => m.domain === d)?.idSource
      if (src?.computed === true) {
        targets.push(d)
      }
    }
  }
  const id = result.newId ?? freshPolicyId(new Date())
  const plan = planBump(result.model, targets, id, result.config, f =>
    readFileSync(path.join(root, f), 'utf8')
  )
  for (const w of plan.writes) {
    await io.writeFile(path.join(root, w.file), w.text)
  }
  const lines = [
    ...plan.writes.map(w => `${w.file}: id of ${w.domains.join(', ')} is now ${plan.id}`),
    ...plan.skipped
  ]
  if (targets.length === 0 || plan.writes.length + plan.skipped.length === 0) {
    lines.push(
      result.changed
        ? 'a policy changed, and every id already changes with it (a new id, or one computed from the policy): nothing to bump'
        : 'no policy changed since the base: nothing to bump'
    )
  }
  return {
    findings: [],
    extras: {},
    notes: [...result.notes, ...lines],
    quietSummary: true,
    inputs: inputsOf(root, io, args, result)
  }
}
