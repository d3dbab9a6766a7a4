/**
 * The gate's git adapters: file contents at the base commit and a file's history, read with the
 * `git` binary (no shell, every call bounded in time). A shallow checkout (`fetch-depth: 1`, the
 * actions/checkout default) is handled by fetching the base commit itself and deepening history
 * a bounded number of commits when a file's history is cut short. Failures are returned typed,
 * never thrown past the factory functions; `read` and `versions` throw a SourceError.
 */
import { execFile } from 'node:child_process'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  SourceError,
  type BaseFileSource,
  type FileVersion,
  type HistorySource,
  type SourceResult
} from './ports.js'

export interface GitOptions {
  /** Bound for one local git command, in ms (default 30 s). */
  timeoutMs?: number
  /** Bound for one `git fetch`, in ms (default 120 s). */
  fetchTimeoutMs?: number
  /** The remote to fetch the base from (default `origin`). */
  remote?: string
}

export interface HistoryOptions extends GitOptions {
  /**
   * How far to deepen a shallow clone, step by step, when a file's history is cut short:
   * each number is one `git fetch --deepen=N` (default [100, 400]: at most 500 more commits).
   */
  deepen?: readonly number[]
}

export interface GitBaseSource extends BaseFileSource {
  /** The base commit the reads come from. */
  readonly sha: string
  /** True when the commit had to be fetched (it was not in the local clone). */
  readonly fetched: boolean
  list(): Promise<string[]>
}

const DEFAULT_TIMEOUT = 30_000
const DEFAULT_FETCH_TIMEOUT = 120_000
const DEFAULT_DEEPEN = [100, 400] as const
const MAX_BUFFER = 256 * 1024 * 1024

interface Run {
  code: number
  stdout: Buffer
  stderr: string
}

interface Repo {
  /** The folder git runs in (the linter's root). */
  cwd: string
  /** The root's path inside the repository, with a final `/`, or '' at the top. */
  prefix: string
  timeoutMs: number
  fetchTimeoutMs: number
  remote: string
}

const short = (sha: string): string => sha.slice(0, 7)

/** The last meaningful line of git's stderr, for a message. */
const gitSays = (stderr: string): string => {
  const lines = stderr
    .split('\n')
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('hint:'))
  const last = lines.find(l => /^(fatal|error):/.test(l)) ?? lines[lines.length - 1] ?? ''
  return last.replace(/^(fatal|error): /, '')
}

/** Runs git in `cwd`; resolves with the exit code, rejects only with a SourceError. */
const git = (
  cwd: string,
  args: readonly string[],
  timeoutMs: number,
  input?: string
): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_BUFFER,
        windowsHide: true,
        // Messages in English whatever the locale; never wait for a password prompt.
        env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' }
      },
      (err, stdout, stderr) => {
        const errText = stderr.toString('utf8')
        if (err === null) {
          resolve({ code: 0, stdout, stderr: errText })
          return
        }
        const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: unknown }
        const what = `git ${args[0] ?? ''}`
        if (e.code === 'ENOENT') {
          reject(new SourceError('git-missing', 'git is not installed (or not on PATH)'))
        } else if (e.killed === true) {
          reject(new SourceError('timeout', `${what} did not finish within ${timeoutMs / 1000} s`))
        } else if (typeof e.code === 'number') {
          resolve({ code: e.code, stdout, stderr: errText })
        } else {
          reject(new SourceError('failed', `${what} failed: ${e.message}`))
        }
      }
    )
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(input ?? '')
  })

const asSourceError = (e: unknown): SourceError =>
  e instanceof SourceError ? e : new SourceError('failed', (e as Error).message)

