/**
 * The gate's git adapters: file contents at the base commit and a file's history, read with the
 * `git` binary (no shell, every call bounded in time). A shallow checkout (`fetch-depth: 1`, the
 * actions/checkout default) is handled by fetching the base commit itself and deepening history
 * a bounded number of commits, and only when a file's history is asked for and cut short. Objects
 * are read through one long-lived `git cat-file --batch` per opened repository (started on the
 * first read, never keeping Node alive; `close()` ends it), so a read costs no process; in a large
 * listing, files `git diff` finds unchanged in the working tree are read from disk instead.
 * Failures are returned typed, never thrown past the factory functions; `read` and `versions`
 * throw a SourceError.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { lstatSync, readFileSync } from 'node:fs'
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
  sameAsWorktree(path: string): boolean
  /**
   * Ends the `git cat-file` process behind the reads (once the reads under way are answered).
   * Optional: a forgotten close never keeps Node alive. A later read starts a new process.
   */
  close(): void
}

export interface GitHistorySource extends HistorySource {
  /** As GitBaseSource.close (the two share the process when opened together). */
  close(): void
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
  /** The clone's `shallow` file (absolute; it may not exist). */
  shallowFile: string
  timeoutMs: number
  fetchTimeoutMs: number
  remote: string
  /** The object reader every read of this repository goes through. */
  cat: CatFile
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

// Messages in English whatever the locale; never wait for a password prompt.
const gitEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  LC_ALL: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GCM_INTERACTIVE: 'never'
})

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
        env: gitEnv()
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

/** An object as `git cat-file --batch` answers it. */
interface GitObject {
  oid: string
  type: string
  content: Buffer
}

interface Waiting {
  name: string
  resolve: (o: GitObject | null) => void
  reject: (e: SourceError) => void
  timer: NodeJS.Timeout
  /** Once the header is read: the object's id and type, the header's length and the content's. */
  head?: { oid: string; type: string; at: number; size: number }
}

/** Lets Node exit while the child (or one of its pipes) is still open. */
const unref = (x: { unref?: () => void } | null | undefined): void => x?.unref?.()

/**
 * One long-lived `git cat-file --batch`, started on the first request. Requests go one at a time
 * (`<name>\n`; the answer is `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` and the
 * like, read as null), each bounded by the timeout: a request that runs over kills the process
 * (the next one starts a new process) and throws a SourceError. The process and its pipes are
 * unref'd, so a reader never closed does not keep Node alive (git exits when its stdin closes).
 * A running reader also finds what a later `git fetch` brings (git scans its packs again when
 * an object is missing), so fetching needs no new process.
 */
