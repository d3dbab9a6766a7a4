/** Command-line parsing with node:util.parseArgs; every mistake is a UsageError (exit 2). */
import { parseArgs } from 'node:util'
import { didYouMean } from '../did-you-mean.js'
import { validDomain } from '../domain-name.js'
import type { FailOn, SeveritySetting } from '../finding.js'
import { parseShard, type Shard } from '../scale/shard.js'

export class UsageError extends Error {}

export const COMMANDS = [
  'check',
  'policy',
  'record',
  'tlsrpt',
  'verify',
  'merge',
  'bump',
  'rules',
  'help'
] as const
export type Command = (typeof COMMANDS)[number]
export const FORMATS = ['text', 'json', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]

export interface CliArgs {
  command: Command
  positionals: string[]
  format: Format
  failOn: FailOn
  output?: string
  color: boolean | undefined
  help: boolean
  version: boolean
  debug: boolean
  severities: Record<string, SeveritySetting>
  mx: string[]
  tlsrpt: string[]
  domain?: string
  mode?: string
  root: string
  config?: string
  base?: string
  domains: string[]
  /** check --verify: verify the deployed state too. */
  verify: boolean
  /** --dns-server, as given (checked by the DNS adapter when it is loaded). */
  dnsServers: string[]
  /** --timeout: one domain's whole verification, in seconds. */
  timeoutSeconds: number
  /** --wait: seconds to keep re-checking until the deployment matches the commit. */
  waitSeconds: number
  /** --state: the drift state file, as given (relative to the working directory). */
  state?: string
  /** --domains-file: more domains to verify, one a line (`-`: standard input). */
  domainsFile?: string
  /** --concurrency: domains verified side by side (absent: the config's, else the default). */
  concurrency?: number
  /** --shard I/N: verify only the I-th of N parts of the domain list. */
  shard?: Shard
  /** --authoritative: ask every name server of each zone directly (absent: as the config says). */
  authoritative?: true
  /** --smtp: probe the MX hosts' STARTTLS (absent: the config's verify.smtp decides). */
  smtp?: true
}

/** The most domains --concurrency lets run side by side (the default, 16, is the stage's). */
export const MAX_CONCURRENCY = 256

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  mx: { type: 'string', multiple: true },
  tlsrpt: { type: 'string', multiple: true },
  domain: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  base: { type: 'string' },
  mode: { type: 'string' },
  root: { type: 'string' },
  verify: { type: 'boolean' },
  'dns-server': { type: 'string', multiple: true },
  timeout: { type: 'string' },
  wait: { type: 'string' },
  state: { type: 'string' },
  'domains-file': { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  authoritative: { type: 'boolean' },
  smtp: { type: 'boolean' }
} as const

/** Which options each command accepts, beyond the common ones. */
const COMMAND_OPTIONS: Record<Command, readonly string[]> = {
  check: [
    'root',
    'config',
    'base',
    'verify',
    'dns-server',
    'timeout',
    'wait',
    'state',
    'concurrency',
    'authoritative',
    'smtp'
  ],
  policy: ['mx', 'tlsrpt', 'domain'],
  record: ['domain'],
  tlsrpt: ['mode', 'domain'],
  verify: [
    'root',
    'config',
    'dns-server',
    'timeout',
    'wait',
    'state',
    'domains-file',
    'concurrency',
    'shard',
    'authoritative',
    'smtp'
  ],
  merge: [],
  bump: ['root', 'config', 'base', 'domain'],
  rules: [],
  help: []
}
const COMMON = [
  'format',
  'fail-on',
  'output',
  'color',
  'no-color',
  'help',
  'version',
  'debug',
  'rule'
]

