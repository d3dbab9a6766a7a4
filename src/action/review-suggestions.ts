/**
 * Suggested changes for a policy changed without a new id: one pull-request review whose
 * comments hold a ```suggestion block on each id line, the edit `bump` would make, so the author
 * applies it with a click. The bot's earlier suggestion reviews are found by a hidden marker in
 * their body; once a newer review replaces them, or a push makes them needless, their comments
 * are deleted and their body says why. Needs `pull-requests: write`.
 *
 * Never throws and never fails the step: a refused token (a fork's read-only token, a missing
 * permission), a 422 or a network error comes back in the result, with each edit that was not
 * posted and why, so the caller can say the replacement line in an annotation instead.
 * @actions/github is loaded here, with import(), when postIdSuggestions runs without a client
 * from the caller; nothing imports it at load.
 */
import type { getOctokit } from '@actions/github'
import { rightSideLines } from '../repo/diff-hunks.js'
import type { FileLineEdit } from '../repo/line-edits.js'

type Octokit = ReturnType<typeof getOctokit>

/** Marks the bot's suggestion reviews and comments (an HTML comment: GitHub does not show it). */
export const SUGGESTIONS_MARKER = '<!-- mta-sts-lint:id-suggestions -->'

/** An id line to change: a bump's line edit in a file of the pull request. */
export interface IdSuggestion extends FileLineEdit {
  /** Why, in words, shown above the suggestion (default: a policy changed without a new id). */
  why?: string
}

export type NotPostedReason = 'not-in-diff' | 'no-permission' | 'error'

export interface NotPosted {
  edit: IdSuggestion
  reason: NotPostedReason
  /** What happened, in words, for a log line. */
  detail: string
}

export interface SuggestionsResult {
  /** Edits now shown as suggested changes (by the new review, or by an identical earlier one). */
  posted: IdSuggestion[]
  /**
   * Edits not shown, each with the reason. Every edit given is in exactly one of the two lists,
   * and both keep the order of the edits given.
   */
  notPosted: NotPosted[]
  /** The review holding the suggestions, when there is one. */
  review?: {
    id: number
    url: string
    /** True when an earlier review already showed exactly these suggestions at this commit. */
    reused: boolean
  }
  /** The bot's earlier suggestion comments deleted by this run. */
  deletedComments: number
  /** The bot's earlier suggestion reviews whose body now says superseded or fixed. */
  retiredReviews: number
  /** Failures that stopped nothing (a cleanup request refused, say), for warnings. */
  problems: string[]
}

interface Target {
  owner: string
  repo: string
  pullNumber: number
  /** The pull request's head commit: the suggestions are made on this commit's lines. */
  headSha: string
  /** Every edit a bump would make (empty when no id needs changing: earlier ones are retired). */
  edits: readonly IdSuggestion[]
  /** The hidden marker of the bot's reviews and comments (default SUGGESTIONS_MARKER). */
  marker?: string
  /** Bound for each request (each page of a listing too), in ms (default 30 s). */
  timeoutMs?: number
}

/** A REST client from a token (and the API's base URL; default GITHUB_API_URL, else github.com). */
interface ByToken {
  token: string
  apiUrl?: string
}

/** A REST client the caller makes (tests, or a caller that already has one). */
interface ByClient {
  octokit: () => Promise<Octokit>
}

export type SuggestOptions = Target & (ByToken | ByClient)

const DEFAULT_TIMEOUT = 30_000
/** Bound on the pages of one listing (GitHub lists at most 3000 files of a pull request). */
const MAX_PAGES = 100

const statusOf = (e: unknown): number | undefined => {
  const err = e as { status?: unknown; response?: unknown } | null
  // Octokit gives a refused connection status 500 too; only a server's answer has a response.
  return typeof err?.status === 'number' && err.response !== undefined ? err.status : undefined
}

