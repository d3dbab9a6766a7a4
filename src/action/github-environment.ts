/**
 * What the runner tells the action through environment variables, read in this one place so
 * tests can hand the action any environment they like (inputs are read by @actions/core).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface GithubEnvironment {
  /** GITHUB_WORKSPACE (the checkout; the action's working directory), absolute. */
  workspace: string
  /** GITHUB_EVENT_NAME: pull_request, push, schedule, ... ('' when unset). */
  eventName: string
  /** GITHUB_EVENT_PATH: the event payload's file, when set. */
  eventPath?: string
  /** GITHUB_REPOSITORY as owner and name, when set and well formed. */
  repository?: { owner: string; repo: string }
  /** GITHUB_API_URL (GitHub Enterprise Server has its own), when set. */
  apiUrl?: string
  /** GITHUB_STEP_SUMMARY: the job summary file, when the runner gave one. */
  stepSummary?: string
}

const nonEmpty = (v: string | undefined): string | undefined =>
  v === undefined || v === '' ? undefined : v

export const readGithubEnvironment = (
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd()
): GithubEnvironment => {
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const out: GithubEnvironment = {
    workspace: path.resolve(cwd, nonEmpty(env.GITHUB_WORKSPACE) ?? '.'),
    eventName: env.GITHUB_EVENT_NAME ?? ''
  }
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH)
  if (eventPath !== undefined) out.eventPath = eventPath
  if (owner && repo && extra === undefined) out.repository = { owner, repo }
  const apiUrl = nonEmpty(env.GITHUB_API_URL)
  if (apiUrl !== undefined) out.apiUrl = apiUrl
  const stepSummary = nonEmpty(env.GITHUB_STEP_SUMMARY)
  if (stepSummary !== undefined) out.stepSummary = stepSummary
  return out
}

/** The event payload, or why it could not be read. */
export type EventPayload = { ok: true; payload: unknown } | { ok: false; reason: string }

export const readEventPayload = (environment: GithubEnvironment): EventPayload => {
  const file = environment.eventPath
  if (file === undefined) return { ok: false, reason: 'GITHUB_EVENT_PATH is not set' }
  try {
    return { ok: true, payload: JSON.parse(readFileSync(file, 'utf8')) as unknown }
  } catch (e) {
    return { ok: false, reason: `cannot read ${file}: ${(e as Error).message}` }
  }
}
