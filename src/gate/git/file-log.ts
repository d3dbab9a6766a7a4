/**
 * A file's log: `git log` of one path from a commit, parsed, following renames only where a
 * commit could have renamed the file into place (which paths a commit renamed is one
 * `git diff-tree` per commit).
 */
import { SourceError } from '../ports.js'
import { shallowCommits, type Repo } from './repository.js'
import { git, gitSays, short } from './run-git.js'

export interface LogEntry {
  commit: string
  date: Date
  /** How many parents the commit has in this clone (none for a root commit or a shallow edge). */
  parents: number
  /** The file's path (from the top of the repository) in that commit. */
  full: string
  deleted: boolean
}

/**
 * Parses `git log [--follow] --format=%x01%H %cI %P --name-status -z`: one chunk a commit, the
 * header (sha, date, parents) ended by NUL, then status tokens (`M`, `A`, `D`, `R078` with two
 * paths).
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

/** One file's log as `fileLog` asks git for it. */
export interface LogQuery {
  repo: Repo
  /** The commit the log starts at. */
  sha: string
  /** The file's path relative to the root (for messages). */
  rel: string
  /** The file's path from the top of the repository. */
  full: string
  /** How many versions are wanted: the log asks for one more, to tell whether it was cut. */
  max: number
}

/** The paths a commit renamed, new path → old, against its first parent. */
export type RenamesIn = (commit: string) => Promise<Map<string, string>>

/** `git log` of the file, newest first, at most `max + 1` commits; with `--follow` or not. */
const runLog = async (q: LogQuery, follow: boolean): Promise<LogEntry[]> => {
  const args = ['--literal-pathspecs', 'log', ...(follow ? ['--follow'] : []), '-M']
  args.push(`-n${q.max + 1}`, '--format=%x01%H %cI %P', '--name-status', '-z')
  const r = await git(q.repo.cwd, [...args, q.sha, '--', q.full], q.repo.timeoutMs)
  if (r.code !== 0) {
    throw new SourceError('failed', `git log of ${q.rel} failed: ${gitSays(r.stderr)}`)
  }
  return parseLog(r.stdout.toString('utf8'), q.full)
}

/** The paths `commit` renamed, new path → old, against its first parent (one `git diff-tree`). */
const commitRenames = async (repo: Repo, commit: string): Promise<Map<string, string>> => {
  const out = await git(
    repo.cwd,
    ['diff-tree', '-r', '-M', '--diff-filter=R', '--name-status', '--no-commit-id', '-z', commit],
    repo.timeoutMs
  )
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
}

/** The renames of each commit, asked of git once per commit (a failed ask is tried again). */
export const renamesByCommit = (repo: Repo): RenamesIn => {
  const renames = new Map<string, Promise<Map<string, string>>>()
  return (commit: string): Promise<Map<string, string>> => {
    let r = renames.get(commit)
    if (r === undefined) {
      r = commitRenames(repo, commit)
      renames.set(commit, r)
      r.catch(() => renames.delete(commit))
    }
    return r
  }
}

/**
 * The file's log from `sha`, following renames where one is possible, and whether it is `cut`:
 * its oldest version sits at the edge of a shallow clone, so older ones may be missing.
 */
export const fileLog = async (
  q: LogQuery,
  renamesIn: RenamesIn
): Promise<{ entries: LogEntry[]; cut: boolean }> => {
  // The file's own log first: it prunes by path, while --follow diffs the whole commit
  // that added the file, for every file (a big commit adding many costs it dearly). Only
  // a file that a commit with parents renamed into place needs --follow: which files a
  // commit renamed is asked once per commit, for all files it added.
  let found = await runLog(q, false)
  const edge = await shallowCommits(q.repo)
  let oldest = found[found.length - 1]
  if (
    found.length <= q.max &&
    oldest !== undefined &&
    oldest.parents > 0 &&
    !edge.has(oldest.commit)
  ) {
    const renamed = oldest.parents > 1 || (await renamesIn(oldest.commit)).has(oldest.full)
    if (renamed) {
      found = await runLog(q, true)
      oldest = found[found.length - 1]
    }
  }
  // Complete when the oldest version is a real first commit of the file, not the edge of
  // a shallow clone (there git shows the file as added, whatever came before). A file
  // with no version at all did not exist from the edge to the base: nothing to deepen for.
  return { entries: found, cut: oldest !== undefined && edge.has(oldest.commit) }
}
