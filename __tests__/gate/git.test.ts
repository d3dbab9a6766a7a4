/**
 * The git adapters against real repositories: a bare origin, commits with set dates, depth-1
 * clones over file://, fetching the base by sha or ref, a force-pushed base, deleted and renamed
 * files, history deepening; then history fed through the pure comparison.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { resolveBase } from '../../src/gate/base.js'
import { buildHistory, compareDomains, readPolicy } from '../../src/gate/compare.js'
import { gitBaseSource, gitHistory, WORKTREE_REUSE_FROM } from '../../src/gate/git/open-sources.js'
import type { BaseFileSource, HistorySource, SourceResult } from '../../src/gate/ports.js'

const ENV = {
  GIT_AUTHOR_NAME: 'Gate Test',
  GIT_AUTHOR_EMAIL: 'gate@example.com',
  GIT_COMMITTER_NAME: 'Gate Test',
  GIT_COMMITTER_EMAIL: 'gate@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}
const saved: Record<string, string | undefined> = {}

let tmp: string
const git = (cwd: string, args: string[], env: Record<string, string> = {}): string =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...ENV, ...env },
    timeout: 30_000,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()

/** Writes (or with null deletes) files, commits everything at `date`, returns the sha. */
const commit = (
  repo: string,
  date: string,
  files: Record<string, string | null>,
  message = date
): string => {
  for (const [file, content] of Object.entries(files)) {
    const p = path.join(repo, file)
    if (content === null) rmSync(p, { force: true })
    else {
      mkdirSync(path.dirname(p), { recursive: true })
      writeFileSync(p, content)
    }
  }
  git(repo, ['add', '-A'])
  git(repo, ['commit', '-q', '--allow-empty', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  })
  return git(repo, ['rev-parse', 'HEAD'])
}

const clone = (name: string, ...args: string[]): string => {
  const dir = path.join(tmp, name)
  git(tmp, ['clone', '-q', ...args, `file://${path.join(tmp, 'origin.git')}`, dir])
  return dir
}

const unwrap = <T>(r: SourceResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

const text = (b: Uint8Array | null): string | null =>
  b === null ? null : new TextDecoder().decode(b)

const policy = (mode: string, maxAge: number, ...mx: string[]): string =>
  `version: STSv1\nmode: ${mode}\n${mx.map(m => `mx: ${m}\n`).join('')}max_age: ${maxAge}\n`
const zone = (id: string): string =>
  `$ORIGIN example.com.\n@ IN MX 10 mail.example.com.\n_mta-sts IN TXT "v=STSv1; id=${id}"\n`
const readId = (b: Uint8Array): string | undefined =>
  /id=([A-Za-z0-9]+)/.exec(new TextDecoder().decode(b))?.[1]

const POLICY = 'site/.well-known/mta-sts.txt'
const ZONE_OLD = 'dns/example.com.zone'
const ZONE = 'zones/example.com.zone'
const C: Record<string, string> = {}

beforeAll(() => {
  for (const [k, v] of Object.entries(ENV)) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
  tmp = mkdtempSync(path.join(tmpdir(), 'gate-git-'))
  const work = path.join(tmp, 'work')
  git(tmp, ['init', '-q', '--bare', '-b', 'main', 'origin.git'])
  git(tmp, ['init', '-q', '-b', 'main', work])
  git(work, ['remote', 'add', 'origin', path.join(tmp, 'origin.git')])
  C.c1 = commit(work, '2025-01-01T00:00:00Z', {
    [POLICY]: policy('testing', 86400, 'mail.example.com'),
    [ZONE_OLD]: zone('20250101T000000Z'),
    'site/CNAME': 'mta-sts.example.com'
  })
  C.c2 = commit(work, '2025-02-01T00:00:00Z', { 'README.md': 'hello\n' })
  C.c3 = commit(work, '2025-03-01T00:00:00Z', {
    [POLICY]: policy('enforce', 1209600, 'mail.example.com', 'mx2.example.com'),
    [ZONE_OLD]: zone('20250301T000000Z')
  })
  // The zone file moves (a rename with the same content).
  git(work, ['mv', ZONE_OLD.split('/')[0], 'zones'])
  C.c4 = commit(work, '2025-04-01T00:00:00Z', {}, 'move the zone')
  C.c5 = commit(work, '2025-06-01T00:00:00Z', {
    [POLICY]: policy('none', 86400),
    [ZONE]: zone('20250601T000000Z')
  })
  C.c6 = commit(work, '2025-06-20T00:00:00Z', { 'README.md': 'hello again\n' })
  git(work, ['push', '-q', 'origin', 'main'])
  // A branch with a commit that a force-push then drops from the origin for good.
  git(work, ['checkout', '-q', '-b', 'doomed'])
  C.doomed = commit(work, '2025-06-21T00:00:00Z', { 'README.md': 'doomed\n' })
  git(work, ['push', '-q', 'origin', 'doomed'])
  git(work, ['reset', '-q', '--hard', C.c6])
  C.rewritten = commit(work, '2025-06-22T00:00:00Z', { 'README.md': 'rewritten\n' })
  git(work, ['push', '-q', '--force', 'origin', 'doomed'])
  const origin = path.join(tmp, 'origin.git')
  git(origin, ['reflog', 'expire', '--expire=now', '--all'])
  git(origin, ['gc', '-q', '--prune=now'])
  // A feature branch off main, for the first-push case.
  git(work, ['checkout', '-q', '-b', 'feature', C.c6])
  C.feature = commit(work, '2025-06-25T00:00:00Z', { [POLICY]: null, [ZONE]: null })
  git(work, ['push', '-q', 'origin', 'feature'])
  git(work, ['checkout', '-q', 'main'])
}, 60_000)

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(tmp, { recursive: true, force: true })
})

