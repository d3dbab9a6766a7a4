/**
 * Repository mode, shared by `mta-sts-lint check` and the action: build the model of the
 * working tree, lint every policy, record and TLS-RPT record it keeps, run the hosting checks,
 * and, given a base, the id gate. The data flows one way: discover, parse, rules, gate, report.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import pLimit from 'p-limit'
import type { Finding, SeveritySetting } from '../finding.js'
import {
  lintPolicy,
  lintRecords,
  lintTlsRpt,
  policyFindings,
  runRules,
  type PolicyLint
} from '../lint.js'
import { policyFacts, type EffectivePolicy } from '../policy/effective.js'
import { parsePolicy } from '../policy/parse.js'
import { idOf } from '../record/sts.js'
import {
  loadPublicSuffixCheck,
  needsPublicSuffix,
  type PublicSuffixCheck
} from '../public-suffix.js'
import type { DomainReport } from '../report/json.js'
import { RULES } from '../rules/registry.js'
import { compareDomains, buildHistory, readPolicy, type FileHistory } from '../gate/compare.js'
import { policyChanged } from '../gate/diff.js'
import type { BaseFileSource, HistorySource } from '../gate/ports.js'
import type { DomainInput, DomainState } from '../gate/types.js'
import { loadConfig, parseConfig, type LoadedConfig } from './config.js'
import { listFiles, loadRepoContext } from './hosting.js'
import {
  buildModel,
  MAX_SOURCE_BYTES,
  type DomainModel,
  type FileView,
  type IdSource,
  type RepoModel
} from './model.js'
import { findRecord, loadParser, parseSource } from './sources/index.js'

/** A problem with the run itself (exit 2), not a finding. */
export class CheckError extends Error {}

export interface GateInput {
  source: BaseFileSource & { list?: () => Promise<readonly string[]> }
  history?: HistorySource
}

export interface RunOptions {
  /** Absolute path of the folder to check. */
  root: string
  /** The config file (`--config`), relative to the working directory. */
  configPath?: string
  /** Severity settings from the command line; they win over the config file's. */
  severities?: Readonly<Record<string, SeveritySetting>>
  /** The repository's name, for `mta-sts.<domain>` repositories (default: the root's name). */
  rootName?: string
  gate?: GateInput
  now?: Date
}

export interface RunResult {
  findings: Finding[]
  domains: DomainReport[]
  /** Every policy file linted. */
  files: string[]
  /** Some domain's effective policy changed against the base. */
  changed: boolean
  /** A fresh id, when some domain needs one. */
  newId?: string
  /** Domains whose id must change (for `bump`). */
  needsNewId: string[]
  /** Domains whose effective policy changed against the base. */
  changedDomains: string[]
  /** Run-level notes (what was read, bounds reached). */
  notes: string[]
  /** What the user should see as a notice (the gate skipped mid-way, history unavailable). */
  notices: string[]
  model: RepoModel
  config: LoadedConfig
}

/** Rules that depend on the domain, not only the file: run once per domain served. */
const DOMAIN_RULES = new Set(['mx-not-covered', 'mx-pattern-unused', 'policy-id-field'])
/** File histories read side by side: each is one `git log`, which keeps a core busy. */
const HISTORY_CONCURRENCY = 4

/** The working tree as a FileView, keeping what it read for the base's view of unchanged files. */
export interface WorkingTree extends FileView {
  /** The bytes an earlier read returned (null: not a readable file); undefined when not read. */
  readBefore(rel: string): Uint8Array | null | undefined
}

export const workingTree = (root: string): WorkingTree => {
  const seen = new Map<string, Uint8Array | null>()
  return {
    list: () => Promise.resolve(listFiles(root).files),
    // Synchronous reads: a repository's files are read one after another, and each asynchronous
    // read would cost four thread-pool round trips (open, stat, read, close).
    read: rel => {
      let bytes: Uint8Array | null = null
      try {
        const abs = path.join(root, rel)
        const s = statSync(abs)
        if (s.isFile() && s.size <= MAX_SOURCE_BYTES * 64) bytes = readFileSync(abs)
      } catch {
        // missing or unreadable: null
      }
      seen.set(rel, bytes)
      return Promise.resolve(bytes)
    },
    readBefore: rel => seen.get(rel)
  }
}

/**
 * A commit as a FileView, through the gate's base source (its list, else the head's paths). A
 * file the source knows the working tree holds unchanged comes from the head's earlier read.
 */
