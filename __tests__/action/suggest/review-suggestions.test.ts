/**
 * Suggested changes posted as one pull-request review, against a local HTTP server standing in
 * for the GitHub REST API (127.0.0.1 only; no real network). The fake keeps the pull request's
 * files, reviews and review comments, pages its listings with Link headers, and refuses what
 * GitHub refuses: a comment on a line outside the diff (422), any write with a read-only token
 * (403).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  postIdSuggestions,
  SUGGESTIONS_MARKER,
  suggestionBody,
  type IdSuggestion,
  type SuggestOptions
} from '../../../src/action/review-suggestions.js'
import { lineEdits } from '../../../src/repo/line-edits.js'

const OWNER = 'acme'
const REPO = 'dns'
const PR = 7
const OLD_HEAD = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const OLD_ID = '20240101T000000Z'
const NEW_ID = '20250701T150000Z'
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const ALICE = { login: 'alice', id: 1001, type: 'User' }

// ---------------------------------------------------------------------------------------------
// The pull request: a zone whose MX changed (the id line is context in the hunk), a CRLF zone
// whose id line is context too, a zone whose id is far from its change, and files to page over.

const ZONE_BASE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@          IN SOA ns1.example.com. hostmaster.example.com. ( 1 7200 3600 1209600 3600 )',
  '@          IN NS    ns1.example.com.',
  '@          IN NS    ns2.example.com.',
  '',
  '; mail',
  '@          IN MX 10 mx1.example.com.',
  'mx1        IN A     192.0.2.25',
  'mta-sts    IN CNAME example.github.io.',
  `_mta-sts   IN TXT   "v=STSv1; id=${OLD_ID}"`,
  '_smtp._tls IN TXT   "v=TLSRPTv1; rua=mailto:tls@example.com"',
  '',
  'www        IN CNAME example.github.io.',
  ''
].join('\n')
const ZONE_HEAD = ZONE_BASE.replace('10 mx1.', '10 mx2.')

const NET_BASE = [
  '$ORIGIN example.net.',
  '@          IN MX 10 mx1.example.net.',
  `_mta-sts   IN TXT   "v=STSv1; id=${OLD_ID}"`,
  ''
].join('\r\n')
const NET_HEAD = NET_BASE.replace('mx1.', 'mx2.')

const ORG_BASE = [
  '$ORIGIN example.org.',
  '@          IN MX 10 mx1.example.org.',
  ...Array.from({ length: 17 }, (_, i) => `host${i}     IN A     192.0.2.${i}`),
  `_mta-sts   IN TXT   "v=STSv1; id=${OLD_ID}"`,
  ''
].join('\n')
const ORG_HEAD = ORG_BASE.replace('mx1.', 'mx2.')

const CONFIG = `domains:\n  example.com:\n    id: ${OLD_ID}\n`

/** A unified diff of two texts with the same line count, 3 lines of context, as git makes it. */
const patchFor = (before: string, after: string): { patch: string; right: Set<number> } => {
  const a = before.split('\n')
  const b = after.split('\n')
  if (a[a.length - 1] === '') a.pop()
  if (b[b.length - 1] === '') b.pop()
  const changed = a.flatMap((l, i) => (l === b[i] ? [] : [i]))
  const hunks: [number, number][] = []
  for (const i of changed) {
    const [from, to] = [Math.max(0, i - 3), Math.min(a.length - 1, i + 3)]
    const last = hunks[hunks.length - 1]
    if (last !== undefined && from <= last[1] + 1) last[1] = to
    else hunks.push([from, to])
  }
  const out: string[] = []
  const right = new Set<number>()
  for (const [from, to] of hunks) {
    const n = to - from + 1
    out.push(`@@ -${from + 1},${n} +${from + 1},${n} @@`)
    for (let i = from; i <= to; i++) {
      right.add(i + 1)
      if (a[i] === b[i]) out.push(` ${a[i]}`)
      else out.push(`-${a[i]}`, `+${b[i]}`)
    }
  }
  return { patch: out.join('\n'), right }
}

/** The id line edits of a bump of a file at the head. */
const bumpEdits = (file: string, head: string): IdSuggestion[] =>
  lineEdits(head, head.replaceAll(OLD_ID, NEW_ID)).map(e => ({ path: file, ...e }))

