/**
 * Repository mode, shared by `mta-sts-lint check` and the action: build the model of the
 * working tree, lint every policy, record and TLS-RPT record it keeps (lint-stage.ts), run the
 * hosting checks, and, given a base, the id gate (gate-stage.ts). The data flows one way:
 * discover, parse, rules, gate, report.
 */
import path from 'node:path'
import { BaseUnreadableError, CheckError } from '../check-error.js'
import { SourceError } from '../gate/ports.js'
import type { Finding, SeveritySetting } from '../finding.js'
import { runRules } from '../lint.js'
import { RULES } from '../rules/registry.js'
import { loadConfig, type LoadedConfig } from './config.js'
import type { DomainReport } from './domain-report.js'
import { runGate, type GateInput } from './gate-stage.js'
import { loadRepoContext, repoPolicy } from './hosting.js'
import { lintDomain, lintLoose, lintPolicies, type DomainLint } from './lint-stage.js'
import { buildModel, looseKind, unevaluated, type RepoModel } from './model.js'
import { workingTree } from './working-tree.js'
import { POLICY_FILE, WELL_KNOWN_POLICY } from '../site/well-known.js'

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
  /**
   * The time the gate's suggested id is written from (default: now). The action passes its
   * event's time, so a rerun of the same run suggests the same id (and its review is reused).
   */
  idTime?: Date
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

/** Where the repository serves its policies from: the hosting rules (Pages, Jekyll, CNAME). */
const hostingFindings = async (
  root: string,
  model: RepoModel,
  rootName: string,
  severities: Readonly<Record<string, SeveritySetting>>
): Promise<Finding[]> => {
  const ctx = await loadRepoContext(
    root,
    model.policies.map(p =>
      repoPolicy(
        { file: p.file, ...(p.domains.length === 1 && { domain: p.domains[0] }) },
        model.site.policies.get(p.file)
      )
    ),
    { files: model.files, site: model.site }
  )
  ctx.rootName = rootName
  return runRules('repo', ctx, { severities })
}

/** Each domain as the reports show it. */
const domainReports = (
  model: RepoModel,
  perDomain: ReadonlyMap<string, DomainLint>
): DomainReport[] =>
  model.domains.map(m => {
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

/** Nothing to lint: no policy, no domain, no record. */
const isEmpty = (model: RepoModel): boolean =>
  model.policies.length === 0 &&
  model.domains.length === 0 &&
  model.loose.length === 0 &&
  model.site.routes.length === 0

/** `_mta-sts` and `_smtp._tls` records whose text is not what is published (never linted). */
const builtRecords = (model: RepoModel): { file: string; line: number; value: string }[] =>
  [...model.sources].flatMap(([file, src]) =>
    src.records
      .filter(r => looseKind(r.owner) !== undefined && unevaluated(r))
      .map(r => ({ file, line: r.line, value: r.value }))
  )

const nothingFound = (model: RepoModel): CheckError => {
  const looked = `no MTA-STS policy found (looked for **/${WELL_KNOWN_POLICY} and a root ${POLICY_FILE})`
  const built = builtRecords(model)
  const [first] = built
  if (first !== undefined) {
    const more = built.length > 1 ? ` and ${built.length - 1} more` : ''
    return new CheckError(
      `${looked}, and the only records, at ${first.file}:${first.line}${more}, are built from expressions (${JSON.stringify(first.value)}), whose text is known only when deploying: nothing here can be linted; check the deployed state with "mta-sts-lint verify DOMAIN", or name the policy file and the id in .mta-sts.yml (domains: DOMAIN: policy: FILE)`
    )
  }
  return new CheckError(
    `${looked} and no _mta-sts or _smtp._tls record; name them in .mta-sts.yml (domains: DOMAIN: policy: FILE), or, when the policy is generated at deploy time and never committed, check the deployed one with "mta-sts-lint verify DOMAIN"`
  )
}

const loadConfigOrFail = async (opts: RunOptions): Promise<LoadedConfig> => {
  try {
    return await loadConfig(
      opts.root,
      opts.configPath,
      RULES.map(r => r.meta.id)
    )
  } catch (e) {
    throw new CheckError((e as Error).message)
  }
}

export const runRepository = async (opts: RunOptions): Promise<RunResult> => {
  const loaded = await loadConfigOrFail(opts)
  const severities = { ...loaded.config.rules, ...(opts.severities ?? {}) }
  const rootName = opts.rootName ?? path.basename(opts.root)
  const tree = workingTree(opts.root)
  const model = await buildModel(tree, { loaded, rootName })
  // Nothing left at the head is a finding when the base had something (an unsafe removal).
  if (isEmpty(model) && opts.gate === undefined) throw nothingFound(model)

  const policies = await lintPolicies(model, tree, severities)
  const findings = [...policies.findings]
  const perDomain = new Map<string, DomainLint>()
  // A record several domains share (a DNSControl variable, a Terraform for_each) is written
  // once: the same finding at the same place is reported once, for the first of them.
  const seen = new Set<string>()
  for (const m of model.domains) {
    const domain = lintDomain(m, policies, severities)
    perDomain.set(m.domain, domain.lint)
    for (const f of domain.findings) {
      const key = [f.rule, f.severity, f.file, f.line, f.column, f.message].join('\0')
      if (f.line !== undefined && seen.has(key)) continue
      seen.add(key)
      findings.push(f)
    }
  }
  findings.push(...lintLoose(model.loose, severities))
  findings.push(...(await hostingFindings(opts.root, model, rootName, severities)))

  const result: RunResult = {
    findings,
    domains: domainReports(model, perDomain),
    files: model.policies.map(p => p.file),
    changed: false,
    needsNewId: [],
    changedDomains: [],
    notes: [...model.notes],
    notices: [],
    model,
    config: loaded
  }
  if (opts.gate === undefined) return result
  let emptyBase: boolean
  try {
    const verdict = await runGate({
      gate: opts.gate,
      tree,
      head: model,
      loaded,
      perDomain,
      lints: policies.lints,
      severities,
      rootName,
      now: opts.now ?? new Date(),
      ...(opts.idTime !== undefined && { idTime: opts.idTime })
    })
    findings.push(...verdict.findings)
    result.changed = verdict.changed
    result.needsNewId = verdict.needsNewId
    result.changedDomains = verdict.changedDomains
    result.notices.push(...verdict.notices)
    result.notes.push(...verdict.notes)
    if (verdict.newId !== undefined) result.newId = verdict.newId
    emptyBase = verdict.emptyBase
  } catch (e) {
    // A base that fails mid-way (the REST API down, a vanished commit) fails the run: the gate
    // fails closed. Anything else is a fault of ours, and surfaces as one.
    if (e instanceof SourceError) {
      throw new BaseUnreadableError(`the id gate cannot run: reading the base failed: ${e.message}`)
    }
    throw e
  }
  // Nothing at the head nor at the base: nothing was linted or compared, as without a base.
  if (emptyBase && isEmpty(model)) throw nothingFound(model)
  return result
}