const commitView = (
  source: GateInput['source'],
  fallback: readonly string[],
  tree: WorkingTree
): FileView => ({
  list: async () => (source.list === undefined ? fallback : source.list()),
  read: async rel => {
    const before = source.sameAsWorktree?.(rel) === true ? tree.readBefore(rel) : undefined
    return before ?? source.read(rel)
  }
})

const shift = (
  f: Finding,
  file: string,
  at: { line: number; column: number } | undefined
): Finding => {
  const out: Finding = { ...f, file }
  if (at === undefined) {
    delete out.line
    delete out.column
    return out
  }
  out.line = at.line
  out.column = at.column + Math.max(0, (f.column ?? 1) - 1)
  return out
}

/** The id of a domain as one version of its id source says it. */
const idReader =
  (m: DomainModel, src: IdSource, yaml: typeof import('yaml') | undefined) =>
  (bytes: Uint8Array): string | undefined => {
    const t = new TextDecoder().decode(bytes)
    if (src.kind === 'config') {
      const doc = yaml?.parse(t) as { domains?: Record<string, { id?: unknown }> } | undefined
      const id = doc?.domains?.[m.domain]?.id
      return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
    }
    // Only the facts are needed here, not the rules.
    if (src.kind === 'policy')
      return policyFacts(parsePolicy(bytes)).extensions.find(e => e.name === 'id')?.value
    const parsed = parseSource(src.file, t)
    if (parsed === undefined) return undefined
    const rec = findRecord(parsed, m.domain, 'TXT', '_mta-sts').find(r =>
      r.value.startsWith('v=STSv1')
    )
    return rec === undefined ? undefined : idOf(rec.value)
  }

interface DomainLint {
  policy?: EffectivePolicy
  id?: string
}