const [ZONE_EDIT] = bumpEdits('dns/example.com.zone', ZONE_HEAD)
const [NET_EDIT] = bumpEdits('dns/example.net.zone', NET_HEAD)
const [ORG_EDIT] = bumpEdits('dns/example.org.zone', ORG_HEAD)
const [CONFIG_EDIT] = bumpEdits('.mta-sts.yml', CONFIG)

// ---------------------------------------------------------------------------------------------
// The fake GitHub

interface FakeFile {
  filename: string
  status: 'added' | 'modified' | 'removed'
  patch?: string
  /** The lines GitHub accepts a RIGHT comment on (from the fixture, not from the parser). */
  right: Set<number>
}
interface FakeReview {
  id: number
  user: typeof BOT
  body: string
  state: string
  commit_id: string
}
interface FakeComment {
  id: number
  pull_request_review_id: number
  user: typeof BOT
  path: string
  line: number
  side: 'RIGHT'
  body: string
  commit_id: string
  in_reply_to_id?: number
}
interface Seen {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  auth: string | undefined
}

let state: {
  files: FakeFile[]
  reviews: FakeReview[]
  comments: FakeComment[]
  /** Commits of the pull request: a review on another commit is refused. */
  commits: Set<string>
  /** The token may read but not write (a fork's pull request). */
  readOnly: boolean
  /** Answers to DELETE of a comment, by id, instead of deleting it. */
  deleteAnswers: Map<number, number>
  /** Requests never answered (a hung server). */
  hang: (url: URL) => boolean
  pageSize: number
  nextId: number
}
const seen: Seen[] = []
let server: Server
let apiUrl: string
/** The port of a server that was closed: nothing listens there. */
let deadUrl: string

const fileOf = (filename: string, before: string, after: string): FakeFile => ({
  filename,
  status: 'modified',
  ...patchFor(before, after)
})

const filler = (filename: string): FakeFile => ({
  filename,
  status: 'modified',
  patch: '@@ -1 +1 @@\n-old\n+new',
  right: new Set([1])
})

const reset = (): void => {
  state = {
    files: [
      filler('.well-known/mta-sts.txt'),
      filler('README.md'),
      fileOf('dns/example.org.zone', ORG_BASE, ORG_HEAD),
      { filename: 'logo.png', status: 'added', right: new Set() },
      fileOf('dns/example.com.zone', ZONE_BASE, ZONE_HEAD),
      fileOf('dns/example.net.zone', NET_BASE, NET_HEAD)
    ],
    reviews: [],
    comments: [],
    commits: new Set([OLD_HEAD, HEAD]),
    readOnly: false,
    deleteAnswers: new Map(),
    hang: () => false,
    pageSize: 2,
    nextId: 9000
  }
  seen.length = 0
}

const base = `/repos/${OWNER}/${REPO}/pulls`
const htmlReview = (id: number) =>
  `https://github.com/${OWNER}/${REPO}/pull/${PR}#pullrequestreview-${id}`

const reviewJson = (r: FakeReview) => ({
  id: r.id,
  node_id: `PRR_${r.id}`,
  user: r.user,
  body: r.body,
  state: r.state,
  html_url: htmlReview(r.id),
  pull_request_url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${PR}`,
  author_association: r.user.type === 'Bot' ? 'NONE' : 'OWNER',
  _links: {
    html: { href: htmlReview(r.id) },
    pull_request: { href: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${PR}` }
  },
  submitted_at: '2025-07-01T15:00:00Z',
  commit_id: r.commit_id
})

