/**
 * Opens the base for the gate: git first (fetching the base commit into a shallow clone), the
 * REST API as fallback. Every failure becomes a notice and the gate is skipped: a missing base
 * must never crash a run.
 */
import type { BaseResolution } from './base.js'
import { gitBaseSource, gitHistory } from './git.js'
import type { RestOptions } from './rest.js'
import type { BaseFileSource, HistorySource } from './ports.js'

export interface OpenedGate {
  source?: BaseFileSource & { list?: () => Promise<readonly string[]> }
  history?: HistorySource
  /** What was compared with, in words for logs and the summary. */
  notes: string[]
  /** What the user should see as a notice: a substitute base, a fallback, a skipped gate. */
  notices: string[]
  /** The sha the gate compares with, when known. */
  sha?: string
}

export const openGate = async (
  root: string,
  base: BaseResolution,
  rest?: Omit<RestOptions, 'sha'>
): Promise<OpenedGate> => {
  const notes: string[] = []
  const notices: string[] = []
  if (base.skip !== undefined) return { notes, notices: [base.skip] }
  if (base.notice !== undefined) notices.push(base.notice)
  const tries = [base.sha ?? base.ref, base.fallbackRef].filter((r): r is string => r !== undefined)
  let lastError = 'no base commit'
  for (const rev of tries) {
    const git = await gitBaseSource(root, rev)
    if (!git.ok) {
      lastError = git.error.message
      continue
    }
    if (rev === base.fallbackRef) {
      notices.push(`compared with ${rev}, as ${base.sha ?? base.ref} is unreachable`)
    }
    const history = await gitHistory(root, git.value.sha)
    if (!history.ok) {
      notices.push(
        `history unavailable (${history.error.message}); id-reused and unsafe-removal see only the base`
      )
    }
    notes.push(`id gate: compared with ${git.value.name}`)
    return {
      source: git.value,
      ...(history.ok && { history: history.value }),
      notes,
      notices,
      sha: git.value.sha
    }
  }
  const rev = base.sha ?? base.ref
  if (rest !== undefined && rev !== undefined && rest.token !== '') {
    const { restBaseSource } = await import('./rest.js')
    const source = restBaseSource({ ...rest, sha: rev })
    notices.push(
      `git could not read the base (${lastError}); read through the REST API instead, without history`
    )
    notes.push(`id gate: compared with ${source.name}`)
    return { source, notes, notices, sha: rev }
  }
  notices.push(`id gate skipped: the base ${rev ?? ''} cannot be read (${lastError})`)
  return { notes, notices }
}
