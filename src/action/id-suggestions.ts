/**
 * The `suggest` input: on a pull request whose policy changed without a new id, the id lines a
 * bump would change become suggested changes in one review (review-suggestions.ts). What cannot
 * be posted (a line outside the diff, a read-only token) comes back as replacement lines for the
 * annotations instead. Loaded only when `suggest: true`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CheckReport } from '../check/settings.js'
import { planBump } from '../repo/bump.js'
import { describeLineEdit, lineEdits, type FileLineEdit } from '../repo/line-edits.js'
import type { GithubEnvironment } from './github-environment.js'
import type { ActionSettings } from './input-helper.js'
import { postIdSuggestions } from './review-suggestions.js'
import type { ActionRuntime } from './runtime.js'

/** An id line the author must change by hand, in words, at its place in the workspace. */
export interface ReplacementLine {
  file: string
  line: number
  text: string
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

const pullRequestOf = (payload: unknown): { number: number; headSha: string } | undefined => {
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } })
    ?.pull_request
  return typeof pr?.number === 'number' && typeof pr.head?.sha === 'string'
    ? { number: pr.number, headSha: pr.head.sha }
    : undefined
}

/** The edits `bump` would make for the domains that need a new id, as workspace lines. */
export const bumpLineEdits = (report: CheckReport, settings: ActionSettings): FileLineEdit[] => {
  if (report.newId === undefined || report.needsNewId.length === 0) return []
  const read = (file: string): string => readFileSync(path.join(settings.root, file), 'utf8')
  const plan = planBump(report.model, report.needsNewId, report.newId, report.config, read)
  const prefix = settings.rootPrefix === '' ? '' : `${settings.rootPrefix}/`
  return plan.writes.flatMap(w =>
    lineEdits(read(w.file), w.text).map(e => ({ ...e, path: `${prefix}${w.file}` }))
  )
}

/**
 * Posts the suggestions (or retires earlier ones when nothing needs a new id any more) and
 * returns the replacement lines that could not be suggested. Never throws.
 */
export const suggestIdBumps = async (
  runtime: ActionRuntime,
  settings: ActionSettings,
  environment: GithubEnvironment,
  payload: unknown,
  report: CheckReport
): Promise<ReplacementLine[]> => {
  const pr = pullRequestOf(payload)
  if (!PULL_REQUEST_EVENTS.has(environment.eventName) || pr === undefined) {
    runtime.info('suggest: suggestions are made on pull requests only')
    return []
  }
  let edits: FileLineEdit[]
  try {
    edits = bumpLineEdits(report, settings)
  } catch (e) {
    runtime.warning(`suggest: the id edits could not be planned: ${(e as Error).message}`)
    return []
  }
  if (environment.repository === undefined || settings.token === '') {
    runtime.info('suggest: no token or repository to post with; the annotations carry the new id')
    return edits.map(e => ({ file: e.path, line: e.line, text: describeLineEdit(e) }))
  }
  const result = await postIdSuggestions({
    ...environment.repository,
    token: settings.token,
    ...(environment.apiUrl !== undefined && { apiUrl: environment.apiUrl }),
    pullNumber: pr.number,
    headSha: pr.headSha,
    edits
  })
  if (result.posted.length > 0 && result.review !== undefined) {
    runtime.info(`suggest: ${result.posted.length} id line(s) suggested in ${result.review.url}`)
  }
  for (const p of result.problems) runtime.warning(`suggest: ${p}`)
  if (result.notPosted.some(n => n.reason === 'no-permission')) {
    runtime.info(
      'suggest: the token may not review this pull request (a fork, or no pull-requests: write); the annotations carry the replacement lines instead'
    )
  }
  for (const n of result.notPosted)
    runtime.debug(`suggest: ${n.edit.path}:${n.edit.line}: ${n.detail}`)
  return result.notPosted.map(n => ({
    file: n.edit.path,
    line: n.edit.line,
    text: describeLineEdit(n.edit)
  }))
}