const commentJson = (c: FakeComment) => ({
  url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/comments/${c.id}`,
  pull_request_review_id: c.pull_request_review_id,
  id: c.id,
  node_id: `PRRC_${c.id}`,
  diff_hunk: '@@ -1 +1 @@',
  path: c.path,
  commit_id: c.commit_id,
  original_commit_id: c.commit_id,
  user: c.user,
  body: c.body,
  created_at: '2025-07-01T15:00:00Z',
  updated_at: '2025-07-01T15:00:00Z',
  html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#discussion_r${c.id}`,
  pull_request_url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${PR}`,
  author_association: 'NONE',
  line: c.line,
  original_line: c.line,
  side: c.side,
  ...(c.in_reply_to_id === undefined ? {} : { in_reply_to_id: c.in_reply_to_id })
})

const fileJson = (f: FakeFile, i: number) => ({
  sha: String(i).padStart(40, 'f'),
  filename: f.filename,
  status: f.status,
  additions: 1,
  deletions: 1,
  changes: 2,
  blob_url: `https://github.com/${OWNER}/${REPO}/blob/${HEAD}/${f.filename}`,
  raw_url: `https://github.com/${OWNER}/${REPO}/raw/${HEAD}/${f.filename}`,
  contents_url: `https://api.github.com/repos/${OWNER}/${REPO}/contents/${f.filename}?ref=${HEAD}`,
  ...(f.patch === undefined ? {} : { patch: f.patch })
})

const send = (res: ServerResponse, status: number, body?: unknown, headers = {}): void => {
  if (body === undefined) {
    res.writeHead(status, headers)
    res.end()
    return
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

const forbidden = (res: ServerResponse, doc: string) =>
  send(res, 403, {
    message: 'Resource not accessible by integration',
    documentation_url: `https://docs.github.com/rest/pulls/${doc}`,
    status: '403'
  })

/** One page of a listing, with GitHub's Link header. */
const page = (res: ServerResponse, url: URL, items: unknown[]): void => {
  const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), state.pageSize)
  const n = Number(url.searchParams.get('page') ?? 1)
  const last = Math.max(1, Math.ceil(items.length / per))
  const link = (p: number, rel: string) => {
    const u = new URL(`${apiUrl}${url.pathname}`)
    u.searchParams.set('per_page', String(url.searchParams.get('per_page') ?? 30))
    u.searchParams.set('page', String(p))
    return `<${u.href}>; rel="${rel}"`
  }
  const links = [
    ...(n > 1 ? [link(n - 1, 'prev'), link(1, 'first')] : []),
    ...(n < last ? [link(n + 1, 'next'), link(last, 'last')] : [])
  ]
  send(
    res,
    200,
    items.slice((n - 1) * per, n * per),
    links.length > 0 ? { link: links.join(', ') } : {}
  )
}

const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  let text = ''
  for await (const chunk of req) text += String(chunk)
  seen.push({
    method: req.method ?? '',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
    auth: req.headers.authorization
  })
  if (state.hang(url)) return
  const m = `${req.method} ${url.pathname}`
  if (m === `GET ${base}/${PR}/files`) return page(res, url, state.files.map(fileJson))
  if (m === `GET ${base}/${PR}/reviews`) return page(res, url, state.reviews.map(reviewJson))
  if (m === `GET ${base}/${PR}/comments`) return page(res, url, state.comments.map(commentJson))
  if (m === `POST ${base}/${PR}/reviews`) {
    if (state.readOnly) return forbidden(res, 'reviews#create-a-review-for-a-pull-request')
    const body = JSON.parse(text) as {
      commit_id: string
      event: string
      body: string
      comments: { path: string; line: number; side: string; body: string }[]
    }
    const refuse = (error: string) =>
      send(res, 422, {
        message: 'Unprocessable Entity',
        errors: [error],
        documentation_url:
          'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '422'
      })
    if (!state.commits.has(body.commit_id))
      return refuse('Commit ID is not part of the pull request')
    for (const c of body.comments) {
      const f = state.files.find(x => x.filename === c.path)
      if (c.side !== 'RIGHT' || f === undefined || !f.right.has(c.line)) {
        return refuse(
          "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"
        )
      }
    }
    const review: FakeReview = {
      id: state.nextId++,
      user: BOT,
      body: body.body,
      state: 'COMMENTED',
      commit_id: body.commit_id
    }
    state.reviews.push(review)
    for (const c of body.comments) {
      state.comments.push({
        id: state.nextId++,
        pull_request_review_id: review.id,
        user: BOT,
        path: c.path,
        line: c.line,
        side: 'RIGHT',
        body: c.body,
        commit_id: body.commit_id
      })
    }
    return send(res, 200, reviewJson(review))
  }
  const del = new RegExp(`^DELETE ${base}/comments/(\\d+)$`).exec(m)
  if (del !== null) {
    if (state.readOnly) return forbidden(res, 'comments#delete-a-review-comment-for-a-pull-request')
    const id = Number(del[1])
    const answer = state.deleteAnswers.get(id)
    if (answer !== undefined) return send(res, answer, { message: `status ${answer}` })
    const at = state.comments.findIndex(c => c.id === id)
    if (at < 0) return send(res, 404, { message: 'Not Found' })
    state.comments.splice(at, 1)
    return send(res, 204)
  }
  const put = new RegExp(`^PUT ${base}/${PR}/reviews/(\\d+)$`).exec(m)
  if (put !== null) {
    if (state.readOnly) return forbidden(res, 'reviews#update-a-review-for-a-pull-request')
    const review = state.reviews.find(r => r.id === Number(put[1]))
    if (review === undefined) return send(res, 404, { message: 'Not Found' })
    review.body = (JSON.parse(text) as { body: string }).body
    return send(res, 200, reviewJson(review))
  }
  send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
}