describe('gitBaseSource on a full clone', () => {
  it('reads files at the base; null for absent files, folders and paths that leave the root', async () => {
    const src = unwrap(await gitBaseSource(path.join(tmp, 'work'), C.c3))
    expect(src).toMatchObject({ sha: C.c3, fetched: false })
    expect(src.name).toBe(`git (${C.c3.slice(0, 7)})`)
    expect(text(await src.read(POLICY))).toBe(
      policy('enforce', 1209600, 'mail.example.com', 'mx2.example.com')
    )
    expect(text(await src.read(ZONE_OLD))).toContain('id=20250301T000000Z')
    expect(await src.read(ZONE)).toBeNull() // not moved yet at c3
    expect(await src.read('site')).toBeNull()
    expect(await src.read('nope.txt')).toBeNull()
    expect(await src.read('../work/README.md')).toBeNull()
    expect(await src.read('./site/../site/CNAME')).not.toBeNull()
    expect(await src.list()).toEqual([
      'README.md',
      ZONE_OLD,
      'site/.well-known/mta-sts.txt',
      'site/CNAME'
    ])
  })

  it('takes a ref, and reads relative to a root below the top of the repository', async () => {
    const src = unwrap(await gitBaseSource(path.join(tmp, 'work', 'site'), 'main~1'))
    expect(src.sha).toBe(C.c5)
    expect(text(await src.read('.well-known/mta-sts.txt'))).toBe(policy('none', 86400))
    expect(text(await src.read('CNAME'))).toBe('mta-sts.example.com')
    expect(await src.read(ZONE)).toBeNull() // outside the root
    expect(await src.list()).toEqual(['.well-known/mta-sts.txt', 'CNAME'])
  })

  it('reads a file deleted since the base, and sees it gone after', async () => {
    const before = unwrap(await gitBaseSource(path.join(tmp, 'work'), C.c6))
    const after = unwrap(await gitBaseSource(path.join(tmp, 'work'), C.feature))
    expect(text(await before.read(POLICY))).toBe(policy('none', 86400))
    expect(await after.read(POLICY)).toBeNull()
    expect(await after.list()).toEqual(['README.md', 'site/CNAME'])
  })
})

