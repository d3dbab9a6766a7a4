/**
 * The optional config file: `.mta-sts.yml` at the root, else `.github/mta-sts.yml`, or the path
 * given by `--config` (the action's `config` input). It is parsed with positions, validated
 * against the JSON Schema that ships beside this module (config-schema.json, also for editors),
 * then checked for what a schema cannot say: rule ids that exist, one spelling per domain.
 *
 * yaml and the schema's validator are loaded only when a config file exists: most runs have
 * none, and they should not pay for their start-up. The validator is the schema compiled by ajv
 * ahead of time (config-validate.generated.js): compiling it on each run cost about 130 ms.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Document, Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml'
import type { SeveritySetting } from '../finding.js'
import { didYouMean } from '../did-you-mean.js'
import { validDomain } from '../domain-name.js'
import { isPolicyPath } from '../site/well-known.js'
import type { RecordPlace } from './sources/record-place.js'

/** The config files looked for at the root, in this order; at most one may exist. */
export const CONFIG_FILES = ['.mta-sts.yml', '.github/mta-sts.yml'] as const
/** Names people give the file that are not read: a run stops and says to rename it. */
const MISNAMED = ['.mta-sts.yaml', '.github/mta-sts.yaml', 'mta-sts.yml', '.mta-sts.yml.yml']
/** A config file is a few lines; a larger one is not ours. */
export const MAX_CONFIG_BYTES = 1024 * 1024

/** The keys the schema allows, for "did you mean" hints (a test keeps them equal to the schema). */
export const ROOT_KEYS = ['domains', 'rules', 'history-depth', 'verify'] as const
export const VERIFY_KEYS = ['cert-expiry-days', 'authoritative', 'concurrency', 'smtp'] as const
export const DOMAIN_KEYS = ['policy', 'record', 'id', 'mx', 'tlsrpt'] as const
/** The schema's bounds on whole numbers, for messages (a test keeps them equal to the schema). */
export const NUMBER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  'history-depth': [1, 100000],
  'verify.cert-expiry-days': [0, 3650],
  'verify.concurrency': [1, 256]
}
/**
 * Keys the design reserves for features not built yet: the schema accepts none of them (a key
 * the tool does not read would be a setting that silently does nothing), and the message says why.
 */
const NOT_YET: Readonly<Record<string, string>> = {}
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'notice', 'warning', 'error']

/** Where a domain's TLS-RPT record comes from: the record text itself, or a file keeping it. */
export type TlsRptSource = { record: string } | { file: string }

export interface DomainConfig {
  /** The policy file serving the domain, relative to the root with `/`. */
  policy?: string
  /**
   * The file keeping the domain's `_mta-sts` TXT record, relative to the root; when it is the
   * policy file itself, the id is read from the policy's `id:` line.
   */
  record?: string
  /** The policy id, kept in the config itself. */
  id?: string
  /** The domain's MX hosts: lower case A-labels without a trailing dot, no repeats. */
  mx?: string[]
  tlsrpt?: TlsRptSource
}

export interface Config {
  /** By domain name: lower case A-labels without a trailing dot, in file order. */
  domains: Record<string, DomainConfig>
  rules: Record<string, SeveritySetting>
  /** Bound on the versions of an id source the gate reads for id-reused. */
  historyDepth?: number
  /** Days before a certificate's expiry at which verification warns. */
  certExpiryDays?: number
  /** Verification asks every name server of each zone directly (dns-inconsistent). */
  authoritative?: boolean
  /** Domains verified side by side (verify.concurrency). */
  concurrency?: number
  /** Probe the MX hosts' STARTTLS when verifying (verify.smtp). */
  smtp?: boolean
}

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based, in characters. */
  column: number
}

export interface LoadedConfig {
  config: Config
  /** The config file, relative to the root with `/`; absent when there is none. */
  file?: string
  /**
   * Where a key is written, e.g. `['domains', 'example.com', 'id']` (a domain may be given in
   * any case; a number picks an item of a list); undefined when it is not in the file.
   */
  lineOf: (keyPath: readonly string[]) => Position | undefined
  /**
   * Where the text of a key's value is written (a record given in the file), after its opening
   * quote; with a run written nowhere when its characters are not one column each (escapes, a
   * value across lines), so findings on it go to its start rather than to a wrong column.
   */
  textOf?: (keyPath: readonly string[]) => RecordPlace | undefined
}

