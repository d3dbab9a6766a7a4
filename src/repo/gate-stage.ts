/**
 * The gate stage of repository mode: the repository's model at the base, each domain's state at
 * the base and at the head, the history of the files where something moved, then the pure
 * comparison (gate/compare.ts) that decides what needs a new id.
 */
import pLimit from 'p-limit'
import type { Finding, SeveritySetting } from '../finding.js'
import { buildHistory, compareDomains, readPolicy, type FileHistory } from '../gate/compare.js'
import type { HistorySource } from '../gate/ports.js'
import type { DomainInput, DomainState, Position } from '../gate/types.js'
import { policyChanged } from '../rules/id-gate-conditions.js'
import { RULES } from '../rules/registry.js'
import { parseConfig, type LoadedConfig } from './config.js'
import { idInputFiles, idReader } from './id-reader.js'
import type { DomainLint, LintedPolicy } from './lint-stage.js'
import {
  buildModel,
  unreadIdRecord,
  type DomainModel,
  type FileView,
  type IdSource,
  type RepoModel
} from './model.js'
import { loadParser } from './sources/index.js'
import { commitView, type BaseSource, type WorkingTree } from './working-tree.js'
import { stripFrontMatter } from './site-files.js'
import { isWellKnownPolicy, POLICY_FILE, WELL_KNOWN_DIR } from '../site/well-known.js'
import { sameBytes } from '../policy/changes.js'

/** File histories read side by side: each is one `git log`, which keeps a core busy. */
const HISTORY_CONCURRENCY = 4

export interface GateInput {
  source: BaseSource
  history?: HistorySource
}

export interface GateStageInput {
  gate: GateInput
  tree: WorkingTree
  head: RepoModel
  /** The config as loaded at the head. */
  loaded: LoadedConfig
  /** What the lint stage learnt of each head domain, and the policies it read. */
  perDomain: ReadonlyMap<string, DomainLint>
  lints: ReadonlyMap<string, LintedPolicy>
  severities: Readonly<Record<string, SeveritySetting>>
  rootName: string
  now: Date
  idTime?: Date
}

export interface GateVerdict {
  findings: Finding[]
  changed: boolean
  newId?: string
  /** Domains whose id must change (for `bump`). */
  needsNewId: string[]
  /** Domains whose effective policy changed against the base. */
  changedDomains: string[]
  /** What the user should see as a notice (a base config unreadable, history unavailable). */
  notices: string[]
  /** Run-level notes (what the gate could not compare, and why). */
  notes: string[]
  /** The base holds nothing to compare: no policy, no domain, no record. */
  emptyBase: boolean
}

/** At most this many domains are named in a note; the rest are counted. */
const MAX_NAMED = 5

const nameList = (names: readonly string[]): string =>
  names.length <= MAX_NAMED
    ? names.join(', ')
    : `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more`

/**
 * Domains whose record the repository keeps but whose policy is served from elsewhere, at the
 * head and at the base: the gate cannot tell whether their policy changed, so it says so once.
 */
const recordsOnlyNote = (head: RepoModel, base: RepoModel): string[] => {
  const withPolicy = new Set(
    base.domains.filter(d => d.policyFile !== undefined).map(d => d.domain)
  )
  const names = head.domains
    .filter(
      d => d.policyFile === undefined && d.idSource !== undefined && !withPolicy.has(d.domain)
    )
    .map(d => d.domain)
  if (names.length === 0) return []
  return [
    `${nameList(names)}: no policy in this repository (served from elsewhere), so the id gate cannot tell whether ${names.length === 1 ? 'its policy changes with its id' : 'their policies change with their ids'}; ${names.length === 1 ? 'its record is' : 'their records are'} linted, and a removal is still checked`
  ]
}

type YamlLibrary = typeof import('yaml')

const EMPTY_CONFIG: LoadedConfig = {
  config: { domains: {}, rules: {} },
  lineOf: () => undefined
}