const describe = (e: unknown): string => {
  const err = e as Error & {
    name?: unknown
    cause?: { name?: unknown }
    response?: { data?: { message?: unknown; errors?: unknown } }
  }
  const names = [err?.name, err?.cause?.name]
  if (names.includes('TimeoutError') || names.includes('AbortError')) return 'no answer in time'
  const data = err?.response?.data
  const message =
    typeof data?.message === 'string' ? data.message : e instanceof Error ? e.message : String(e)
  // A 422 says what it refused in `errors`: strings, or objects with a message.
  const details = Array.isArray(data?.errors)
    ? data.errors
        .map(x => (typeof x === 'string' ? x : (x as { message?: unknown } | null)?.message))
        .filter((x): x is string => typeof x === 'string' && x !== '')
    : []
  const text = details.length > 0 ? `${message}: ${details.join('; ')}` : message
  const status = statusOf(e)
  return status === undefined ? text : `HTTP ${status}: ${text}`
}

/** 401, 403 and 404 answers: the token may not read or write the pull request's reviews. */
const refused = (e: unknown): boolean => [401, 403, 404].includes(statusOf(e) ?? 0)

const NO_PERMISSION =
  'the token may not write pull-request reviews (a pull request from a fork gets a read-only ' +
  'token; otherwise the workflow needs permissions: pull-requests: write)'

const DEFAULT_WHY =
  'The MTA-STS policy changed but its id did not: senders that cached the old policy keep ' +
  'using it until they see a new id. This is the edit `mta-sts-lint bump` makes.'

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
const fenceFor = (text: string): string => {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  return '`'.repeat(Math.max(3, longest + 1))
}

/** A suggestion comment's body: the marker, why, and the exact new line. */
export const suggestionBody = (edit: IdSuggestion, marker = SUGGESTIONS_MARKER): string => {
  const fence = fenceFor(edit.after)
  return `${marker}\n${edit.why ?? DEFAULT_WHY}\n\n${fence}suggestion\n${edit.after}\n${fence}\n`
}

const reviewBody = (marker: string, count: number): string =>
  `${marker}\n**MTA-STS: the policy changed without a new id.** ` +
  (count === 1
    ? 'The suggested change below writes a fresh id, as `mta-sts-lint bump` does.'
    : `The ${count} suggested changes below write a fresh id, as \`mta-sts-lint bump\` does; ` +
      'add them to one batch to commit them together.') +
  '\n'

const short = (sha: string): string => sha.slice(0, 7)

type Retired = 'superseded' | 'outdated' | 'fixed'

/** An earlier suggestion review of the bot, with its suggestion comments. */
interface Earlier {
  id: number
  url: string
  commitId: string
  /** Each comment's id, and its path, line and body as one string to compare. */
  comments: { id: number; key: string }[]
}

/** The body of an earlier review once retired; without the marker, so later runs skip it. */
const retiredBody = (why: Retired, sha: string, url?: string): string => {
  const title = `**MTA-STS id suggestions**, retired at commit ${short(sha)}:`
  if (why === 'superseded') {
    const newer = url === undefined || url === '' ? 'a newer review' : `[a newer review](${url})`
    return `${title} superseded by ${newer}.`
  }
  if (why === 'outdated') {
    return (
      `${title} the id lines to change are not in the pull request's diff any more; ` +
      "the check's annotations say what to change."
    )
  }
  return `${title} no id needs changing any more. The suggestions were removed.`
}

const valid = (edit: IdSuggestion): boolean =>
  Number.isSafeInteger(edit.line) &&
  edit.line >= 1 &&
  edit.path !== '' &&
  !/[\r\n]/.test(edit.before) &&
  !/[\r\n]/.test(edit.after)