/** Why a value is no host or domain name, when a common shape says it; else nothing. */
const notANameBecause = (value: string): string => {
  if (value.trim() === '') return ' (it is empty)'
  if (value.startsWith('*.')) return ' (a wildcard: give the names themselves)'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return ' (a URL: give the host name alone)'
  if (/^\[?[0-9a-f:.]+\]?$/i.test(value) && /[:]|^\d+(\.\d+){3}$/.test(value))
    return ' (an address: MX records and domains are names)'
  if (/:\d+$/.test(value)) return ' (a port: give the host name alone)'
  if (value.includes('@')) return ' (an email address: give the part after @)'
  if (/\s/.test(value)) return ' (it holds whitespace)'
  if (!value.replace(/\.$/, '').includes('.')) return ' (a single label: give the whole name)'
  return ''
}

/** An MX host name, as the domain's MX records give it (canonical: lower case A-labels). */
const hostName = (value: string): string => {
  const host = validDomain(value)
  if (host === undefined) {
    throw new UsageError(
      `--mx ${JSON.stringify(value)} is not a host name${notANameBecause(value)}`
    )
  }
  return host
}

/** A mail domain (canonical); not the policy host mta-sts.<domain> nor the record's name. */
const domainName = (value: string): string => {
  const domain = validDomain(value)
  if (domain === undefined) {
    const record = /^_mta-sts\./i.exec(value) === null ? '' : value.slice('_mta-sts.'.length)
    const why =
      record === ''
        ? notANameBecause(value)
        : ` (the name of the TXT record: give the mail domain itself, ${JSON.stringify(record)})`
    throw new UsageError(`--domain ${JSON.stringify(value)} is not a domain name${why}`)
  }
  if (domain.startsWith('mta-sts.')) {
    throw new UsageError(
      `--domain ${JSON.stringify(value)} names the policy host; give the mail domain itself, ${JSON.stringify(domain.slice('mta-sts.'.length))}`
    )
  }
  return domain
}

/** A number of seconds from an option: digits, within bounds. */
const seconds = (
  name: string,
  value: string | undefined,
  fallback: number,
  max: number
): number => {
  if (value === undefined) return fallback
  if (!/^\d{1,6}$/.test(value) || Number(value) > max) {
    throw new UsageError(`--${name} takes a number of seconds from 0 to ${max}; got "${value}"`)
  }
  return Number(value)
}

/** --concurrency: a whole number from 1 to MAX_CONCURRENCY. */
const concurrency = (value: string): number => {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency takes a number of domains from 1 to ${MAX_CONCURRENCY}; got "${value}"`
    )
  }
  return Number(value)
}

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`)
}

/** Every long option, for "did you mean" on a misspelt one. */
const LONG_NAMES = Object.keys(OPTIONS)

/** `unknown option --formt; did you mean --format?`, from parseArgs's own error. */
const unknownOption = (message: string): string | undefined => {
  const m = /^Unknown option '(-{1,2})([^']*)'/.exec(message)
  if (m === null) return undefined
  const [, dashes, name] = m
  const shown = `${dashes}${name}`
  const guess = dashes === '--' ? didYouMean(name, LONG_NAMES) : undefined
  const hint =
    guess !== undefined
      ? `; did you mean --${guess}?`
      : ' ("mta-sts-lint help COMMAND" lists the options of a command)'
  return `unknown option ${shown}${hint}`
}

/** `unknown command "chek"; did you mean "check"?`, or what a path was probably meant for. */
const unknownCommand = (word: string): string => {
  const guess = didYouMean(word, COMMANDS)
  let hint: string
  if (guess !== undefined) hint = `did you mean "${guess}"?`
  else if (/\.txt$/i.test(word)) hint = `to lint a policy file, run "mta-sts-lint policy ${word}"`
  else if (word === '.' || word === '..' || /[/\\]/.test(word))
    hint = `to lint a repository folder, run "mta-sts-lint check --root ${word}"`
  else hint = `commands are ${COMMANDS.join(', ')}`
  return `unknown command "${word}"; ${hint}`
}

/** The commands that accept an option, for "does not apply" messages. */
const commandsWith = (option: string): Command[] =>
  COMMANDS.filter(c => COMMAND_OPTIONS[c].includes(option))

