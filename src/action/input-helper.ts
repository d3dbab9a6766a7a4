/**
 * The action's inputs as typed settings (in the style of actions/checkout's input-helper): every
 * input is read and checked here, so main.ts works with values, not strings.
 */
import path from 'node:path'
import { CheckError } from '../check-error.js'
import type { CheckSettings } from '../check/settings.js'
import type { FailOn } from '../finding.js'
import { resolveBase } from '../gate/base.js'
import { MAX_VERIFY_CONCURRENCY, VERIFY_CONCURRENCY } from '../check/verify-stage.js'
import { parseShard, type Shard } from '../scale/shard.js'
import type { EventPayload, GithubEnvironment } from './github-environment.js'
import type { ActionRuntime } from './runtime.js'

/** A file the action writes: as the workflow named it, and where that is. */
export interface OutputFile {
  input: string
  path: string
}

export interface ActionSettings {
  workspace: string
  /** The folder to check, absolute; always inside the workspace. */
  root: string
  /** The root relative to the workspace, with `/` ('' for the workspace itself). */
  rootPrefix: string
  configPath?: string
  gate: boolean
  /** The base input: a ref or sha that wins over the event's base. */
  base?: string
  failOn: FailOn
  report?: OutputFile
  sarif?: OutputFile
  token: string
  suggest: boolean
  /** Verify the deployed state (input verify). */
  verify: boolean
  /** Seconds to keep re-checking until the deployment matches the commit (input verify-wait). */
  verifyWait: number
  /** Servers for every lookup (input dns-servers, comma-separated). */
  dnsServers: string[]
  /** The drift state file (input state), absolute: relative to the workspace, or absolute. */
  statePath?: string
  /** Input domains-file: verify the domains listed there (as `verify`), not the repository's. */
  domainsFile?: OutputFile
  /** Input shard (I/N): only the I-th of N parts of the domains file. */
  shard?: Shard
  /** Input concurrency: domains verified side by side (absent: the config's, else 16). */
  concurrency?: number
  /** Input authoritative: ask every name server directly (absent: as the config says). */
  authoritative?: boolean
  /** Input smtp: probe the MX hosts' STARTTLS; absent when not given (the config decides). */
  smtp?: boolean
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never']

const booleanInput = (runtime: ActionRuntime, name: string, fallback: boolean): boolean => {
  // The runner applies action.yml's default; a step run without it gets the same default here.
  if (runtime.getInput(name) === '') return fallback
  try {
    return runtime.getBooleanInput(name)
  } catch {
    throw new CheckError(
      `input ${name} must be true or false; got ${JSON.stringify(runtime.getInput(name))}`
    )
  }
}

/** A number of seconds, within bounds; '' is the default. */
const secondsInput = (
  runtime: ActionRuntime,
  name: string,
  fallback: number,
  max: number
): number => {
  const value = runtime.getInput(name)
  if (value === '') return fallback
  if (!/^\d{1,6}$/.test(value) || Number(value) > max) {
    throw new CheckError(
      `input ${name} must be a number of seconds from 0 to ${max}; got ${JSON.stringify(value)}`
    )
  }
  return Number(value)
}

/** A whole number within bounds; '' is the default. */
const countInput = (
  runtime: ActionRuntime,
  name: string,
  fallback: number,
  min: number,
  max: number
): number => {
  const value = runtime.getInput(name).trim()
  if (value === '') return fallback
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new CheckError(
      `input ${name} must be a number from ${min} to ${max}; got ${JSON.stringify(value)}`
    )
  }
  return Number(value)
}

/** The root must lie in the workspace: findings point at files of the checkout. */
const rootInWorkspace = (workspace: string, value: string): string => {
  const abs = path.resolve(workspace, value)
  const rel = path.relative(workspace, abs)
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new CheckError(
      `input root ${JSON.stringify(value)} points outside the workspace ${workspace}; give a folder of the checkout`
    )
  }
  return abs
}

/** Report files go wherever the workflow says: relative to the workspace, or absolute. */
const outputFile = (runtime: ActionRuntime, workspace: string, input: string) => {
  const value = runtime.getInput(input)
  return value === '' ? undefined : { input: value, path: path.resolve(workspace, value) }
}