/** Posts the suggestions and retires earlier ones; see the module comment. Never rejects. */
export const postIdSuggestions = async (opts: SuggestOptions): Promise<SuggestionsResult> => {
  const marker = opts.marker ?? SUGGESTIONS_MARKER
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT
  const request = () => ({ signal: AbortSignal.timeout(timeoutMs) })
  const { owner, repo, headSha } = opts
  const pull_number = opts.pullNumber
  const result: SuggestionsResult = {
    posted: [],
    notPosted: [],
    deletedComments: 0,
    retiredReviews: 0,
    problems: []
  }
  const skip = (edits: readonly IdSuggestion[], reason: NotPostedReason, detail: string) => {
    for (const edit of edits) result.notPosted.push({ edit, reason, detail })
  }

  // One suggestion per line: a repeated edit is the same suggestion, and shares its fate.
  const edits: IdSuggestion[] = []
  const repeats: [IdSuggestion, IdSuggestion][] = []
  for (const edit of opts.edits) {
    const first = edits.find(e => e.path === edit.path && e.line === edit.line)
    if (!valid(edit)) skip([edit], 'error', `not a one-line edit of ${edit.path}:${edit.line}`)
    else if (first === undefined) edits.push(edit)
    else if (first.after === edit.after) repeats.push([edit, first])
    else skip([edit], 'error', `another edit of ${edit.path}:${edit.line} is suggested`)
  }
  /** The result, with each repeated edit where its first is, both lists in the edits' order. */
  const settle = (): SuggestionsResult => {
    for (const [edit, first] of repeats) {
      const n = result.notPosted.find(x => x.edit === first)
      if (n === undefined) result.posted.push(edit)
      else result.notPosted.push({ ...n, edit })
    }
    const order = (e: IdSuggestion) => opts.edits.indexOf(e)
    result.posted.sort((a, b) => order(a) - order(b))
    result.notPosted.sort((a, b) => order(a.edit) - order(b.edit))
    return result
  }

  let gh: Octokit
  try {
    gh = await ('octokit' in opts
      ? opts.octokit()
      : import('@actions/github').then(m =>
          m.getOctokit(opts.token, opts.apiUrl === undefined ? {} : { baseUrl: opts.apiUrl })
        ))
  } catch (e) {
    skip(edits, 'error', `the REST client could not be made: ${describe(e)}`)
    return settle()
  }

  /**
   * Every item of a listing, page by page along the Link header's rel="next", each request
   * bounded. (octokit's paginate drops the `request` option, so its pages would not be.)
   */
  const listAll = async <T>(
    first: (req: { signal: AbortSignal }) => Promise<{ data: T[]; headers: { link?: string } }>
  ): Promise<T[]> => {
    let res = await first(request())
    const out = [...res.data]
    for (let n = 1; n < MAX_PAGES; n++) {
      const next = /<([^<>]+)>;\s*rel="next"/.exec(res.headers.link ?? '')?.[1]
      if (next === undefined) break
      const page: Awaited<ReturnType<typeof first>> = await gh.request({
        method: 'GET',
        url: next,
        request: request()
      })
      out.push(...page.data)
      res = page
    }
    return out
  }

  /** Deletes each review's suggestion comments, then, when all are gone, rewrites its body. */
  const retire = async (reviews: Earlier[], why: Retired, url?: string): Promise<void> => {
    for (const review of reviews) {
      let all = true
      for (const c of review.comments) {
        try {
          await gh.rest.pulls.deleteReviewComment({
            owner,
            repo,
            comment_id: c.id,
            request: request()
          })
          result.deletedComments++
        } catch (e) {
          // Already deleted (by a person, or by a run at the same time): gone is what we want.
          if (statusOf(e) === 404) continue
          all = false
          result.problems.push(
            `an earlier suggestion comment (${c.id}) could not be deleted (${describe(e)})`
          )
        }
      }
      // With a comment left, the marker stays so the next run tries again.
      if (!all) continue
      try {
        await gh.rest.pulls.updateReview({
          owner,
          repo,
          pull_number,
          review_id: review.id,
          body: retiredBody(why, headSha, url),
          request: request()
        })
        result.retiredReviews++
      } catch (e) {
        result.problems.push(
          `an earlier suggestion review (${review.id}) could not be updated (${describe(e)})`
        )
      }
    }
  }

  // Which edits are on lines the pull request's diff shows (the RIGHT side of a hunk).
  const commentable: IdSuggestion[] = []
  if (edits.length > 0) {
    let files: { filename: string; status: string; patch?: string }[]
    try {
      files = await listAll(req =>
        gh.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 100, request: req })
      )
    } catch (e) {
      const why = `listing the pull request's files failed (${describe(e)})`
      skip(edits, refused(e) ? 'no-permission' : 'error', why)
      return settle()
    }
    const byPath = new Map(files.map(f => [f.filename, f]))
    for (const edit of edits) {
      const file = byPath.get(edit.path)
      const where = `line ${edit.line} of ${edit.path}`
      if (file === undefined || file.status === 'removed') {
        skip([edit], 'not-in-diff', `${edit.path} is not a file the pull request changes`)
        continue
      }
      const shown = rightSideLines(file.patch).get(edit.line)
      if (file.patch === undefined) {
        skip([edit], 'not-in-diff', `GitHub shows no diff of ${edit.path} (binary or too large)`)
      } else if (shown === undefined) {
        skip([edit], 'not-in-diff', `${where} is outside the pull request's diff`)
      } else if (shown !== edit.before) {
        // The checkout is not the head commit (a merge commit moves lines): do not guess.
        skip([edit], 'not-in-diff', `${where} at the head commit is not the line the check read`)
      } else {
        commentable.push(edit)
      }
    }
  }

  // The bot's earlier suggestion reviews and their suggestion comments, by the marker.
  let earlier: Earlier[] = []
  let listed = false
  try {
    const reviews = await listAll(req =>
      gh.rest.pulls.listReviews({ owner, repo, pull_number, per_page: 100, request: req })
    )
    earlier = reviews
      .filter(r => typeof r.body === 'string' && r.body.includes(marker))
      .map(r => ({ id: Number(r.id), url: r.html_url, commitId: r.commit_id ?? '', comments: [] }))
    if (earlier.length > 0) {
      const comments = await listAll(req =>
        gh.rest.pulls.listReviewComments({ owner, repo, pull_number, per_page: 100, request: req })
      )
      for (const c of comments) {
        const review = earlier.find(r => r.id === Number(c.pull_request_review_id))
        if (review === undefined || !c.body.includes(marker)) continue
        review.comments.push({ id: Number(c.id), key: `${c.path}\n${c.line}\n${c.body}` })
      }
    }
    listed = true
  } catch (e) {
    result.problems.push(`earlier suggestions could not be listed (${describe(e)})`)
  }

  const comments = commentable.map(edit => ({
    path: edit.path,
    line: edit.line,
    side: 'RIGHT' as const,
    body: suggestionBody(edit, marker)
  }))

  // A rerun at the same commit with the same suggestions changes nothing.
  const showing = earlier.filter(r => r.comments.length > 0)
  if (listed && comments.length > 0 && showing.length === 1) {
    const [r] = showing
    const have = r.comments.map(c => c.key).sort()
    const want = comments.map(c => `${c.path}\n${c.line}\n${c.body}`).sort()
    if (r.commitId === headSha && have.join('\0') === want.join('\0')) {
      result.posted.push(...commentable)
      result.review = { id: r.id, url: r.url, reused: true }
      await retire(
        earlier.filter(x => x !== r),
        'superseded',
        r.url
      )
      return settle()
    }
  }

  let newUrl: string | undefined
  if (comments.length > 0) {
    try {
      const r = await gh.rest.pulls.createReview({
        owner,
        repo,
        pull_number,
        commit_id: headSha,
        event: 'COMMENT',
        body: reviewBody(marker, comments.length),
        comments,
        request: request()
      })
      result.posted.push(...commentable)
      newUrl = r.data.html_url
      result.review = { id: Number(r.data.id), url: newUrl, reused: false }
    } catch (e) {
      // Earlier suggestions stay as they are: the next run, with a better token, retires them.
      const reason = refused(e) ? 'no-permission' : 'error'
      skip(
        commentable,
        reason,
        reason === 'no-permission' ? `${NO_PERMISSION}: ${describe(e)}` : describe(e)
      )
      return settle()
    }
  }

  if (listed) {
    const why = comments.length > 0 ? 'superseded' : edits.length > 0 ? 'outdated' : 'fixed'
    await retire(
      earlier.filter(r => r.id !== result.review?.id),
      why,
      newUrl
    )
  }
  return settle()
}
