/**
 * The repository as the linter sees it, at one commit: which policies it commits, which domains
 * they serve, and where each domain's `_mta-sts` record (its id), MX hosts and TLS-RPT record
 * are kept. Built the same way from the working tree and from the base commit, through a
 * FileView, so the gate compares like with like.
 */
import path from 'node:path'
import { domainFromHost } from '../site/policy-host.js'
import { cnameDomain } from '../site/github-pages.js'
import { isPolicyPath, POLICY_FILE } from '../site/well-known.js'
import { idOf } from '../record/sts.js'
import { validDomain } from '../domain-name.js'
import { discoverSite, type SiteFacts } from './site-files.js'
import type { Config, LoadedConfig } from './config.js'
import {
  detectFormat,
  linkSources,
  loadParser,
  parseSource,
  placeOf,
  type DnsRecord,
  type RecordPlace,
  type SourceFile
} from './sources/index.js'

/** Read access to one state of the repository (working tree or a commit). */
export interface FileView {
  /** Every file path, posix, relative to the root. */
  list(): Promise<readonly string[]>
  /** A file's bytes; null when it does not exist (or is too large to be a source). */
  read(path: string): Promise<Uint8Array | null>
}

/** Files larger than this are not policies, zones or configs worth reading. */
export const MAX_SOURCE_BYTES = 1024 * 1024
/** Bounds the files read to look for DNS records in a large repository. */
const MAX_SOURCE_CANDIDATES = 2000

/** Where a domain's id comes from, with the text to lint and the place to point at. */
export interface IdSource {
  kind: 'config' | 'policy' | SourceFile['format']
  /** The file keeping it, relative to the root. */
  file: string
  line?: number
  column?: number
  /** The `_mta-sts` TXT records as kept (one RRset). */
  records: string[]
  /** Positions of those records in `file` (same order), with where their characters are. */
  positions: RecordPlace[]
  /** The id in effect, when readable. */
  id?: string
  /** True when the id is computed from the policy content: it changes with it by itself. */
  computed?: boolean
  /** Where the id's characters are, for `bump` (file may differ: a tfvars file). */
  span?: { file: string; start: number; end: number }
  /** `_mta-sts` is a CNAME: the record is delegated and kept elsewhere. */
  delegatedTo?: string
  /** The records hold expressions the linter cannot evaluate (Terraform, DNSControl): not linted. */
  unevaluated?: boolean
  /** The records are a DNSControl variable's (`var MTA_STS = [...]`) that the zone includes. */
  group?: string
}

/**
 * The record of an id source that writes its id as an expression the repository gives no value
 * (`v=STSv1; id=${var.policy_id}`, no default, no .tfvars): set only when deploying, so neither
 * the gate nor bump can read it. Undefined for any other source.
 */
export const unreadIdRecord = (src: IdSource): string | undefined =>
  src.unevaluated === true &&
  src.id === undefined &&
  src.computed !== true &&
  src.delegatedTo === undefined
    ? (src.records.find(r => r.startsWith('v=STSv1')) ?? src.records[0])
    : undefined

export interface DomainModel {
  domain: string
  /** How the domain was found, for the report: config, CNAME, folder name, DNS records. */
  foundBy: string
  policyFile?: string
  idSource?: IdSource
  /** MX hosts for the offline coverage check, and where they come from. */
  mx?: { hosts: string[]; file: string; line?: number }
  /** `_smtp._tls` records; undefined when nothing in the repository could hold them. */
  tlsrpt?: {
    records: string[]
    file?: string
    line?: number
    column?: number
    /** Positions of the records in `file` (same order), when kept in a DNS source file. */
    positions?: RecordPlace[]
    /** The record is built from expressions (Terraform): present, but not linted. */
    unevaluated?: boolean
    /** `_smtp._tls` is a CNAME: the record is kept (and linted) at its target, not here. */
    delegatedTo?: string
  }
  /** A zone kept in the repository describes this domain (so a missing record means missing). */
  zoneKept: boolean
  /** Where the config names this domain. */
  configLine?: { file: string; line: number; column: number }
  /**
   * The config names a file as where the `_mta-sts` record is kept, and it holds none for the
   * domain: txt-missing as an error there (the id gate cannot run, and the config says it should).
   */
  recordExpected?: { file: string; at?: { file: string; line: number; column: number } }
}