/** A config file that cannot be used: the run stops (exit 2) with this one-line message. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const emptyConfig = (): Config => ({ domains: {}, rules: {} })

const noConfig = (): LoadedConfig => ({ config: emptyConfig(), lineOf: () => undefined })

const isFile = async (p: string): Promise<boolean> => {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}

/** A path for messages: relative to the root when inside it, with `/`. */
const display = (root: string, abs: string): string => {
  const rel = path.relative(root, abs)
  return rel === '' || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/')
}

/**
 * Finds, reads and checks the config file. Without one, the config is empty and no parser is
 * loaded. `explicitPath` (from `--config`) is relative to the working directory; paths inside
 * the file are relative to `root`. `ruleIds` are the ids a `rules:` entry may name.
 */
export const loadConfig = async (
  root: string,
  explicitPath: string | undefined,
  ruleIds: readonly string[]
): Promise<LoadedConfig> => {
  let abs: string
  if (explicitPath !== undefined) {
    abs = path.resolve(explicitPath)
    if (!(await isFile(abs))) throw new ConfigError(`${explicitPath}: config file not found`)
  } else {
    const found: string[] = []
    for (const name of CONFIG_FILES) if (await isFile(path.join(root, name))) found.push(name)
    if (found.length > 1) {
      throw new ConfigError(
        `${found.join(' and ')} both exist; keep one of them (only one config file is read)`
      )
    }
    if (found.length === 0) {
      for (const name of MISNAMED) {
        if (await isFile(path.join(root, name))) {
          throw new ConfigError(
            `${name}: the config file is read only as .mta-sts.yml or .github/mta-sts.yml; rename it (or pass --config ${name})`
          )
        }
      }
      return noConfig()
    }
    abs = path.join(root, found[0])
  }
  const file = display(path.resolve(root), abs)
  let bytes: Buffer
  try {
    if ((await stat(abs)).size > MAX_CONFIG_BYTES) {
      throw new ConfigError(`${file}: the config file is over ${MAX_CONFIG_BYTES} bytes`)
    }
    bytes = await readFile(abs)
  } catch (e) {
    if (e instanceof ConfigError) throw e
    throw new ConfigError(`${file}: cannot read the config file: ${(e as Error).message}`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ConfigError(`${file}: the config file is not UTF-8 text`)
  }
  const loaded = await parseConfig(text, file, ruleIds)
  await checkRecordFiles(path.resolve(root), loaded)
  return loaded
}

/**
 * Every `record:` must name a file of the root: a record file that is not there is a mistake in
 * the config (a typo, a moved zone), not something to lint around. The one exception is a record
 * kept in the policy itself (an `id:` line): a policy that is gone is a removal, which the gate
 * reports (unsafe-removal), as it does for a configured policy that no longer exists.
 */
const checkRecordFiles = async (root: string, loaded: LoadedConfig): Promise<void> => {
  for (const [domain, c] of Object.entries(loaded.config.domains)) {
    if (c.record === undefined || c.record === c.policy || isPolicyPath(c.record)) continue
    let problem: string | undefined
    try {
      if (!(await stat(path.join(root, c.record))).isFile()) problem = 'is not a file'
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      problem =
        code === 'ENOENT' || code === 'ENOTDIR'
          ? 'does not exist'
          : `cannot be read: ${(e as Error).message}`
    }
    if (problem === undefined) continue
    const at = loaded.lineOf(['domains', domain, 'record'])
    const where = at === undefined ? '' : `:${at.line}:${at.column}`
    throw new ConfigError(
      `${loaded.file ?? CONFIG_FILES[0]}${where}: domains.${domain}.record names ${JSON.stringify(c.record)}, which ${problem} (paths are relative to the root, ${root}); name the file that keeps the _mta-sts record, or give the id itself with "id:"`
    )
  }
}

/** One thing wrong with the file, at an offset in its text. */
interface Problem {
  offset: number
  message: string
}

const loadValidator = async (): Promise<ValidateFunction> =>
  (await import('./config-validate.generated.js')).validate

/** The JSON Schema the file is validated against. */
export const loadConfigSchema = async (): Promise<object> =>
  (await import('./config-schema.json', { with: { type: 'json' } })).default

/**
 * Parses and checks a config file's text. `file` names it in messages (and in `LoadedConfig`).
 * Throws a ConfigError naming the first problem in file order, with its key and line:column.
 */
export const parseConfig = async (
  text: string,
  file: string,
  ruleIds: readonly string[]
): Promise<LoadedConfig> => {
  const yaml = await import('yaml')
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const lineCounter = new yaml.LineCounter()
  const doc = yaml.parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false })
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const fail = (p: Problem): never => {
    const { line, column } = at(p.offset)
    throw new ConfigError(`${file}:${line}:${column}: ${p.message}`)
  }
  const syntax = doc.errors[0]
  if (syntax !== undefined) {
    fail({
      offset: syntax.pos[0],
      message:
        syntax.code === 'MULTIPLE_DOCS'
          ? 'the file holds more than one YAML document (a second "---"); keep one'
          : `not valid YAML: ${syntax.message.split('\n')[0]}`
    })
  }
  const tree = new Tree(yaml, doc, source)
  const structural = tree.check()
  if (structural.length > 0) fail(first(structural))
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    // Only an alias bomb gets here (too many alias expansions).
    fail({ offset: 0, message: `not usable YAML: ${(e as Error).message.split('\n')[0]}` })
  }
  const validate = await loadValidator()
  if (!validate(data)) fail(first(schemaProblems(validate.errors ?? [], tree, data)))
  const { config, problems } = build(data as RawConfig, tree, ruleIds)
  if (problems.length > 0) fail(first(problems))
  return {
    config,
    file,
    lineOf: keyPath => {
      const node = tree.find(keyPath)
      return node === undefined ? undefined : at(node.offset)
    },
    textOf: keyPath => {
      const node = tree.find(keyPath)?.value
      if (!yaml.isScalar(node) || !node.range) return undefined
      const [start, end] = node.range
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'
      const written = source.slice(quoted ? start + 1 : start, quoted ? end - 1 : end)
      const place = at(quoted ? start + 1 : start)
      return written === String(node.value) && !written.includes('\n')
        ? place
        : { ...place, textRuns: [{ from: 0, at: null }] }
    }
  }
}