describe('gitBaseSource on a large listing (unchanged files read from the working tree)', () => {
  // One file over the threshold, in a root below the top, so names and paths must agree.
  const N = WORKTREE_REUSE_FROM
  const file = (i: number): string => `f/${String(i).padStart(3, '0')}.txt`
  let repo: string
  let base: string
  beforeAll(() => {
    repo = path.join(tmp, 'large')
    git(tmp, ['init', '-q', '-b', 'main', repo])
    const files: Record<string, string> = { 'outside.txt': 'not under the root\n' }
    for (let i = 0; i < N; i++) files[`root/${file(i)}`] = `base ${i}\n`
    base = commit(repo, '2025-01-01T00:00:00Z', files)
    // The working tree moves on in every way git can tell apart.
    const at = (i: number) => path.join(repo, 'root', file(i))
    writeFileSync(at(1), 'edited, not staged\n')
    writeFileSync(at(2), 'edited and staged\n')
    git(repo, ['add', `root/${file(2)}`])
    rmSync(at(3))
    rmSync(at(4))
    symlinkSync(file(0).split('/')[1], at(4))
    git(repo, ['rm', '-q', '--cached', `root/${file(5)}`]) // untracked now, same bytes on disk
    git(repo, ['update-index', '--skip-worktree', `root/${file(6)}`]) // as a sparse checkout
    rmSync(at(6))
    git(repo, ['update-index', '--assume-unchanged', `root/${file(7)}`])
    writeFileSync(at(7), 'edited behind git’s back\n')
  })

  it('reads every file as it is at the base, whatever the working tree did to it', async () => {
    const src = unwrap(await gitBaseSource(path.join(repo, 'root'), base))
    expect(src.sameAsWorktree(file(0))).toBe(false) // not known before the listing
    const listed = await src.list()
    // What callers that read the working tree already may take from their own reads.
    expect([0, 1, 2, 3, 4, 5, 6, 8].map(i => src.sameAsWorktree(file(i)))).toEqual([
      true,
      false, // edited
      false, // staged
      false, // deleted
      false, // now a link
      false, // no longer tracked
      true, // skip-worktree: git vouches for it, the read below falls back to git
      true
    ])
    expect(src.sameAsWorktree('../outside.txt')).toBe(false)
    expect(listed).toHaveLength(N)
    for (let i = 0; i < N; i++) {
      if (i === 7) continue
      expect(text(await src.read(file(i)))).toBe(`base ${i}\n`)
    }
    expect(await src.read('../outside.txt')).toBeNull()
    src.close()
  })

  it('trusts git’s view of the working tree: a file marked assume-unchanged reads from disk', async () => {
    // The one case where the working tree answers for a changed file: its owner told git to
    // ignore its changes. It shows that unchanged files are read from disk, not from git.
    const src = unwrap(await gitBaseSource(path.join(repo, 'root'), base))
    await src.list()
    expect(text(await src.read(file(7)))).toBe('edited behind git’s back\n')
    src.close()
  })

  it('reads from git alone below the threshold', async () => {
    const small = path.join(tmp, 'small')
    git(tmp, ['init', '-q', '-b', 'main', small])
    const sha = commit(small, '2025-01-01T00:00:00Z', { 'a.txt': 'base\n' })
    git(small, ['update-index', '--assume-unchanged', 'a.txt'])
    writeFileSync(path.join(small, 'a.txt'), 'edited behind git’s back\n')
    const src = unwrap(await gitBaseSource(small, sha))
    await src.list()
    expect(text(await src.read('a.txt'))).toBe('base\n')
    src.close()
  })
})

