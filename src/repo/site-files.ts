/**
 * How a repository's sites serve their policies beyond a plain `.well-known/mta-sts.txt`: pages
 * whose Jekyll front matter gives them the policy URL as permalink (the body below it is what is
 * served), host rules that rewrite the policy URL to another file (`_redirects`, `netlify.toml`,
 * `vercel.json`), routes that answer it from code, and a policy written into a file named
 * `.well-known`. What the files mean is src/site's business; this module reads them, and loads
 * the YAML parser only for a page that starts with front matter, the TOML parser only for a
 * `netlify.toml` that names `.well-known`.
 */
import { SKIP_DIRS } from '../site/folders.js'
import { JEKYLL_CONFIG_NAMES } from '../site/jekyll.js'
import {
  isPolicyPermalink,
  mayBePage,
  readFrontMatter,
  splitFrontMatter,
  type Permalink
} from '../site/front-matter.js'
import {
  isRewriteFile,
  mayRewritePolicy,
  netlifyTomlRules,
  redirectsFileRules,
  vercelJsonRules,
  type RewriteHost,
  type SiteRewrite
} from '../site/rewrites.js'
import { WELL_KNOWN_DIR, isPolicyPath, policyCodeRoute, wellKnownSite } from '../site/well-known.js'

/** Pages read to look for a policy permalink: a large documentation site costs at most this. */
export const MAX_PAGE_CANDIDATES = 1000

/** What the site knows of one policy file beyond its path. */
export interface SitePolicy {
  file: string
  /** The folder the site is published from (paths of the URL start there). */
  siteRoot: string
  /** The line the body starts on below front matter (absent: no front matter). */
  bodyLine?: number
  /** Where that body starts, in bytes of the file. */
  bodyByte?: number
  /** The site does not run Jekyll (`.nojekyll`): the front matter is served with the body. */
  frontMatterServed?: true
  /** The front matter's permalink. */
  permalink?: Permalink
  /** The host rule that answers the policy URL with this file. */
  servedBy?: SiteRewrite
  /** The file is named `.well-known`: the policy was written where a folder was meant. */
  wellKnownFile?: true
}

export interface SiteFacts {
  /** Every policy file the sites serve, or mean to, by path (plain ones only with front matter). */
  policies: Map<string, SitePolicy>
  /** The host rules that cover the policy URL, in file order. */
  rewrites: SiteRewrite[]
  /** Routes that serve the policy from code (a folder `.well-known/mta-sts.txt/`, a `mta-sts.txt.ts`). */
  routes: string[]
}