/** The config as it was at the base: a domain it named may be gone now. */
const baseConfig = async (input: GateStageInput, notices: string[]): Promise<LoadedConfig> => {
  const configFile = input.loaded.file ?? '.mta-sts.yml'
  const bytes = await input.gate.source.read(configFile).catch(() => null)
  if (bytes === null) return EMPTY_CONFIG
  try {
    return await parseConfig(
      new TextDecoder().decode(bytes),
      configFile,
      RULES.map(r => r.meta.id)
    )
  } catch {
    notices.push(
      `the config file at the base (${configFile}) could not be read; domains it named are compared as discovered`
    )
    return EMPTY_CONFIG
  }
}

/**
 * One domain's state in one version: its policy (bytes and effective values) and its id. `own`
 * is the lint stage's result for a head domain (its reads are reused); undefined at the base.
 */
const stateOf = async (
  m: DomainModel,
  view: FileView,
  own: DomainLint | undefined,
  lints: ReadonlyMap<string, LintedPolicy>,
  yaml: YamlLibrary | undefined,
  pages: ReadonlySet<string>
): Promise<DomainState> => {
  const s: DomainState = {}
  if (m.policyFile !== undefined) {
    s.policyFile = m.policyFile
    // A page's body below its front matter is what its site serves (the lint stage read the head's).
    const read = own !== undefined ? null : await view.read(m.policyFile)
    const bytes =
      own !== undefined
        ? (lints.get(m.policyFile)?.bytes ?? null)
        : read !== null && pages.has(m.policyFile)
          ? stripFrontMatter(read)
          : read
    if (bytes !== null) {
      s.policyBytes = bytes
      const p = own?.policy ?? readPolicy(bytes)
      if (p !== undefined) s.policy = p
    }
  }
  const src = m.idSource
  if (src === undefined) {
    s.record = false
    return s
  }
  if (own !== undefined && own.id !== undefined) s.id = own.id
  else if (src.kind === 'policy' && s.policyBytes !== undefined) {
    const id = idReader(m, src, yaml)(s.policyBytes)
    if (id !== undefined) s.id = id
  } else if (src.id !== undefined) s.id = src.id
  if (src.computed === true) s.idComputed = true
  const unread = s.id === undefined ? unreadIdRecord(src) : undefined
  if (unread !== undefined) s.idUnread = unread
  if (own !== undefined && src.line !== undefined) {
    s.idLocation = {
      file: src.file,
      line: src.line,
      ...(src.column !== undefined && { column: src.column })
    }
  }
  if (src.delegatedTo !== undefined) s.record = true
  return s
}

/**
 * Whether a model's sites serve a policy file at the well-known URL, or mean to (a page with the
 * permalink, a host rule's target): not a root `mta-sts.txt` beside a site's pages.
 */
const servedIn =
  (model: RepoModel, rootName: string) =>
  (file: string): boolean =>
    isWellKnownPolicy(file) ||
    model.site.policies.has(file) ||
    // A repository named .well-known is published as that folder.
    (file === POLICY_FILE && rootName === WELL_KNOWN_DIR)

/** A domain whose policy or id moved: its history answers id-reused and unsafe-removal. */
interface Moved {
  input: DomainInput
  /** The domain's model, where its id is read from (none for an unnamed policy). */
  model?: DomainModel
  src?: IdSource
  policyFile?: string
}

const moved = (input: DomainInput): boolean =>
  input.base === undefined ||
  policyChanged(input.base, input.head) ||
  input.base.id !== input.head.id ||
  (input.base.record ?? true) !== (input.head.record ?? true)

