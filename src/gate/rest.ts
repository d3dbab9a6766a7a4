/**
 * The REST fallback for base contents, for when git cannot reach the base (no .git folder, no
 * remote, a fetch refused): `repos.getContent` with `ref`. @actions/github is loaded only when
 * this source is first used, so runs that never need it do not pay for loading octokit.
 */
import type { getOctokit } from '@actions/github'
import { SourceError, type BaseFileSource } from './ports.js'

export interface RestOptions {
  owner: string
  repo: string
  /** The base commit (or a ref: a branch name works too). */
  sha: string
  token: string
  /** The API's base URL; default: GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string
  /** The root's path inside the repository (`site/`), when the linter's root is not its top. */
  pathPrefix?: string
  /** Bound for one request, in ms (default 30 s). */
  timeoutMs?: number
}

export interface RestBaseSource extends BaseFileSource {
  list(): Promise<string[]>
}

type Octokit = ReturnType<typeof getOctokit>

const DEFAULT_TIMEOUT = 30_000

const statusOf = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

/** The innermost cause's code (ECONNREFUSED, ENOTFOUND), which "fetch failed" leaves out. */
const rootCode = (e: unknown): string | undefined => {
  let code: string | undefined
  let cur = e as { code?: unknown; cause?: unknown } | undefined
  for (let depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
    if (typeof cur.code === 'string') code = cur.code
    cur = cur.cause as typeof cur
  }
  return code
}

const describe = (e: unknown): string => {
  const err = e as Error & { status?: number; response?: { data?: { message?: unknown } } }
  const apiMessage = err.response?.data?.message
  const code = rootCode(e)
  const text =
    typeof apiMessage === 'string'
      ? apiMessage
      : code === undefined || err.message.includes(code)
        ? err.message
        : `${err.message}: ${code}`
  // Octokit gives a refused connection status 500 too; only a server's answer has a status.
  return err.status === undefined || err.response === undefined
    ? text
    : `HTTP ${err.status}: ${text}`
}

/** A request failure as a SourceError; 404 is handled by the callers (it means "no file"). */
const toSourceError = (e: unknown, what: string): SourceError => {
  const status = statusOf(e)
  // The abort of AbortSignal.timeout, thrown as is or wrapped by octokit in a RequestError.
  const err = e as { name?: unknown; cause?: { name?: unknown } } | null
  const names = [err?.name, err?.cause?.name]
  if (names.includes('TimeoutError') || names.includes('AbortError')) {
    return new SourceError('timeout', `REST API: ${what} did not answer in time`)
  }
  if (status === 401 || status === 403) {
    return new SourceError(
      'auth',
      `REST API: ${what} was refused (${describe(e)}); the token needs contents: read`
    )
  }
  return new SourceError('failed', `REST API: ${what} failed (${describe(e)})`)
}

const decode = (content: string): Uint8Array => new Uint8Array(Buffer.from(content, 'base64'))

const normalise = (prefix: string, rel: string): string | undefined => {
  const norm = rel
    .replace(/\\/g, '/')
    .split('/')
    .filter(s => s !== '' && s !== '.')
  if (norm.includes('..') || norm.length === 0) return undefined
  const p = prefix.replace(/^\/+|\/+$/g, '')
  return p === '' ? norm.join('/') : `${p}/${norm.join('/')}`
}

/** Base contents through the REST API; see the module comment. */
export const restBaseSource = (opts: RestOptions): RestBaseSource => {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT
  let client: Promise<Octokit> | undefined
  const octokit = (): Promise<Octokit> => {
    client ??= import('@actions/github').then(gh =>
      gh.getOctokit(opts.token, opts.apiUrl === undefined ? {} : { baseUrl: opts.apiUrl })
    )
    return client
  }
  const request = () => ({ signal: AbortSignal.timeout(timeoutMs) })
  const prefix = opts.pathPrefix ?? ''
  const { owner, repo } = opts

  return {
    name: `REST API (${opts.sha.slice(0, 7)})`,
    read: async (rel: string) => {
      const path = normalise(prefix, rel)
      if (path === undefined) return null
      const gh = await octokit().catch((e: unknown) => {
        throw new SourceError('failed', `REST API unavailable: ${(e as Error).message}`)
      })
      let data: unknown
      try {
        data = (
          await gh.rest.repos.getContent({ owner, repo, path, ref: opts.sha, request: request() })
        ).data
      } catch (e) {
        if (statusOf(e) === 404) return null
        throw toSourceError(e, `GET contents/${path}`)
      }
      // A folder comes back as an array; links and submodules have other types: no file.
      if (Array.isArray(data)) return null
      const file = data as { type?: string; content?: string; encoding?: string; sha?: string }
      if (file.type !== 'file') return null
      if (file.encoding === 'base64' && typeof file.content === 'string')
        return decode(file.content)
      // Files over 1 MB come without content: fetch the blob itself.
      if (typeof file.sha !== 'string') {
        throw new SourceError('failed', `REST API: contents/${path} came without content`)
      }
      try {
        const blob = await gh.rest.git.getBlob({
          owner,
          repo,
          file_sha: file.sha,
          request: request()
        })
        return decode(blob.data.content)
      } catch (e) {
        throw toSourceError(e, `GET git/blobs/${file.sha}`)
      }
    },
    list: async () => {
      const gh = await octokit().catch((e: unknown) => {
        throw new SourceError('failed', `REST API unavailable: ${(e as Error).message}`)
      })
      let tree: { path?: string; type?: string }[]
      try {
        const r = await gh.rest.git.getTree({
          owner,
          repo,
          tree_sha: opts.sha,
          recursive: 'true',
          request: request()
        })
        if (r.data.truncated) {
          throw new SourceError(
            'failed',
            'REST API: the base tree is too large to list (the API truncated it)'
          )
        }
        tree = r.data.tree
      } catch (e) {
        if (e instanceof SourceError) throw e
        throw toSourceError(e, `GET git/trees/${opts.sha}`)
      }
      const p = prefix.replace(/^\/+|\/+$/g, '')
      const start = p === '' ? '' : `${p}/`
      return tree
        .filter(t => t.type === 'blob' && typeof t.path === 'string' && t.path.startsWith(start))
        .map(t => (t.path as string).slice(start.length))
        .sort()
    }
  }
}