export const parseCliArgs = (argv: readonly string[]): CliArgs => {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (e) {
    // parseArgs messages are one line and name the option; drop its internal code prefix.
    const message = (e as Error).message.replace(/^\S+: /, '')
    throw new UsageError(unknownOption(message) ?? message)
  }
  const { values, positionals } = parsed
  const first = positionals[0]
  let command: Command = 'check'
  let rest = positionals
  if (first !== undefined && (COMMANDS as readonly string[]).includes(first)) {
    command = first as Command
    rest = positionals.slice(1)
  } else if (first !== undefined && values.help !== true && values.version !== true) {
    throw new UsageError(unknownCommand(first))
  }
  const allowed = new Set([...COMMON, ...COMMAND_OPTIONS[command]])
  for (const [name, v] of Object.entries(values)) {
    if (v !== undefined && !allowed.has(name)) {
      const owners = commandsWith(name)
      const where = owners.length > 0 ? ` (it is an option of ${owners.join(', ')})` : ''
      throw new UsageError(`--${name} does not apply to the ${command} command${where}`)
    }
  }
  const severities: Record<string, SeveritySetting> = {}
  for (const r of values.rule ?? []) {
    const m = /^([a-z0-9-]+)=(off|notice|warning|error)$/.exec(r)
    if (m === null)
      throw new UsageError(`--rule takes RULE-ID=off|notice|warning|error; got "${r}"`)
    severities[m[1]] = m[2] as SeveritySetting
  }
  const args: CliArgs = {
    command,
    positionals: rest,
    format: oneOf('format', values.format ?? 'text', FORMATS),
    failOn: oneOf('fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'notice', 'never']),
    color: values['no-color'] === true ? false : values.color,
    help: values.help === true,
    version: values.version === true,
    debug: values.debug === true,
    severities,
    mx: (values.mx ?? []).map(hostName),
    tlsrpt: values.tlsrpt ?? [],
    root: values.root ?? '.',
    domains: (values.domain ?? []).map(domainName),
    verify: values.verify === true || command === 'verify',
    dnsServers: values['dns-server'] ?? [],
    timeoutSeconds: seconds('timeout', values.timeout, 60, 3600),
    waitSeconds: seconds('wait', values.wait, 0, 24 * 3600),
    ...(values.concurrency !== undefined && { concurrency: concurrency(values.concurrency) })
  }
  if (values['domains-file'] !== undefined) {
    if (values['domains-file'] === '') throw new UsageError('--domains-file takes a FILE (or -)')
    args.domainsFile = values['domains-file']
  }
  if (values.shard !== undefined) {
    const shard = parseShard(values.shard)
    if ('reason' in shard) throw new UsageError(`--shard ${shard.reason}`)
    args.shard = shard
  }
  if (args.timeoutSeconds === 0) throw new UsageError('--timeout must be at least 1 second')
  if (command !== 'bump' && args.domains.length > 1) {
    throw new UsageError(`--domain may be given once for the ${command} command`)
  }
  if (values.output !== undefined) args.output = values.output
  if (args.domains.length > 0 && command !== 'bump') args.domain = args.domains[0]
  if (values.config !== undefined) args.config = values.config
  if (values.base !== undefined) args.base = values.base
  if (values.state !== undefined) {
    if (!args.verify) throw new UsageError('--state needs --verify (it keeps what was served)')
    if (values.state === '') throw new UsageError('--state takes a file name; got ""')
    args.state = values.state
  }
  if (values.authoritative === true) {
    if (!args.verify) {
      throw new UsageError(
        '--authoritative needs --verify (it asks the zone of each domain verified)'
      )
    }
    args.authoritative = true
  }
  if (values.smtp === true) {
    if (!args.verify)
      throw new UsageError('--smtp needs --verify (it probes the MX hosts as deployed)')
    args.smtp = true
  }
  if (values.mode !== undefined)
    args.mode = oneOf('mode', values.mode, ['enforce', 'testing', 'none'])
  return args
}
