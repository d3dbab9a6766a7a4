/**
 * The pure linting core: parse, run the rules of a target, apply severity settings. No I/O.
 */
import type { Finding, Severity, SeveritySetting } from './finding.js'
import { notAPolicy } from './policy/not-policy.js'
import { parsePolicy, type ParsedPolicy } from './policy/parse.js'
import {
  effectivePolicy,
  isMode,
  policyFacts,
  type EffectivePolicy,
  type Mode,
  type PolicyFacts
} from './policy/effective.js'
import { isValidId, parseStsRRset, type StsRRset } from './record/sts.js'
import { extValueProblem, tagNameProblem } from './record/tags.js'
import { parseTlsRptRRset, type TlsRptRRset } from './record/tlsrpt.js'
import { rulesFor } from './rules/registry.js'
import type { ContextOf, Report, Rule, RuleTarget } from './rules/types.js'

/** More findings of one rule in one file help nobody; the rest are counted in one more. */
export const MAX_FINDINGS_PER_RULE = 100

export interface LintOptions {
  /** Per-rule severity settings; `off` disables a rule. */
  severities?: Readonly<Record<string, SeveritySetting>>
  /** Path relative to the root, recorded on every finding. */
  file?: string
  domain?: string
  /** The policy URL or DNS name recorded on every finding (live findings). */
  url?: string
}

export const runRules = <T extends RuleTarget>(
  target: T,
  ctx: ContextOf[T],
  opts: LintOptions = {},
  /** When given, only these rules run (e.g. policy-too-large alone on an oversized body). */
  only?: ReadonlySet<string>
): Finding[] => {
  const findings: Finding[] = []
  // One reporter for the whole run (it is called per finding; rules are many, findings few).
  let rule: Rule<T> | undefined
  let setting: Severity | undefined
  let count = 0
  const report = (r: Report): void => {
    count++
    if (count > MAX_FINDINGS_PER_RULE || rule === undefined) return
    const f: Finding = {
      rule: rule.meta.id,
      severity: setting ?? r.severity ?? rule.meta.severity,
      message: r.message
    }
    const file = r.file ?? opts.file
    if (file !== undefined) f.file = file
    if (r.line !== undefined) f.line = r.line
    if (r.column !== undefined) f.column = r.column
    if (opts.domain !== undefined) f.domain = opts.domain
    const url = r.url ?? opts.url
    if (url !== undefined) f.url = url
    findings.push(f)
  }
  const severities = opts.severities
  for (const r of rulesFor(target)) {
    if (only !== undefined && !only.has(r.meta.id)) continue
    const configured = severities === undefined ? undefined : severities[r.meta.id]
    if (configured === 'off') continue
    setting = configured
    rule = r
    count = 0
    r.check(ctx, report)
    if (count > MAX_FINDINGS_PER_RULE) {
      const extra: Finding = {
        rule: r.meta.id,
        severity: setting ?? r.meta.severity,
        message: `${count - MAX_FINDINGS_PER_RULE} more ${r.meta.id} findings are not listed`
      }
      if (opts.file !== undefined) extra.file = opts.file
      if (opts.domain !== undefined) extra.domain = opts.domain
      if (opts.url !== undefined) extra.url = opts.url
      findings.push(extra)
    }
  }
  return findings
}

/** A body over the size limit is reported by policy-too-large alone: senders read none of it. */
const OVERSIZED_ONLY: ReadonlySet<string> = new Set(['policy-too-large'])
/** Text that is plainly no policy (a page, prose) gets policy-syntax's one finding alone. */
const NOT_A_POLICY_ONLY: ReadonlySet<string> = new Set(['policy-syntax'])

export interface PolicyLintOptions extends LintOptions {
  /**
   * The number the text's first line has in its file: a page's body below the front matter the
   * site strips is linted as served, its findings at the file's own lines.
   */
  firstLine?: number
  mxHosts?: readonly string[]
  recordId?: string
  idKeptHere?: boolean
  isPublicSuffix?: (name: string) => boolean
}

export interface PolicyLint {
  findings: Finding[]
  parsed: ParsedPolicy
  facts: PolicyFacts
  mode?: Mode
  policy: EffectivePolicy
}

/** The effective policy is for reports and the gate: plain linting does not pay for it. */
class PolicyLintResult implements PolicyLint {
  #policy: EffectivePolicy | undefined
  constructor(
    readonly findings: Finding[],
    readonly parsed: ParsedPolicy,
    readonly facts: PolicyFacts,
    readonly mode: Mode | undefined
  ) {}