/**
 * An `_mta-sts` or `_smtp._tls` RRset the repository keeps that no domain of the model claims:
 * the zone's domain is a name only the deployment knows (a Terraform `for_each`, a DNSControl
 * template), or another file keeps the domain's records too. Linked as written, where written.
 */
export interface LooseRecords {
  kind: 'sts' | 'tlsrpt'
  file: string
  /** The domain the owner names, when it names one. */
  domain?: string
  records: string[]
  positions: RecordPlace[]
}

export interface RepoModel {
  files: readonly string[]
  policies: { file: string; domains: string[] }[]
  /**
   * How the sites serve their policies beyond a plain `.well-known/mta-sts.txt`: front matter,
   * host rules, routes in code (site-files.ts).
   */
  site: SiteFacts
  domains: DomainModel[]
  /** Records no domain claims, linted on their own. */
  loose: LooseRecords[]
  /** Parsed DNS source files, by path. */
  sources: Map<string, SourceFile>
  /** Run-level notes (an ambiguous relative record, a bound reached). */
  notes: string[]
}

const decoder = new TextDecoder('utf-8', { fatal: false })
const text = (b: Uint8Array | null): string | undefined =>
  b === null ? undefined : decoder.decode(b)

/** File names that may keep DNS records; others are never read for them. */
const SOURCE_NAME = /(?:\.(?:zone|db|hosts|fwd|tf|ya?ml|[cm]?js|ts|txt)$|(?:^|\/)db\.[^/]+$)/i
/** Content a file must hold to be worth parsing as a DNS source. */
const SOURCE_HINT = /_mta-sts|_smtp\._tls/i
/** Script files that may bind names a DNSControl zone uses (a domain, records) in another file. */
const SCRIPT_NAME = /\.(?:[cm]?js|ts)$/i
/** Rounds of following names from file to file (each round follows one more link). */
const MAX_LINK_ROUNDS = 4

const dirOf = (f: string): string => {
  const d = path.posix.dirname(f)
  return d === '.' ? '' : d
}

/** The site root of a policy: the folder holding `.well-known` (or the root for `mta-sts.txt`). */
const siteRootOf = (policy: string): string => (policy === POLICY_FILE ? '' : dirOf(dirOf(policy)))

/**
 * The policy host a folder or repository name stands for: as written, less what clones and
 * downloads add (`mta-sts.example.com.git`, a bare clone; `mta-sts.example.com-main`, GitHub's
 * ZIP of a branch) and a Pages user site's suffix (`mta-sts.example.com.github.io`).
 */
const hostOfFolder = (name: string): string =>
  name
    .replace(/\.git$/i, '')
    .replace(/-(?:main|master)$/i, '')
    .replace(/\.github\.io$/i, '')

interface Layout {
  domain: string
  foundBy: string
}

const layoutDomain = async (
  view: FileView,
  files: ReadonlySet<string>,
  policy: string,
  rootName: string | undefined,
  facts: SiteFacts
): Promise<Layout | undefined> => {
  const page = facts.policies.get(policy)
  const site = page?.siteRoot ?? siteRootOf(policy)
  const cname = site === '' ? 'CNAME' : `${site}/CNAME`
  if (files.has(cname)) {
    const d = cnameDomain(text(await view.read(cname)) ?? '')
    if (d !== undefined) return { domain: d, foundBy: `CNAME file ${cname}` }
  }
  // A host rule written for the policy host's URL names the domain.
  const host = page?.servedBy?.fromHost
  const fromRule = host === undefined ? undefined : domainFromHost(host)
  if (fromRule !== undefined && page?.servedBy !== undefined) {
    return { domain: fromRule, foundBy: `host rule ${page.servedBy.file}:${page.servedBy.line}` }
  }
  const folders = policy.split('/').slice(0, -1).reverse()
  if (rootName !== undefined) folders.push(rootName)
  for (const f of folders) {
    const d = domainFromHost(hostOfFolder(f))
    if (d !== undefined) return { domain: d, foundBy: `folder name ${f}` }
  }
  return undefined
}