const first = (problems: readonly Problem[]): Problem =>
  problems.reduce((a, b) => (b.offset < a.offset ? b : a))

type YamlModule = typeof import('yaml')

/** A node of the document: where its key (or list item) starts, and its value. */
interface Located {
  offset: number
  value: YamlNode | null
}

/**
 * The parsed document as nested maps and lists with positions: finds a key path, and checks
 * what the schema cannot see in plain data (repeated keys, keys that are not plain names).
 */
class Tree {
  constructor(
    private readonly yaml: YamlModule,
    private readonly doc: Document,
    private readonly source: string
  ) {}

  private start(node: YamlNode | null | undefined): number {
    return node?.range?.[0] ?? 0
  }

  /** The text a plain scalar was written as (an id like 0123 must not become 123). */
  private raw(node: YamlNode): string | undefined {
    if (!this.yaml.isScalar(node) || node.type !== 'PLAIN' || !node.range) return
    return this.source.slice(node.range[0], node.range[1])
  }

  private pairs(map: YAMLMap): Pair<unknown, unknown>[] {
    return map.items
  }

  private keyText(pair: Pair<unknown, unknown>): string | undefined {
    const k = pair.key
    if (this.yaml.isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) {
      return String(k.value)
    }
    return undefined
  }

  /** Problems of form, before the data is validated; also keeps ids as written. */
  check(): Problem[] {
    const problems: Problem[] = []
    const root = this.doc.contents
    if (root === null) return problems
    const walk = (node: YamlNode | null, keyPath: string[]): void => {
      if (this.yaml.isMap(node)) {
        const seen = new Map<string, { key: string; offset: number }>()
        for (const pair of this.pairs(node)) {
          const keyNode = pair.key as YamlNode | null
          const key = this.keyText(pair)
          const offset = this.start(keyNode ?? (pair.value as YamlNode | null))
          if (key === undefined) {
            problems.push({
              offset,
              message: `${show(keyPath) || 'the file'}: a key must be a plain name`
            })
            continue
          }
          const path = [...keyPath, key]
          const norm = keyPath.length === 1 && keyPath[0] === 'domains' ? domainKey(key) : key
          const before = seen.get(norm)
          if (before !== undefined) {
            const same =
              before.key === key ? 'is given twice' : `is the same domain as "${before.key}"`
            problems.push({
              offset,
              message: `${show(path)} ${same} (line ${this.lineAt(before.offset)}); keep one`
            })
          } else seen.set(norm, { key, offset })
          const value = pair.value as YamlNode | null
          // An id such as 20241119001 or 0123 is read as a number by YAML: keep its text.
          if (path.length === 3 && path[0] === 'domains' && key === 'id' && value !== null) {
            const raw = this.raw(value)
            if (raw !== undefined && this.yaml.isScalar(value) && typeof value.value !== 'string') {
              value.value = raw
            }
          }
          walk(value, path)
        }
      } else if (this.yaml.isSeq(node)) {
        node.items.forEach((item, i) => walk(item as YamlNode | null, [...keyPath, String(i)]))
      }
    }
    walk(root, [])
    return problems
  }

