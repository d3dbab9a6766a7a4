/**
 * The history source: a file's versions from the base commit, newest first, following renames,
 * with each version's contents read through the repository's object reader. A history cut
 * short by a shallow clone deepens it (bounded) and is run again.
 */
import { SourceError, type FileVersion, type HistorySource } from '../ports.js'
import { fileLog, renamesByCommit, type LogEntry } from './file-log.js'
import { fullPath, relPath, type GitOptions, type Repo } from './repository.js'
import { ShallowDeepening } from './shallow-deepening.js'
import { readAt } from './tree-listing.js'

export interface HistoryOptions extends GitOptions {
  /**
   * How far to deepen a shallow clone, step by step, when a file's history is cut short:
   * each number is one `git fetch --deepen=N` (default [100, 400]: at most 500 more commits).
   */
  deepen?: readonly number[]
}

export interface GitHistorySource extends HistorySource {
  /** As GitBaseSource.close (the two share the process when opened together). */
  close(): void
}

const DEFAULT_DEEPEN = [100, 400] as const

type Versions = Awaited<ReturnType<HistorySource['versions']>>

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

/** The log's entries as versions of the file `rel`, their contents read; `reason` when cut. */
const versionsOf = async (
  repo: Repo,
  rel: string,
  kept: LogEntry[],
  complete: boolean,
  reason?: string
): Promise<Versions> => {
  const contents = await readMany(repo, kept)
  const out: FileVersion[] = kept.map((e, i) => {
    const v: FileVersion = { commit: e.commit, date: e.date, content: contents[i] }
    const p = relPath(repo, e.full)
    if (p !== rel) v.path = p
    return v
  })
  return reason === undefined ? { versions: out, complete } : { versions: out, complete, reason }
}

/**
 * The history of files from commit `sha`; deepens a shallow clone only when a file asks for it.
 * Calls may run side by side (each `git log` is a process of its own); a deepening fetch runs
 * alone, since it rewrites the shallow file the logs are judged against.
 */
export const historySource = (repo: Repo, sha: string, opts: HistoryOptions): GitHistorySource => {
  const deepening = new ShallowDeepening(repo, sha, opts.deepen ?? DEFAULT_DEEPEN)
  const renamesIn = renamesByCommit(repo)
  const versions: HistorySource['versions'] = async (rel, limit) => {
    const full = fullPath(repo, rel)
    if (full === undefined) throw new SourceError('failed', `${rel} is outside the root`)
    const max = Math.max(1, Math.floor(limit))
    for (;;) {
      const seen = deepening.stepsTaken
      const { entries, cut } = await deepening.shared(() =>
        fileLog({ repo, sha, rel, full, max }, renamesIn)
      )
      const kept = entries.slice(0, max)
      if (entries.length > max) {
        return versionsOf(repo, rel, kept, false, `history was cut at ${max} versions`)
      }
      if (!cut) return versionsOf(repo, rel, kept, true)
      const deepened = await deepening.deepenPast(seen)
      if (!deepened.ok) return versionsOf(repo, rel, kept, false, deepened.reason)
    }
  }
  return { versions, close: () => repo.cat.close() }
}