export const getInputs = (
  runtime: ActionRuntime,
  environment: GithubEnvironment
): ActionSettings => {
  const workspace = environment.workspace
  const root = rootInWorkspace(workspace, runtime.getInput('root') || '.')
  const failOn = (runtime.getInput('fail-on') || 'error') as FailOn
  if (!FAIL_ON.includes(failOn)) {
    throw new CheckError(
      `input fail-on must be ${FAIL_ON.join(', ')}; got ${JSON.stringify(failOn)}`
    )
  }
  const settings: ActionSettings = {
    workspace,
    root,
    rootPrefix: path.relative(workspace, root).split(path.sep).join('/'),
    gate: booleanInput(runtime, 'gate', true),
    failOn,
    token: runtime.getInput('token'),
    suggest: booleanInput(runtime, 'suggest', false),
    verify: booleanInput(runtime, 'verify', false),
    verifyWait: secondsInput(runtime, 'verify-wait', 0, 6 * 3600),
    dnsServers: runtime
      .getInput('dns-servers')
      .split(',')
      .map(s => s.trim())
      .filter(s => s !== ''),
    ...(runtime.getInput('concurrency').trim() !== '' && {
      concurrency: countInput(runtime, 'concurrency', VERIFY_CONCURRENCY, 1, MAX_VERIFY_CONCURRENCY)
    })
  }
  // The domains file is read like the report paths: relative to the workspace, or absolute.
  const domainsFile = outputFile(runtime, workspace, 'domains-file')
  if (domainsFile !== undefined) settings.domainsFile = domainsFile
  const shard = runtime.getInput('shard').trim()
  if (shard !== '') {
    const parsed = parseShard(shard)
    if ('reason' in parsed) throw new CheckError(`input shard ${parsed.reason}`)
    if (domainsFile === undefined) {
      throw new CheckError('input shard splits the domains of input domains-file: give that too')
    }
    settings.shard = parsed
  }
  // Empty (the default): the config's verify.authoritative decides.
  if (runtime.getInput('authoritative') !== '') {
    settings.authoritative = booleanInput(runtime, 'authoritative', false)
  }
  // smtp: '' (the default) leaves it to the config's verify.smtp, else false.
  if (runtime.getInput('smtp') !== '') {
    settings.smtp = booleanInput(runtime, 'smtp', false)
    if (settings.smtp && !settings.verify && settings.domainsFile === undefined) {
      throw new CheckError(
        'input smtp needs verify: true or a domains-file (it probes the MX hosts as deployed)'
      )
    }
  }
  const config = runtime.getInput('config')
  if (config !== '') settings.configPath = path.resolve(workspace, config)
  const base = runtime.getInput('base')
  if (base !== '') settings.base = base
  const state = runtime.getInput('state')
  if (state !== '') {
    // A domains-file run verifies by itself; otherwise verification must be asked for.
    if (!settings.verify && settings.domainsFile === undefined) {
      throw new CheckError(
        'input state needs verify: true or a domains-file (it keeps what was served)'
      )
    }
    settings.statePath = path.resolve(workspace, state)
  }
  const report = outputFile(runtime, workspace, 'report')
  if (report !== undefined) settings.report = report
  const sarif = outputFile(runtime, workspace, 'sarif')
  if (sarif !== undefined) settings.sarif = sarif
  return settings
}

/** What to do when the gate cannot read its base, in words a workflow author can act on. */
export const UNREADABLE_BASE_FIXES =
  'give actions/checkout fetch-depth: 0 (or 2 on pull requests), grant the token contents: read for the REST API fallback, name a readable base with the base input, or turn the gate off (gate: false)'

/** Events whose payload names the gate's base: without a readable payload the gate cannot run. */
const EVENTS_WITH_BASE = new Set(['pull_request', 'pull_request_target', 'merge_group', 'push'])

/**
 * When the event happened, as its payload says: the pull request's last update, or the head
 * commit's time (of a push, or of a merge queue's group). A rerun replays the same payload, so
 * ids suggested from this time are the same on every attempt of a run (and a review suggestion
 * is reused rather than posted again); a new push is a new event with a new time.
 */
export const eventTime = (payload: unknown): Date | undefined => {
  const p = payload as
    | {
        pull_request?: { updated_at?: unknown }
        head_commit?: { timestamp?: unknown }
        merge_group?: { head_commit?: { timestamp?: unknown } }
      }
    | undefined
  const stamp =
    p?.pull_request?.updated_at ??
    p?.head_commit?.timestamp ??
    p?.merge_group?.head_commit?.timestamp
  if (typeof stamp !== 'string') return undefined
  const t = Date.parse(stamp)
  return Number.isNaN(t) ? undefined : new Date(t)
}

/** The check the action runs: its settings, the event's base and the REST fallback's access. */
export const checkSettings = (
  settings: ActionSettings,
  environment: GithubEnvironment,
  event: EventPayload
): CheckSettings => {
  const { owner, repo } = environment.repository ?? {}
  const check: CheckSettings = {
    root: settings.root,
    findTouchedFiles: true,
    ...(settings.configPath !== undefined && { configPath: settings.configPath }),
    // A repository named mta-sts.<domain> names its domain, when it is what is checked.
    ...(repo !== undefined && settings.rootPrefix === '' && { rootName: repo })
  }
  if (!settings.gate) return check
  const idTime = eventTime(event.ok ? event.payload : undefined)
  if (idTime !== undefined) check.idTime = idTime
  if (settings.base === undefined && !event.ok && EVENTS_WITH_BASE.has(environment.eventName)) {
    throw new CheckError(
      `the id gate cannot find the base of this ${environment.eventName} event: the event payload is unreadable (${event.reason}); name the base with the base input, or turn the gate off (gate: false)`
    )
  }
  check.gate = {
    unreadableFix: UNREADABLE_BASE_FIXES,
    base: resolveBase(environment.eventName, event.ok ? event.payload : undefined, settings.base),
    ...(owner !== undefined &&
      repo !== undefined && {
        rest: {
          owner,
          repo,
          token: settings.token,
          ...(environment.apiUrl !== undefined && { apiUrl: environment.apiUrl }),
          ...(settings.rootPrefix !== '' && { pathPrefix: settings.rootPrefix })
        }
      })
  }
  return check
}