  /** The 1-based line of an offset. */
  lineAt(offset: number): number {
    let line = 1
    for (let i = 0; i < offset && i < this.source.length; i++) if (this.source[i] === '\n') line++
    return line
  }

  /** The key (or list item) at a key path; a domain segment matches in any spelling. */
  find(keyPath: readonly string[]): Located | undefined {
    let node: YamlNode | null = this.doc.contents
    let found: Located | undefined
    for (let i = 0; i < keyPath.length; i++) {
      const seg = keyPath[i]
      if (this.yaml.isMap(node)) {
        const domains = i === 1 && keyPath[0] === 'domains'
        const want = domains ? domainKey(seg) : seg
        const pair = this.pairs(node).find(p => {
          const k = this.keyText(p)
          return k !== undefined && (domains ? domainKey(k) : k) === want
        })
        if (pair === undefined) return undefined
        const value = pair.value as YamlNode | null
        found = { offset: this.start((pair.key as YamlNode | null) ?? value), value }
        node = value
      } else if (this.yaml.isSeq(node) && /^\d+$/.test(seg)) {
        const item = (node as YAMLSeq<YamlNode | null>).items[Number(seg)]
        if (item === undefined) return undefined
        found = { offset: this.start(item), value: item }
        node = item
      } else return undefined
    }
    return found
  }

  /** Where to point at a value: the value itself, else its key. */
  valueOffset(keyPath: readonly string[]): number {
    if (keyPath.length === 0) return this.start(this.doc.contents)
    const f = this.find(keyPath)
    if (f === undefined) return 0
    return f.value?.range ? f.value.range[0] : f.offset
  }

  keyOffset(keyPath: readonly string[]): number {
    return this.find(keyPath)?.offset ?? this.valueOffset(keyPath.slice(0, -1))
  }
}

/** A key path as messages show it: `domains.example.com.mx` (list items go by their value). */
const show = (keyPath: readonly string[]): string =>
  keyPath.filter((k, i) => !(keyPath[i - 1] === 'mx' && /^\d+$/.test(k))).join('.')

/** A number key's bounds (the schema's; never asked of a key without them). */
const range = (keyPath: readonly string[]): readonly [number, number] =>
  NUMBER_RANGES[keyPath.join('.')] ?? [0, Number.MAX_SAFE_INTEGER]