describe('gitBaseSource on a depth-1 clone', () => {
  it('fetches the base commit by sha, and only it', async () => {
    const dir = clone('shallow-sha', '--depth=1')
    expect(git(dir, ['rev-parse', '--is-shallow-repository'])).toBe('true')
    expect(() => git(dir, ['cat-file', '-e', `${C.c3}^{commit}`])).toThrow()
    const src = unwrap(await gitBaseSource(dir, C.c3))
    expect(src).toMatchObject({ sha: C.c3, fetched: true })
    expect(src.name).toBe(`git (fetched ${C.c3.slice(0, 7)})`)
    expect(text(await src.read(ZONE_OLD))).toContain('id=20250301T000000Z')
    // Still shallow: one commit came, not the history.
    expect(git(dir, ['rev-parse', '--is-shallow-repository'])).toBe('true')
    expect(() => git(dir, ['cat-file', '-e', `${C.c2}^{commit}`])).toThrow()
    // A second source for the same commit finds it local.
    expect(unwrap(await gitBaseSource(dir, C.c3)).fetched).toBe(false)
  })

  it('on a first push (before all zeros), fetches the default branch by name', async () => {
    const dir = clone('shallow-feature', '--depth=1', '--branch', 'feature')
    const base = resolveBase('push', {
      before: '0'.repeat(40),
      after: C.feature,
      ref: 'refs/heads/feature',
      repository: { default_branch: 'main' }
    })
    expect(base).toMatchObject({ ref: 'main' })
    expect(base.notice).toContain('first push')
    const src = unwrap(await gitBaseSource(dir, base.ref ?? ''))
    expect(src).toMatchObject({ sha: C.c6, fetched: true })
    expect(text(await src.read(POLICY))).toBe(policy('none', 86400))
  })

  it('says a force-pushed, collected base is unreachable', async () => {
    const dir = clone('shallow-doomed', '--depth=1', '--branch', 'doomed')
    const base = resolveBase('push', {
      before: C.doomed,
      after: C.rewritten,
      ref: 'refs/heads/doomed',
      forced: true,
      repository: { default_branch: 'main' }
    })
    const r = await gitBaseSource(dir, base.sha ?? '')
    expect(r).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    const message = r.ok ? '' : r.error.message
    expect(message).toContain(C.doomed.slice(0, 7))
    expect(message).toContain('force-push')
    // The caller then compares with the default branch, as the resolution suggests.
    expect(base.fallbackRef).toBe('main')
    expect(unwrap(await gitBaseSource(dir, base.fallbackRef ?? '')).sha).toBe(C.c6)
  })

  it('says an unknown ref is unreachable', async () => {
    const dir = clone('shallow-noref', '--depth=1')
    const r = await gitBaseSource(dir, 'no-such-branch')
    expect(r).toMatchObject({ ok: false, error: { code: 'unreachable' } })
  })
})

describe('gitBaseSource failures, typed', () => {
  it('a folder outside any repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gate-nogit-'))
    try {
      const r = await gitBaseSource(dir, 'HEAD', { timeoutMs: 10_000 })
      expect(r).toMatchObject({ ok: false, error: { code: 'not-a-repository' } })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a folder that does not exist', async () => {
    const r = await gitBaseSource(path.join(tmp, 'missing'), 'HEAD')
    expect(r).toMatchObject({ ok: false, error: { code: 'not-a-repository' } })
  })

  it('a missing commit and no remote to fetch it from', async () => {
    const dir = path.join(tmp, 'lonely')
    git(tmp, ['init', '-q', '-b', 'main', dir])
    commit(dir, '2025-01-01T00:00:00Z', { a: '1' })
    const r = await gitBaseSource(dir, C.c1)
    expect(r).toMatchObject({ ok: false, error: { code: 'failed' } })
    expect(r.ok ? '' : r.error.message).toContain('remote "origin"')
  })

  it('a revision that could be read as an option', async () => {
    const r = await gitBaseSource(path.join(tmp, 'work'), '--output=/tmp/x')
    expect(r).toMatchObject({ ok: false, error: { code: 'failed' } })
  })

  it('git not on PATH', async () => {
    const pathVar = process.env.PATH
    process.env.PATH = path.join(tmp, 'no-bin')
    try {
      const r = await gitBaseSource(path.join(tmp, 'work'), 'HEAD')
      expect(r).toMatchObject({ ok: false, error: { code: 'git-missing' } })
    } finally {
      process.env.PATH = pathVar
    }
  })

  it('a remote that never answers: the fetch is cut at its bound', async () => {
    const server: Server = createServer(() => undefined) // accepts, never responds
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const dir = clone('hung', '--depth=1')
    git(dir, ['remote', 'set-url', 'origin', `http://127.0.0.1:${port}/repo.git`])
    try {
      const started = Date.now()
      const r = await gitBaseSource(dir, C.c1, { fetchTimeoutMs: 700 })
      expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } })
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })
})

