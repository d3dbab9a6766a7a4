/**
 * The base source: file contents and the listing at the base commit, read through the
 * repository's object reader. In a large listing, files `git diff` finds unchanged in the working
 * tree are read from disk instead.
 */
import { lstatSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { SourceError, type BaseFileSource } from '../ports.js'
import { fullPath, type Repo } from './repository.js'
import { git, short } from './run-git.js'
import {
  isRegularFile,
  parseTree,
  readAt,
  treeEntriesBelowRoot,
  type TreeEntry
} from './tree-listing.js'

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

/** The regular files among `found` that `changed` (the working tree's differences) leaves out. */
const unchangedFiles = (
  found: ReadonlyMap<string, TreeEntry>,
  changed: ReadonlySet<string>
): ReadonlySet<string> =>
  new Set([...found].filter(([p, e]) => isRegularFile(e) && !changed.has(p)).map(([p]) => p))

/** The base commit as one base source reads it, and what it has learnt of it so far. */
interface BaseCommit {
  repo: Repo
  sha: string
  /** A folder's entries at the base (null: not a folder there). */
  treeOf: (dir: string) => Promise<Map<string, TreeEntry> | null>
  // Every entry below the root with its mode and object, once the listing has been read: a
  // read then costs one blob request instead of a tree and a blob.
  entries: Map<string, TreeEntry> | undefined
  // Files the working tree holds as they are at the base (large listings only).
  unchanged: ReadonlySet<string> | undefined
}

/** Reads the folders of commit `sha`, each once (a failed read is tried again next time). */
const folderTrees = (repo: Repo, sha: string): BaseCommit['treeOf'] => {
  // The folders read so far, parsed (null: not a folder at the base).
  const trees = new Map<string, Promise<Map<string, TreeEntry> | null>>()
  return (dir: string): Promise<Map<string, TreeEntry> | null> => {
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
}

/**
 * The files below the root at the base, relative to it and sorted. Keeps the entries for later
 * reads and, in a large listing, which files the working tree holds unchanged.
 */
const listBaseFiles = async (base: BaseCommit): Promise<string[]> => {
  const { repo, sha } = base
  const found = await treeEntriesBelowRoot(repo, sha)
  base.entries = found
  if (found.size >= WORKTREE_REUSE_FROM) {
    const changed = await worktreeChanges(repo, sha)
    if (changed !== undefined) base.unchanged = unchangedFiles(found, changed)
  }
  return [...found.keys()].map(p => p.slice(repo.prefix.length)).sort()
}

/** Whether the working tree holds the file `rel` (relative to the root) as the base does. */
const isSameAsWorktree = (base: BaseCommit, rel: string): boolean => {
  const full = fullPath(base.repo, rel)
  return full !== undefined && base.unchanged !== undefined && base.unchanged.has(full)
}

/** The file from the working tree, when git says it equals the base's; else undefined. */
const fromWorktree = (base: BaseCommit, full: string): Uint8Array | undefined => {
  const { repo, unchanged } = base
  if (unchanged === undefined || !unchanged.has(full)) return undefined
  try {
    // Not there after all (a sparse checkout), or not a file: the object store answers.
    const abs = path.join(repo.cwd, full.slice(repo.prefix.length))
    return lstatSync(abs).isFile() ? readFileSync(abs) : undefined
  } catch {
    return undefined
  }
}

/** The contents of the file `rel` (relative to the root) at the base; null when it is no file. */
const readBaseFile = async (base: BaseCommit, rel: string): Promise<Uint8Array | null> => {
  const { repo, sha, entries, treeOf } = base
  const full = fullPath(repo, rel)
  if (full === undefined || full.endsWith('/')) return null
  const dir = path.posix.dirname(full)
  // A folder name the line-based reader cannot carry: the slow way.
  if (/[\n\r]/.test(dir)) return readAt(repo, sha, full)
  // The entry says what it is: only a regular file has contents here (not a folder, a link
  // or a submodule). From the listing when it was read, else from the folder's tree.
  const entry =
    entries !== undefined ? entries.get(full) : (await treeOf(dir))?.get(path.posix.basename(full))
  if (entry === undefined || !isRegularFile(entry)) return null
  const same = fromWorktree(base, full)
  if (same !== undefined) return same
  const blob = await repo.cat.read(entry.oid)
  if (blob?.type !== 'blob') {
    throw new SourceError('failed', `cannot read ${full} at ${short(sha)}: object missing`)
  }
  return new Uint8Array(blob.content)
}

/** Base file reads and the listing for commit `sha`, through the repository's object reader. */
export const baseSource = (repo: Repo, sha: string, fetched: boolean): GitBaseSource => {
  const base: BaseCommit = {
    repo,
    sha,
    treeOf: folderTrees(repo, sha),
    entries: undefined,
    unchanged: undefined
  }
  let listing: Promise<string[]> | undefined
  return {
    name: `git (${fetched ? 'fetched ' : ''}${short(sha)})`,
    sha,
    fetched,
    read: (rel: string) => readBaseFile(base, rel),
    sameAsWorktree: (rel: string) => isSameAsWorktree(base, rel),
    list: () => {
      listing ??= listBaseFiles(base)
      listing.catch(() => (listing = undefined))
      return listing.then(l => [...l])
    },
    close: () => repo.cat.close()
  }
}