/** A value as messages show it. */
const describe = (v: unknown): string => {
  if (v === null || v === undefined) return 'nothing'
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return 'a mapping'
}

const unknownKey = (keyPath: readonly string[], key: string, known: readonly string[]): string => {
  const meant = didYouMean(key, known)
  return `${show([...keyPath, key])} is not a known key (${
    meant === undefined ? `known keys: ${known.join(', ')}` : `did you mean "${meant}"?`
  })`
}

/** The lower case A-label form of a domain key, for comparing spellings. */
const domainKey = (name: string): string => validDomain(name) ?? name.toLowerCase()

const domainProblem = (name: string): string => {
  const lower = name.toLowerCase()
  if (/^_?mta-sts\./.test(lower)) {
    const bare = lower.replace(/^_?mta-sts\./, '')
    return `domains: "${name}" names the ${lower.startsWith('_') ? 'TXT record' : 'policy host'}; write the mail domain itself: "${bare}:"`
  }
  if (/^\d+(\.\d+){3}$/.test(name) || name.includes(':')) {
    return `domains: "${name}" is an address; write the mail domain (the part after @)`
  }
  if (!name.includes('.')) {
    return (DOMAIN_KEYS as readonly string[]).includes(name)
      ? `domains: "${name}" is not a domain name; put the settings under one: "example.com:", then "${name}:" indented below it`
      : `domains: "${name}" is not a domain name (one label; write the whole domain, e.g. "${name}.com")`
  }
  return `domains: "${name}" is not a valid domain name (letters, digits and hyphens in dot-separated labels of at most 63 characters)`
}

const pathProblem = (keyPath: readonly string[], value: string): string => {
  const why = path.posix.isAbsolute(value)
    ? 'is absolute'
    : /^[A-Za-z]:/.test(value) || value.startsWith('\\\\')
      ? 'is a Windows path'
      : value.includes('\\')
        ? 'uses "\\"; write "/"'
        : value.split('/').includes('..')
          ? 'leaves the root with ".."'
          : value === ''
            ? 'is empty'
            : 'is not a path'
  return `${show(keyPath)} must be a path inside the repository, relative to the root: ${describe(value)} ${why}`
}

const idProblem = (keyPath: readonly string[], value: string): string => {
  const bare = value.replace(/[^A-Za-z0-9]/g, '')
  const hint =
    value.length === 0
      ? ' (it is empty)'
      : /^[0-9a-f]{33,}$/i.test(value)
        ? ` (${value.length} characters: a hash this long does not fit; use a date such as 20250701T150000Z)`
        : bare.length >= 1 && bare.length <= 32 && bare !== value
          ? ` (only letters and digits: write "${bare}")`
          : value.length > 32
            ? ` (${value.length} characters)`
            : ''
  return `${show(keyPath)} must be 1 to 32 letters and digits (RFC 8461 3.1); found ${describe(value)}${hint}`
}

const hostProblem = (keyPath: readonly string[], value: string): string => {
  const why = value.startsWith('*.')
    ? 'a wildcard: list the MX host names themselves, as the MX records give them'
    : /^\d+(\.\d+){3}$/.test(value) || value.includes(':')
      ? 'an address: MX records name hosts'
      : 'not a host name'
  return `${show(keyPath)}: ${describe(value)} is ${why}`
}

const severityProblem = (keyPath: readonly string[], value: unknown): string => {
  const text = typeof value === 'string' ? value : ''
  const meant = SEVERITY_SETTINGS.find(s => s === text.toLowerCase())
  const hint =
    meant !== undefined
      ? ` (values are case-sensitive: write ${meant})`
      : value === false
        ? ' (write off)'
        : value === true
          ? ' (write error, warning or notice)'
          : ''
  return `${show(keyPath)} must be off, notice, warning or error; found ${describe(value)}${hint}`
}

interface RawDomain {
  policy?: string
  record?: string
  id?: string | number
  mx?: string | string[]
  tlsrpt?: string
}

interface RawConfig {
  domains?: Record<string, RawDomain | null> | null
  rules?: Record<string, SeveritySetting> | null
  'history-depth'?: number
  verify?: {
    'cert-expiry-days'?: number
    authoritative?: boolean
    concurrency?: number
    smtp?: boolean
  } | null
}

