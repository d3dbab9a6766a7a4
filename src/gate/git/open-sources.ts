/**
 * The gate's git adapters, opened: file contents at the base commit and a file's history, read
 * with the `git` binary (no shell, every call bounded in time). A shallow checkout
 * (`fetch-depth: 1`, the actions/checkout default) is handled by fetching the base commit itself
 * and deepening history a bounded number of commits, and only when a file's history is asked for
 * and cut short. Objects are read through one long-lived `git cat-file --batch` per opened
 * repository (started on the first read, never keeping Node alive; `close()` ends it), so a read
 * costs no process; in a large listing, files `git diff` finds unchanged in the working tree are
 * read from disk instead. Failures are returned typed, never thrown past these functions; `read`
 * and `versions` throw a SourceError.
 */
import type { SourceResult } from '../ports.js'
import { baseSource, type GitBaseSource } from './base-source.js'
import { historySource, type GitHistorySource, type HistoryOptions } from './file-history.js'
import { openBase, type GitOptions } from './repository.js'
import { asSourceError } from './run-git.js'

// The types these functions take and give, and the listing size from which the base reads
// unchanged files from disk: callers (and tests) need import only this module.
export type { GitBaseSource, GitHistorySource, GitOptions, HistoryOptions }
export { WORKTREE_REUSE_FROM } from './base-source.js'

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
