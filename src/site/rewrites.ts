/**
 * Host rules that answer the policy URL with another file of the site: a Netlify or Cloudflare
 * Pages `_redirects` line, a Netlify `netlify.toml` `[[redirects]]` table, a Vercel `vercel.json`
 * `rewrites`/`redirects` entry. Status 200 is a rewrite: the host serves the other file at the
 * policy URL. Any 3xx is a redirect, which senders never follow (RFC 8461 3.3). Netlify keeps
 * dot-folders out of some deploys, and its documented way around is such a rewrite, so sites
 * there often keep the policy as `mta-sts.txt` beside a `_redirects` file.
 *
 * Pure: the caller reads the files (netlify.toml parsed by a TOML library it loads).
 */
import { sitePath } from './folders.js'
import { POLICY_FILE, WELL_KNOWN_DIR, WELL_KNOWN_URL_PATH } from './well-known.js'

export type RewriteHost = 'netlify' | 'cloudflare' | 'netlify-or-cloudflare' | 'vercel'

export interface SiteRewrite {
  /** The file holding the rule, relative to the root. */
  file: string
  host: RewriteHost
  /** 1-based position of the rule's source path (or of its status, when it has one to fix). */
  line: number
  column: number
  /** The source as written (a path, or a URL naming the host). */
  from: string
  /** The host the source names (`https://mta-sts.example.com/...`), lower case. */
  fromHost?: string
  /** The destination as written. */
  to: string
  /** 200 for a rewrite; a redirect's 3xx; what the host uses when none is written. */
  status: number
  /** The status was not written (the host's default applies). */
  defaultStatus?: true
  /** The file the policy URL is answered with, relative to the root, when it is a local path. */
  target?: string
  /** Netlify's `!`: the rule applies even where a file exists at the source path. */
  force?: true
}

/** The file names holding host rules. */
export const REWRITE_FILE_NAMES = ['_redirects', 'netlify.toml', 'vercel.json'] as const

const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1)
const dirName = (file: string): string => {
  const i = file.lastIndexOf('/')
  return i === -1 ? '' : file.slice(0, i)
}

/** True for a file that may hold host rules. */
export const isRewriteFile = (file: string): boolean =>
  (REWRITE_FILE_NAMES as readonly string[]).includes(baseName(file))

/** Text worth parsing: it names the `.well-known` folder. */
export const mayRewritePolicy = (text: string): boolean => text.includes(WELL_KNOWN_DIR)

/**
 * How a source pattern covers the policy URL: `exact`, or the name of the wildcard that captures
 * `mta-sts.txt` (`splat` for Netlify's `*`, `path` for Vercel's `:path*`); undefined otherwise.
 */
const coverage = (path: string): { capture?: string } | undefined => {
  const p = path.replace(/\/+$/, '')
  if (p === WELL_KNOWN_URL_PATH) return {}
  const rest = p.startsWith(`/${WELL_KNOWN_DIR}/`) ? p.slice(WELL_KNOWN_DIR.length + 2) : undefined
  if (rest === undefined) return undefined
  if (rest === '*') return { capture: 'splat' }
  const named = /^:([A-Za-z_]\w*)[*+]?$/.exec(rest)
  return named === null ? undefined : { capture: named[1] }
}

/** Splits `https://host/path` into its host and path; a path alone has no host. */
const splitUrl = (from: string): { host?: string; path: string } => {
  const m = /^(?:https?:)?\/\/([^/]+)(\/.*)?$/i.exec(from)
  if (m === null) return { path: from }
  return { host: m[1].toLowerCase(), path: m[2] ?? '/' }
}

/**
 * The repository file a local destination stands for, below the folder the site is published
 * from; undefined for an external URL.
 */