/** Messages for what ajv reports, pointed at the key or value at fault. */
const schemaProblems = (errors: readonly ErrorObject[], tree: Tree, data: unknown): Problem[] => {
  const problems: Problem[] = []
  for (const e of errors) {
    const keyPath = e.instancePath
      .split('/')
      .slice(1)
      .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    const value = keyPath.reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : v),
      data
    )
    const last = keyPath[keyPath.length - 1]
    const parent = keyPath[keyPath.length - 2]
    // propertyNames: the key itself is at fault (ajv reports it twice; one message is enough).
    const badKey = e.propertyName ?? (e.params as { propertyName?: string }).propertyName
    if (badKey !== undefined) {
      if (e.keyword === 'propertyNames') continue
      problems.push({
        offset: tree.keyOffset([...keyPath, badKey]),
        message:
          keyPath[0] === 'domains'
            ? domainProblem(badKey)
            : `rules.${badKey} is not a rule id (rule ids are lower case words joined by "-"; "mta-sts-lint rules" lists them)`
      })
      continue
    }
    const valueAt = tree.valueOffset(keyPath)
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = (e.params as { additionalProperty: string }).additionalProperty
        const known =
          keyPath.length === 0
            ? ROOT_KEYS
            : keyPath[0] === 'domains'
              ? DOMAIN_KEYS
              : keyPath[0] === 'verify'
                ? VERIFY_KEYS
                : []
        const notYet = keyPath.length === 0 ? NOT_YET[key] : undefined
        problems.push({
          offset: tree.keyOffset([...keyPath, key]),
          message: notYet ?? unknownKey(keyPath, key, known)
        })
        break
      }
      case 'type': {
        if (keyPath.length === 2 && keyPath[0] === 'rules') {
          problems.push({ offset: valueAt, message: severityProblem(keyPath, value) })
          break
        }
        const type = (e.params as { type: string | string[] }).type
        const types = Array.isArray(type) ? type : [type]
        let expected: string
        if (keyPath.length === 0) {
          expected = 'a mapping with domains, rules, history-depth and verify'
        } else if (types.includes('object')) {
          expected =
            keyPath[0] === 'domains' && keyPath.length === 1
              ? 'a mapping of domain names to their settings (example.com: followed by indented keys)'
              : keyPath[0] === 'rules'
                ? 'a mapping of rule ids to off, notice, warning or error'
                : 'a mapping of keys to values'
        } else if (types.includes('boolean')) expected = 'true or false'
        else if (types.includes('integer')) expected = 'a whole number'
        else if (last === 'mx' || parent === 'mx') expected = 'a host name or a list of host names'
        else if (last === 'id') expected = '1 to 32 letters and digits'
        else expected = last === 'tlsrpt' ? 'a TLS-RPT record or a path' : 'a path'
        problems.push({
          offset: valueAt,
          message: `${show(keyPath) || 'the config'} must be ${expected}; found ${describe(value)}`
        })
        break
      }
      case 'enum':
        problems.push({ offset: valueAt, message: severityProblem(keyPath, value) })
        break
      case 'pattern':
      case 'minLength': {
        const text = String(value)
        const message =
          last === 'id'
            ? idProblem(keyPath, text)
            : last === 'mx' || parent === 'mx'
              ? hostProblem(keyPath, text)
              : pathProblem(keyPath, text)
        problems.push({ offset: valueAt, message })
        break
      }
      case 'minimum':
      case 'maximum': {
        problems.push({
          offset: valueAt,
          message: `${show(keyPath)} must be between ${range(keyPath).join(' and ')}; found ${describe(value)}`
        })
        break
      }
      case 'minItems':
        problems.push({
          offset: valueAt,
          message: `${show(keyPath)} is an empty list; list the MX hosts, or remove the key`
        })
        break
      default:
        problems.push({ offset: valueAt, message: `${show(keyPath)}: ${e.message ?? 'invalid'}` })
    }
  }
  return problems
}