beforeAll(async () => {
  const dead = createServer()
  await new Promise<void>(resolve => dead.listen(0, '127.0.0.1', resolve))
  deadUrl = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`
  await new Promise(resolve => dead.close(resolve))
  server = createServer((req, res) => void handle(req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

beforeEach(reset)

const post = (edits: IdSuggestion[], over: Partial<SuggestOptions> = {}) =>
  postIdSuggestions({
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    headSha: HEAD,
    edits,
    token: 'tok123',
    apiUrl,
    timeoutMs: 5000,
    ...over
  })

const calls = () =>
  seen.map(s => `${s.method} ${s.path}${s.query.page ? `?page=${s.query.page}` : ''}`)
const writes = () => seen.filter(s => s.method !== 'GET').map(s => `${s.method} ${s.path}`)

/** An earlier run's review at OLD_HEAD with a suggestion on the zone's id line and a reply. */
const earlierRun = () => {
  state.reviews.push(
    {
      id: 500,
      user: BOT,
      body: `${SUGGESTIONS_MARKER}\nearlier`,
      state: 'COMMENTED',
      commit_id: OLD_HEAD
    },
    {
      id: 501,
      user: ALICE,
      body: 'Looks good, but see the id.',
      state: 'COMMENTED',
      commit_id: OLD_HEAD
    },
    {
      id: 502,
      user: BOT,
      body: '**MTA-STS id suggestions**, retired long ago',
      state: 'COMMENTED',
      commit_id: OLD_HEAD
    },
    // A reply in a thread is a review of its own, with an empty body.
    { id: 503, user: ALICE, body: '', state: 'COMMENTED', commit_id: OLD_HEAD }
  )
  state.comments.push(
    {
      id: 600,
      pull_request_review_id: 500,
      user: BOT,
      path: ZONE_EDIT.path,
      line: ZONE_EDIT.line,
      side: 'RIGHT',
      body: suggestionBody({
        ...ZONE_EDIT,
        after: ZONE_EDIT.after.replace(NEW_ID, '20250601T000000Z')
      }),
      commit_id: OLD_HEAD
    },
    {
      id: 601,
      pull_request_review_id: 503,
      user: ALICE,
      path: ZONE_EDIT.path,
      line: ZONE_EDIT.line,
      side: 'RIGHT',
      body: 'Thanks, will do.',
      commit_id: OLD_HEAD,
      in_reply_to_id: 600
    },
    {
      id: 602,
      pull_request_review_id: 501,
      user: ALICE,
      path: 'README.md',
      line: 1,
      side: 'RIGHT',
      body: `quoting the bot: ${SUGGESTIONS_MARKER}`,
      commit_id: OLD_HEAD
    }
  )
}

describe('the fixture', () => {
  it('has the id lines where the tests say', () => {
    expect(ZONE_EDIT).toMatchObject({
      line: 11,
      after: `_mta-sts   IN TXT   "v=STSv1; id=${NEW_ID}"`
    })
    expect(NET_EDIT).toMatchObject({
      line: 3,
      after: `_mta-sts   IN TXT   "v=STSv1; id=${NEW_ID}"`
    })
    expect(ORG_EDIT.line).toBe(20)
    expect(CONFIG_EDIT).toMatchObject({ line: 3, after: `    id: ${NEW_ID}` })
    expect(state.files.find(f => f.filename === 'dns/example.com.zone')?.right).toEqual(
      new Set([5, 6, 7, 8, 9, 10, 11])
    )
    expect(state.files.find(f => f.filename === 'dns/example.org.zone')?.right.has(20)).toBe(false)
  })
})

describe('postIdSuggestions', () => {
  it('posts one review with a suggestion on each id line the diff shows, and says why not for the others', async () => {
    const r = await post([ZONE_EDIT, ORG_EDIT, CONFIG_EDIT, NET_EDIT])
    expect(r.posted).toEqual([ZONE_EDIT, NET_EDIT])
    expect(r.notPosted).toEqual([
      {
        edit: ORG_EDIT,
        reason: 'not-in-diff',
        detail: "line 20 of dns/example.org.zone is outside the pull request's diff"
      },
      {
        edit: CONFIG_EDIT,
        reason: 'not-in-diff',
        detail: '.mta-sts.yml is not a file the pull request changes'
      }
    ])
    expect(r.review).toEqual({ id: 9000, url: htmlReview(9000), reused: false })
    expect(r).toMatchObject({ deletedComments: 0, retiredReviews: 0, problems: [] })
    // Three pages of files by the Link header, the reviews, one new review; no comments listed
    // as there is no earlier suggestion review.
    expect(calls()).toEqual([
      `GET ${base}/${PR}/files`,
      `GET ${base}/${PR}/files?page=2`,
      `GET ${base}/${PR}/files?page=3`,
      `GET ${base}/${PR}/reviews`,
      `POST ${base}/${PR}/reviews`
    ])
    expect(seen.every(s => s.auth === 'token tok123')).toBe(true)
    const sent = seen[4].body as {
      commit_id: string
      event: string
      body: string
      comments: { path: string; line: number; side: string; body: string }[]
    }
    expect(sent).toMatchObject({ commit_id: HEAD, event: 'COMMENT' })
    expect(sent.body).toContain(SUGGESTIONS_MARKER)
    expect(sent.body).toContain('2 suggested changes')
    expect(sent.comments.map(({ path, line, side }) => ({ path, line, side }))).toEqual([
      { path: 'dns/example.com.zone', line: 11, side: 'RIGHT' },
      { path: 'dns/example.net.zone', line: 3, side: 'RIGHT' }
    ])
    for (const c of sent.comments) {
      expect(c.body).toContain(SUGGESTIONS_MARKER)
      expect(c.body).toContain('senders that cached the old policy')
      expect(c.body).toContain(
        `\n\`\`\`suggestion\n_mta-sts   IN TXT   "v=STSv1; id=${NEW_ID}"\n\`\`\`\n`
      )
      // The CRLF zone's suggestion carries no CR: GitHub keeps the file's line endings.
      expect(c.body).not.toContain('\r')
    }
  })

  it("uses the edit's own words, and a fence the new line cannot close", async () => {
    const edit = { ...ZONE_EDIT, after: 'x ```` y', why: 'The id of example.com must change.' }
    expect(suggestionBody(edit)).toBe(
      `${SUGGESTIONS_MARKER}\nThe id of example.com must change.\n\n\`\`\`\`\`suggestion\nx \`\`\`\` y\n\`\`\`\`\`\n`
    )
    const r = await post([{ ...ZONE_EDIT, why: 'The id of example.com must change.' }])
    expect(r.posted).toHaveLength(1)
    const sent = seen.find(s => s.method === 'POST')?.body as {
      body: string
      comments: { body: string }[]
    }
    expect(sent.comments[0].body).toContain('The id of example.com must change.')
    expect(sent.body).toContain('The suggested change below writes a fresh id')
  })

  it('a later push: a new review, the earlier suggestion comment deleted and its review superseded; people keep theirs', async () => {
    earlierRun()
    const r = await post([ZONE_EDIT])
    expect(r.posted).toEqual([ZONE_EDIT])
    expect(r.review).toEqual({ id: 9000, url: htmlReview(9000), reused: false })
    expect(r).toMatchObject({ deletedComments: 1, retiredReviews: 1, problems: [] })
    expect(writes()).toEqual([
      `POST ${base}/${PR}/reviews`,
      `DELETE ${base}/comments/600`,
      `PUT ${base}/${PR}/reviews/500`
    ])
    const earlier = state.reviews.find(x => x.id === 500)
    expect(earlier?.body).toBe(
      `**MTA-STS id suggestions**, retired at commit 2222222: superseded by [a newer review](${htmlReview(9000)}).`
    )
    expect(earlier?.body).not.toContain(SUGGESTIONS_MARKER)
    expect(state.comments.map(c => c.id).sort()).toEqual([601, 602, 9001])
    expect(state.reviews.find(x => x.id === 501)?.body).toBe('Looks good, but see the id.')
  })

  it('a rerun at the same commit with the same suggestions posts and deletes nothing', async () => {
    await post([ZONE_EDIT, NET_EDIT])
    seen.length = 0
    const r = await post([ZONE_EDIT, NET_EDIT])
    expect(r.posted).toEqual([ZONE_EDIT, NET_EDIT])
    expect(r.review).toEqual({ id: 9000, url: htmlReview(9000), reused: true })
    expect(r).toMatchObject({ deletedComments: 0, retiredReviews: 0, problems: [] })
    expect(writes()).toEqual([])
    expect(calls()).toContain(`GET ${base}/${PR}/comments`)
    // Another new id (a later bump) is a new suggestion: the review is replaced.
    seen.length = 0
    const other = { ...ZONE_EDIT, after: ZONE_EDIT.after.replace(NEW_ID, '20250702T000000Z') }
    const again = await post([other, NET_EDIT])
    expect(again.review?.reused).toBe(false)
    expect(writes()).toEqual([
      `POST ${base}/${PR}/reviews`,
      `DELETE ${base}/comments/9001`,
      `DELETE ${base}/comments/9002`,
      `PUT ${base}/${PR}/reviews/9000`
    ])
  })

  it('the id fixed by a later push: the earlier suggestions deleted, the review says so, nothing posted', async () => {
    earlierRun()
    const r = await post([])
    expect(r).toEqual({
      posted: [],
      notPosted: [],
      deletedComments: 1,
      retiredReviews: 1,
      problems: []
    })
    // Four reviews and three comments, two a page.
    expect(calls()).toEqual([
      `GET ${base}/${PR}/reviews`,
      `GET ${base}/${PR}/reviews?page=2`,
      `GET ${base}/${PR}/comments`,
      `GET ${base}/${PR}/comments?page=2`,
      `DELETE ${base}/comments/600`,
      `PUT ${base}/${PR}/reviews/500`
    ])
    expect(state.reviews.find(x => x.id === 500)?.body).toBe(
      '**MTA-STS id suggestions**, retired at commit 2222222: no id needs changing any more. The suggestions were removed.'
    )
    // Retired: the next run finds nothing to do.
    seen.length = 0
    expect(await post([])).toMatchObject({ deletedComments: 0, retiredReviews: 0 })
    expect(writes()).toEqual([])
  })

  it('id lines no longer in the diff: the earlier suggestions deleted as outdated', async () => {
    earlierRun()
    const r = await post([ORG_EDIT])
    expect(r.notPosted.map(n => n.reason)).toEqual(['not-in-diff'])
    expect(writes()).toEqual([`DELETE ${base}/comments/600`, `PUT ${base}/${PR}/reviews/500`])
    expect(state.reviews.find(x => x.id === 500)?.body).toContain(
      "not in the pull request's diff any more"
    )
  })

  it('a line at the head that is not the line the check read (a merge checkout) is not suggested', async () => {
    const moved = { ...ZONE_EDIT, line: 10 }
    const r = await post([moved])
    expect(r.notPosted).toEqual([
      {
        edit: moved,
        reason: 'not-in-diff',
        detail: 'line 10 of dns/example.com.zone at the head commit is not the line the check read'
      }
    ])
    expect(writes()).toEqual([])
  })

  it('a file GitHub shows no diff of, and a removed file, are not in the diff', async () => {
    state.files.push(
      { filename: 'dns/big.zone', status: 'modified', right: new Set() },
      { filename: 'dns/gone.zone', status: 'removed', patch: '@@ -1 +0,0 @@\n-a', right: new Set() }
    )
    const big = { ...ZONE_EDIT, path: 'dns/big.zone' }
    const gone = { ...ZONE_EDIT, path: 'dns/gone.zone' }
    const r = await post([big, gone])
    expect(r.notPosted.map(n => [n.reason, n.detail])).toEqual([
      ['not-in-diff', 'GitHub shows no diff of dns/big.zone (binary or too large)'],
      ['not-in-diff', 'dns/gone.zone is not a file the pull request changes']
    ])
  })

  it('a read-only token (a fork): nothing posted or deleted, each edit says no-permission; no throw', async () => {
    earlierRun()
    state.readOnly = true
    const r = await post([ZONE_EDIT, ORG_EDIT])
    expect(r.posted).toEqual([])
    expect(r.notPosted.map(n => [n.edit.path, n.reason])).toEqual([
      ['dns/example.com.zone', 'no-permission'],
      ['dns/example.org.zone', 'not-in-diff']
    ])
    expect(r.notPosted[0].detail).toBe(
      'the token may not write pull-request reviews (a pull request from a fork gets a ' +
        'read-only token; otherwise the workflow needs permissions: pull-requests: write): ' +
        'HTTP 403: Resource not accessible by integration'
    )
    // The earlier suggestions stay for a run that may write.
    expect(writes()).toEqual([`POST ${base}/${PR}/reviews`])
    expect(state.comments.some(c => c.id === 600)).toBe(true)
  })

  it('a read-only token and nothing to suggest: the refused cleanup is a problem, the marker stays', async () => {
    earlierRun()
    state.readOnly = true
    const r = await post([])
    expect(r).toMatchObject({ posted: [], notPosted: [], deletedComments: 0, retiredReviews: 0 })
    expect(r.problems).toEqual([
      'an earlier suggestion comment (600) could not be deleted (HTTP 403: Resource not accessible by integration)'
    ])
    expect(writes()).toEqual([`DELETE ${base}/comments/600`])
    expect(state.reviews.find(x => x.id === 500)?.body).toContain(SUGGESTIONS_MARKER)
  })

  it('a comment already gone (404) counts as deleted; a failed delete keeps the review marked', async () => {
    earlierRun()
    state.deleteAnswers.set(600, 404)
    expect(await post([])).toMatchObject({ deletedComments: 0, retiredReviews: 1, problems: [] })
    reset()
    earlierRun()
    state.deleteAnswers.set(600, 502)
    const r = await post([])
    expect(r.retiredReviews).toBe(0)
    expect(r.problems).toEqual([
      'an earlier suggestion comment (600) could not be deleted (HTTP 502: status 502)'
    ])
  })

  it('a 422 (a head the pull request does not have) is an error per edit, with what GitHub said', async () => {
    earlierRun()
    const r = await post([ZONE_EDIT], { headSha: '3'.repeat(40) })
    expect(r.posted).toEqual([])
    expect(r.notPosted).toEqual([
      {
        edit: ZONE_EDIT,
        reason: 'error',
        detail: 'HTTP 422: Unprocessable Entity: Commit ID is not part of the pull request'
      }
    ])
    expect(writes()).toEqual([`POST ${base}/${PR}/reviews`])
  })

  it('a pull request the token cannot see (404 on its files): no-permission', async () => {
    const r = await post([ZONE_EDIT], { pullNumber: 8 })
    expect(r.notPosted).toEqual([
      {
        edit: ZONE_EDIT,
        reason: 'no-permission',
        detail: "listing the pull request's files failed (HTTP 404: Not Found)"
      }
    ])
  })

  it('a server that is down: each edit an error, in bounded time', async () => {
    const started = Date.now()
    const r = await post([ZONE_EDIT, NET_EDIT], { apiUrl: deadUrl, timeoutMs: 3000 })
    expect(Date.now() - started).toBeLessThan(4000)
    expect(r.posted).toEqual([])
    expect(r.notPosted.map(n => n.reason)).toEqual(['error', 'error'])
    expect(r.notPosted[0].detail).toMatch(/^listing the pull request's files failed \(/)
    const cleanup = await post([], { apiUrl: deadUrl, timeoutMs: 3000 })
    expect(cleanup.problems).toHaveLength(1)
    expect(cleanup.problems[0]).toMatch(/^earlier suggestions could not be listed/)
  }, 15_000)

  it('a server that does not answer: an error after the timeout', async () => {
    const timedOut = {
      edit: ZONE_EDIT,
      reason: 'error',
      detail: "listing the pull request's files failed (no answer in time)"
    }
    state.hang = () => true
    let started = Date.now()
    expect((await post([ZONE_EDIT], { timeoutMs: 300 })).notPosted).toEqual([timedOut])
    expect(Date.now() - started).toBeLessThan(3000)
    // A later page is bounded too (octokit's paginate would drop the signal there).
    state.hang = url => url.searchParams.get('page') === '2'
    started = Date.now()
    expect((await post([ZONE_EDIT], { timeoutMs: 300 })).notPosted).toEqual([timedOut])
    expect(Date.now() - started).toBeLessThan(3000)
    expect(calls().slice(-2)).toEqual([`GET ${base}/${PR}/files`, `GET ${base}/${PR}/files?page=2`])
  }, 10_000)

  it('takes a client from a factory; a factory that fails is an error per edit', async () => {
    const r = await postIdSuggestions({
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      headSha: HEAD,
      edits: [ZONE_EDIT],
      octokit: () => import('@actions/github').then(m => m.getOctokit('other', { baseUrl: apiUrl }))
    })
    expect(r.posted).toEqual([ZONE_EDIT])
    expect(seen[0].auth).toBe('token other')
    const broken = await postIdSuggestions({
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      headSha: HEAD,
      edits: [ZONE_EDIT],
      octokit: () => Promise.reject(new Error('no client here'))
    })
    expect(broken.notPosted).toEqual([
      {
        edit: ZONE_EDIT,
        reason: 'error',
        detail: 'the REST client could not be made: no client here'
      }
    ])
  })

  it("a repeated edit shares its first one's fate; a conflicting or multi-line edit is an error", async () => {
    const copy = { ...ZONE_EDIT }
    const conflict = { ...ZONE_EDIT, after: 'something else' }
    const multi = { ...NET_EDIT, after: 'a\nb' }
    const zero = { ...NET_EDIT, line: 0 }
    const r = await post([ZONE_EDIT, copy, conflict, multi, zero, ORG_EDIT, { ...ORG_EDIT }])
    expect(r.posted).toEqual([ZONE_EDIT, copy])
    expect(r.notPosted.map(n => [n.edit, n.reason, n.detail])).toEqual([
      [conflict, 'error', 'another edit of dns/example.com.zone:11 is suggested'],
      [multi, 'error', 'not a one-line edit of dns/example.net.zone:3'],
      [zero, 'error', 'not a one-line edit of dns/example.net.zone:0'],
      [
        ORG_EDIT,
        'not-in-diff',
        "line 20 of dns/example.org.zone is outside the pull request's diff"
      ],
      [
        { ...ORG_EDIT },
        'not-in-diff',
        "line 20 of dns/example.org.zone is outside the pull request's diff"
      ]
    ])
    const sent = seen.find(s => s.method === 'POST')?.body as { comments: unknown[] }
    expect(sent.comments).toHaveLength(1)
  })
})

