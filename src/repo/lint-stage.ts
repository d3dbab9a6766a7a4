/**
 * The lint stage of repository mode: every policy file once, then per domain the records the
 * repository keeps (`_mta-sts`, TLS-RPT) and the policy rules that weigh a policy against that
 * domain's MX hosts and record id. Findings point at the file and line where each thing is kept.
 */
import type { Finding, SeveritySetting } from '../finding.js'
import {
  lintPolicy,
  lintRecords,
  lintTlsRpt,
  policyFindings,
  type LintOptions,
  type PolicyLint
} from '../lint.js'
import type { EffectivePolicy } from '../policy/effective.js'
import { notAPolicy } from '../policy/not-policy.js'
import {
  loadPublicSuffixCheck,
  needsPublicSuffix,
  type PublicSuffixCheck
} from '../public-suffix.js'
import { DOMAIN_POLICY_RULES } from '../rules/registry.js'
import type { DomainModel, FileView, LooseRecords, RepoModel } from './model.js'
import { positionAt, type RecordPlace } from './sources/index.js'
import { policyBody } from './site-files.js'

type Severities = Readonly<Record<string, SeveritySetting>>

/**
 * A policy file as read and linted: its bytes as served (the body below Jekyll front matter; the
 * gate compares them) and the lint.
 */
export interface LintedPolicy {
  bytes: Uint8Array
  lint: PolicyLint
}

/** What the lint stage learnt of one domain: its committed policy and id. */
export interface DomainLint {
  policy?: EffectivePolicy
  id?: string
}

export interface PolicyStage {
  findings: Finding[]
  /** By policy file. */
  lints: Map<string, LintedPolicy>
  /** Loaded when some policy has a wildcard mx (the list is costly to load). */
  publicSuffix?: PublicSuffixCheck
}