describe('gitHistory', () => {
  const versionsOf = async (
    h: HistorySource,
    file: string,
    limit = 50
  ): Promise<{ list: string[]; complete: boolean; reason?: string }> => {
    const r = await h.versions(file, limit)
    return {
      list: r.versions.map(
        v =>
          `${v.date.toISOString().slice(0, 10)} ${v.path ?? '.'} ${text(v.content)?.match(/id=\w+|mode: \w+/)?.[0] ?? 'null'}`
      ),
      complete: r.complete,
      ...(r.reason !== undefined && { reason: r.reason })
    }
  }

  it('follows a renamed file back to its first commit, with commit dates', async () => {
    const h = unwrap(await gitHistory(path.join(tmp, 'work'), C.c6))
    expect(await versionsOf(h, ZONE)).toEqual({
      list: [
        '2025-06-01 . id=20250601T000000Z',
        `2025-04-01 . id=20250301T000000Z`,
        `2025-03-01 ${ZONE_OLD} id=20250301T000000Z`,
        `2025-01-01 ${ZONE_OLD} id=20250101T000000Z`
      ],
      complete: true
    })
  })

  it('lists a deletion as a version without content', async () => {
    const h = unwrap(await gitHistory(path.join(tmp, 'work'), C.feature))
    const r = await versionsOf(h, POLICY)
    expect(r.list).toEqual([
      '2025-06-25 . null',
      '2025-06-01 . mode: none',
      '2025-03-01 . mode: enforce',
      '2025-01-01 . mode: testing'
    ])
    expect(r.complete).toBe(true)
    const first = (await h.versions(POLICY, 1)).versions[0]
    expect(first).toMatchObject({ commit: C.feature, content: null })
    expect(first.date.toISOString()).toBe('2025-06-25T00:00:00.000Z')
  })

  it('says when the limit cut history short', async () => {
    const h = unwrap(await gitHistory(path.join(tmp, 'work'), C.c6))
    expect(await versionsOf(h, POLICY, 2)).toEqual({
      list: ['2025-06-01 . mode: none', '2025-03-01 . mode: enforce'],
      complete: false,
      reason: 'history was cut at 2 versions'
    })
  })

  it('a file that never existed has an empty, complete history', async () => {
    const h = unwrap(await gitHistory(clone('shallow-empty', '--depth=1'), 'HEAD', { deepen: [] }))
    expect(await h.versions('nothing/here.zone', 10)).toEqual({ versions: [], complete: true })
  })

  it('on a depth-1 clone without deepening: incomplete, and says why', async () => {
    const h = unwrap(await gitHistory(clone('shallow-h0', '--depth=1'), C.c6, { deepen: [] }))
    expect(await versionsOf(h, POLICY)).toEqual({
      list: ['2025-06-20 . mode: none'],
      complete: false,
      reason: 'the clone is shallow'
    })
  })

  it('deepens step by step, and stops at the bound', async () => {
    const dir = clone('shallow-h1', '--depth=1')
    const h = unwrap(await gitHistory(dir, C.c6, { deepen: [1, 1] }))
    const r = await versionsOf(h, POLICY)
    expect(r.complete).toBe(false)
    expect(r.reason).toBe(
      "the clone is shallow, and 2 more commits did not reach the file's first commit"
    )
    expect(r.list[0]).toBe('2025-06-01 . mode: none')
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('3')
  })

  it('deepens until it reaches the first commit', async () => {
    const dir = clone('shallow-h2', '--depth=1')
    const h = unwrap(await gitHistory(dir, C.c6, { deepen: [2, 10] }))
    expect(await versionsOf(h, POLICY)).toEqual({
      list: ['2025-06-01 . mode: none', '2025-03-01 . mode: enforce', '2025-01-01 . mode: testing'],
      complete: true
    })
  })

  it('runs concurrent calls side by side, each deepening once for all of them', async () => {
    const h = unwrap(await gitHistory(clone('shallow-par', '--depth=1'), C.c6, { deepen: [50] }))
    const [a, b] = await Promise.all([versionsOf(h, POLICY), versionsOf(h, ZONE)])
    expect([a.complete, a.list.length, b.complete, b.list.length]).toEqual([true, 3, true, 4])
  })

  it('concurrent calls share the deepening steps: no more commits fetched than for one', async () => {
    const dir = clone('shallow-par2', '--depth=1')
    const h = unwrap(await gitHistory(dir, C.c6, { deepen: [1, 1] }))
    const all = await Promise.all([
      versionsOf(h, POLICY),
      versionsOf(h, ZONE),
      versionsOf(h, POLICY),
      versionsOf(h, 'README.md')
    ])
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('3')
    for (const r of all) {
      expect(r.complete).toBe(false)
      expect(r.reason).toBe(
        "the clone is shallow, and 2 more commits did not reach the file's first commit"
      )
    }
    expect(all[0]).toEqual(all[2])
  })

  it('fetches the base it starts from when the clone lacks it', async () => {
    const dir = clone('shallow-h3', '--depth=1', '--branch', 'feature')
    const h = unwrap(await gitHistory(dir, 'main', { deepen: [50] }))
    expect((await versionsOf(h, ZONE)).complete).toBe(true)
  })

  it('fails typed for an unreachable base', async () => {
    const r = await gitHistory(clone('shallow-h4', '--depth=1'), C.doomed)
    expect(r).toMatchObject({ ok: false, error: { code: 'unreachable' } })
  })
})

