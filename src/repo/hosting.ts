/**
 * The repository as the repo rules (pages-jekyll, policy-location) see it: the file list, walked
 * once, small text files read on demand, and what the site's YAML files say. What those files
 * mean is src/site's business; this module reads them, and loads the YAML parser (300 kB) only
 * when the repository has a workflow naming a Pages action or a Jekyll config beside a policy.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { RepoContext, RepoPolicy } from '../rules/types.js'
import { SKIP_DIRS } from '../site/folders.js'
import { isWorkflow, mayRunPages, pagesSteps, type PagesStep } from '../site/github-pages.js'
import { jekyllConfigFile, readJekyllConfig, type JekyllConfig } from '../site/jekyll.js'
import { isPolicyPath, wellKnownSite } from '../site/well-known.js'
import { discoverSite, type SiteFacts, type SitePolicy } from './site-files.js'
/** Bounds of the file list: a huge tree costs at most this. */
export const MAX_FILES = 50_000
export const MAX_DEPTH = 10
/** `read()` returns files up to this size: workflows, CNAME, _config.yml, policies. */
export const MAX_READ_BYTES = 256 * 1024

export interface FileList {
  /** Posix paths relative to the root, sorted. */
  files: string[]
  /** True when a bound cut the list short. */
  truncated: boolean
}

/** Every file below the root (symbolic links not followed), without SKIP_DIRS, bounded. */
export const listFiles = (
  root: string,
  opts: { maxFiles?: number; maxDepth?: number } = {}
): FileList => {
  const maxFiles = opts.maxFiles ?? MAX_FILES
  const maxDepth = opts.maxDepth ?? MAX_DEPTH
  const files: string[] = []
  let truncated = false
  // Synchronous on purpose: thousands of folders walked one after another cost a thread-pool
  // round trip each when asynchronous, and nothing else runs meanwhile.
  const walk = (rel: string, depth: number): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (files.length >= maxFiles) {
        truncated = true
        return
      }
      const child = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) {
        if (depth < maxDepth) walk(child, depth + 1)
        else truncated = true
      } else if (e.isFile()) files.push(child)
    }
  }
  walk('', 0)
  return { files: files.sort(), truncated }
}

type Policies = RepoContext['policies']

/**
 * What the YAML files of the site say: the Pages steps of the workflows, and the Jekyll config
 * of each policy's site folder. The `yaml` package is loaded only when there is one to read.
 */