  get policy(): EffectivePolicy {
    return (this.#policy ??= effectivePolicy(this.facts))
  }
}

export const lintPolicy = (
  input: string | Uint8Array,
  opts: PolicyLintOptions = {}
): PolicyLint => {
  const parsed = parsePolicy(
    input,
    opts.firstLine === undefined ? {} : { firstLine: opts.firstLine }
  )
  const facts = policyFacts(parsed)
  const modeValue = facts.mode?.value
  const mode = modeValue !== undefined && isMode(modeValue) ? modeValue : undefined
  const findings = policyFindings({ parsed, facts, mode }, opts)
  return new PolicyLintResult(findings, parsed, facts, mode)
}

/**
 * The policy rules over a policy already parsed: again with more to go on (MX hosts, a record
 * id, the Public Suffix List) without reading the file twice; `only` limits the rules run.
 */
export const policyFindings = (
  lint: Pick<PolicyLint, 'parsed' | 'facts' | 'mode'>,
  opts: PolicyLintOptions = {},
  only?: ReadonlySet<string>
): Finding[] => {
  // Every key present, set or not: the rules then all see one object shape.
  const ctx: ContextOf['policy'] = {
    parsed: lint.parsed,
    facts: lint.facts,
    mode: lint.mode,
    domain: opts.domain,
    mxHosts: opts.mxHosts,
    recordId: opts.recordId,
    idKeptHere: opts.idKeptHere,
    isPublicSuffix: opts.isPublicSuffix
  }
  let rules = only
  const alone = lint.parsed.truncated
    ? OVERSIZED_ONLY
    : notAPolicy(lint.parsed) !== undefined
      ? NOT_A_POLICY_ONLY
      : undefined
  if (alone !== undefined) {
    rules = only === undefined ? alone : new Set([...only].filter(id => alone.has(id)))
  }
  return runRules('policy', ctx, opts, rules)
}

/** The record as the JSON report shows it: `v` and the effective id, when readable. */
export interface EffectiveRecord {
  v?: string
  id?: string
  /**
   * Every tag but `v` and `id`, name to value, the first occurrence of each name winning; a tag
   * whose name or value the grammar refuses is left out. Empty when no record is in effect.
   */
  extensions: Record<string, string>
}

export interface RecordLint {
  findings: Finding[]
  rrset: StsRRset
  record: EffectiveRecord
}

export const lintRecords = (
  texts: readonly string[],
  opts: LintOptions &
    Pick<
      ContextOf['record'],
      'origin' | 'owner' | 'lookupFailure' | 'expectedIn' | 'policyWithoutDomain'
    > = {}
): RecordLint => {
  const rrset = parseStsRRset(texts)
  const ctx: ContextOf['record'] = { rrset }
  if (opts.origin !== undefined) ctx.origin = opts.origin
  if (opts.domain !== undefined) ctx.domain = opts.domain
  if (opts.owner !== undefined) ctx.owner = opts.owner
  if (opts.lookupFailure !== undefined) ctx.lookupFailure = opts.lookupFailure
  if (opts.expectedIn !== undefined) ctx.expectedIn = opts.expectedIn
  if (opts.policyWithoutDomain !== undefined) ctx.policyWithoutDomain = opts.policyWithoutDomain
  const findings = runRules('record', ctx, opts)
  const record = {} as EffectiveRecord
  const extensions: Record<string, string> = {}
  const eff = rrset.effective
  // Only a record senders would read counts: not one with quotes or leading space, not STSv2.
  if (eff !== undefined && eff.version === 'STSv1' && eff.text.startsWith('v=STSv1')) {
    record.v = 'STSv1'
    if (eff.id !== undefined && isValidId(eff.id.value)) record.id = eff.id.value
    for (const t of eff.tags) {
      if (t.name === 'v' || t.name === 'id' || Object.hasOwn(extensions, t.name)) continue
      if (tagNameProblem(t.name) < 0 && extValueProblem(t.value) < 0) extensions[t.name] = t.value
    }
  }
  // Keys in report order: v, id, extensions.
  record.extensions = extensions
  return { findings, rrset, record }
}

export interface TlsRptLint {
  findings: Finding[]
  rrset: TlsRptRRset
}

export const lintTlsRpt = (
  texts: readonly string[],
  opts: LintOptions & { mode?: Mode } = {}
): TlsRptLint => {
  const rrset = parseTlsRptRRset(texts)
  const ctx: ContextOf['tlsrpt'] = { rrset }
  if (opts.mode !== undefined) ctx.mode = opts.mode
  if (opts.domain !== undefined) ctx.domain = opts.domain
  return { findings: runRules('tlsrpt', ctx, opts), rrset }
}