/** Reads and parses every file that may keep DNS records (bounded). */
const readSources = async (
  view: FileView,
  files: readonly string[],
  forced: ReadonlySet<string>,
  notes: string[]
): Promise<Map<string, SourceFile>> => {
  const sources = new Map<string, SourceFile>()
  const candidates = files.filter(
    f => forced.has(f) || (SOURCE_NAME.test(f) && !f.startsWith('.github/') && !isPolicyPath(f))
  )
  if (candidates.length > MAX_SOURCE_CANDIDATES) {
    notes.push(
      `${candidates.length} files could keep DNS records; only the first ${MAX_SOURCE_CANDIDATES} were read (name the record file in .mta-sts.yml)`
    )
  }
  const byDir = new Map<string, string[]>()
  for (const f of files) {
    if (!/\.(?:tf|tfvars)$/.test(f)) continue
    const d = dirOf(f)
    byDir.set(d, [...(byDir.get(d) ?? []), f])
  }
  /** Scripts without record text: they may still bind names other scripts use. */
  const scripts: string[] = []
  for (const f of candidates.slice(0, MAX_SOURCE_CANDIDATES)) {
    const t = text(await view.read(f))
    if (t === undefined) continue
    if (!forced.has(f) && !SOURCE_HINT.test(t)) {
      if (SCRIPT_NAME.test(f)) scripts.push(f)
      continue
    }
    const format = detectFormat(f, t)
    if (format === undefined) continue
    await loadParser(format)
    let siblings: Map<string, string> | undefined
    if (f.endsWith('.tf')) {
      siblings = new Map()
      for (const s of byDir.get(dirOf(f)) ?? []) {
        if (s === f) continue
        const st = text(await view.read(s))
        if (st !== undefined) siblings.set(path.posix.basename(s), st)
      }
    }
    const parsed = parseSource(f, t, siblings === undefined ? { format } : { format, siblings })
    if (parsed !== undefined) sources.set(f, parsed)
  }
  await readBoundNames(view, scripts, sources)
  for (const [f, linked] of linkSources(sources)) sources.set(f, linked)
  return sources
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * DNSControl scripts that keep no record text but bind a name a zone of another script needs:
 * `var DOMAIN = "example.com"` for `D(DOMAIN, ...)`, or a zone that includes `MTA_STS` declared
 * elsewhere. Only scripts naming such a name are parsed, a few rounds deep.
 */
const readBoundNames = async (
  view: FileView,
  scripts: readonly string[],
  sources: Map<string, SourceFile>
): Promise<void> => {
  const asked = new Set<string>()
  let left = scripts
  for (let round = 0; round < MAX_LINK_ROUNDS && left.length > 0; round++) {
    const wanted = new Set<string>()
    for (const s of sources.values()) {
      if (s.shared === undefined) continue
      for (const g of Object.keys(s.shared.groups)) wanted.add(g)
      for (const z of s.shared.zones)
        if (z.domain === undefined && z.domainRef) wanted.add(z.domainRef)
    }
    for (const n of asked) wanted.delete(n)
    if (wanted.size === 0) return
    for (const n of wanted) asked.add(n)
    const name = new RegExp(`(?<![\\w$])(?:${[...wanted].map(escapeRegExp).join('|')})(?![\\w$])`)
    const next: string[] = []
    for (const f of left) {
      const t = text(await view.read(f))
      if (t === undefined) continue
      if (!name.test(t)) {
        next.push(f)
        continue
      }
      const parsed = parseSource(f, t, { format: 'dnscontrol' })
      if (parsed !== undefined && (parsed.records.length > 0 || parsed.shared !== undefined))
        sources.set(f, parsed)
    }
    left = next
  }
}

/** The domains a set of DNS sources declares an `_mta-sts` record (TXT or CNAME) for. */
const domainsWithRecords = (sources: Map<string, SourceFile>): Map<string, string> => {
  const out = new Map<string, string>()
  for (const [file, s] of sources) {
    for (const r of s.records) {
      const m = /^_mta-sts\.(.+)$/.exec(r.owner)
      // A name built from an expression (`_mta-sts.${each.key}.example.com`) names no domain.
      const d = m === null ? undefined : validDomain(m[1])
      if (d !== undefined && (r.type === 'TXT' || r.type === 'CNAME')) {
        if (!out.has(d)) out.set(d, file)
      }
    }
  }
  return out
}

/**
 * A record whose text still holds an expression (`${...}`) from its source language, or was
 * filled in on a condition that may rule it out: its text is not what is published.
 */
export const unevaluated = (r: DnsRecord): boolean =>
  r.computed === true || r.conditional === true || r.value.includes('${')

/** MX hosts as written: a target built from an expression (`${each.value.host}`) is no host name. */
const mxHosts = (recs: readonly DnsRecord[]): DnsRecord[] =>
  recs.filter(r => !r.value.includes('${') && r.value !== '')

const idSourceFromRecords = (
  file: string,
  kind: IdSource['kind'],
  recs: readonly DnsRecord[]
): IdSource => {
  const cname = recs.find(r => r.type === 'CNAME')
  const txt = recs.filter(r => r.type === 'TXT')
  const first = txt[0] ?? cname
  const src: IdSource = {
    kind,
    file,
    records: txt.map(r => r.value),
    positions: txt.map(placeOf)
  }
  if (first !== undefined) {
    src.line = first.line
    src.column = first.column
  }
  if (cname !== undefined && txt.length === 0) src.delegatedTo = cname.value
  if (txt.some(unevaluated)) src.unevaluated = true
  const group = txt[0]?.group
  if (group !== undefined && txt.every(r => r.group === group)) src.group = group
  const sts = txt.filter(r => r.value.startsWith('v=STSv1'))
  const withId = sts.length === 1 ? sts[0] : txt.length === 1 ? txt[0] : undefined
  if (withId !== undefined) {
    const id = idOf(withId.value)
    // A computed id (md5 of the policy) is an expression, not an id to compare or lint.
    if (withId.computed === true) src.computed = true
    else if (id !== undefined && !id.includes('${')) src.id = id
    if (withId.idSpan !== undefined) {
      // idFile is a sibling's name (a tfvars file beside the .tf), not a path.
      const spanFile =
        withId.idFile === undefined ? file : path.posix.join(dirOf(file), withId.idFile)
      src.span = { file: spanFile, start: withId.idSpan[0], end: withId.idSpan[1] }
    }
  }
  return src
}

/**
 * Every record of every source, indexed by type and owner, so finding a domain's records costs
 * the same with a thousand zones as with one. Relative owners (files that do not say their
 * origin) count for any domain, as findRecord has it.
 */
class RecordIndex {
  readonly #absolute = new Map<string, { file: string; records: DnsRecord[] }[]>()
  readonly #relative = new Map<string, { file: string; records: DnsRecord[] }[]>()
  /** Each zone kept in the repository, and the first file that keeps it. */
  readonly zoneOrigins = new Map<string, string>()
  readonly #order = new Map<string, number>()

  constructor(readonly sources: Map<string, SourceFile>) {
    for (const [file, s] of sources) {
      if (
        s.origin !== undefined &&
        (s.format === 'bind' || s.format === 'octodns' || s.format === 'dnscontrol')
      ) {
        if (!this.zoneOrigins.has(s.origin)) this.zoneOrigins.set(s.origin, file)
      }
      for (const z of s.zones ?? []) if (!this.zoneOrigins.has(z)) this.zoneOrigins.set(z, file)
      this.#order.set(file, this.#order.size)
      const grouped = new Map<string, DnsRecord[]>()
      for (const r of s.records) {
        const key = `${r.type} ${r.owner}`
        const list = grouped.get(key)
        if (list === undefined) grouped.set(key, [r])
        else list.push(r)
      }
      // Every owner can be matched as written; in a file that does not say its origin, an
      // owner may also be relative to whichever domain is asked for.
      const targets = s.origin === undefined ? [this.#absolute, this.#relative] : [this.#absolute]
      for (const [key, records] of grouped) {
        // A variable's records belong to the zones that include them (their copies), not to
        // whichever domain is asked for.
        const relativeOk = !records.some(r => r.group !== undefined && r.scope !== undefined)
        for (const target of relativeOk ? targets : [this.#absolute]) {
          const list = target.get(key)
          if (list === undefined) target.set(key, [{ file, records }])
          else list.push({ file, records })
        }
      }
    }
  }

  /** The records of a type at `<name>.<domain>` in the first file that keeps any. */
  find(
    domain: string,
    type: DnsRecord['type'],
    name: string,
    only?: string
  ): { file: string; records: DnsRecord[] } | undefined {
    const absolute = name === '' ? domain : `${name}.${domain}`
    const pick = (list: { file: string; records: DnsRecord[] }[] | undefined) =>
      list?.find(e => only === undefined || e.file === only)
    const hits = [
      pick(this.#absolute.get(`${type} ${absolute}`)),
      pick(this.#relative.get(`${type} ${name}`))
    ]
    // Keep the sources' order: the first file that keeps any, as a reader would look.
    const [a, b] = hits
    if (a === undefined || b === undefined) return a ?? b
    return (this.#order.get(a.file) ?? 0) <= (this.#order.get(b.file) ?? 0) ? a : b
  }
}

export interface ModelOptions {
  loaded: LoadedConfig
  /** The repository's name (GITHUB_REPOSITORY's second part) or the root folder's name. */
  rootName?: string
}

export const buildModel = async (view: FileView, opts: ModelOptions): Promise<RepoModel> => {
  const config: Config = opts.loaded.config
  const files = [...(await view.list())].sort()
  const fileSet = new Set(files)
  const notes: string[] = []
  const domains = new Map<string, DomainModel>()
  const configLine = (d: string): DomainModel['configLine'] => {
    const p = opts.loaded.lineOf(['domains', d])
    return p === undefined || opts.loaded.file === undefined
      ? undefined
      : { file: opts.loaded.file, ...p }
  }
  const add = (domain: string, foundBy: string): DomainModel => {
    let m = domains.get(domain)
    if (m === undefined) {
      m = { domain, foundBy, zoneKept: false }
      const at = configLine(domain)
      if (at !== undefined) m.configLine = at
      domains.set(domain, m)
    }
    return m
  }

  // 1. Policies: discovered (with what their sites say of them), plus the ones the config names.
  const site = await discoverSite(files, async f => text(await view.read(f)))
  const policyFiles = files.filter(f => isPolicyPath(f) || site.policies.has(f))
  const listed = new Set(policyFiles)
  for (const [d, c] of Object.entries(config.domains)) {
    if (c.policy !== undefined && fileSet.has(c.policy) && !listed.has(c.policy)) {
      policyFiles.push(c.policy)
      listed.add(c.policy)
    }
    const m = add(d, 'the config file')
    if (c.policy !== undefined) {
      if (fileSet.has(c.policy)) m.policyFile = c.policy
    } else if (policyFiles.length === 1) m.policyFile = policyFiles[0]
  }
  // 2. Domains from the layout, for policies the config does not claim.
  const policiesClaimed = new Set([...domains.values()].map(d => d.policyFile))
  for (const p of policyFiles) {
    if (policiesClaimed.has(p)) continue
    const found = await layoutDomain(view, fileSet, p, opts.rootName, site)
    if (found !== undefined) {
      const m = add(found.domain, found.foundBy)
      m.policyFile ??= p
    }
  }
  // 3. DNS sources: every file that may keep records, plus the ones the config names.
  const forced = new Set<string>()
  for (const c of Object.values(config.domains)) {
    if (c.record !== undefined && fileSet.has(c.record) && !isPolicyPath(c.record))
      forced.add(c.record)
    if (c.tlsrpt !== undefined && 'file' in c.tlsrpt && fileSet.has(c.tlsrpt.file))
      forced.add(c.tlsrpt.file)
  }
  const sources = await readSources(
    view,
    files.filter(f => !site.policies.has(f)),
    forced,
    notes
  )
  for (const [d, file] of domainsWithRecords(sources)) {
    if (!domains.has(d)) add(d, `DNS records in ${file}`)
  }
  // One policy in the repository serves every domain that has no policy of its own.
  if (policyFiles.length === 1) {
    for (const m of domains.values()) {
      // A policy the config names but that is gone stays gone (a removal, for the gate).
      if (config.domains[m.domain]?.policy === undefined) m.policyFile ??= policyFiles[0]
    }
  }
  // A single domain owns the relative `_mta-sts` records of files that do not say their origin.
  const single = domains.size === 1 ? [...domains.keys()][0] : undefined
  const index = new RecordIndex(sources)
  /** Records some domain took (by file and position): every other one is linted on its own. */
  const claimed = new Set<string>()
  const claim = (file: string, recs: readonly DnsRecord[]): void => {
    for (const r of recs) claimed.add(recordKey(file, r))
  }

  // 4. Each domain's id source, MX hosts and TLS-RPT record.
  for (const m of domains.values()) {
    const c = config.domains[m.domain] ?? {}
    const d = m.domain
    const inFiles = (only?: string) =>
      index.find(d, 'TXT', '_mta-sts', only) ?? index.find(d, 'CNAME', '_mta-sts', only)
    if (c.id !== undefined) {
      const at = opts.loaded.lineOf(['domains', d, 'id'])
      m.idSource = {
        kind: 'config',
        file: opts.loaded.file ?? '.mta-sts.yml',
        records: [`v=STSv1; id=${c.id}`],
        positions: [{ line: at?.line ?? 1, column: at?.column ?? 1 }],
        id: c.id,
        ...(at !== undefined && { line: at.line, column: at.column })
      }
    } else if (c.record !== undefined && c.record === m.policyFile) {
      m.idSource = { kind: 'policy', file: c.record, records: [], positions: [] }
      const lines = text(await view.read(c.record))?.split('\n') ?? []
      const at = lines.findIndex(l => /^id\s*:/.test(l))
      if (at >= 0) {
        const value = /^id\s*:[ \t]*([^\s]*)/.exec(lines[at])
        m.idSource.line = at + 1
        m.idSource.column = lines[at].indexOf(value?.[1] ?? '', 3) + 1
        if (value?.[1]) m.idSource.id = value[1]
      }
    } else {
      const found = c.record !== undefined ? inFiles(c.record) : inFiles()
      if (found !== undefined) {
        const kind = sources.get(found.file)?.format ?? 'plain'
        m.idSource = idSourceFromRecords(found.file, kind, found.records)
        claim(found.file, found.records)
      } else if (single === d) {
        for (const [file, s] of sources) {
          if (s.origin !== undefined) continue
          const recs = s.records.filter(r => r.owner === '_mta-sts')
          if (recs.length > 0) {
            m.idSource = idSourceFromRecords(file, s.format, recs)
            claim(file, recs)
            break
          }
        }
      }
      if (c.record !== undefined && m.idSource === undefined) {
        const at = opts.loaded.lineOf(['domains', d, 'record'])
        const config = opts.loaded.file
        m.recordExpected = {
          file: c.record,
          ...(at !== undefined && config !== undefined && { at: { file: config, ...at } })
        }
      }
    }
    const mxFound = index.find(d, 'MX', '')
    const mxRecords = mxFound === undefined ? [] : mxHosts(mxFound.records)
    const mx =
      mxFound === undefined || mxRecords.length === 0
        ? undefined
        : { ...mxFound, records: mxRecords }
    if (c.mx !== undefined) {
      const at = opts.loaded.lineOf(['domains', d, 'mx'])
      m.mx = {
        hosts: c.mx,
        file: opts.loaded.file ?? '.mta-sts.yml',
        ...(at !== undefined && { line: at.line })
      }
    } else if (mx !== undefined) {
      m.mx = { hosts: mx.records.map(r => r.value), file: mx.file, line: mx.records[0].line }
    }
    m.zoneKept = index.zoneOrigins.has(d) || mx !== undefined
    if (c.tlsrpt !== undefined && 'record' in c.tlsrpt) {
      const at = opts.loaded.lineOf(['domains', d, 'tlsrpt'])
      const text = opts.loaded.textOf?.(['domains', d, 'tlsrpt'])
      m.tlsrpt = {
        records: [c.tlsrpt.record],
        ...(opts.loaded.file !== undefined && { file: opts.loaded.file }),
        ...(at !== undefined && { line: at.line, column: at.column }),
        ...(text !== undefined && { positions: [text] })
      }
    } else {
      const only = c.tlsrpt !== undefined && 'file' in c.tlsrpt ? c.tlsrpt.file : undefined
      const t = index.find(d, 'TXT', '_smtp._tls', only)
      const alias = t === undefined ? index.find(d, 'CNAME', '_smtp._tls', only) : undefined
      if (alias !== undefined) {
        // Delegated, like _mta-sts can be (a provider that hosts the reports' address).
        claim(alias.file, alias.records)
        const [first] = alias.records
        m.tlsrpt = {
          records: [],
          file: alias.file,
          line: first.line,
          column: first.column,
          delegatedTo: first.value
        }
      } else if (t !== undefined) {
        claim(t.file, t.records)
        m.tlsrpt = {
          records: t.records.map(r => r.value),
          file: t.file,
          line: t.records[0].line,
          column: t.records[0].column,
          positions: t.records.map(placeOf),
          // A record built from expressions cannot be judged from its text.
          ...(t.records.some(unevaluated) && { unevaluated: true })
        }
      } else if (m.zoneKept) {
        const zoneFile = mx?.file ?? m.idSource?.file ?? index.zoneOrigins.get(d)
        m.tlsrpt = { records: [], ...(zoneFile !== undefined && { file: zoneFile }) }
      }
    }
  }
  // Each policy with the domains it serves, grouped in one pass (thousands of both are fine).
  const served = new Map<string, string[]>(policyFiles.map(f => [f, []]))
  for (const d of domains.values()) {
    if (d.policyFile !== undefined) served.get(d.policyFile)?.push(d.domain)
  }
  const policies = policyFiles.map(file => ({ file, domains: served.get(file) ?? [] }))
  const loose = looseRecords(sources, claimed)
  return { files, policies, site, domains: [...domains.values()], loose, sources, notes }
}

const recordKey = (file: string, r: DnsRecord): string => `${file}\0${r.line}\0${r.column}`

/** The kind of record an owner holds: `_mta-sts[.<domain>]` or `_smtp._tls[.<domain>]`. */
export const looseKind = (
  owner: string
): { kind: LooseRecords['kind']; rest: string } | undefined => {
  const m = /^(_mta-sts|_smtp\._tls)(?:\.(.+))?$/.exec(owner)
  if (m === null) return undefined
  return { kind: m[1] === '_mta-sts' ? 'sts' : 'tlsrpt', rest: m[2] ?? '' }
}

/**
 * The `_mta-sts` and `_smtp._tls` TXT records no domain claimed, one RRset per file, owner and
 * scope. Records built from expressions are left out: their text is not what is published.
 */
const looseRecords = (
  sources: Map<string, SourceFile>,
  claimed: ReadonlySet<string>
): LooseRecords[] => {
  const sets = new Map<string, LooseRecords>()
  for (const [file, s] of sources) {
    for (const r of s.records) {
      if (r.type !== 'TXT' || claimed.has(recordKey(file, r)) || unevaluated(r)) continue
      const k = looseKind(r.owner)
      if (k === undefined) continue
      const key = `${file}\0${r.owner}\0${r.scope ?? ''}`
      let set = sets.get(key)
      if (set === undefined) {
        const domain = validDomain(k.rest)
        set = {
          kind: k.kind,
          file,
          records: [],
          positions: [],
          ...(domain !== undefined && { domain })
        }
        sets.set(key, set)
      }
      // The copies of a variable's record in each zone are one record as written.
      if (set.positions.some(p => p.line === r.line && p.column === r.column)) continue
      set.records.push(r.value)
      set.positions.push(placeOf(r))
    }
  }
  return [...sets.values()]
}