/** Each domain of the head or the base, base against head; and those whose history is needed. */
const domainInputs = async (
  input: GateStageInput,
  base: RepoModel,
  view: FileView,
  yaml: YamlLibrary | undefined,
  pages: ReadonlySet<string>
): Promise<{ inputs: DomainInput[]; wanted: Moved[] }> => {
  /**
   * Where an id kept apart from its record is written: in another file (a .tfvars value), or on
   * another line of the same one (DNSControl's `var ID = "..."`).
   */
  const valueAt = async (src: IdSource | undefined): Promise<Position | undefined> => {
    const span = src?.span
    if (span === undefined) return undefined
    const bytes = input.tree.readBefore(span.file) ?? (await input.tree.read(span.file))
    if (bytes === null) return undefined
    const before = new TextDecoder().decode(bytes).slice(0, span.start)
    const line = before.split('\n').length
    if (span.file === src?.file && line === src.line) return undefined
    return { file: span.file, line, column: span.start - before.lastIndexOf('\n') }
  }
  const served = servedIn(base, input.rootName)
  const headPolicies = new Set(input.head.policies.map(p => p.file))
  const headByName = new Map(input.head.domains.map(d => [d.domain, d]))
  const baseByName = new Map(base.domains.map(d => [d.domain, d]))
  const names = new Set([...headByName.keys(), ...baseByName.keys()])
  const inputs: DomainInput[] = []
  const wanted: Moved[] = []
  for (const name of names) {
    const h = headByName.get(name)
    const b = baseByName.get(name)
    const domain: DomainInput = {
      domain: name,
      head:
        h === undefined
          ? { record: false }
          : await stateOf(h, view, input.perDomain.get(name), input.lints, yaml, pages)
    }
    const value = await valueAt(h?.idSource)
    if (value !== undefined) domain.head.idValueLocation = value
    if (b !== undefined) {
      domain.base = await stateOf(b, view, undefined, input.lints, yaml, pages)
      if (b.policyFile !== undefined && !served(b.policyFile)) domain.base.unserved = true
      if (
        b.policyFile !== undefined &&
        h?.policyFile === undefined &&
        headPolicies.has(b.policyFile)
      ) {
        domain.head.detached = { policyFile: b.policyFile, foundBy: b.foundBy }
      }
    }
    if (h?.configLine !== undefined) domain.configLocation = h.configLine
    const src = h?.idSource ?? b?.idSource
    const policyFile = h?.policyFile ?? b?.policyFile
    if (moved(domain) && (src !== undefined || policyFile !== undefined)) {
      wanted.push({
        input: domain,
        model: h ?? b,
        ...(src !== undefined && { src }),
        ...(policyFile !== undefined && { policyFile })
      })
    }
    inputs.push(domain)
  }
  return { inputs, wanted }
}

/**
 * Policies no domain is known for that the head no longer has (not even moved: no head policy
 * holds the same bytes). Only their removal can be judged: an enforce or testing policy removed
 * strands the senders that cached it, whoever's it was.
 */
const unnamedRemovals = async (
  head: RepoModel,
  base: RepoModel,
  view: FileView,
  lints: ReadonlyMap<string, LintedPolicy>,
  pages: ReadonlySet<string>,
  rootName: string
): Promise<Moved[]> => {
  const headFiles = new Set(head.policies.map(p => p.file))
  const served = servedIn(base, rootName)
  const removed: Moved[] = []
  for (const p of base.policies) {
    // One the base's site never served was never cached: its removal is nobody's concern.
    if (p.domains.length > 0 || headFiles.has(p.file) || !served(p.file)) continue
    const bytes = await view.read(p.file)
    if (bytes === null || [...lints.values()].some(l => sameBytes(l.bytes, bytes))) continue
    const policy = readPolicy(pages.has(p.file) ? stripFrontMatter(bytes) : bytes)
    const input: DomainInput = {
      domain: p.file,
      unnamed: true,
      head: { record: false },
      base: {
        record: false,
        policyFile: p.file,
        policyBytes: bytes,
        ...(policy !== undefined && { policy })
      }
    }
    removed.push({ input, policyFile: p.file })
  }
  return removed
}

/**
 * Each wanted domain's history, from its policy's and its id source's file histories. Each file's
 * history is read once (domains share policies and zones), a few at a time: every one is a
 * `git log` of its own, and there are two cores to run them on. Failures come back as notices,
 * in domain order.
 */
