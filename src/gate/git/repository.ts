/**
 * The opened repository: the folder git runs in, the root's place inside the repository, the
 * clone's shallow edge, and the base commit found locally or fetched from the remote. Paths
 * relative to the root are turned into paths from the repository's top and back here.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { SourceError } from '../ports.js'
import { CatFile } from './cat-file-reader.js'
import { git, gitSays, short } from './run-git.js'

export interface GitOptions {
  /** Bound for one local git command, in ms (default 30 s). */
  timeoutMs?: number
  /** Bound for one `git fetch`, in ms (default 120 s). */
  fetchTimeoutMs?: number
  /** The remote to fetch the base from (default `origin`). */
  remote?: string
}

const DEFAULT_TIMEOUT = 30_000
const DEFAULT_FETCH_TIMEOUT = 120_000

export interface Repo {
  /** The folder git runs in (the linter's root). */
  cwd: string
  /** The root's path inside the repository, with a final `/`, or '' at the top. */
  prefix: string
  /** The clone's `shallow` file (absolute; it may not exist). */
  shallowFile: string
  timeoutMs: number
  fetchTimeoutMs: number
  remote: string
  /** The object reader every read of this repository goes through. */
  cat: CatFile
}

/** The repository that holds `root`, with the root's prefix inside it (one `git rev-parse`). */
const openRepo = async (root: string, opts: GitOptions): Promise<Repo> => {
  try {
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder')
  } catch {
    throw new SourceError('not-a-repository', `${root} is not a folder`)
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT
  // The reader starts alongside rev-parse: finding the base commit is its first request.
  const cat = new CatFile(root, timeoutMs)
  cat.warm()
  const r = await git(
    root,
    ['rev-parse', '--show-prefix', '--git-path', 'shallow'],
    timeoutMs
  ).catch((e: unknown) => {
    cat.close()
    throw e
  })
  if (r.code !== 0) {
    cat.close()
    throw new SourceError(
      'not-a-repository',
      `${root} is not in a git repository (${gitSays(r.stderr)}); the id gate needs the checkout's .git folder, or a token for the REST API`
    )
  }
  // The prefix line, then the shallow file's path (relative to the root unless absolute).
  const lines = r.stdout.toString('utf8').replace(/\n$/, '').split('\n')
  const shallowFile = lines.pop() ?? ''
  return {
    cwd: root,
    prefix: lines.join('\n').trim(),
    shallowFile: path.resolve(root, shallowFile),
    timeoutMs,
    fetchTimeoutMs: opts.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT,
    remote: opts.remote ?? 'origin',
    cat
  }
}

/** As `git rev-parse --is-shallow-repository`: whether the shallow file is there. */
const isShallow = async (repo: Repo): Promise<boolean> =>
  stat(repo.shallowFile).then(
    () => true,
    () => false
  )

/** The commits at the edge of a shallow clone (their parents are missing). */
export const shallowCommits = async (repo: Repo): Promise<Set<string>> => {
  try {
    return new Set((await readFile(repo.shallowFile, 'utf8')).split('\n').filter(l => l !== ''))
  } catch {
    return new Set()
  }
}

/** The commit a revision names in the local clone, if it is there. */
const localCommit = async (repo: Repo, rev: string): Promise<string | undefined> => {
  const o = await repo.cat.read(`${rev}^{commit}`)
  return o?.type === 'commit' ? o.oid : undefined
}

/** What git says (on stderr) when the remote has no such commit or ref. */
const UNREACHABLE =
  /not our ref|couldn't find remote ref|no such remote ref|unadvertised object|not a valid object|remote error: upload-pack/i

/** A full commit id (SHA-1 or SHA-256), as opposed to a ref name. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/**
 * The commit `rev` names, fetching it from the remote when the clone lacks it: `--depth=1` on a
 * shallow clone, so only that commit comes (GitHub serves any commit by sha).
 */
const ensureCommit = async (
  repo: Repo,
  rev: string
): Promise<{ sha: string; fetched: boolean }> => {
  if (rev === '' || rev.startsWith('-') || [...rev].some(ch => ch <= ' ' || ch === '\x7f')) {
    throw new SourceError('failed', `${JSON.stringify(rev)} is not a revision`)
  }
  const local = await localCommit(repo, rev)
  if (local !== undefined) return { sha: local, fetched: false }
  const shallow = await isShallow(repo)
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet']
  if (shallow) args.push('--depth=1')
  args.push(repo.remote, rev)
  const f = await git(repo.cwd, args, repo.fetchTimeoutMs)
  const name = SHA.test(rev) ? `commit ${short(rev)}` : `ref ${JSON.stringify(rev)}`
  if (f.code !== 0) {
    const says = gitSays(f.stderr)
    if (UNREACHABLE.test(f.stderr)) {
      throw new SourceError(
        'unreachable',
        `the base ${name} is neither in the local clone nor on the remote "${repo.remote}" (a force-push can drop it): ${says}`
      )
    }
    throw new SourceError(
      'failed',
      `cannot fetch the base ${name} from the remote "${repo.remote}": ${says}`
    )
  }
  const sha = await localCommit(repo, SHA.test(rev) ? rev : 'FETCH_HEAD')
  if (sha === undefined) {
    throw new SourceError('unreachable', `the remote "${repo.remote}" did not send the ${name}`)
  }
  return { sha, fetched: true }
}

/** A path relative to the root, made relative to the top of the repository; undefined if it leaves the root. */
export const fullPath = (repo: Repo, rel: string): string | undefined => {
  const norm = path.posix.normalize(rel.replace(/\\/g, '/'))
  if (norm === '.' || norm.startsWith('../') || norm === '..' || path.posix.isAbsolute(norm)) {
    return undefined
  }
  return `${repo.prefix}${norm}`
}

/** The path of a repository file relative to the root (with `../` when it lies outside it). */
export const relPath = (repo: Repo, full: string): string =>
  full.startsWith(repo.prefix)
    ? full.slice(repo.prefix.length)
    : path.posix.relative(repo.prefix.replace(/\/$/, '') || '.', full)

/** Opens the repository that holds `root` and finds (or fetches) the base commit `rev` in it. */
export const openBase = async (
  root: string,
  rev: string,
  opts: GitOptions
): Promise<{ repo: Repo; sha: string; fetched: boolean }> => {
  const repo = await openRepo(root, opts)
  try {
    return { repo, ...(await ensureCommit(repo, rev)) }
  } catch (e) {
    repo.cat.close()
    throw e
  }
}