class CatFile {
  private child: ChildProcessWithoutNullStreams | undefined
  private chunks: Buffer[] = []
  private buffered = 0
  private stderr = ''
  private waiting: Waiting | undefined
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly cwd: string,
    private readonly timeoutMs: number
  ) {}

  /** The object `name` names (an oid, `<commit>:<path>`, `<rev>^{commit}`); null when missing. */
  read(name: string): Promise<GitObject | null> {
    if (/[\n\r]/.test(name)) {
      return Promise.reject(new SourceError('failed', `cannot ask git for ${JSON.stringify(name)}`))
    }
    const next = this.queue.then(() => this.send(name))
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Starts the process now, ahead of the first request (git's start-up overlaps other work). */
  warm(): void {
    this.child ??= this.start()
  }

  /** Ends the process once the requests under way are answered; a later request starts anew. */
  close(): void {
    this.queue = this.queue.then(() => this.stop())
  }

  private stop(): void {
    const child = this.child
    this.child = undefined
    this.chunks = []
    this.buffered = 0
    if (child !== undefined) child.stdin.end()
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    this.child = child
    this.chunks = []
    this.buffered = 0
    this.stderr = ''
    const mine = (): boolean => this.child === child
    child.stdout.on('data', (chunk: Buffer) => {
      if (!mine()) return
      this.chunks.push(chunk)
      this.buffered += chunk.length
      this.parse()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (mine()) this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4096)
    })
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (!mine()) return
      this.fail(
        e.code === 'ENOENT'
          ? new SourceError('git-missing', 'git is not installed (or not on PATH)')
          : new SourceError('failed', `git cat-file failed: ${e.message}`)
      )
    })
    child.on('close', (code, signal) => {
      if (!mine()) return
      const says = gitSays(this.stderr)
      this.fail(
        new SourceError(
          'failed',
          `git cat-file ended (${signal ?? `exit code ${code ?? '?'}`})${says === '' ? '' : `: ${says}`}`
        )
      )
    })
    child.stdin.on('error', () => undefined)
    child.stdout.on('error', () => undefined)
    child.stderr.on('error', () => undefined)
    unref(child)
    unref(child.stdin as { unref?: () => void })
    unref(child.stdout as { unref?: () => void })
    unref(child.stderr as { unref?: () => void })
    return child
  }

  private send(name: string): Promise<GitObject | null> {
    return new Promise((resolve, reject) => {
      const child = this.child ?? this.start()
      const timer = setTimeout(() => {
        this.fail(
          new SourceError(
            'timeout',
            `git cat-file did not answer within ${this.timeoutMs / 1000} s (reading ${name})`
          )
        )
      }, this.timeoutMs)
      this.waiting = { name, resolve, reject, timer }
      child.stdin.write(`${name}\n`)
    })
  }

  /** Kills the process and rejects the request under way. */
  private fail(e: SourceError): void {
    const child = this.child
    this.child = undefined
    this.chunks = []
    this.buffered = 0
    child?.kill('SIGKILL')
    const w = this.waiting
    this.waiting = undefined
    if (w !== undefined) {
      clearTimeout(w.timer)
      w.reject(e)
    }
  }

  private settle(o: GitObject | null, used: number): void {
    const rest = this.joined().subarray(used)
    this.chunks = rest.length === 0 ? [] : [rest]
    this.buffered = rest.length
    const w = this.waiting as Waiting
    this.waiting = undefined
    clearTimeout(w.timer)
    w.resolve(o)
  }

  /** The buffered output as one buffer. */
  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)]
    return this.chunks[0]
  }

  /** Takes the answer to the request under way off the buffered output, once it is all there. */
  private parse(): void {
    const w = this.waiting
    if (w === undefined) return
    if (w.head === undefined) {
      const all = this.joined()
      const eol = all.indexOf(0x0a)
      if (eol === -1) return
      const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(all.toString('utf8', 0, eol))
      if (m === null) {
        // "<name> missing", "<name> ambiguous": no content follows.
        this.settle(null, eol + 1)
        return
      }
      const size = Number(m[3])
      if (size > MAX_BUFFER) {
        this.fail(new SourceError('failed', `${w.name} is too large to read (${size} bytes)`))
        return
      }
      w.head = { oid: m[1], type: m[2], at: eol + 1, size }
    }
    const { oid, type, at, size } = w.head
    if (this.buffered < at + size + 1) return
    const all = this.joined()
    this.settle({ oid, type, content: all.subarray(at, at + size) }, at + size + 1)
  }
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
const shallowCommits = async (repo: Repo): Promise<Set<string>> => {
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

/** A file's name and the object it points to, as a tree lists them. */
interface TreeEntry {
  mode: number
  oid: string
}

/** A tree object's entries by name (`<octal mode> <name>\0<raw oid>`, repeated). */
const parseTree = (tree: Buffer, oidBytes: number): Map<string, TreeEntry> => {
  const entries = new Map<string, TreeEntry>()
  let pos = 0
  while (pos < tree.length) {
    const sp = tree.indexOf(0x20, pos)
    const nul = sp === -1 ? -1 : tree.indexOf(0, sp + 1)
    if (nul === -1 || nul + 1 + oidBytes > tree.length) break
    entries.set(tree.toString('utf8', sp + 1, nul), {
      mode: parseInt(tree.toString('latin1', pos, sp), 8),
      oid: tree.toString('hex', nul + 1, nul + 1 + oidBytes)
    })
    pos = nul + 1 + oidBytes
  }
  return entries
}

const S_IFMT = 0o170000
const S_IFREG = 0o100000

/**
 * From this many files at the base on, one `git diff` tells which of them the working tree holds
 * unchanged, and those are read from disk: a few microseconds each instead of a request to
 * `git cat-file`. Below it, the extra git process costs more than it saves.
 */
export const WORKTREE_REUSE_FROM = 100

/**
 * The paths (from the repository's top) whose working-tree content differs from commit `sha`,
 * staged or not; undefined when git cannot say (no working tree). Untracked files count as
 * differing: they are not listed, and nothing decides they are equal.
 */
const worktreeChanges = async (repo: Repo, sha: string): Promise<Set<string> | undefined> => {
  // Run in the root with `.`: names come from the top (--no-relative), as ls-tree --full-tree's.
  const args = ['--literal-pathspecs', 'diff', '--no-relative', '--no-renames', '--no-ext-diff']
  args.push('--name-only', '-z', sha, '--', '.')
  const r = await git(repo.cwd, args, repo.timeoutMs).catch(() => undefined)
  if (r === undefined || r.code !== 0) return undefined
  return new Set(
    r.stdout
      .toString('utf8')
      .split('\0')
      .filter(p => p !== '')
  )
}

/** Base file reads and the listing for commit `sha`, through the repository's object reader. */
const baseSource = (repo: Repo, sha: string, fetched: boolean): GitBaseSource => {
  // The folders read so far, parsed (null: not a folder at the base).
  const trees = new Map<string, Promise<Map<string, TreeEntry> | null>>()
  const treeOf = (dir: string): Promise<Map<string, TreeEntry> | null> => {
    let t = trees.get(dir)
    if (t === undefined) {
      t = repo.cat
        .read(dir === '.' ? `${sha}^{tree}` : `${sha}:${dir}`)
        .then(o => (o?.type === 'tree' ? parseTree(o.content, o.oid.length / 2) : null))
      trees.set(dir, t)
      t.catch(() => trees.delete(dir))
    }
    return t
  }
  let listing: Promise<string[]> | undefined
  // Every entry below the root with its mode and object, once the listing has been read: a
  // read then costs one blob request instead of a tree and a blob.
  let entries: Map<string, TreeEntry> | undefined
  // Files the working tree holds as they are at the base (large listings only).
  let unchanged: ReadonlySet<string> | undefined
  const list = async (): Promise<string[]> => {
    const args = ['--literal-pathspecs', 'ls-tree', '-r', '--full-tree', '-z']
    args.push(sha)
    if (repo.prefix !== '') args.push('--', repo.prefix)
    const r = await git(repo.cwd, args, repo.timeoutMs)
    if (r.code !== 0) {
      throw new SourceError(
        'failed',
        `cannot list the files of ${short(sha)}: ${gitSays(r.stderr)}`
      )
    }
    const found = new Map<string, TreeEntry>()
    for (const line of r.stdout.toString('utf8').split('\0')) {
      const m = /^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s.exec(line)
      if (m === null || !m[3].startsWith(repo.prefix)) continue
      found.set(m[3], { mode: parseInt(m[1], 8), oid: m[2] })
    }
    entries = found
    if (found.size >= WORKTREE_REUSE_FROM) {
      const changed = await worktreeChanges(repo, sha)
      if (changed !== undefined) {
        unchanged = new Set(
          [...found]
            .filter(([p, e]) => (e.mode & S_IFMT) === S_IFREG && !changed.has(p))
            .map(([p]) => p)
        )
      }
    }
    return [...found.keys()].map(p => p.slice(repo.prefix.length)).sort()
  }
  const sameAsWorktree = (rel: string): boolean => {
    const full = fullPath(repo, rel)
    return full !== undefined && unchanged !== undefined && unchanged.has(full)
  }
  /** The file from the working tree, when git says it equals the base's; else undefined. */
  const fromWorktree = (full: string): Uint8Array | undefined => {
    if (unchanged === undefined || !unchanged.has(full)) return undefined
    try {
      // Not there after all (a sparse checkout), or not a file: the object store answers.
      const abs = path.join(repo.cwd, full.slice(repo.prefix.length))
      return lstatSync(abs).isFile() ? readFileSync(abs) : undefined
    } catch {
      return undefined
    }
  }
  return {
    name: `git (${fetched ? 'fetched ' : ''}${short(sha)})`,
    sha,
    fetched,
    read: async (rel: string) => {
      const full = fullPath(repo, rel)
      if (full === undefined || full.endsWith('/')) return null
      const dir = path.posix.dirname(full)
      // A folder name the line-based reader cannot carry: the slow way.
      if (/[\n\r]/.test(dir)) return readAt(repo, sha, full)
      // The entry says what it is: only a regular file has contents here (not a folder, a link
      // or a submodule). From the listing when it was read, else from the folder's tree.
      const entry =
        entries !== undefined
          ? entries.get(full)
          : (await treeOf(dir))?.get(path.posix.basename(full))
      if (entry === undefined || (entry.mode & S_IFMT) !== S_IFREG) return null
      const same = fromWorktree(full)
      if (same !== undefined) return same
      const blob = await repo.cat.read(entry.oid)
      if (blob?.type !== 'blob') {
        throw new SourceError('failed', `cannot read ${full} at ${short(sha)}: object missing`)
      }
      return new Uint8Array(blob.content)
    },
    sameAsWorktree,
    list: () => {
      listing ??= list()
      listing.catch(() => (listing = undefined))
      return listing.then(l => [...l])
    },
    close: () => repo.cat.close()
  }
}

/** Opens the repository that holds `root` and finds (or fetches) the base commit `rev` in it. */
const openBase = async (
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
    const { repo, sha, fetched } = await openBase(root, rev, opts)
    return { ok: true, value: baseSource(repo, sha, fetched) }
  } catch (e) {
    return { ok: false, error: asSourceError(e) }
  }
}

