/**
 * Opens the base for the gate: git first (fetching the base commit into a shallow clone), the
 * REST API as fallback. A base that cannot be read is reported in `unreadable` (the caller fails
 * the run: the gate fails closed); an event without a base is a `skip` notice. The git base and history share one opened repository (opened, and the
 * base commit found, once) and one `git cat-file` process: `close()` ends it when the run is done.
 */
import type { BaseResolution } from './base.js'
import { gitSources } from './git/open-sources.js'
import type { RestOptions } from './rest.js'
import type { BaseFileSource, HistorySource } from './ports.js'

export interface OpenedGate {
  source?: BaseFileSource & { list?: () => Promise<readonly string[]> }
  history?: HistorySource
  /** What was compared with, in words for logs and the summary. */
  notes: string[]
  /** What the user should see as a notice: a substitute base, a fallback, a skipped gate. */
  notices: string[]
  /** Why the base named could not be read by git nor the REST API; no `source` then. */
  unreadable?: string
  /** The sha the gate compares with, when known. */
  sha?: string
  /**
   * Ends what reading the base keeps running (git's object reader). Optional: a forgotten close
   * never keeps Node alive. Reads after it still work (they start the reader again).
   */
  close(): void
}

const nothingToClose = (): void => undefined

export const openGate = async (
  root: string,
  base: BaseResolution,
  rest?: Omit<RestOptions, 'sha'>
): Promise<OpenedGate> => {
  const notes: string[] = []
  const notices: string[] = []
  if (base.unreadable !== undefined) {
    return { notes, notices, unreadable: base.unreadable, close: nothingToClose }
  }
  if (base.skip !== undefined) return { notes, notices: [base.skip], close: nothingToClose }
  if (base.notice !== undefined) notices.push(base.notice)
  const tries = [base.sha ?? base.ref, base.fallbackRef].filter((r): r is string => r !== undefined)
  let lastError = 'no base commit'
  for (const rev of tries) {
    const git = await gitSources(root, rev)
    if (!git.ok) {
      lastError = git.error.message
      continue
    }
    if (rev === base.fallbackRef) {
      notices.push(`compared with ${rev}, as ${base.sha ?? base.ref} is unreachable`)
    }
    const { source, history } = git.value
    notes.push(`id gate: compared with ${source.name}`)
    return { source, history, notes, notices, sha: source.sha, close: () => source.close() }
  }
  const rev = base.sha ?? base.ref
  if (rest !== undefined && rev !== undefined && rest.token !== '') {
    const { restBaseSource } = await import('./rest.js')
    const source = restBaseSource({ ...rest, sha: rev })
    notices.push(
      `git could not read the base (${lastError}); read through the REST API instead, without history`
    )
    notes.push(`id gate: compared with ${source.name}`)
    return { source, notes, notices, sha: rev, close: nothingToClose }
  }
  const noRest = rest === undefined ? '' : '; no token for the REST API fallback'
  return {
    notes,
    notices,
    unreadable: `the base ${rev ?? '(none)'} cannot be read by git (${lastError}${noRest})`,
    close: nothingToClose
  }
}