export const runRepository = async (opts: RunOptions): Promise<RunResult> => {
  const root = opts.root
  const ruleIds = RULES.map(r => r.meta.id)
  let loaded: LoadedConfig
  try {
    loaded = await loadConfig(root, opts.configPath, ruleIds)
  } catch (e) {
    throw new CheckError((e as Error).message)
  }
  const severities = { ...loaded.config.rules, ...(opts.severities ?? {}) }
  const rootName = opts.rootName ?? path.basename(root)
  const headView = workingTree(root)
  const model = await buildModel(headView, { loaded, rootName })
  // Nothing left at the head is a finding when the base had something (an unsafe removal).
  if (model.policies.length === 0 && model.domains.length === 0 && opts.gate === undefined) {
    throw new CheckError(
      'no MTA-STS policy found (looked for **/.well-known/mta-sts.txt and a root mta-sts.txt) and no _mta-sts record; name them in .mta-sts.yml'
    )
  }
  const findings: Finding[] = []
  const notes = [...model.notes]

  // Policies: each file once; domain-dependent rules once per domain it serves.
  let psl: PublicSuffixCheck | undefined
  const lints = new Map<string, { bytes: Uint8Array; lint: PolicyLint }>()
  for (const p of model.policies) {
    const bytes = await headView.read(p.file)
    if (bytes === null) continue
    const base = {
      file: p.file,
      severities,
      ...(p.domains.length === 1 && { domain: p.domains[0] })
    }
    const lint = lintPolicy(bytes, base)
    let found = lint.findings
    if (needsPublicSuffix(lint.policy.mx)) {
      psl ??= await loadPublicSuffixCheck()
      found = policyFindings(lint, { ...base, isPublicSuffix: psl })
    }
    lints.set(p.file, { bytes, lint })
    findings.push(...found.filter(f => p.domains.length === 0 || !DOMAIN_RULES.has(f.rule)))
  }

  const perDomain = new Map<string, DomainLint>()
  for (const m of model.domains) {
    const out: DomainLint = {}
    perDomain.set(m.domain, out)
    const src = m.idSource
    const pl = m.policyFile === undefined ? undefined : lints.get(m.policyFile)
    if (pl !== undefined) out.policy = pl.lint.policy

    // The records the repository keeps for the domain.
    if (src === undefined) {
      findings.push(
        ...lintRecords([], { severities, origin: 'repo', domain: m.domain }).findings.map(f =>
          m.policyFile !== undefined
            ? { ...f, file: m.policyFile }
            : m.configLine !== undefined
              ? {
                  ...f,
                  file: m.configLine.file,
                  line: m.configLine.line,
                  column: m.configLine.column
                }
              : f
        )
      )
    } else if (src.kind === 'policy') {
      const idField = pl?.lint.facts.extensions.find(e => e.name === 'id')
      if (idField !== undefined) {
        out.id = idField.value
        const r = lintRecords([`v=STSv1; id=${idField.value}`], { severities, domain: m.domain })
        findings.push(
          ...r.findings.map(f =>
            shift(f, src.file, { line: idField.line, column: idField.valueColumn - 12 })
          )
        )
      }
    } else if (src.delegatedTo === undefined && src.unevaluated !== true) {
      const r = lintRecords(src.records, { severities, domain: m.domain, origin: 'repo' })
      out.id = r.record.id ?? src.id
      findings.push(
        ...r.findings.map(f =>
          shift(f, src.file, src.positions[(f.line ?? 1) - 1] ?? src.positions[0])
        )
      )
    }

    // Rules that weigh the policy against this domain's MX hosts and record id.
    if (pl !== undefined) {
      const extra = {
        ...(m.mx !== undefined && { mxHosts: m.mx.hosts }),
        ...(out.id !== undefined && src?.kind !== 'policy' && { recordId: out.id })
      }
      findings.push(
        ...policyFindings(
          pl.lint,
          {
            file: m.policyFile,
            domain: m.domain,
            severities,
            ...extra,
            ...(psl !== undefined && { isPublicSuffix: psl })
          },
          DOMAIN_RULES
        )
      )
    }

    // TLS-RPT, when the repository keeps the domain's zone or names the record.
    if (m.tlsrpt !== undefined && m.tlsrpt.unevaluated !== true) {
      const t = m.tlsrpt
      const mode = pl?.lint.mode
      const r = lintTlsRpt(t.records, {
        severities,
        domain: m.domain,
        ...(mode !== undefined && { mode })
      })
      findings.push(
        ...r.findings.map(f =>
          t.file === undefined
            ? f
            : shift(
                f,
                t.file,
                t.line === undefined ? undefined : { line: t.line, column: t.column ?? 1 }
              )
        )
      )
    }
  }

  // Hosting: where the policy will be served from.
  const ctx = await loadRepoContext(
    root,
    model.policies.map(p => ({
      file: p.file,
      ...(p.domains.length === 1 && { domain: p.domains[0] })
    })),
    { files: model.files }
  )
  ctx.rootName = rootName
  findings.push(...runRules('repo', ctx, { severities }))

  const result: RunResult = {
    findings,
    domains: [],
    files: model.policies.map(p => p.file),
    changed: false,
    needsNewId: [],
    changedDomains: [],
    notes,
    notices: [],
    model,
    config: loaded
  }

  // The id gate.
  if (opts.gate !== undefined) {
    try {
      const verdict = await runGate(
        opts,
        headView,
        model,
        loaded,
        perDomain,
        lints,
        severities,
        result.notices
      )
      findings.push(...verdict.findings)
      result.changed = verdict.changed
      result.needsNewId = verdict.needsNewId
      result.changedDomains = verdict.changedDomains
      if (verdict.newId !== undefined) result.newId = verdict.newId
    } catch (e) {
      // A base that fails mid-way (network, a vanished commit) skips the gate, loudly.
      result.notices.push(`id gate skipped: ${(e as Error).message}`)
    }
  }

  result.domains = model.domains.map(m => {
    const d: DomainReport = { domain: m.domain }
    if (m.policyFile !== undefined) d.policyFile = m.policyFile
    if (m.idSource !== undefined) {
      d.idSource =
        m.idSource.delegatedTo !== undefined
          ? `CNAME to ${m.idSource.delegatedTo} (${m.idSource.file})`
          : `${m.idSource.file}${m.idSource.line === undefined ? '' : `:${m.idSource.line}`}`
    }
    const l = perDomain.get(m.domain)
    if (l?.id !== undefined) d.id = l.id
    if (l?.policy !== undefined) d.policy = l.policy
    return d
  })
  return result
}