/** The repository that holds `root`, with the root's prefix inside it. */
const openRepo = async (root: string, opts: GitOptions): Promise<Repo> => {
  try {
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder')
  } catch {
    throw new SourceError('not-a-repository', `${root} is not a folder`)
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT
  const r = await git(root, ['rev-parse', '--show-prefix'], timeoutMs)
  if (r.code !== 0) {
    throw new SourceError(
      'not-a-repository',
      `${root} is not in a git repository (${gitSays(r.stderr)}); the id gate needs the checkout's .git folder, or a token for the REST API`
    )
  }
  return {
    cwd: root,
    prefix: r.stdout.toString('utf8').trim(),
    timeoutMs,
    fetchTimeoutMs: opts.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT,
    remote: opts.remote ?? 'origin'
  }
}

const isShallow = async (repo: Repo): Promise<boolean> => {
  const r = await git(repo.cwd, ['rev-parse', '--is-shallow-repository'], repo.timeoutMs)
  return r.code === 0 && r.stdout.toString('utf8').trim() === 'true'
}

/** The commits at the edge of a shallow clone (their parents are missing). */
const shallowCommits = async (repo: Repo): Promise<Set<string>> => {
  const r = await git(repo.cwd, ['rev-parse', '--git-path', 'shallow'], repo.timeoutMs)
  if (r.code !== 0) return new Set()
  const file = path.resolve(repo.cwd, r.stdout.toString('utf8').trim())
  try {
    return new Set((await readFile(file, 'utf8')).split('\n').filter(l => l !== ''))
  } catch {
    return new Set()
  }
}

/** The commit a revision names in the local clone, if it is there. */
const localCommit = async (repo: Repo, rev: string): Promise<string | undefined> => {
  const r = await git(
    repo.cwd,
    ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`],
    repo.timeoutMs
  )
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
}

const UNREACHABLE =
  /not our ref|couldn't find remote ref|no such remote ref|unadvertised object|not a valid object|remote error: upload-pack/i

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
const fullPath = (repo: Repo, rel: string): string | undefined => {
  const norm = path.posix.normalize(rel.replace(/\\/g, '/'))
  if (norm === '.' || norm.startsWith('../') || norm === '..' || path.posix.isAbsolute(norm)) {
    return undefined
  }
  return `${repo.prefix}${norm}`
}

/** The path of a repository file relative to the root (with `../` when it lies outside it). */
const relPath = (repo: Repo, full: string): string =>
  full.startsWith(repo.prefix)
    ? full.slice(repo.prefix.length)
    : path.posix.relative(repo.prefix.replace(/\/$/, '') || '.', full)

/** The regular file at `full` in `commit`, or null when there is none (absent, folder, link). */
const readAt = async (repo: Repo, commit: string, full: string): Promise<Uint8Array | null> => {
  const ls = await git(
    repo.cwd,
    ['--literal-pathspecs', 'ls-tree', '--full-tree', '-z', commit, '--', full],
    repo.timeoutMs
  )
  if (ls.code !== 0) {
    throw new SourceError(
      'failed',
      `cannot list ${full} at ${short(commit)}: ${gitSays(ls.stderr)}`
    )
  }
  for (const entry of ls.stdout.toString('utf8').split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry)
    if (m === null || m[4] !== full) continue
    if (m[2] !== 'blob' || m[1] === '120000') return null
    const cat = await git(repo.cwd, ['cat-file', 'blob', m[3]], repo.timeoutMs)
    if (cat.code !== 0) {
      throw new SourceError(
        'failed',
        `cannot read ${full} at ${short(commit)}: ${gitSays(cat.stderr)}`
      )
    }
    return new Uint8Array(cat.stdout)
  }
  return null
}

/**
 * Base file contents read with git. Fetches the base commit when the clone lacks it (shallow
 * checkouts). `rev` is a sha or a ref; a ref is looked up locally first, then on the remote.
 */
export const gitBaseSource = async (
  root: string,
  rev: string,
  opts: GitOptions = {}
): Promise<SourceResult<GitBaseSource>> => {
  try {
    const repo = await openRepo(root, opts)
    const { sha, fetched } = await ensureCommit(repo, rev)
    const source: GitBaseSource = {
      name: `git (${fetched ? 'fetched ' : ''}${short(sha)})`,
      sha,
      fetched,
      read: async (rel: string) => {
        const full = fullPath(repo, rel)
        return full === undefined ? null : readAt(repo, sha, full)
      },
      list: async () => {
        const args = ['--literal-pathspecs', 'ls-tree', '-r', '--full-tree', '-z', '--name-only']
        args.push(sha)
        if (repo.prefix !== '') args.push('--', repo.prefix)
        const r = await git(repo.cwd, args, repo.timeoutMs)
        if (r.code !== 0) {
          throw new SourceError(
            'failed',
            `cannot list the files of ${short(sha)}: ${gitSays(r.stderr)}`
          )
        }
        return r.stdout
          .toString('utf8')
          .split('\0')
          .filter(p => p !== '' && p.startsWith(repo.prefix))
          .map(p => p.slice(repo.prefix.length))
          .sort()
      }
    }
    return { ok: true, value: source }
  } catch (e) {
    return { ok: false, error: asSourceError(e) }
  }
}

interface LogEntry {
  commit: string
  date: Date
  /** The file's path (from the top of the repository) in that commit. */
  full: string
  deleted: boolean
}

/**
 * Parses `git log --follow --format=%x01%H %cI --name-status -z`: one chunk a commit, the header
 * ended by NUL, then status tokens (`M`, `A`, `D`, `R078` with two paths).
 */
const parseLog = (out: string, current: string): LogEntry[] => {
  const entries: LogEntry[] = []
  let path = current
  for (const chunk of out.split('\x01')) {
    if (chunk === '') continue
    const nul = chunk.indexOf('\0')
    const header = nul === -1 ? chunk : chunk.slice(0, nul)
    const m = /^([0-9a-f]+) (\S+)/.exec(header.trim())
    if (m === null) continue
    const tokens = (nul === -1 ? '' : chunk.slice(nul + 1)).replace(/^\n/, '').split('\0')
    let deleted = false
    let here = path
    let older = path
    for (let i = 0; i < tokens.length;) {
      const status = tokens[i]
      if (status === '' || status === '\n') {
        i++
        continue
      }
      if (/^[RC]/.test(status)) {
        // A rename: the file is `tokens[i + 2]` here and was `tokens[i + 1]` before.
        here = tokens[i + 2] ?? here
        older = tokens[i + 1] ?? older
        i += 3
      } else {
        here = tokens[i + 1] ?? here
        older = here
        deleted = status.startsWith('D')
        i += 2
      }
    }
    entries.push({ commit: m[1], date: new Date(m[2]), full: here, deleted })
    path = older
  }
  return entries
}

/** Reads `commit:path` for many entries with one `git cat-file --batch`. */
const readMany = async (repo: Repo, entries: LogEntry[]): Promise<(Uint8Array | null)[]> => {
  const wanted = entries.map(e => (e.deleted ? undefined : `${e.commit}:${e.full}`))
  const batchable = wanted.filter((w): w is string => w !== undefined && !w.includes('\n'))
  const found = new Map<string, Uint8Array | null>()
  if (batchable.length > 0) {
    const r = await git(
      repo.cwd,
      ['cat-file', '--batch'],
      repo.timeoutMs,
      `${batchable.join('\n')}\n`
    )
    if (r.code !== 0) {
      throw new SourceError('failed', `cannot read file history: ${gitSays(r.stderr)}`)
    }
    const out = r.stdout
    let pos = 0
    for (const name of batchable) {
      const eol = out.indexOf(0x0a, pos)
      if (eol === -1) break
      const header = out.toString('utf8', pos, eol)
      pos = eol + 1
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
      if (m === null) {
        found.set(name, null) // "<name> missing" or "ambiguous"
        continue
      }
      const size = Number(m[2])
      found.set(name, m[1] === 'blob' ? new Uint8Array(out.subarray(pos, pos + size)) : null)
      pos += size + 1
    }
  }
  const result: (Uint8Array | null)[] = []
  for (let i = 0; i < entries.length; i++) {
    const w = wanted[i]
    if (w === undefined) result.push(null)
    else if (found.has(w)) result.push(found.get(w) ?? null)
    else result.push(await readAt(repo, entries[i].commit, entries[i].full))
  }
  return result
}

/**
 * A file's history from the base commit, following renames. On a shallow clone whose history
 * stops before the file's first commit, deepens the clone step by step (bounded) and says
 * `complete: false` when that was not enough.
 */
export const gitHistory = async (
  root: string,
  base: string,
  opts: HistoryOptions = {}
): Promise<SourceResult<HistorySource>> => {
  let repo: Repo
  let sha: string
  try {
    repo = await openRepo(root, opts)
    sha = (await ensureCommit(repo, base)).sha
  } catch (e) {
    return { ok: false, error: asSourceError(e) }
  }
  const steps = opts.deepen ?? DEFAULT_DEEPEN
  let step = 0
  const versions: HistorySource['versions'] = async (rel, limit) => {
    const full = fullPath(repo, rel)
    if (full === undefined) throw new SourceError('failed', `${rel} is outside the root`)
    const max = Math.max(1, Math.floor(limit))
    for (;;) {
      const r = await git(
        repo.cwd,
        [
          '--literal-pathspecs',
          'log',
          '--follow',
          '-M',
          `-n${max + 1}`,
          '--format=%x01%H %cI',
          '--name-status',
          '-z',
          sha,
          '--',
          full
        ],
        repo.timeoutMs
      )
      if (r.code !== 0) {
        throw new SourceError('failed', `git log of ${rel} failed: ${gitSays(r.stderr)}`)
      }
      const entries = parseLog(r.stdout.toString('utf8'), full)
      const overLimit = entries.length > max
      const kept = entries.slice(0, max)
      const shallow = await shallowCommits(repo)
      // Complete when the oldest version is a real first commit of the file, not the edge of a
      // shallow clone (there git shows the file as added, whatever came before). A file with no
      // version at all did not exist from the edge to the base: nothing to deepen for.
      const oldest = entries[entries.length - 1]
      const cut = oldest !== undefined && shallow.has(oldest.commit)
      const done = async (complete: boolean, reason?: string) => {
        const contents = await readMany(repo, kept)
        const out: FileVersion[] = kept.map((e, i) => {
          const v: FileVersion = { commit: e.commit, date: e.date, content: contents[i] }
          const p = relPath(repo, e.full)
          if (p !== rel) v.path = p
          return v
        })
        return reason === undefined
          ? { versions: out, complete }
          : { versions: out, complete, reason }
      }
      if (overLimit) return done(false, `history was cut at ${max} versions`)
      if (!cut) return done(true)
      if (step >= steps.length) {
        const total = steps.reduce((a, b) => a + b, 0)
        return done(
          false,
          steps.length === 0
            ? 'the clone is shallow'
            : `the clone is shallow, and ${total} more commits did not reach the file's first commit`
        )
      }
      const f = await git(
        repo.cwd,
        [
          'fetch',
          '--no-tags',
          '--no-recurse-submodules',
          '--quiet',
          `--deepen=${steps[step]}`,
          repo.remote,
          sha
        ],
        repo.fetchTimeoutMs
      ).catch((e: unknown) => ({
        code: -1,
        stdout: Buffer.alloc(0),
        stderr: asSourceError(e).message
      }))
      step++
      if (f.code !== 0) {
        step = steps.length
        return done(false, `the clone is shallow and could not be deepened (${gitSays(f.stderr)})`)
      }
    }
  }
  // One call at a time: two `git fetch --deepen` at once would fight over the shallow file.
  let queue: Promise<unknown> = Promise.resolve()
  const serial: HistorySource['versions'] = (rel, limit) => {
    const next = queue.then(() => versions(rel, limit))
    queue = next.catch(() => undefined)
    return next
  }
  return { ok: true, value: { versions: serial } }
}