/** A finding moved to where the thing it is about is kept (a zone's line, the config's key). */
export const relocate = (
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

/**
 * A finding on a record of an RRset (its line: the record's number, its column: the column in
 * the record's text) moved to where that character is written: past escapes, between strings,
 * on the line it is on; at the record's start when the file does not write it (an expression's
 * value). Without places (nothing kept in a file), to the file alone.
 */
export const relocateInRecord = (
  f: Finding,
  file: string,
  places: readonly RecordPlace[]
): Finding => {
  const place = places[(f.line ?? 1) - 1] ?? places[0]
  if (place === undefined) return relocate(f, file, undefined)
  const message = place.note === undefined ? f.message : `${f.message} (${place.note})`
  return { ...f, message, file, ...positionAt(place, (f.column ?? 1) - 1) }
}

/**
 * Every policy file once. The rules that need one domain's facts run here only for a policy that
 * serves no known domain; lintDomain runs them for each domain a policy serves.
 */
export const lintPolicies = async (
  model: RepoModel,
  head: FileView,
  severities: Severities
): Promise<PolicyStage> => {
  const stage: PolicyStage = { findings: [], lints: new Map() }
  for (const p of model.policies) {
    const read = await head.read(p.file)
    if (read === null) continue
    // A page is linted as the body its site serves, its findings at the file's own lines.
    const page = model.site.policies.get(p.file)
    const bytes = policyBody(read, page)
    const opts: LintOptions & { file: string; firstLine?: number } = {
      file: p.file,
      severities,
      ...(p.domains.length === 1 && { domain: p.domains[0] }),
      ...(bytes !== read && page?.bodyLine !== undefined && { firstLine: page.bodyLine })
    }
    const lint = lintPolicy(bytes, opts)
    let found = lint.findings
    if (needsPublicSuffix(lint.policy.mx, lint.facts.mxValid)) {
      stage.publicSuffix ??= await loadPublicSuffixCheck()
      found = policyFindings(lint, { ...opts, isPublicSuffix: stage.publicSuffix })
    }
    stage.lints.set(p.file, { bytes, lint })
    stage.findings.push(
      ...found.filter(f => p.domains.length === 0 || !DOMAIN_POLICY_RULES.has(f.rule))
    )
    if (p.domains.length === 0 && notAPolicy(lint.parsed) === undefined) {
      // Whose policy it is decides which record and which site: say how to tell (not for a file
      // that is no policy at all: policy-syntax's one finding says what it is).
      const r = lintRecords([], { severities, origin: 'repo', policyWithoutDomain: p.file })
      stage.findings.push(...r.findings.map(f => ({ ...f, file: p.file })))
    }
  }
  return stage
}

/**
 * No record kept: txt-missing (a notice in repository mode: the id gate cannot run) on the
 * policy. A record file the config names that holds none: txt-missing as an error, on the config
 * line. A domain with no policy here (removed, say) has nothing for the gate to compare: neither.
 */
const missingRecord = (m: DomainModel, severities: Severities): Finding[] => {
  const policyFile = m.policyFile
  // A domain with no policy here either has nothing for the gate to compare: no finding.
  if (policyFile === undefined) return []
  const expected = m.recordExpected
  if (expected !== undefined) {
    // The config names the file: the finding goes to its record: line (else to the file).
    const r = lintRecords([], {
      severities,
      origin: 'repo',
      domain: m.domain,
      expectedIn: expected.file
    })
    return r.findings.map(f =>
      expected.at === undefined
        ? { ...f, file: expected.file }
        : relocate(f, expected.at.file, expected.at)
    )
  }
  return lintRecords([], { severities, origin: 'repo', domain: m.domain }).findings.map(f => ({
    ...f,
    file: policyFile
  }))
}

/** The `_mta-sts` record the repository keeps for the domain, linted where it is kept. */
const lintKeptRecord = (
  m: DomainModel,
  policy: LintedPolicy | undefined,
  severities: Severities,
  out: DomainLint
): Finding[] => {
  const src = m.idSource
  if (src === undefined) return missingRecord(m, severities)
  if (src.kind === 'policy') {
    // The id is an `id:` line of the policy: lint it as the record it stands for.
    const idField = policy?.lint.facts.extensions.find(e => e.name === 'id')
    if (idField === undefined) return []
    out.id = idField.value
    const r = lintRecords([`v=STSv1; id=${idField.value}`], { severities, domain: m.domain })
    const column = idField.valueColumn - 'v=STSv1; id='.length
    return r.findings.map(f => relocate(f, src.file, { line: idField.line, column }))
  }
  // A record delegated by CNAME, or computed by an expression, has no text to lint here.
  if (src.delegatedTo !== undefined || src.unevaluated === true) return []
  const r = lintRecords(src.records, { severities, domain: m.domain, origin: 'repo' })
  out.id = r.record.id ?? src.id
  return r.findings.map(f => relocateInRecord(f, src.file, src.positions))
}

/** The policy rules that weigh the policy against this domain's MX hosts and record id. */
const domainPolicyFindings = (
  m: DomainModel,
  policy: LintedPolicy,
  id: string | undefined,
  severities: Severities,
  publicSuffix: PublicSuffixCheck | undefined
): Finding[] =>
  policyFindings(
    policy.lint,
    {
      file: m.policyFile,
      domain: m.domain,
      severities,
      ...(m.mx !== undefined && { mxHosts: m.mx.hosts }),
      // An id kept in the policy itself cannot disagree with itself, and is no stray line.
      ...(id !== undefined && m.idSource?.kind !== 'policy' && { recordId: id }),
      ...(m.idSource?.kind === 'policy' && { idKeptHere: true }),
      ...(publicSuffix !== undefined && { isPublicSuffix: publicSuffix })
    },
    DOMAIN_POLICY_RULES
  )

/** The TLS-RPT record, when the repository keeps the domain's zone or names the record. */
const lintKeptTlsRpt = (
  m: DomainModel,
  policy: LintedPolicy | undefined,
  severities: Severities
): Finding[] => {
  const t = m.tlsrpt
  if (t === undefined || t.unevaluated === true || t.delegatedTo !== undefined) return []
  const mode = policy?.lint.mode
  const r = lintTlsRpt(t.records, {
    severities,
    domain: m.domain,
    ...(mode !== undefined && { mode })
  })
  const file = t.file
  if (file === undefined) return r.findings
  const places = t.positions
  if (places !== undefined && places.length > 0)
    return r.findings.map(f => relocateInRecord(f, file, places))
  const at = t.line === undefined ? undefined : { line: t.line, column: t.column ?? 1 }
  return r.findings.map(f => relocate(f, file, at))
}

/** One domain: its kept records and its policy's domain rules. */
export const lintDomain = (
  m: DomainModel,
  stage: PolicyStage,
  severities: Severities
): { lint: DomainLint; findings: Finding[] } => {
  const lint: DomainLint = {}
  const policy = m.policyFile === undefined ? undefined : stage.lints.get(m.policyFile)
  if (policy !== undefined) lint.policy = policy.lint.policy
  const findings = lintKeptRecord(m, policy, severities, lint)
  if (policy !== undefined) {
    findings.push(...domainPolicyFindings(m, policy, lint.id, severities, stage.publicSuffix))
  }
  findings.push(...lintKeptTlsRpt(m, policy, severities))
  return { lint, findings }
}

/**
 * Records no domain claims (a zone whose domain only the deployment names, or a second file
 * keeping a domain's records): linted as the RRset they are, where they are written. Whether
 * a domain has one at all is for its domain's lint: never txt-missing or tlsrpt-missing here.
 */
export const lintLoose = (loose: readonly LooseRecords[], severities: Severities): Finding[] =>
  loose.flatMap(set => {
    const opts = { severities, ...(set.domain !== undefined && { domain: set.domain }) }
    const found =
      set.kind === 'sts'
        ? lintRecords(set.records, { ...opts, origin: 'repo' }).findings
        : lintTlsRpt(set.records, opts).findings
    return found.map(f => relocateInRecord(f, set.file, set.positions))
  })