describe('loading', () => {
  const src = fileURLToPath(new URL('../../../src/', import.meta.url))

  /** The modules a module imports at load: value imports and re-exports, not `import type`. */
  const staticImports = (file: string): string[] =>
    [
      ...readFileSync(file, 'utf8').matchAll(
        /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm
      )
    ].map(m => m[1])

  /** Every module reachable from an entry through static imports. */
  const reachable = (entry: string): Set<string> => {
    const out = new Set<string>()
    const todo = [entry]
    for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
      if (out.has(file)) continue
      out.add(file)
      for (const spec of staticImports(file)) {
        if (spec.startsWith('.'))
          todo.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')))
        else out.add(spec)
      }
    }
    return out
  }

  it('loads @actions/github only with import(), in review-suggestions.ts', () => {
    const file = path.join(src, 'action', 'review-suggestions.ts')
    expect(staticImports(file)).not.toContain('@actions/github')
    expect(readFileSync(file, 'utf8')).toContain("import('@actions/github')")
  })

  it.each(['index.ts', 'cli/index.ts'])(
    'nothing %s loads at start imports @actions/github',
    entry => {
      const modules = reachable(path.join(src, entry))
      expect(modules.size).toBeGreaterThan(5)
      expect(modules).not.toContain('@actions/github')
    }
  )
})