const TLSRPT_RECORD = /^\s*v\s*=|;|\brua\s*=/i

/** The typed config from validated data, and what the schema could not check. */
const build = (
  raw: RawConfig | null,
  tree: Tree,
  ruleIds: readonly string[]
): { config: Config; problems: Problem[] } => {
  const config = emptyConfig()
  const problems: Problem[] = []
  if (raw === null) return { config, problems }
  for (const [name, entry] of Object.entries(raw.domains ?? {})) {
    const domain = validDomain(name)
    if (domain === undefined || /^_?mta-sts\./.test(domain)) {
      problems.push({ offset: tree.keyOffset(['domains', name]), message: domainProblem(name) })
      continue
    }
    const out: DomainConfig = {}
    const keyPath = (k: string): string[] => ['domains', domain, k]
    // The schema has ruled out absolute paths and "..": only "./" and "//" are left to tidy.
    const filePath = (v: string): string => path.posix.normalize(v).replace(/\/$/, '')
    if (entry?.policy !== undefined) out.policy = filePath(entry.policy)
    if (entry?.record !== undefined) out.record = filePath(entry.record)
    if (entry?.id !== undefined) out.id = String(entry.id)
    if (entry?.id !== undefined && entry.record !== undefined) {
      const [a, b] = [
        ['domains', name, 'id'],
        ['domains', name, 'record']
      ].sort((x, y) => tree.keyOffset(x) - tree.keyOffset(y))
      problems.push({
        offset: tree.keyOffset(b),
        message: `${show(keyPath(b[2]))}: give either id or record, not both (${a[2]} is set on line ${tree.lineAt(tree.keyOffset(a))}); the id is kept in one place`
      })
    }
    if (entry?.mx !== undefined) {
      const hosts = typeof entry.mx === 'string' ? [entry.mx] : entry.mx
      const mx: string[] = []
      hosts.forEach((h, i) => {
        const host = validDomain(h)
        const at =
          typeof entry.mx === 'string'
            ? ['domains', name, 'mx']
            : ['domains', name, 'mx', String(i)]
        if (host === undefined) {
          problems.push({
            offset: tree.valueOffset(at),
            message: hostProblem(keyPath('mx'), h)
          })
        } else if (!mx.includes(host)) mx.push(host)
      })
      out.mx = mx
    }
    if (entry?.tlsrpt !== undefined) {
      const t = entry.tlsrpt
      if (TLSRPT_RECORD.test(t)) out.tlsrpt = { record: t }
      else if (!validPath(t)) {
        problems.push({
          offset: tree.valueOffset(['domains', name, 'tlsrpt']),
          message: `${pathProblem(keyPath('tlsrpt'), t)} (or give the record itself: "v=TLSRPTv1; rua=mailto:…")`
        })
      } else out.tlsrpt = { file: path.posix.normalize(t) }
    }
    config.domains[domain] = out
  }
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (!ruleIds.includes(id)) {
      const meant = didYouMean(id, ruleIds)
      problems.push({
        offset: tree.keyOffset(['rules', id]),
        message: `rules.${id} is not a rule id (${meant === undefined ? '"mta-sts-lint rules" lists them' : `did you mean "${meant}"?`})`
      })
    } else config.rules[id] = setting
  }
  if (raw['history-depth'] !== undefined) config.historyDepth = raw['history-depth']
  const days = raw.verify?.['cert-expiry-days']
  if (days !== undefined) config.certExpiryDays = days
  const authoritative = raw.verify?.authoritative
  if (authoritative !== undefined) config.authoritative = authoritative
  const concurrency = raw.verify?.concurrency
  if (concurrency !== undefined) config.concurrency = concurrency
  const smtp = raw.verify?.smtp
  if (smtp !== undefined) config.smtp = smtp
  return { config, problems }
}

const validPath = (p: string): boolean =>
  p !== '' &&
  !path.posix.isAbsolute(p) &&
  !/^[A-Za-z]:/.test(p) &&
  !p.includes('\\') &&
  !p.split('/').includes('..')