const targetOf = (
  siteRoot: string,
  to: string,
  capture: string | undefined
): string | undefined => {
  if (!to.startsWith('/') || to.startsWith('//')) return undefined
  let path = to.split(/[?#]/)[0]
  if (capture !== undefined) {
    path = path.replace(new RegExp(`:${capture}[*+]?`, 'g'), POLICY_FILE)
    if (capture === 'splat') path = path.replace(/:splat/g, POLICY_FILE)
  }
  if (path.endsWith('/')) return undefined
  const rel = path.replace(/^\/+/, '')
  return rel === '' ? undefined : sitePath(siteRoot, rel)
}

const rule = (
  base: Omit<SiteRewrite, 'fromHost' | 'target'>,
  siteRoot: string
): SiteRewrite | undefined => {
  const { host, path } = splitUrl(base.from)
  const covers = coverage(path)
  if (covers === undefined) return undefined
  const out: SiteRewrite = { ...base }
  if (host !== undefined) out.fromHost = host
  const target = targetOf(siteRoot, base.to, covers.capture)
  if (target !== undefined) out.target = target
  return out
}

/**
 * The rules of a `_redirects` file (Netlify, Cloudflare Pages) that cover the policy URL:
 * `from to [status][!] [conditions]`, `#` comments; without a status Netlify redirects with 301
 * and Cloudflare with 302. Paths are relative to the folder holding the file.
 */
export const redirectsFileRules = (
  file: string,
  text: string,
  host: RewriteHost = 'netlify-or-cloudflare'
): SiteRewrite[] => {
  const out: SiteRewrite[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '')
    const start = raw.search(/\S/)
    if (start === -1 || raw[start] === '#') continue
    const words: { text: string; column: number }[] = []
    for (const m of raw.matchAll(/\S+/g)) words.push({ text: m[0], column: (m.index ?? 0) + 1 })
    if (words.length < 2) continue
    const [from, to] = words
    // The status is the first word after the destination made of digits (Netlify puts query
    // parameters such as `id=:id` between them).
    const statusWord = words.slice(2).find(w => /^\d{3}!?$/.test(w.text))
    const status =
      statusWord === undefined
        ? host === 'cloudflare'
          ? 302
          : 301
        : Number(statusWord.text.slice(0, 3))
    const at = status === 200 || statusWord === undefined ? from : statusWord
    const r = rule(
      {
        file,
        host,
        line: i + 1,
        column: at.column,
        from: from.text,
        to: to.text,
        status,
        ...(statusWord === undefined && { defaultStatus: true as const }),
        ...(statusWord?.text.endsWith('!') === true && { force: true as const })
      },
      dirName(file)
    )
    if (r !== undefined) out.push(r)
  }
  return out
}

/** The line and column of `key = ` inside lines [from, to) of a text, if written there. */
const keyAt = (
  lines: readonly string[],
  key: string,
  from: number,
  to: number
): { line: number; column: number } | undefined => {
  const re = new RegExp(`^(\\s*)["']?${key}["']?\\s*=`)
  for (let i = from; i < to; i++) {
    const m = re.exec(lines[i])
    if (m !== null) return { line: i + 1, column: m[1].length + 1 }
  }
  return undefined
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * The `[[redirects]]` of a parsed `netlify.toml` that cover the policy URL. Paths are relative
 * to `[build] publish` (below the file's folder), else to the folder itself. Positions come
 * from the text: the n-th `[[redirects]]` header heads the n-th table.
 */
export const netlifyTomlRules = (file: string, data: unknown, text: string): SiteRewrite[] => {
  if (typeof data !== 'object' || data === null) return []
  const d = data as { build?: { publish?: unknown }; redirects?: unknown }
  const publish = str(d.build?.publish)
  const dir = dirName(file)
  const siteRoot =
    publish === undefined
      ? dir
      : sitePath(dir, publish.replace(/^\.\/?/, '').replace(/\/+$/, '')).replace(/\/$/, '')
  const tables = Array.isArray(d.redirects) ? (d.redirects as unknown[]) : []
  const lines = text.split('\n')
  const headers: number[] = []
  lines.forEach((l, i) => {
    if (/^\s*\[\[\s*redirects\s*\]\]/.test(l)) headers.push(i)
  })
  const out: SiteRewrite[] = []
  tables.forEach((t, n) => {
    if (typeof t !== 'object' || t === null) return
    const r = t as { from?: unknown; to?: unknown; status?: unknown; force?: unknown }
    const from = str(r.from)
    const to = str(r.to)
    if (from === undefined || to === undefined) return
    const status = typeof r.status === 'number' ? r.status : 301
    const head = headers[n]
    const end = headers[n + 1] ?? lines.length
    const at =
      head === undefined
        ? { line: 1, column: 1 }
        : ((status !== 200 ? keyAt(lines, 'status', head, end) : undefined) ??
          keyAt(lines, 'from', head, end) ?? { line: head + 1, column: 1 })
    const found = rule(
      {
        file,
        host: 'netlify',
        ...at,
        from,
        to,
        status,
        ...(typeof r.status !== 'number' && { defaultStatus: true as const }),
        ...(r.force === true && { force: true as const })
      },
      siteRoot
    )
    if (found !== undefined) out.push(found)
  })
  return out
}

/** Where a JSON string value is written (the first occurrence at or after `from`). */
const jsonValueAt = (
  text: string,
  key: string,
  value: string,
  from: number
): { index: number; line: number; column: number } | undefined => {
  const re = new RegExp(
    `"${key}"\\s*:\\s*${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`,
    'g'
  )
  re.lastIndex = from
  const m = re.exec(text)
  if (m === null) return undefined
  const before = text.slice(0, m.index)
  const line = before.split('\n').length
  return { index: m.index + m[0].length, line, column: m.index - before.lastIndexOf('\n') }
}

/**
 * The `rewrites` and `redirects` of a `vercel.json` that cover the policy URL (a redirect is 308
 * unless `permanent: false` (307) or a `statusCode` says otherwise); none when it is not JSON.
 */
export const vercelJsonRules = (file: string, text: string): SiteRewrite[] => {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return []
  }
  if (typeof data !== 'object' || data === null) return []
  const d = data as { rewrites?: unknown; redirects?: unknown }
  const dir = dirName(file)
  const out: SiteRewrite[] = []
  let cursor = 0
  const entries: [unknown, boolean][] = [
    ...(Array.isArray(d.rewrites) ? d.rewrites.map(e => [e, false] as [unknown, boolean]) : []),
    ...(Array.isArray(d.redirects) ? d.redirects.map(e => [e, true] as [unknown, boolean]) : [])
  ]
  for (const [e, redirect] of entries) {
    if (typeof e !== 'object' || e === null) continue
    const r = e as {
      source?: unknown
      destination?: unknown
      permanent?: unknown
      statusCode?: unknown
    }
    const from = str(r.source)
    const to = str(r.destination)
    if (from === undefined || to === undefined) continue
    const status = !redirect
      ? 200
      : typeof r.statusCode === 'number'
        ? r.statusCode
        : r.permanent === false
          ? 307
          : 308
    const at = jsonValueAt(text, 'source', from, cursor) ?? jsonValueAt(text, 'source', from, 0)
    if (at !== undefined) cursor = at.index
    const found = rule(
      {
        file,
        host: 'vercel',
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        from,
        to,
        status,
        ...(redirect && typeof r.statusCode !== 'number' && { defaultStatus: true as const })
      },
      dir
    )
    if (found !== undefined) out.push(found)
  }
  return out.sort((a, b) => a.line - b.line)
}

/** What a host calls itself in messages. */
export const hostName = (host: RewriteHost): string =>
  host === 'netlify'
    ? 'Netlify'
    : host === 'cloudflare'
      ? 'Cloudflare Pages'
      : host === 'vercel'
        ? 'Vercel'
        : 'Netlify or Cloudflare Pages'