const runGate = async (
  opts: RunOptions,
  tree: WorkingTree,
  head: RepoModel,
  loaded: LoadedConfig,
  perDomain: Map<string, DomainLint>,
  lints: Map<string, { bytes: Uint8Array; lint: PolicyLint }>,
  severities: Readonly<Record<string, SeveritySetting>>,
  notes: string[]
): Promise<{
  findings: Finding[]
  changed: boolean
  newId?: string
  needsNewId: string[]
  changedDomains: string[]
}> => {
  const gate = opts.gate as GateInput
  const view = commitView(gate.source, head.files, tree)
  // The config as it was at the base: a domain it named may be gone now.
  let baseLoaded: LoadedConfig = {
    config: { domains: {}, rules: {}, verify: {} },
    lineOf: () => undefined
  }
  const configFile = loaded.file ?? '.mta-sts.yml'
  const baseConfigBytes = await gate.source.read(configFile).catch(() => null)
  if (baseConfigBytes !== null) {
    try {
      baseLoaded = await parseConfig(
        new TextDecoder().decode(baseConfigBytes),
        configFile,
        RULES.map(r => r.meta.id)
      )
    } catch {
      notes.push(
        `the config file at the base (${configFile}) could not be read; domains it named are compared as discovered`
      )
    }
  }
  const base = await buildModel(view, {
    loaded: baseLoaded,
    rootName: opts.rootName ?? path.basename(opts.root)
  })
  const kinds = new Set([...head.domains, ...base.domains].map(d => d.idSource?.kind))
  const yaml = kinds.has('config') ? await import('yaml') : undefined
  // Earlier versions of an octoDNS zone are read with its parser (loaded on first need).
  if (kinds.has('octodns')) await loadParser('octodns')

  const stateOf = async (
    m: DomainModel,
    v: FileView,
    own: DomainLint | undefined
  ): Promise<DomainState> => {
    const s: DomainState = {}
    if (m.policyFile !== undefined) {
      s.policyFile = m.policyFile
      const bytes =
        own !== undefined ? (lints.get(m.policyFile)?.bytes ?? null) : await v.read(m.policyFile)
      if (bytes !== null) {
        s.policyBytes = bytes
        const p = own?.policy ?? readPolicy(bytes)
        if (p !== undefined) s.policy = p
      }
    }
    const src = m.idSource
    if (src !== undefined) {
      if (own !== undefined && own.id !== undefined) s.id = own.id
      else if (src.kind === 'policy' && s.policyBytes !== undefined) {
        const id = idReader(m, src, yaml)(s.policyBytes)
        if (id !== undefined) s.id = id
      } else if (src.id !== undefined) s.id = src.id
      if (src.computed === true) s.idComputed = true
      if (own !== undefined && src.line !== undefined) {
        s.idLocation = {
          file: src.file,
          line: src.line,
          ...(src.column !== undefined && { column: src.column })
        }
      }
      if (src.delegatedTo !== undefined) s.record = true
    } else s.record = false
    return s
  }

  const inputs: DomainInput[] = []
  const headByName = new Map(head.domains.map(d => [d.domain, d]))
  const baseByName = new Map(base.domains.map(d => [d.domain, d]))
  const names = [
    ...new Set([...head.domains.map(d => d.domain), ...base.domains.map(d => d.domain)])
  ]
  // History answers id-reused and unsafe-removal: needed only where the policy or the id moved.
  const wanted: { input: DomainInput; model: DomainModel; src?: IdSource; policyFile?: string }[] =
    []
  for (const name of names) {
    const h = headByName.get(name)
    const b = baseByName.get(name)
    const input: DomainInput = {
      domain: name,
      head: h === undefined ? { record: false } : await stateOf(h, view, perDomain.get(name))
    }
    if (b !== undefined) input.base = await stateOf(b, view, undefined)
    if (h?.configLine !== undefined) input.configLocation = h.configLine
    const src = h?.idSource ?? b?.idSource
    const policyFile = h?.policyFile ?? b?.policyFile
    const moved =
      input.base === undefined ||
      policyChanged(input.base, input.head) ||
      input.base.id !== input.head.id ||
      (input.base.record ?? true) !== (input.head.record ?? true)
    if (moved && (src !== undefined || policyFile !== undefined)) {
      wanted.push({
        input,
        model: (h ?? b) as DomainModel,
        ...(src !== undefined && { src }),
        ...(policyFile !== undefined && { policyFile })
      })
    }
    inputs.push(input)
  }
  const history = gate.history
  if (history !== undefined && wanted.length > 0) {
    // Each file's history once (domains share policies and zones), a few at a time: every one
    // is a `git log` of its own, and there are two cores to run them on.
    const depth = loaded.config.historyDepth ?? 100
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
            input.history = buildHistory({
              ...(policy !== undefined && { policy }),
              ...(idSource !== undefined && { idSource }),
              readId: src === undefined ? () => undefined : idReader(model, src, yaml)
            })
            return undefined
          } catch (e) {
            return `history of ${input.domain} unavailable: ${(e as Error).message}`
          }
        })
      )
    )
    // In domain order, whatever order the histories came in.
    notes.push(...failed.filter((n): n is string => n !== undefined))
  }
  const verdict = compareDomains(inputs, { now: opts.now ?? new Date(), severities })
  return {
    findings: verdict.findings,
    changed: verdict.changed,
    ...(verdict.newId !== undefined && { newId: verdict.newId }),
    needsNewId: verdict.domains.filter(d => d.needsNewId).map(d => d.domain),
    changedDomains: verdict.domains.filter(d => d.changed).map(d => d.domain)
  }
}
