/** What every rule module is made of, and the contexts rules check. */
import type { Severity } from '../finding.js'
import type { ParsedPolicy } from '../policy/parse.js'
import type { Mode, PolicyFacts } from '../policy/effective.js'
import type { StsRRset } from '../record/sts.js'
import type { TlsRptRRset } from '../record/tlsrpt.js'
import type { GateContext } from '../gate/types.js'
import type { DnsFailure, LiveContext } from '../verify/types.js'
import type { PagesStep } from '../site/github-pages.js'
import type { JekyllConfig } from '../site/jekyll.js'
import type { Permalink } from '../site/front-matter.js'
import type { SiteRewrite } from '../site/rewrites.js'

/** What a rule looks at; the engine runs the rules of one target over one context. */
export type RuleTarget = 'policy' | 'record' | 'tlsrpt' | 'repo' | 'gate' | 'live'

export interface RuleMeta {
  /** Kebab-case, stable, never reused. */
  id: string
  severity: Severity
  target: RuleTarget
  /** One line, for `mta-sts-lint rules` and SARIF. */
  description: string
  /** The RFC section the rule enforces, e.g. "RFC 8461 3.2". */
  rfc: string
  /** The rule's documentation page. */
  docs: string
  /**
   * What the rule weighs a policy against beyond the file: the domain's MX hosts, the id of its
   * `_mta-sts` record. Such a rule runs once per domain a policy serves, with that domain's.
   */
  needs?: readonly DomainInputNeeded[]
}

/** Facts about one domain a policy rule may need (see RuleMeta.needs). */
export type DomainInputNeeded = 'mxHosts' | 'recordId' | 'domain'

export interface Report {
  message: string
  line?: number
  column?: number
  /** Overrides the rule's default severity for this finding (still subject to config). */
  severity?: Severity
  /**
   * The file the finding is about, relative to the root with `/`, when it is not the one the
   * rules run over (repo rules point at a CNAME, a workflow or a misplaced policy).
   */
  file?: string
  /**
   * The policy URL or DNS name a live finding is about, when it is not the one the rules run
   * over (id-mismatch points at the `_mta-sts` name, not at the policy URL).
   */
  url?: string
}

export type Reporter = (r: Report) => void

export interface PolicyContext {
  parsed: ParsedPolicy
  facts: PolicyFacts
  /** The effective mode, when the mode line is valid. */
  mode?: Mode
  /** The domain the policy serves, when known. */
  domain?: string
  /** The domain's MX host names, when known: enables mx-not-covered and mx-pattern-unused. */
  mxHosts?: readonly string[]
  /** The id of the domain's _mta-sts record, when known: compared with an `id:` line. */
  recordId?: string
  /** The repository keeps the domain's id on this policy's `id:` line, as its config says. */
  idKeptHere?: boolean
  /** Public Suffix List lookup; without it only single-label suffixes count as public. */
  isPublicSuffix?: (name: string) => boolean
}

export interface RecordContext {
  rrset: StsRRset
  /**
   * Where the records come from: `repo` when they are what a repository keeps (no record then
   * means the id gate cannot run, a notice), else what DNS answered.
   */
  origin?: 'repo' | 'dns'
  /** The domain, for messages. */
  domain?: string
  /**
   * Live: the name that holds the records when `_mta-sts.<domain>` is a CNAME (or a chain of
   * them), so messages name the record where it can be fixed.
   */
  owner?: string
  /**
   * Live: the lookup failed for another reason than NXDOMAIN or NODATA (SERVFAIL, a timeout, a
   * refusal), so no record could be read: senders getting that answer find no policy either.
   */
  lookupFailure?: DnsFailure
  /**
   * Repository: the file the config names as keeping the record, which holds none for the domain.
   */
  expectedIn?: string
  /**
   * Repository: a policy file no domain is known for, so no record of it can be looked for (and
   * the id gate cannot run for it).
   */
  policyWithoutDomain?: string
}

export interface TlsRptContext {
  rrset: TlsRptRRset
  /** The effective policy mode, which decides tlsrpt-missing's severity. */
  mode?: Mode
  /** The domain, for messages. */
  domain?: string
}

/** A policy file as repo rules see it: where it is, the domain it serves, how its site serves it. */
export interface RepoPolicy {
  file: string
  /** The domain it serves, when known and only one. */
  domain?: string
  /** The folder its site is published from, when it is not the one its path says. */
  siteRoot?: string
  /** The line its body starts on below Jekyll front matter (absent: no front matter). */
  bodyLine?: number
  /** The site does not run Jekyll (`.nojekyll`): the front matter is served with the body. */
  frontMatterServed?: true
  /** The permalink of its front matter: the URL path Jekyll serves it at. */
  permalink?: Permalink
  /** The host rule that answers the policy URL with this file. */
  servedBy?: SiteRewrite
  /** The file is named `.well-known`: the policy was written where a folder was meant. */
  wellKnownFile?: true
}

/**
 * The repository as repo rules see it: its file list, its small text files, and what its
 * workflows, Jekyll configs and host rules say (read by the loader, which alone loads the YAML
 * and TOML parsers).
 */
export interface RepoContext {
  /** Every file (posix, relative to the root), sorted; bounded, without node_modules, .git and the like. */
  files: readonly string[]
  /** A small text file's content; undefined when it is missing, too large or not text. */
  read(path: string): string | undefined
  /** The policies discovery found, with the domain each one serves when known. */
  policies: readonly RepoPolicy[]
  /** The root folder's name (the repository's name in a checkout), when known. */
  rootName?: string
  /**
   * Every step of the workflows GitHub runs (`.github/workflows/*.yml`) that runs a Pages
   * action, in file order, with positions.
   */
  pagesSteps: readonly PagesStep[]
  /**
   * The Jekyll config (`_config.yml`, else `_config.yaml`) of each policy's site folder, by file,
   * read; a config that is listed but too large or not text is missing here.
   */
  jekyllConfigs: ReadonlyMap<string, JekyllConfig>
  /**
   * The host rules (`_redirects`, `netlify.toml`, `vercel.json`) that answer the policy URL, in
   * file order, with positions.
   */
  rewrites: readonly SiteRewrite[]
  /** Routes that serve the policy from code: `app/.well-known/mta-sts.txt/`, `mta-sts.txt.ts`. */
  routes: readonly string[]
}

export interface ContextOf {
  policy: PolicyContext
  record: RecordContext
  tlsrpt: TlsRptContext
  repo: RepoContext
  /** One domain, base against head (the id gate). */
  gate: GateContext
  /** One domain as deployed: its live record, the policy served and its certificate. */
  live: LiveContext
}

export interface Rule<T extends RuleTarget = RuleTarget> {
  meta: RuleMeta & { target: T }
  check(ctx: ContextOf[T], report: Reporter): void
}
