/**
 * `suggest: true` end to end, from the action's source: a real repository, a pull request whose
 * policy changed without a new id, and a local HTTP server standing in for GitHub's REST API
 * (pull request files with their real `git diff` hunks, reviews, review comments).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { createOrigin, fixtureTree, git, payloads, runAction, tempDir } from './helpers.js'

const PAGES = fixtureTree('pages-site')
const POLICY = '.well-known/mta-sts.txt'
const ZONE = 'dns/example.com.zone'
const LONGER = PAGES[POLICY].replace(/max_age: \d+/, 'max_age: 1209600')

interface Posted {
  method: string
  url: string
  body: unknown
}

/** The pull request's files as GitHub lists them: each with the hunks of its diff. */
const filesOf = (work: string, base: string, head: string) =>
  git(work, ['diff', '--name-only', base, head])
    .split('\n')
    .filter(f => f !== '')
    .map(filename => ({
      filename,
      status: 'modified',
      patch: git(work, ['diff', base, head, '--', filename]).replace(/^[^]*?(?=^@@)/m, '')
    }))

/** A stand-in for the REST API; `writes` is the status answered to writes (403: read-only). */
const fakeApi = async (files: unknown[], writes = 200) => {
  const seen: Posted[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body: body && JSON.parse(body) })
      const json = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      const url = req.url ?? ''
      if (req.method === 'GET' && /\/pulls\/1\/files/.test(url)) return json(200, files)
      if (req.method === 'GET' && /\/pulls\/1\/(reviews|comments)/.test(url)) return json(200, [])
      if (req.method === 'POST' && /\/pulls\/1\/reviews/.test(url)) {
        return writes === 200
          ? json(200, { id: 9, html_url: 'https://github.example/review/9', body: '' })
          : json(writes, { message: 'Resource not accessible by integration' })
      }
      json(404, { message: 'Not Found' })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

let tmp: string
beforeAll(() => {
  tmp = tempDir('mta-sts-lint-suggest-')
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A pull request changing the policy under the same id; `zone` also edits the zone file. */
const pullRequest = (name: string, zone?: (text: string) => string) => {
  const origin = createOrigin(path.join(tmp, name))
  const base = origin.commit(PAGES, { date: '2024-03-01T00:00:00Z' })
  origin.branch('feature')
  const head = origin.commit({
    [POLICY]: LONGER,
    ...(zone !== undefined && { [ZONE]: zone(PAGES[ZONE]) })
  })
  return { work: origin.work, base, head }
}

const run = async (pr: { work: string; base: string; head: string }, api: { url: string }) =>
  runAction({
    workspace: pr.work,
    event: 'pull_request',
    payload: payloads.pullRequest(pr.base, pr.head),
    inputs: { suggest: 'true', token: 'ghs_test' },
    env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/mail-policy' }
  })

describe('suggest: the id bump as a review suggestion', () => {
  it('posts one review with a suggestion on the id line when the line is in the diff', async () => {
    // The zone's TTL changes too, so the _mta-sts line two lines below is in the hunk.
    const pr = pullRequest('in-diff', z => z.replace('$TTL 3600', '$TTL 1800'))
    const api = await fakeApi(filesOf(pr.work, pr.base, pr.head))
    try {
      const r = await run(pr, api)
      expect(r.code).toBe(1)
      const review = api.seen.find(s => s.method === 'POST')
      expect(review?.url).toBe('/repos/acme/mail-policy/pulls/1/reviews')
      const body = review?.body as {
        commit_id: string
        event: string
        comments: { path: string; line: number; side: string; body: string }[]
      }
      expect(body.commit_id).toBe(pr.head)
      expect(body.event).toBe('COMMENT')
      expect(body.comments).toHaveLength(1)
      const [comment] = body.comments
      expect(comment).toMatchObject({ path: ZONE, line: 4, side: 'RIGHT' })
      const id = r.outputs['new-id']
      expect(id).toMatch(/^\d{8}T\d{6}Z$/)
      expect(comment.body).toContain(
        `\`\`\`suggestion\n_mta-sts     IN TXT "v=STSv1; id=${id}"\n\`\`\``
      )
      expect(r.stdout).toContain(
        'suggest: 1 id line(s) suggested in https://github.example/review/9'
      )
    } finally {
      await api.close()
    }
  })

  it('puts the exact replacement line in the annotation when the id line is not in the diff', async () => {
    const pr = pullRequest('not-in-diff')
    const api = await fakeApi(filesOf(pr.work, pr.base, pr.head))
    try {
      const r = await run(pr, api)
      expect(api.seen.some(s => s.method === 'POST')).toBe(false)
      const id = r.outputs['new-id']
      const stale = r.annotations.find(a => a.title === 'id-not-changed')
      expect(stale).toMatchObject({ file: ZONE, line: 4 })
      expect(stale?.message).toContain(
        `replace line 4 of ${ZONE} with: _mta-sts     IN TXT "v=STSv1; id=${id}"`
      )
    } finally {
      await api.close()
    }
  })

  it('with a read-only token (a fork), does not fail on it and falls back to the annotation', async () => {
    const pr = pullRequest('read-only', z => z.replace('$TTL 3600', '$TTL 1800'))
    const api = await fakeApi(filesOf(pr.work, pr.base, pr.head), 403)
    try {
      const r = await run(pr, api)
      // Fails for the stale id, not for the refused review.
      expect(r.stdout).toContain('::error::1 MTA-STS finding(s) at or above "error"')
      expect(r.stdout).not.toContain('internal error')
      expect(r.stdout).toMatch(/the token may not review this pull request/)
      const stale = r.annotations.find(a => a.title === 'id-not-changed')
      expect(stale?.message).toMatch(/replace line 4 of dns\/example\.com\.zone with: /)
    } finally {
      await api.close()
    }
  })

  it('does nothing on events other than pull requests', async () => {
    const pr = pullRequest('push')
    const r = await runAction({
      workspace: pr.work,
      event: 'push',
      payload: payloads.push(pr.base, pr.head, 'feature'),
      inputs: { suggest: 'true' }
    })
    expect(r.stdout).toContain('suggest: suggestions are made on pull requests only')
  })
})