const baseName = (f: string): string => f.slice(f.lastIndexOf('/') + 1)
const dirName = (f: string): string => {
  const i = f.lastIndexOf('/')
  return i === -1 ? '' : f.slice(0, i)
}
const ancestors = (file: string): string[] => {
  const out: string[] = []
  for (let d = dirName(file); ; d = dirName(d)) {
    out.push(d)
    if (d === '') return out
  }
}
const inFolder = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`)

/** Text that is a policy rather than notes: `version: STSv1` and another field. */
export const looksLikePolicyText = (text: string | undefined): boolean =>
  text !== undefined &&
  /^\s*version\s*:\s*STSv1\s*$/im.test(text) &&
  /^\s*(mode|max_age|mx)\s*:/im.test(text)

/** Which host reads a `_redirects` file, from the other files beside it in the repository. */
const redirectsHost = (files: readonly string[]): RewriteHost => {
  if (files.some(f => baseName(f) === 'netlify.toml')) return 'netlify'
  if (files.some(f => /^wrangler\.(?:toml|jsonc?)$/.test(baseName(f)))) return 'cloudflare'
  return 'netlify-or-cloudflare'
}

/** A folder that a site generator never publishes (build output, dependencies, tooling). */
const unpublished = (file: string): boolean =>
  file
    .split('/')
    .slice(0, -1)
    .some(p => SKIP_DIRS.has(p) || p === '_site' || (p.startsWith('.') && p !== WELL_KNOWN_DIR))

/**
 * The sites' knowledge of their policies, read through `read` (text, or undefined when the file
 * cannot be read as text).
 */
export const discoverSite = async (
  files: readonly string[],
  read: (file: string) => Promise<string | undefined>
): Promise<SiteFacts> => {
  const known = new Set(files)
  const policies = new Map<string, SitePolicy>()
  const routes = [...new Set(files.flatMap(f => policyCodeRoute(f) ?? []))]

  // Host rules.
  const rewrites: SiteRewrite[] = []
  const host = redirectsHost(files)
  for (const file of files) {
    if (!isRewriteFile(file) || unpublished(file)) continue
    const text = await read(file)
    if (text === undefined || !mayRewritePolicy(text)) continue
    const name = baseName(file)
    if (name === '_redirects') rewrites.push(...redirectsFileRules(file, text, host))
    else if (name === 'vercel.json') rewrites.push(...vercelJsonRules(file, text))
    else {
      const { parse } = await import('smol-toml')
      let data: unknown
      try {
        data = parse(text)
      } catch {
        continue
      }
      rewrites.push(...netlifyTomlRules(file, data, text))
    }
  }
  for (const r of rewrites) {
    if (r.target === undefined || !known.has(r.target) || policies.has(r.target)) continue
    policies.set(r.target, { file: r.target, siteRoot: dirName(r.file), servedBy: r })
  }

  // A policy written into a file named .well-known.
  for (const file of files) {
    if (baseName(file) !== WELL_KNOWN_DIR || unpublished(file)) continue
    if (looksLikePolicyText(await read(file))) {
      policies.set(file, { file, siteRoot: dirName(file), wellKnownFile: true })
    }
  }

  // Pages with front matter: the policies discovery finds anyway, files named like the policy,
  // and in a Jekyll site any page (bounded).
  const jekyll = files.some(f => (JEKYLL_CONFIG_NAMES as readonly string[]).includes(baseName(f)))
  const named = (f: string): boolean => /mta[-_.]?sts/i.test(baseName(f))
  const pages = files.filter(f => !unpublished(f) && mayBePage(f) && !isPolicyPath(f))
  const candidates = [
    ...files.filter(isPolicyPath),
    ...[...policies.keys()],
    ...pages.filter(named),
    ...(jekyll ? pages.filter(f => !named(f)).slice(0, MAX_PAGE_CANDIDATES) : [])
  ]
  let yaml: typeof import('yaml') | undefined
  for (const file of new Set(candidates)) {
    const text = await read(file)
    if (text === undefined || splitFrontMatter(text) === undefined) continue
    yaml ??= await import('yaml')
    const fm = readFrontMatter(yaml, text)
    if (fm === undefined) continue
    const existing = policies.get(file)
    const permalink = fm.permalink
    const isPolicy =
      existing !== undefined ||
      isPolicyPath(file) ||
      (permalink !== undefined && isPolicyPermalink(permalink.path))
    if (!isPolicy) continue
    // Jekyll's site folder: the nearest one with a config or a .nojekyll, else the root.
    const root =
      ancestors(file).find(d =>
        [...JEKYLL_CONFIG_NAMES, '.nojekyll'].some(n => known.has(inFolder(d, n)))
      ) ??
      wellKnownSite(file) ??
      ''
    const served = known.has(inFolder(root, '.nojekyll'))
    policies.set(file, {
      ...(existing ?? { file, siteRoot: root }),
      bodyLine: fm.bodyLine,
      bodyByte: new TextEncoder().encode(text.slice(0, fm.bodyStart)).length,
      ...(served && { frontMatterServed: true as const }),
      ...(permalink !== undefined && { permalink })
    })
  }
  return { policies, rewrites, routes }
}

/**
 * The body of a page below its front matter, as bytes (the bytes as they are without one). A
 * site that serves the front matter too (no Jekyll) is told so once by pages-jekyll; the policy
 * below it is still linted as the body it is meant to be.
 */
export const policyBody = (bytes: Uint8Array, page: SitePolicy | undefined): Uint8Array =>
  page?.bodyByte === undefined ? bytes : bytes.subarray(Math.min(page.bodyByte, bytes.length))

const lossy = new TextDecoder('utf-8', { fatal: false })

/**
 * The body of one version of a page below its front matter, whatever that version's front
 * matter is (the gate compares what was served at each commit); the bytes without one.
 */
export const stripFrontMatter = (bytes: Uint8Array): Uint8Array => {
  if (bytes[0] !== 0x2d) return bytes
  const text = lossy.decode(bytes)
  const split = splitFrontMatter(text)
  if (split === undefined) return bytes
  return bytes.subarray(new TextEncoder().encode(text.slice(0, split.bodyStart)).length)
}
