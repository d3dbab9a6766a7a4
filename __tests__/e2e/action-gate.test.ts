/**
 * The id gate end to end: the action (from src in-process; one test runs dist/index.js) on depth-1 clones of a real
 * origin, for each event that names a base (design 5.3, 6), the REST fallback against a local
 * stand-in for the GitHub API, and the files and summary a run leaves.
 *
 * One origin holds every scenario as branches: a base branch and the pull request heads made from
 * it (the payload's base sha may be any commit of the origin). Each run gets its own fresh
 * shallow clone, as a runner's checkout is, except the three runs that never touch git.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import {
  createOrigin,
  DIST,
  fakeGitHubApi,
  fixtureTree,
  git,
  payloads,
  runAction,
  shallowClone,
  tempDir,
  ZERO_SHA,
  type ActionRun,
  type Annotation,
  type Origin
} from './helpers.js'

const GATE_RULES = ['id-not-changed', 'id-reused', 'id-without-change', 'unsafe-removal']

const policy = (mode: string, maxAge: number, ...mx: string[]): string =>
  `version: STSv1\nmode: ${mode}\n${mx.map(m => `mx: ${m}\n`).join('')}max_age: ${maxAge}\n`

const PAGES = fixtureTree('pages-site')
const SHARED = fixtureTree('terraform-shared')
const POLICY_FILE = '.well-known/mta-sts.txt'
const ZONE_FILE = 'dns/example.com.zone'
/** The line of the `_mta-sts` record in the zone fixture. */
const ZONE_ID_LINE = 4
const BASE_ID = '20240301T000000Z'
const OLD_ID = '20240101T000000Z'
const NEW_ID = '20250601T000000Z'

const ENFORCE = PAGES[POLICY_FILE]
/** The fixture's policy with a longer max_age: a change senders act on. */
const ENFORCE_LONGER = policy('enforce', 1209600, 'mail.example.com')
const zone = (id: string | null): string =>
  id === null
    ? PAGES[ZONE_FILE].replace(/^_mta-sts .*\n/m, '')
    : PAGES[ZONE_FILE].replace(BASE_ID, id)
const CONFIG = 'domains:\n  example.com:\n    record: dns/example.com.zone\n'
/** Deletes the policy and the `_mta-sts` record; the zone (MX, TLS-RPT) stays. */
const REMOVAL = { [POLICY_FILE]: null, CNAME: null, '.nojekyll': null, [ZONE_FILE]: zone(null) }

/** ISO date without milliseconds, `days` from now. */
const daysFromNow = (days: number): string =>
  new Date(Math.floor(Date.now() / 1000) * 1000 + days * 86400_000)
    .toISOString()
    .replace('.000Z', 'Z')

const ofRule = (run: ActionRun, rule: string): Annotation[] =>
  run.annotations.filter(a => a.title === rule)
const gateAnnotations = (run: ActionRun): Annotation[] =>
  run.annotations.filter(a => a.title !== undefined && GATE_RULES.includes(a.title))
/**
 * Run-level notices: `::notice` annotations without a rule id. Design 5.3 has the gate fall back
 * or be skipped "with a notice", so the reason shows on the run's page, not only in the log.
 */
const runNotices = (run: ActionRun): string =>
  run.annotations
    .filter(a => a.level === 'notice' && a.title === undefined)
    .map(a => a.message)
    .join('\n')
/** What the gate compared with, as the log says it: `git (fetched abc1234)`. */
const comparedWith = (run: ActionRun): string | undefined =>
  /^id gate: compared with (.+)$/m.exec(run.stdout)?.[1]
const fetched = (commit: string): string => `git (fetched ${commit.slice(0, 7)})`
const noCrash = (run: ActionRun): void => {
  expect(run.code).not.toBeNull()
  expect(run.stdout).not.toMatch(/internal error/)
  expect(run.stderr).not.toMatch(/Error:|Unhandled|at .*dist\/index\.js/)
}
const outputsOf = (run: ActionRun) => ({
  errors: run.outputs.errors,
  warnings: run.outputs.warnings,
  notices: run.outputs.notices,
  changed: run.outputs.changed
})
/** Checks the one id-not-changed error a stale example.com gives, on the zone's record. */
const checkStale = (run: ActionRun): void => {
  noCrash(run)
  expect(run.code).toBe(1)
  expect(gateAnnotations(run)).toEqual([
    expect.objectContaining({
      level: 'error',
      title: 'id-not-changed',
      file: ZONE_FILE,
      line: ZONE_ID_LINE
    })
  ])
  const [a] = ofRule(run, 'id-not-changed')
  expect(a.message).toContain('max_age 604800 → 1209600')
  expect(a.message).toContain(`its id is still "${BASE_ID}"`)
  expect(run.outputs.changed).toBe('true')
  expect(run.outputs['new-id']).toMatch(/^\d{8}T\d{6}Z$/)
  expect(a.message).toContain(`e.g. ${run.outputs['new-id']}`)
  expect(outputsOf(run)).toEqual({ errors: '1', warnings: '0', notices: '0', changed: 'true' })
}