const readSiteYaml = async (
  files: readonly string[],
  read: (file: string) => string | undefined,
  policies: Policies
): Promise<Pick<RepoContext, 'pagesSteps' | 'jekyllConfigs'>> => {
  const workflows: [string, string][] = []
  for (const file of files) {
    if (!isWorkflow(file)) continue
    const text = read(file)
    if (text !== undefined && mayRunPages(text)) workflows.push([file, text])
  }
  const known = new Set(files)
  const configs = new Map<string, string>()
  for (const p of policies) {
    const site = p.siteRoot ?? wellKnownSite(p.file)
    const file = site === undefined ? undefined : jekyllConfigFile(known, site)
    const text = file === undefined ? undefined : read(file)
    if (file !== undefined && text !== undefined) configs.set(file, text)
  }
  const steps: PagesStep[] = []
  const jekyllConfigs = new Map<string, JekyllConfig>()
  if (workflows.length > 0 || configs.size > 0) {
    const yaml = await import('yaml')
    for (const [file, text] of workflows) steps.push(...pagesSteps(yaml, file, text))
    for (const [file, text] of configs) jekyllConfigs.set(file, readJekyllConfig(yaml, file, text))
  }
  return { pagesSteps: steps, jekyllConfigs }
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/** A policy as repo rules see it, with what its site knows of it. */
export const repoPolicy = (
  p: { file: string; domain?: string },
  site: SitePolicy | undefined
): RepoPolicy => {
  if (site === undefined) return p
  const out: RepoPolicy = { ...p, siteRoot: site.siteRoot }
  if (site.bodyLine !== undefined) out.bodyLine = site.bodyLine
  if (site.frontMatterServed === true) out.frontMatterServed = true
  if (site.permalink !== undefined) out.permalink = site.permalink
  if (site.servedBy !== undefined) out.servedBy = site.servedBy
  if (site.wellKnownFile === true) out.wellKnownFile = true
  return out
}

/** The site facts given, else read now; the policies with them. */
const withSite = async (
  files: readonly string[],
  read: (file: string) => string | undefined,
  policies: Policies | undefined,
  site: Pick<SiteFacts, 'rewrites' | 'routes'> | undefined
): Promise<Pick<RepoContext, 'policies' | 'rewrites' | 'routes'>> => {
  if (site !== undefined && policies !== undefined) {
    return { policies, rewrites: site.rewrites, routes: site.routes }
  }
  const facts = await discoverSite(files, f => Promise.resolve(read(f)))
  const found: Policies =
    policies ?? files.filter(f => isPolicyPath(f) || facts.policies.has(f)).map(file => ({ file }))
  return {
    policies: found.map(p =>
      p.siteRoot === undefined ? repoPolicy(p, facts.policies.get(p.file)) : p
    ),
    rewrites: facts.rewrites,
    routes: facts.routes
  }
}

/**
 * The context repo rules check: the file list, `read()` for small UTF-8 files of that list
 * (anything else reads as undefined; paths outside the list are never opened), and what the
 * site's workflows and Jekyll configs say.
 */
export const loadRepoContext = async (
  root: string,
  policies: Policies,
  opts: {
    maxFiles?: number
    maxDepth?: number
    files?: readonly string[]
    /** What discovery read of the sites' host rules and routes (read again when not given). */
    site?: Pick<SiteFacts, 'rewrites' | 'routes'>
  } = {}
): Promise<RepoContext> => {
  // The caller's listing, when it has one: the tree is walked once per run.
  const files = opts.files ?? listFiles(root, opts).files
  const known = new Set(files)
  const cache = new Map<string, string | undefined>()
  const read = (file: string): string | undefined => {
    if (!known.has(file)) return undefined
    if (cache.has(file)) return cache.get(file)
    let text: string | undefined
    try {
      const abs = path.join(root, file)
      if (statSync(abs).size <= MAX_READ_BYTES) text = decoder.decode(readFileSync(abs))
    } catch {
      text = undefined
    }
    cache.set(file, text)
    return text
  }
  const sited = await withSite(files, read, policies, opts.site)
  return {
    files,
    read,
    ...sited,
    rootName: path.basename(path.resolve(root)),
    ...(await readSiteYaml(files, read, sited.policies))
  }
}

/**
 * A context over files held in memory (tests, documentation examples). Without `policies`, the
 * policies are the files discovery would find (every `.well-known/mta-sts.txt`, a root
 * `mta-sts.txt`, pages whose permalink is the policy URL, files a host rule serves there), with
 * no domain.
 */
export const repoFromFiles = async (
  files: Readonly<Record<string, string>>,
  opts: { policies?: Policies; rootName?: string } = {}
): Promise<RepoContext> => {
  const list = Object.keys(files).sort()
  const read = (f: string): string | undefined => (Object.hasOwn(files, f) ? files[f] : undefined)
  const sited = await withSite(list, read, opts.policies, undefined)
  const ctx: RepoContext = {
    files: list,
    read,
    ...sited,
    ...(await readSiteYaml(list, read, sited.policies))
  }
  if (opts.rootName !== undefined) ctx.rootName = opts.rootName
  return ctx
}

/**
 * Files written one after the other, each under a `==> path <==` line (the format of
 * `head file1 file2`), as documentation examples show a repository. Text before the first
 * header is ignored; a file's text ends with a newline unless it is empty.
 */
export const parseFileListing = (text: string): Record<string, string> => {
  const out: Record<string, string> = {}
  let current: string | undefined
  let lines: string[] = []
  const flush = (): void => {
    if (current === undefined) return
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
    out[current] = lines.length === 0 ? '' : `${lines.join('\n')}\n`
  }
  for (const line of text.split('\n')) {
    const m = /^==> (.+) <==$/.exec(line)
    if (m !== null) {
      flush()
      current = m[1]
      lines = []
    } else lines.push(line)
  }
  flush()
  return out
}
