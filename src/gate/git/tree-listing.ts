/**
 * What a commit's trees hold: a tree object's entries, every entry below the root (one
 * `git ls-tree -r`), and one file read by listing its path, for names the line-based object
 * reader cannot carry.
 */
import { SourceError } from '../ports.js'
import type { Repo } from './repository.js'
import { git, gitSays, short } from './run-git.js'

/** A file's name and the object it points to, as a tree lists them. */
export interface TreeEntry {
  mode: number
  oid: string
}

/** A tree object's entries by name (`<octal mode> <name>\0<raw oid>`, repeated). */
export const parseTree = (tree: Buffer, oidBytes: number): Map<string, TreeEntry> => {
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

/** Whether a tree entry is a regular file (not a folder, a link or a submodule). */
export const isRegularFile = (entry: TreeEntry): boolean => (entry.mode & S_IFMT) === S_IFREG

/** Every entry below the root at commit `sha`, by its path from the top (one `git ls-tree -r`). */
export const treeEntriesBelowRoot = async (
  repo: Repo,
  sha: string
): Promise<Map<string, TreeEntry>> => {
  const args = ['--literal-pathspecs', 'ls-tree', '-r', '--full-tree', '-z']
  args.push(sha)
  if (repo.prefix !== '') args.push('--', repo.prefix)
  const r = await git(repo.cwd, args, repo.timeoutMs)
  if (r.code !== 0) {
    throw new SourceError('failed', `cannot list the files of ${short(sha)}: ${gitSays(r.stderr)}`)
  }
  const found = new Map<string, TreeEntry>()
  for (const line of r.stdout.toString('utf8').split('\0')) {
    const m = /^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s.exec(line)
    if (m === null || !m[3].startsWith(repo.prefix)) continue
    found.set(m[3], { mode: parseInt(m[1], 8), oid: m[2] })
  }
  return found
}

/** The regular file at `full` in `commit`, or null when there is none (absent, folder, link). */
export const readAt = async (
  repo: Repo,
  commit: string,
  full: string
): Promise<Uint8Array | null> => {
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