// A run takes about half a second; leave room for a loaded machine (each spawn is bounded too).
jest.setTimeout(30_000)

describe('the id gate, end to end (on shallow clones)', () => {
  let tmp: string
  let origin: Origin
  let clones = 0
  /** The commit date of the mode-none stage of none-recent/main. */
  let noneRecentDate: string
  /** The pull request heads and bases, by branch name. */
  const sha: Record<string, string> = {}
  const checkout = (branch: string): string =>
    shallowClone(origin, path.join(tmp, `ws-${++clones}`), branch)
  /** A pull_request run of `branch` against `base` (a key of `sha`). */
  const pullRequest = (branch: string, base = 'main', event = 'pull_request', bundle = false) =>
    runAction({
      workspace: checkout(branch),
      event,
      payload: payloads.pullRequest(sha[base], sha[branch], branch),
      bundle
    })

  beforeAll(() => {
    if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run "npm run bundle"')
    tmp = tempDir()
    origin = createOrigin(tmp)
    const pr = (name: string, from: string, files: Record<string, string | null>): void => {
      origin.branch(name, from)
      sha[name] = origin.commit(files, { date: '2025-06-01T00:00:00Z', message: name })
      origin.push()
    }

    // main: a testing policy under OLD_ID, then enforce under BASE_ID (the fixture as is).
    origin.commit(
      {
        ...PAGES,
        [POLICY_FILE]: policy('testing', 86400, 'mail.example.com'),
        [ZONE_FILE]: zone(OLD_ID)
      },
      { date: '2024-01-01T00:00:00Z' }
    )
    sha.main = origin.commit(PAGES, { date: '2024-03-01T00:00:00Z' })
    origin.push()
    pr('pr/stale', 'main', { [POLICY_FILE]: ENFORCE_LONGER })
    pr('pr/both', 'main', { [POLICY_FILE]: ENFORCE_LONGER, [ZONE_FILE]: zone(NEW_ID) })
    pr('pr/id-only', 'main', { [ZONE_FILE]: zone(NEW_ID) })
    // Same effective values: fields reordered, spaces after the colons, CRLF line ends.
    pr('pr/bytes', 'main', {
      [POLICY_FILE]:
        'version:  STSv1\r\nmax_age:\t604800\r\nmx: mail.example.com\r\nmode: enforce\r\n'
    })
    pr('pr/reused', 'main', { [POLICY_FILE]: ENFORCE_LONGER, [ZONE_FILE]: zone(OLD_ID) })
    pr('pr/delete-policy', 'main', { [POLICY_FILE]: null, CNAME: null })
    pr('pr/remove-all', 'main', REMOVAL)
    for (const [name, content] of [
      ['pr/rename', ENFORCE],
      ['pr/rename-changed', ENFORCE_LONGER]
    ] as const) {
      origin.branch(name, 'main')
      for (const f of [POLICY_FILE, 'CNAME', '.nojekyll']) origin.mv(f, `public/${f}`)
      sha[name] = origin.commit({ [`public/${POLICY_FILE}`]: content }, { message: name })
      origin.push()
    }
    // A force-push: pr/forced first held a commit that the origin then lost.
    origin.branch('pr/forced', 'main')
    sha.doomed = origin.commit({ [POLICY_FILE]: ENFORCE_LONGER, [ZONE_FILE]: zone(NEW_ID) })
    origin.push()
    git(origin.work, ['reset', '-q', '--hard', 'main'])
    sha['pr/forced'] = origin.commit({ [POLICY_FILE]: ENFORCE_LONGER })
    origin.push({ force: true })
    origin.prune()

    // none-old: enforce, then a mode-none stage under a new id, both long ago (with a config
    // that keeps naming the domain once everything is removed).
    origin.branch('none-old/main', { orphan: true })
    sha['none-old/main^'] = origin.commit(
      { ...PAGES, '.mta-sts.yml': CONFIG, [ZONE_FILE]: zone(OLD_ID) },
      { date: '2024-01-01T00:00:00Z' }
    )
    sha['none-old/main'] = origin.commit(
      { [POLICY_FILE]: policy('none', 86400, 'mail.example.com'), [ZONE_FILE]: zone(BASE_ID) },
      { date: '2024-02-01T00:00:00Z' }
    )
    origin.push()
    pr('none-old/removal', 'none-old/main', REMOVAL)
    pr('none-old/early-removal', sha['none-old/main^'], REMOVAL)
    // none-recent: the mode-none stage went out a day ago; the enforce policy is still cached.
    origin.branch('none-recent/main', { orphan: true })
    origin.commit(
      { ...PAGES, '.mta-sts.yml': CONFIG, [ZONE_FILE]: zone(OLD_ID) },
      { date: daysFromNow(-3) }
    )
    noneRecentDate = daysFromNow(-1)
    sha['none-recent/main'] = origin.commit(
      { [POLICY_FILE]: policy('none', 86400, 'mail.example.com'), [ZONE_FILE]: zone(BASE_ID) },
      { date: noneRecentDate }
    )
    origin.push()
    pr('none-recent/removal', 'none-recent/main', REMOVAL)

    // shared: one policy, three domains whose records live in one Terraform file.
    origin.branch('shared/main', { orphan: true })
    sha['shared/main'] = origin.commit(SHARED, { date: '2024-03-01T00:00:00Z' })
    origin.push()
    const tf = SHARED['dns/mta-sts.tf']
    pr('shared/pr', 'shared/main', {
      'site/.well-known/mta-sts.txt': ENFORCE_LONGER,
      'dns/mta-sts.tf': tf.replace(BASE_ID, NEW_ID)
    })
  }, 30_000)

  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  describe('pull_request against the base sha, on a depth-1 clone', () => {
    it('fails a policy change that keeps the id, on the id source line, with a fresh id', async () => {
      const run = await pullRequest('pr/stale')
      checkStale(run)
      expect(comparedWith(run)).toBe(fetched(sha.main))
      expect(run.stdout).toContain('::error::1 MTA-STS finding(s) at or above "error"')
      expect(run.outputs).not.toHaveProperty('report')
      // The summary says what was compared with (markdown-escaped).
      expect(run.summary).toContain(
        `id gate\\: compared with git \\(fetched ${sha.main.slice(0, 7)}\\)`
      )
    })

    it('the bundled dist/index.js does the same, in a child process with the runner contract', async () => {
      const [bundled, source] = [
        await pullRequest('pr/stale', 'main', 'pull_request', true),
        await pullRequest('pr/stale')
      ]
      checkStale(bundled)
      expect(bundled.stderr).toBe('')
      // The fresh id is written from the event's time (the payload's updated_at), not the clock.
      expect(bundled.annotations).toEqual(source.annotations)
      expect(bundled.outputs).toEqual(source.outputs)
      expect(bundled.summary.split('\n').slice(0, 3)).toEqual(
        source.summary.split('\n').slice(0, 3)
      )
    })

    it('suggests an id from the event time, the same on a rerun, and another after a new push', async () => {
      const first = await pullRequest('pr/stale')
      const rerun = await pullRequest('pr/stale')
      expect(first.outputs['new-id']).toBe('20250602T100000Z')
      expect(rerun.outputs['new-id']).toBe(first.outputs['new-id'])
      const pushed = await runAction({
        workspace: checkout('pr/stale'),
        event: 'pull_request',
        payload: payloads.pullRequest(sha.main, sha['pr/stale'], 'pr/stale', '2025-06-03T08:30:00Z')
      })
      expect(pushed.outputs['new-id']).toBe('20250603T083000Z')
    })

    it('passes a policy change that comes with a new id', async () => {
      const run = await pullRequest('pr/both')
      noCrash(run)
      expect(run.code).toBe(0)
      expect(gateAnnotations(run)).toEqual([])
      expect(outputsOf(run)).toEqual({ errors: '0', warnings: '0', notices: '0', changed: 'true' })
      expect(run.outputs).not.toHaveProperty('new-id')
    })

    it('notes an id changed without a policy change', async () => {
      const run = await pullRequest('pr/id-only')
      noCrash(run)
      expect(run.code).toBe(0)
      expect(gateAnnotations(run)).toEqual([
        expect.objectContaining({
          level: 'notice',
          title: 'id-without-change',
          file: ZONE_FILE,
          line: ZONE_ID_LINE
        })
      ])
      expect(ofRule(run, 'id-without-change')[0].message).toContain(
        `from "${BASE_ID}" to "${NEW_ID}"`
      )
      expect(outputsOf(run)).toEqual({ errors: '0', warnings: '0', notices: '1', changed: 'false' })
      expect(run.outputs).not.toHaveProperty('new-id')
    })

    it('does not fail a byte-only change (field order, spaces, line ends)', async () => {
      const run = await pullRequest('pr/bytes')
      noCrash(run)
      expect(run.code).toBe(0)
      expect(run.annotations.filter(a => a.level !== 'notice')).toEqual([])
      expect(run.outputs.changed).toBe('false')
      expect(run.outputs).not.toHaveProperty('new-id')
      // At most a notice saying the bytes changed but not the policy.
      for (const a of gateAnnotations(run)) {
        expect(a).toMatchObject({ level: 'notice', title: 'id-not-changed' })
        expect(a.message).toMatch(/not its effective values/)
      }
    })

    it('fails an id used before for another policy, reading history beyond depth 1', async () => {
      const ws = checkout('pr/reused')
      expect(git(ws, ['rev-list', '--all', '--count'])).toBe('1')
      const run = await runAction({
        workspace: ws,
        event: 'pull_request',
        payload: payloads.pullRequest(sha.main, sha['pr/reused'], 'pr/reused')
      })
      // The base was fetched, then deepened to reach the commit that first used the id.
      expect(git(ws, ['rev-list', '--count', sha.main])).toBe('2')
      noCrash(run)
      expect(run.code).toBe(1)
      expect(gateAnnotations(run)).toEqual([
        expect.objectContaining({
          level: 'error',
          title: 'id-reused',
          file: ZONE_FILE,
          line: ZONE_ID_LINE
        })
      ])
      const [a] = ofRule(run, 'id-reused')
      expect(a.message).toContain(`the new id "${OLD_ID}"`)
      expect(a.message).toContain('2024-01-01T00:00:00Z')
      expect(a.message).toContain('mode "testing" → "enforce"')
      expect(run.outputs).toMatchObject({ errors: '1', changed: 'true' })
      expect(run.outputs['new-id']).toMatch(/^\d{8}T\d{6}Z$/)
    })

    it('runs the same way on pull_request_target', async () => {
      const run = await pullRequest('pr/stale', 'main', 'pull_request_target')
      checkStale(run)
      expect(comparedWith(run)).toBe(fetched(sha.main))
    })
  })

  describe('other events', () => {
    it('merge_group compares with merge_group.base_sha', async () => {
      const run = await runAction({
        workspace: checkout('pr/stale'),
        event: 'merge_group',
        payload: payloads.mergeGroup(sha.main, sha['pr/stale'])
      })
      checkStale(run)
      expect(comparedWith(run)).toBe(fetched(sha.main))
    })

    it('push compares with before', async () => {
      const run = await runAction({
        workspace: checkout('pr/stale'),
        event: 'push',
        payload: payloads.push(sha.main, sha['pr/stale'], 'pr/stale')
      })
      checkStale(run)
      expect(comparedWith(run)).toBe(fetched(sha.main))
    })

    it('the first push of a branch (before all zeros) compares with the default branch, in a notice', async () => {
      const run = await runAction({
        workspace: checkout('pr/stale'),
        event: 'push',
        payload: payloads.push(ZERO_SHA, sha['pr/stale'], 'pr/stale')
      })
      checkStale(run)
      expect(comparedWith(run)).toBe(fetched(sha.main))
      const why = /first push of "pr\/stale" \(before is all zeros\).*"main"/
      expect(run.stdout).toMatch(why)
      expect(runNotices(run)).toMatch(why)
    })

    it('a force-push whose before is gone from the origin falls back to the default branch, in a notice', async () => {
      expect(() => git(origin.bare, ['cat-file', '-e', `${sha.doomed}^{commit}`])).toThrow()
      const run = await runAction({
        workspace: checkout('pr/forced'),
        event: 'push',
        payload: payloads.push(sha.doomed, sha['pr/forced'], 'pr/forced', true)
      })
      checkStale(run)
      expect(comparedWith(run)).toBe(fetched(sha.main))
      const why = `compared with main, as ${sha.doomed} is unreachable`
      expect(run.stdout).toContain(why)
      expect(runNotices(run)).toContain(why)
    })

    it('schedule and workflow_dispatch lint only; gate: false turns the gate off', async () => {
      // None of these runs touches git, so they share one checkout.
      const ws = checkout('pr/stale')
      const runs = {
        schedule: await runAction({
          workspace: ws,
          event: 'schedule',
          payload: { schedule: '0 6 * * 1' }
        }),
        dispatch: await runAction({
          workspace: ws,
          event: 'workflow_dispatch',
          payload: { ref: 'refs/heads/pr/stale', inputs: {} }
        }),
        off: await runAction({
          workspace: ws,
          event: 'pull_request',
          payload: payloads.pullRequest(sha.main, sha['pr/stale'], 'pr/stale'),
          inputs: { gate: 'false' }
        })
      }
      for (const run of Object.values(runs)) {
        noCrash(run)
        expect(run.code).toBe(0)
        expect(gateAnnotations(run)).toEqual([])
        expect(outputsOf(run)).toEqual({
          errors: '0',
          warnings: '0',
          notices: '0',
          changed: 'false'
        })
        expect(run.outputs).not.toHaveProperty('new-id')
      }
      expect(runs.schedule.stdout).toMatch(/a schedule run has no base commit/)
      expect(runs.dispatch.stdout).toMatch(/a workflow_dispatch run has no base commit/)
      expect(runs.off.stdout).toContain('id gate off (input gate: false)')
      expect(runs.off.summary).toContain('id gate off')
      expect(git(ws, ['rev-parse', '--is-shallow-repository'])).toBe('true')
      expect(git(ws, ['rev-list', '--all', '--count'])).toBe('1')
    })

    it('the base input overrides the event (a branch name, fetched into the shallow clone)', async () => {
      const run = await runAction({
        workspace: checkout('pr/stale'),
        event: 'workflow_dispatch',
        payload: { ref: 'refs/heads/pr/stale', inputs: {} },
        inputs: { base: 'main' }
      })
      checkStale(run)
      expect(comparedWith(run)).toBe(fetched(sha.main))
    })
  })

  describe('renames and removals', () => {
    it('a policy moved with git mv, unchanged, is no change', async () => {
      const run = await pullRequest('pr/rename')
      noCrash(run)
      expect(run.code).toBe(0)
      expect(gateAnnotations(run)).toEqual([])
      expect(run.outputs).toMatchObject({ errors: '0', changed: 'false' })
    })

    it('a policy moved and changed under the same id still needs a new id', async () => {
      const run = await pullRequest('pr/rename-changed')
      noCrash(run)
      expect(run.code).toBe(1)
      expect(gateAnnotations(run)).toEqual([
        expect.objectContaining({ title: 'id-not-changed', file: ZONE_FILE, line: ZONE_ID_LINE })
      ])
      expect(run.outputs.changed).toBe('true')
    })

    it('a deleted policy whose record stays is an unsafe removal, on the record', async () => {
      const run = await pullRequest('pr/delete-policy')
      noCrash(run)
      expect(run.code).toBe(1)
      expect(gateAnnotations(run)).toEqual([
        expect.objectContaining({
          level: 'error',
          title: 'unsafe-removal',
          file: ZONE_FILE,
          line: ZONE_ID_LINE
        })
      ])
      expect(ofRule(run, 'unsafe-removal')[0].message).toMatch(
        /the policy ".well-known\/mta-sts.txt" of example.com is removed while the base still serves mode: enforce/
      )
      expect(run.outputs.changed).toBe('true')
    })

    it('removing policy and record straight from enforce fails with the earliest safe date', async () => {
      const before = Date.now()
      const run = await pullRequest('none-old/early-removal', 'none-old/main^')
      noCrash(run)
      expect(run.code).toBe(1)
      const removal = ofRule(run, 'unsafe-removal')
      expect(removal).toEqual([
        expect.objectContaining({ level: 'error', file: '.mta-sts.yml', line: 2 })
      ])
      expect(removal[0].message).toMatch(
        /the policy ".well-known\/mta-sts.txt" and the _mta-sts record of example.com are removed while the base still serves mode: enforce/
      )
      // Released now, the enforce policy (max_age one week) stays cached for a week.
      const safe = /\((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) if released now/.exec(removal[0].message)
      expect(safe).not.toBeNull()
      const at = Date.parse(safe?.[1] ?? '')
      expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 604800_000)
      expect(at).toBeLessThanOrEqual(Date.now() + 604800_000)
    })

    it('removing after a mode-none stage whose wait is over passes', async () => {
      const run = await pullRequest('none-old/removal', 'none-old/main')
      noCrash(run)
      expect(run.code).toBe(0)
      expect(gateAnnotations(run)).toEqual([])
      expect(run.outputs).toMatchObject({ errors: '0', changed: 'true' })
    })

    it('removing a day after the mode-none stage fails until the enforce policy expires', async () => {
      const run = await pullRequest('none-recent/removal', 'none-recent/main')
      noCrash(run)
      expect(run.code).toBe(1)
      const removal = ofRule(run, 'unsafe-removal')
      expect(removal).toEqual([expect.objectContaining({ level: 'error', file: '.mta-sts.yml' })])
      // Served until the mode-none commit, then cached for max_age (one week): commit dates.
      const until = noneRecentDate
      const expires = new Date(Date.parse(until) + 604800_000).toISOString().replace('.000Z', 'Z')
      expect(removal[0].message).toContain(`too early: a mode: enforce policy`)
      expect(removal[0].message).toContain(`served until ${until}`)
      expect(removal[0].message).toContain(`cached until ${expires}`)
    })

    it('removing everything (no policy, no record, no config left) is still an unsafe removal', async () => {
      const run = await pullRequest('pr/remove-all')
      noCrash(run)
      expect(run.code).toBe(1)
      expect(run.stdout).not.toContain('no MTA-STS policy found')
      // Nothing is left to point at: the annotation has no file.
      expect(gateAnnotations(run)).toEqual([
        expect.objectContaining({ level: 'error', title: 'unsafe-removal' })
      ])
      expect(ofRule(run, 'unsafe-removal')[0].file).toBeUndefined()
      expect(run.outputs.changed).toBe('true')
    })
  })

  describe('the REST fallback, when git cannot reach the base', () => {
    /** A checkout whose origin points nowhere: every fetch fails. */
    const cutOff = (): string => {
      const ws = checkout('pr/stale')
      git(ws, ['remote', 'set-url', 'origin', `file://${path.join(tmp, 'gone.git')}`])
      return ws
    }
    const prPayload = () => payloads.pullRequest(sha.main, sha['pr/stale'], 'pr/stale')

    it('reads the base through the REST API and gates on it', async () => {
      const api = await fakeGitHubApi(origin.bare)
      try {
        const run = await runAction({
          workspace: cutOff(),
          event: 'pull_request',
          payload: prPayload(),
          env: { GITHUB_API_URL: api.url }
        })
        checkStale(run)
        expect(comparedWith(run)).toBe(`REST API (${sha.main.slice(0, 7)})`)
        expect(run.stdout).toContain('read through the REST API instead')
        expect(run.summary).toMatch(/REST API/)
        expect(api.requests).toContain(
          `GET /repos/acme/mail-policy/git/trees/${sha.main}?recursive=true`
        )
        expect(api.requests).toContain(
          `GET /repos/acme/mail-policy/contents/dns%2Fexample.com.zone?ref=${sha.main}`
        )
      } finally {
        await api.close()
      }
    })

    it.each([
      ['answers 500', 500],
      ['is absent', undefined]
    ])('when the API %s too, fails closed and says why and how to fix it', async (_, status) => {
      const api = await fakeGitHubApi(origin.bare, status ?? 500)
      const url = api.url
      if (status === undefined) await api.close()
      try {
        const run = await runAction({
          workspace: cutOff(),
          event: 'pull_request',
          payload: prPayload(),
          env: { GITHUB_API_URL: url }
        })
        noCrash(run)
        expect(run.code).toBe(1)
        expect(gateAnnotations(run)).toEqual([])
        // No outputs: a run that could not check must not say changed=false.
        expect(run.outputs).toEqual({})
        const failed = run.annotations.filter(a => a.level === 'error' && a.title === undefined)
        expect(failed).toHaveLength(1)
        const why =
          status === undefined
            ? /^the id gate cannot run: reading the base failed: REST API: .*ECONNREFUSED/
            : /^the id gate cannot run: reading the base failed: REST API: .*HTTP 500/
        expect(failed[0].message).toMatch(why)
        expect(failed[0].message).toMatch(/To fix: .*fetch-depth.*contents: read.*gate: false/)
        expect(api.requests.length > 0).toBe(status !== undefined)
        // A refused connection got no HTTP answer: the message must not invent a status.
        expect(/HTTP 500/.test(failed[0].message)).toBe(status !== undefined)
        // The summary is not written: nothing says "compared with REST API" for a failed gate.
        expect(run.summary).toBe('')
      } finally {
        if (status !== undefined) await api.close()
      }
    })
  })

  describe('one policy shared by three domains (records in Terraform)', () => {
    let run: ActionRun
    let ws: string
    beforeAll(async () => {
      ws = checkout('shared/pr')
      run = await runAction({
        workspace: ws,
        event: 'pull_request',
        payload: payloads.pullRequest(sha['shared/main'], sha['shared/pr'], 'shared/pr'),
        inputs: { report: 'out/mta-sts.json', sarif: 'out/mta-sts.sarif' }
      })
    }, 30_000)

    it('fails once per domain whose id did not change, on its record', () => {
      noCrash(run)
      expect(run.code).toBe(1)
      expect(gateAnnotations(run)).toEqual([
        expect.objectContaining({ title: 'id-not-changed', file: 'dns/mta-sts.tf', line: 12 }),
        expect.objectContaining({ title: 'id-not-changed', file: 'dns/mta-sts.tf', line: 19 })
      ])
      const [net, org] = ofRule(run, 'id-not-changed')
      expect(net.message).toMatch(/^the policy of example\.net changed/)
      expect(org.message).toMatch(/^the policy of example\.org changed/)
      expect(net.message).toContain('the policy also serves example.com, example.org')
      expect(outputsOf(run)).toEqual({ errors: '2', warnings: '0', notices: '0', changed: 'true' })
      expect(run.outputs['new-id']).toMatch(/^\d{8}T\d{6}Z$/)
      expect(run.outputs['new-id']).not.toBe(NEW_ID)
    })

    it('writes the JSON report and SARIF it was asked for', () => {
      expect(run.outputs.report).toBe('out/mta-sts.json')
      const report = JSON.parse(readFileSync(path.join(ws, 'out/mta-sts.json'), 'utf8')) as {
        summary: unknown
        findings: { rule: string; file: string; line: number; domain: string }[]
        domains: { domain: string; id: string; idSource: string }[]
      }
      expect(report.summary).toEqual({ errors: 2, warnings: 0, notices: 0 })
      expect(report.findings.map(f => [f.rule, f.domain, f.file, f.line])).toEqual([
        ['id-not-changed', 'example.net', 'dns/mta-sts.tf', 12],
        ['id-not-changed', 'example.org', 'dns/mta-sts.tf', 19]
      ])
      expect(report.domains.map(d => [d.domain, d.id, d.idSource])).toEqual([
        ['example.com', NEW_ID, 'dns/mta-sts.tf:5'],
        ['example.net', BASE_ID, 'dns/mta-sts.tf:12'],
        ['example.org', BASE_ID, 'dns/mta-sts.tf:19']
      ])
      const sarif = JSON.parse(readFileSync(path.join(ws, 'out/mta-sts.sarif'), 'utf8')) as {
        version: string
        runs: {
          results: {
            ruleId: string
            locations: {
              physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
            }[]
          }[]
        }[]
      }
      expect(sarif.version).toBe('2.1.0')
      expect(
        sarif.runs[0].results.map(r => [
          r.ruleId,
          r.locations[0].physicalLocation.artifactLocation.uri,
          r.locations[0].physicalLocation.region.startLine
        ])
      ).toEqual([
        ['id-not-changed', 'dns/mta-sts.tf', 12],
        ['id-not-changed', 'dns/mta-sts.tf', 19]
      ])
    })

    it('writes a job summary with one row per domain', () => {
      const rows = run.summary.split('\n').filter(l => /^\| example\\\.(com|net|org) \|/.test(l))
      expect(rows).toHaveLength(3)
      expect(rows[0]).toContain('| ✅ |')
      expect(rows[1]).toContain(`| 20240301T000000Z |`)
      expect(rows[1]).toContain('1 ❌')
      expect(run.summary).toContain('`id-not-changed`')
    })
  })
})