const readHistories = async (
  history: HistorySource,
  wanted: readonly Moved[],
  depth: number,
  yaml: YamlLibrary | undefined,
  pages: ReadonlySet<string>
): Promise<string[]> => {
  const files = new Map<string, Promise<FileHistory>>()
  const fileHistory = (f: string): Promise<FileHistory> => {
    let h = files.get(f)
    if (h === undefined) {
      h = history.versions(f, depth)
      files.set(f, h)
    }
    return h
  }
  const limit = pLimit(HISTORY_CONCURRENCY)
  const failed = await Promise.all(
    wanted.map(({ input, model, src, policyFile }) =>
      limit(async (): Promise<string | undefined> => {
        try {
          const policy = policyFile === undefined ? undefined : await fileHistory(policyFile)
          const idSource =
            src === undefined
              ? undefined
              : src.file === policyFile
                ? policy
                : await fileHistory(src.file)
          // The id may be kept in another file than its record (a .tfvars value): its history too.
          const idInputs = new Map<string, FileHistory>()
          for (const f of src === undefined ? [] : idInputFiles(src)) {
            idInputs.set(
              f,
              f === policyFile && policy !== undefined ? policy : await fileHistory(f)
            )
          }
          input.history = buildHistory({
            ...(policy !== undefined && { policy }),
            ...(idSource !== undefined && { idSource }),
            ...(idInputs.size > 0 && { idInputs }),
            readId:
              src === undefined || model === undefined
                ? () => undefined
                : idReader(model, src, yaml),
            ...(policyFile !== undefined &&
              pages.has(policyFile) && {
                readPolicy: (b: Uint8Array) => readPolicy(stripFrontMatter(b))
              })
          })
          return undefined
        } catch (e) {
          return `history of ${input.domain} unavailable: ${(e as Error).message}`
        }
      })
    )
  )
  return failed.filter((n): n is string => n !== undefined)
}

export const runGate = async (input: GateStageInput): Promise<GateVerdict> => {
  const notices: string[] = []
  const view = commitView(input.gate.source, input.head.files, input.tree)
  const base = await buildModel(view, {
    loaded: await baseConfig(input, notices),
    rootName: input.rootName
  })
  const kinds = new Set([...input.head.domains, ...base.domains].map(d => d.idSource?.kind))
  const yaml = kinds.has('config') ? await import('yaml') : undefined
  // Earlier versions of an octoDNS zone are read with its parser (loaded on first need).
  if (kinds.has('octodns')) await loadParser('octodns')

  // Policy files that are pages with front matter, at the head or the base.
  const pages = new Set(
    [...input.head.site.policies.values(), ...base.site.policies.values()]
      .filter(p => p.bodyLine !== undefined)
      .map(p => p.file)
  )
  const { inputs, wanted } = await domainInputs(input, base, view, yaml, pages)
  const unnamed = await unnamedRemovals(input.head, base, view, input.lints, pages, input.rootName)
  inputs.push(...unnamed.map(u => u.input))
  wanted.push(...unnamed)
  if (input.gate.history !== undefined && wanted.length > 0) {
    const depth = input.loaded.config.historyDepth ?? 100
    notices.push(...(await readHistories(input.gate.history, wanted, depth, yaml, pages)))
  }
  const verdict = compareDomains(inputs, {
    now: input.now,
    severities: input.severities,
    ...(input.idTime !== undefined && { idTime: input.idTime })
  })
  return {
    findings: verdict.findings,
    changed: verdict.changed,
    ...(verdict.newId !== undefined && { newId: verdict.newId }),
    needsNewId: verdict.domains.filter(d => d.needsNewId).map(d => d.domain),
    changedDomains: verdict.domains.filter(d => d.changed).map(d => d.domain),
    notices,
    notes: recordsOnlyNote(input.head, base),
    emptyBase: base.policies.length === 0 && base.domains.length === 0 && base.loose.length === 0
  }
}