describe('the gate over real history', () => {
  /** The gate's inputs for example.com with its policy and zone read at base and head. */
  const gate = async (root: string, base: BaseFileSource, history: HistorySource, now: string) => {
    const read = (f: string): Uint8Array | null => {
      const p = path.join(root, f)
      return existsSync(p) ? new Uint8Array(readFileSync(p)) : null
    }
    const headPolicy = read(POLICY)
    const headZone = read(ZONE)
    const basePolicy = await base.read(POLICY)
    const baseZone = await base.read(ZONE)
    const h = buildHistory({
      policy: await history.versions(POLICY, 50),
      idSource: await history.versions(ZONE, 50),
      readId
    })
    const headId = headZone === null ? undefined : readId(headZone)
    return compareDomains(
      [
        {
          domain: 'example.com',
          head: {
            ...(headPolicy !== null && { policy: readPolicy(headPolicy), policyFile: POLICY }),
            ...(headId !== undefined && { id: headId, idLocation: { file: ZONE, line: 3 } })
          },
          base: {
            ...(basePolicy !== null && { policy: readPolicy(basePolicy), policyFile: POLICY }),
            ...(baseZone !== null && { id: readId(baseZone) })
          },
          history: h
        }
      ],
      { now: new Date(now) }
    )
  }

  it('a removal two weeks after mode none, with a max_age of two weeks before: too early by a day', async () => {
    const dir = clone('gate-remove', '--depth=1')
    rmSync(path.join(dir, POLICY))
    rmSync(path.join(dir, ZONE))
    const base = unwrap(await gitBaseSource(dir, C.c6))
    const history = unwrap(await gitHistory(dir, C.c6))
    const early = await gate(dir, base, history, '2025-06-14T00:00:00Z')
    expect(early.findings.map(f => `${f.rule}/${f.severity}`)).toEqual(['unsafe-removal/error'])
    expect(early.findings[0].message).toContain('cached until 2025-06-15T00:00:00Z')
    expect(early.findings[0].file).toBeUndefined()
    expect(early.changed).toBe(true)
    const later = await gate(dir, base, history, '2025-06-16T00:00:00Z')
    expect(later.findings).toEqual([])
  })

  it('going back to the January id with another policy: id-reused', async () => {
    const dir = clone('gate-reuse', '--depth=1')
    writeFileSync(path.join(dir, POLICY), policy('enforce', 604800, 'mail.example.com'))
    writeFileSync(path.join(dir, ZONE), zone('20250101T000000Z'))
    const base = unwrap(await gitBaseSource(dir, C.c6))
    const history = unwrap(await gitHistory(dir, C.c6))
    const r = await gate(dir, base, history, '2025-06-30T12:00:00Z')
    expect(r.findings.map(f => `${f.rule}/${f.severity}@${f.file}:${f.line}`)).toEqual([
      `id-reused/error@${ZONE}:3`
    ])
    expect(r.findings[0].message).toContain('2025-01-01T00:00:00Z')
    expect(r.newId).toBe('20250630T120000Z')
  })

  it('a policy change without a new id: id-not-changed, with history cut short', async () => {
    const dir = clone('gate-stale', '--depth=1')
    writeFileSync(path.join(dir, POLICY), policy('testing', 86400, 'mail.example.com'))
    const base = unwrap(await gitBaseSource(dir, C.c6))
    const history = unwrap(await gitHistory(dir, C.c6, { deepen: [] }))
    const r = await gate(dir, base, history, '2025-06-30T12:00:00Z')
    expect(r.findings.map(f => `${f.rule}/${f.severity}`)).toEqual(['id-not-changed/error'])
    expect(r.findings[0].message).toContain('20250630T120000Z')
  })
})
