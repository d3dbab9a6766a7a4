/**
 * Which commit the gate compares the working tree with, from the workflow event (design 5.3).
 * Pure: the event name and payload in, a sha or a ref (or a reason to skip) out.
 */

export interface BaseResolution {
  /** The base commit, when the event names one. */
  sha?: string
  /** A ref to fetch instead (a branch name), when no sha applies (first push of a branch). */
  ref?: string
  /** How the base was chosen, for logs and the summary. */
  reason: string
  /** Set when the event has no base (a schedule): the notice to show; the gate does not run. */
  skip?: string
  /**
   * Set when the event should name a base but its payload does not (a pull_request payload
   * without pull_request.base.sha): the gate fails closed with this reason.
   */
  unreadable?: string
  /** Set when the choice deserves a notice of its own although the gate runs. */
  notice?: string
  /**
   * For a push: the default branch to compare with instead when `sha` turns out unreachable
   * (a force-push can drop `before` from the remote). Absent when the push went to that branch.
   */
  fallbackRef?: string
}

const ZERO_SHA = /^0+$/
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

const short = (sha: string): string => sha.slice(0, 7)

type Json = Record<string, unknown>

const obj = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** A value at a path of nested objects, when it is a non-empty string. */
const at = (payload: unknown, ...keys: string[]): string | undefined => {
  let cur: unknown = payload
  for (const k of keys) cur = obj(cur)?.[k]
  return str(cur)
}

/**
 * `override` (the `base` input, `--base`) wins over the event: a full hex sha is a commit,
 * anything else a ref (branch, tag, `HEAD~1`).
 */
export const resolveBase = (
  eventName: string,
  payload: unknown,
  override?: string
): BaseResolution => {
  const o = override?.trim()
  if (o !== undefined && o !== '') {
    return SHA.test(o)
      ? { sha: o.toLowerCase(), reason: `base ${short(o)} given explicitly` }
      : { ref: o, reason: `base ${JSON.stringify(o)} given explicitly` }
  }
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const sha = at(payload, 'pull_request', 'base', 'sha')
      const branch = at(payload, 'pull_request', 'base', 'ref')
      if (sha === undefined || !SHA.test(sha)) {
        return badPayload(`the ${eventName} event payload has no pull_request.base.sha`)
      }
      return {
        sha: sha.toLowerCase(),
        reason: `${eventName}: the base of the pull request, ${short(sha)}${branch === undefined ? '' : ` (${branch})`}`
      }
    }
    case 'merge_group': {
      const sha = at(payload, 'merge_group', 'base_sha')
      if (sha === undefined || !SHA.test(sha)) {
        return badPayload('the merge_group event payload has no merge_group.base_sha')
      }
      return { sha: sha.toLowerCase(), reason: `merge_group: the queue's base, ${short(sha)}` }
    }
    case 'push':
      return pushBase(payload)
    case 'schedule':
    case 'workflow_dispatch':
      return noBase(
        `a ${eventName} run has no base commit, so the id gate does not run (it runs on pull requests and pushes; give the base input to compare with a ref)`
      )
    default:
      return noBase(
        `the ${eventName || 'unknown'} event has no base commit, so the id gate does not run (give the base input to compare with a ref)`
      )
  }
}

const noBase = (why: string): BaseResolution => ({ reason: why, skip: why })
const badPayload = (why: string): BaseResolution => ({ reason: why, unreadable: why })

const pushBase = (payload: unknown): BaseResolution => {
  const p = obj(payload)
  if (p?.deleted === true) return noBase('the push deleted the branch: nothing to check')
  if (typeof p?.before !== 'string')
    return badPayload('the push event payload has no before commit')
  const before = str(p.before)
  const ref = str(p?.ref)
  const branch = ref?.startsWith('refs/heads/') === true ? ref.slice('refs/heads/'.length) : ref
  const defaultBranch = at(payload, 'repository', 'default_branch')
  const onDefault = branch !== undefined && branch === defaultBranch
  if (before !== undefined && SHA.test(before) && !ZERO_SHA.test(before)) {
    const res: BaseResolution = {
      sha: before.toLowerCase(),
      reason: `push: the commit before the push, ${short(before)}`
    }
    if (defaultBranch !== undefined && !onDefault) res.fallbackRef = defaultBranch
    return res
  }
  // `before` is all zeros: the branch is new.
  if (defaultBranch === undefined) {
    return noBase(
      'first push of this branch and the payload names no default branch: the id gate has no base and does not run'
    )
  }
  if (onDefault) {
    return noBase(
      `first push of the default branch ${JSON.stringify(defaultBranch)}: there is no earlier commit to compare with, so the id gate does not run`
    )
  }
  const why = `first push of ${branch === undefined ? 'this branch' : JSON.stringify(branch)} (before is all zeros): comparing with the default branch ${JSON.stringify(defaultBranch)} instead`
  return { ref: defaultBranch, reason: why, notice: why }
}