interface LogEntry {
  commit: string
  date: Date
  /** How many parents the commit has in this clone (none for a root commit or a shallow edge). */
  parents: number
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
    const m = /^([0-9a-f]+) (\S+)((?: [0-9a-f]+)*)/.exec(header.trim())
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
    entries.push({
      commit: m[1],
      date: new Date(m[2]),
      parents: m[3] === '' ? 0 : m[3].trim().split(' ').length,
      full: here,
      deleted
    })
    path = older
  }
  return entries
}

/** Reads `commit:path` for each entry (null for a deletion) through the repository's reader. */
const readMany = async (repo: Repo, entries: LogEntry[]): Promise<(Uint8Array | null)[]> => {
  const result: (Uint8Array | null)[] = []
  for (const e of entries) {
    if (e.deleted) result.push(null)
    else if (/[\n\r]/.test(e.full)) result.push(await readAt(repo, e.commit, e.full))
    else {
      const o = await repo.cat.read(`${e.commit}:${e.full}`)
      result.push(o?.type === 'blob' ? new Uint8Array(o.content) : null)
    }
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
): Promise<SourceResult<GitHistorySource>> => {
  try {
    const { repo, sha } = await openBase(root, base, opts)
    return { ok: true, value: historySource(repo, sha, opts) }
  } catch (e) {
    return { ok: false, error: asSourceError(e) }
  }
}

/**
 * The base source and the history source of one base, opened together: the repository is opened
 * and the base commit found (or fetched) once, and both read through one `git cat-file` process.
 * `close()` on either ends that process.
 */
export const gitSources = async (
  root: string,
  rev: string,
  opts: HistoryOptions = {}
): Promise<SourceResult<{ source: GitBaseSource; history: GitHistorySource }>> => {
  try {
    const { repo, sha, fetched } = await openBase(root, rev, opts)
    return {
      ok: true,
      value: { source: baseSource(repo, sha, fetched), history: historySource(repo, sha, opts) }
    }
  } catch (e) {
    return { ok: false, error: asSourceError(e) }
  }
}

/**
 * The history of files from commit `sha`; deepens a shallow clone only when a file asks for it.
 * Calls may run side by side (each `git log` is a process of its own); a deepening fetch runs
 * alone, since it rewrites the shallow file the logs are judged against.
 */
const historySource = (repo: Repo, sha: string, opts: HistoryOptions): GitHistorySource => {
  const steps = opts.deepen ?? DEFAULT_DEEPEN
  let step = 0
  // Logs under way, and the chain of deepening fetches (each waits for the logs before it).
  const logs = new Set<Promise<unknown>>()
  let deepening: Promise<unknown> = Promise.resolve()
  const shared = async <T>(task: () => Promise<T>): Promise<T> => {
    await deepening
    const p = task()
    logs.add(p)
    try {
      return await p
    } finally {
      logs.delete(p)
    }
  }
  const alone = <T>(task: () => Promise<T>): Promise<T> => {
    const p = deepening.then(async () => {
      await Promise.allSettled([...logs])
      return task()
    })
    deepening = p.catch(() => undefined)
    return p
  }
  /** Deepens once past `seen` (the step the caller's log ran at); false when it cannot. */
  const deepenPast = (seen: number): Promise<{ ok: true } | { ok: false; reason: string }> =>
    alone(async () => {
      // Another call deepened since that log ran: its log only needs running again.
      if (step > seen) return { ok: true }
      if (step >= steps.length) {
        const total = steps.reduce((a, b) => a + b, 0)
        return {
          ok: false,
          reason:
            steps.length === 0
              ? 'the clone is shallow'
              : `the clone is shallow, and ${total} more commits did not reach the file's first commit`
        }
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
      if (f.code !== 0) {
        step = steps.length
        return {
          ok: false,
          reason: `the clone is shallow and could not be deepened (${gitSays(f.stderr)})`
        }
      }
      step++
      return { ok: true }
    })
  /** The paths a commit renamed, new path → old, against its first parent (one diff a commit). */
  const renames = new Map<string, Promise<Map<string, string>>>()
  const renamesIn = (commit: string): Promise<Map<string, string>> => {
    let r = renames.get(commit)
    if (r === undefined) {
      r = git(
        repo.cwd,
        [
          'diff-tree',
          '-r',
          '-M',
          '--diff-filter=R',
          '--name-status',
          '--no-commit-id',
          '-z',
          commit
        ],
        repo.timeoutMs
      ).then(out => {
        if (out.code !== 0) {
          throw new SourceError(
            'failed',
            `git diff-tree of ${short(commit)} failed: ${gitSays(out.stderr)}`
          )
        }
        // R<score>\0<old>\0<new>\0, repeated.
        const t = out.stdout.toString('utf8').split('\0')
        const found = new Map<string, string>()
        for (let i = 0; i + 2 < t.length; i += 3) found.set(t[i + 2], t[i + 1])
        return found
      })
      renames.set(commit, r)
      r.catch(() => renames.delete(commit))
    }
    return r
  }
  const versions: HistorySource['versions'] = async (rel, limit) => {
    const full = fullPath(repo, rel)
    if (full === undefined) throw new SourceError('failed', `${rel} is outside the root`)
    const max = Math.max(1, Math.floor(limit))
    for (;;) {
      const seen = step
      const { entries, cut } = await shared(async () => {
        const log = async (follow: boolean): Promise<LogEntry[]> => {
          const args = ['--literal-pathspecs', 'log', ...(follow ? ['--follow'] : []), '-M']
          args.push(`-n${max + 1}`, '--format=%x01%H %cI %P', '--name-status', '-z')
          const r = await git(repo.cwd, [...args, sha, '--', full], repo.timeoutMs)
          if (r.code !== 0) {
            throw new SourceError('failed', `git log of ${rel} failed: ${gitSays(r.stderr)}`)
          }
          return parseLog(r.stdout.toString('utf8'), full)
        }
        // The file's own log first: it prunes by path, while --follow diffs the whole commit
        // that added the file, for every file (a big commit adding many costs it dearly). Only
        // a file that a commit with parents renamed into place needs --follow: which files a
        // commit renamed is asked once per commit, for all files it added.
        let found = await log(false)
        const edge = await shallowCommits(repo)
        let oldest = found[found.length - 1]
        if (
          found.length <= max &&
          oldest !== undefined &&
          oldest.parents > 0 &&
          !edge.has(oldest.commit)
        ) {
          const renamed = oldest.parents > 1 || (await renamesIn(oldest.commit)).has(oldest.full)
          if (renamed) {
            found = await log(true)
            oldest = found[found.length - 1]
          }
        }
        // Complete when the oldest version is a real first commit of the file, not the edge of
        // a shallow clone (there git shows the file as added, whatever came before). A file
        // with no version at all did not exist from the edge to the base: nothing to deepen for.
        return { entries: found, cut: oldest !== undefined && edge.has(oldest.commit) }
      })
      const kept = entries.slice(0, max)
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
      if (entries.length > max) return done(false, `history was cut at ${max} versions`)
      if (!cut) return done(true)
      const deepened = await deepenPast(seen)
      if (!deepened.ok) return done(false, deepened.reason)
    }
  }
  return { versions, close: () => repo.cat.close() }
}
