/**
 * The git adapters' process budget and their long-lived object reader: base reads go through one
 * `git cat-file --batch` (what a read returns for links, submodules, folders, odd names, empty
 * and large files), the listing is cached, openGate opens the repository once, history reads
 * contents through the same reader and deepens a shallow clone only when a file's history is
 * asked for; a stuck reader is cut at its bound, and a reader never closed does not keep Node
 * alive. Every git call goes through a logging wrapper on PATH.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { gitBaseSource, gitHistory, gitSources } from '../../src/gate/git/open-sources.js'
import { openGate } from '../../src/gate/open.js'
import type { SourceResult } from '../../src/gate/ports.js'

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
let realGit: string
let work: string
let logFile: string
let hangFile: string
const C: Record<string, string> = {}

const git = (cwd: string, args: string[], env: Record<string, string> = {}): string =>
  execFileSync(realGit, args, {
    cwd,
    env: { ...process.env, ...ENV, ...env },
    timeout: 30_000,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()

const commit = (repo: string, date: string, files: Record<string, string | null>): string => {
  for (const [file, content] of Object.entries(files)) {
    const p = path.join(repo, file)
    if (content === null) rmSync(p, { force: true })
    else {
      mkdirSync(path.dirname(p), { recursive: true })
      writeFileSync(p, content)
    }
  }
  git(repo, ['add', '-A'])
  git(repo, ['commit', '-q', '--allow-empty', '-m', date], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  })
  return git(repo, ['rev-parse', 'HEAD'])
}

const unwrap = <T>(r: SourceResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

const text = (b: Uint8Array | null): string | null =>
  b === null ? null : new TextDecoder().decode(b)

/** The git calls logged since the last call: `[pid, subcommand and arguments]`. */
const calls = (): [number, string][] => {
  // A line not starting with a pid continues the one before (an argument with a newline).
  const lines = readFileSync(logFile, 'utf8')
    .replace(/\n$/, '')
    .split(/\n(?=\d+ )/)
    .filter(l => l !== '')
  writeFileSync(logFile, '')
  return lines.map(l => {
    const sp = l.indexOf(' ')
    return [Number(l.slice(0, sp)), l.slice(sp + 1)]
  })
}
const commands = (): string[] =>
  calls().map(([, c]) => c.split(' ').find(w => !w.startsWith('-')) ?? '')

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const waitDead = async (pid: number): Promise<boolean> => {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise(r => setTimeout(r, 50))
  return !alive(pid)
}

const N = 30
const POLICY = (d: string): string => `sites/${d}/.well-known/mta-sts.txt`
const ZONE = (d: string): string => `zones/${d}.zone`
const DOMAINS = Array.from({ length: N }, (_, i) => `d${i}.example.com`)
const policy = (mode: string): string =>
  `version: STSv1\nmode: ${mode}\nmx: mail.example.com\nmax_age: 86400\n`
const zone = (d: string, id: string): string =>
  `$ORIGIN ${d}.\n_mta-sts IN TXT "v=STSv1; id=${id}"\n`
const BIG = 'x'.repeat(3 * 1024 * 1024 + 17) + '\nend\n'
const BINARY = Buffer.from([0, 10, 13, 255, 10, 10, 0, 32, 109, 105, 115, 115, 105, 110, 103, 10])

beforeAll(() => {
  for (const [k, v] of Object.entries(ENV)) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
  realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  tmp = mkdtempSync(path.join(tmpdir(), 'gate-batch-'))
  logFile = path.join(tmp, 'git.log')
  hangFile = path.join(tmp, 'hang')
  writeFileSync(logFile, '')
  work = path.join(tmp, 'work')
  git(tmp, ['init', '-q', '--bare', '-b', 'main', 'origin.git'])
  git(tmp, ['init', '-q', '-b', 'main', work])
  git(work, ['remote', 'add', 'origin', path.join(tmp, 'origin.git')])
  const all = (mode: string, id: string): Record<string, string> =>
    Object.fromEntries(
      DOMAINS.flatMap(d => [
        [POLICY(d), policy(mode)],
        [ZONE(d), zone(d, id)]
      ])
    )
  C.c1 = commit(work, '2025-01-01T00:00:00Z', all('testing', '20250101'))
  C.c2 = commit(work, '2025-02-01T00:00:00Z', all('enforce', '20250201'))
  // Odd entries: a link, a submodule, an executable, an empty file, a large and a binary file,
  // names with spaces, non-ASCII and newlines (in a file name and in a folder name).
  symlinkSync('d0.example.com.zone', path.join(work, 'zones', 'link.zone'))
  mkdirSync(path.join(work, 'dir\nwith newline'))
  C.c3 = commit(work, '2025-03-01T00:00:00Z', {
    'bin/run.sh': '#!/bin/sh\necho hi\n',
    'empty.txt': '',
    'big.txt': BIG,
    'name with spaces missing.txt': 'spaces\n',
    'zones/é-ünïcode.zone': 'unicode\n',
    'zones/new\nline.zone': 'newline in the name\n',
    'dir\nwith newline/file.txt': 'newline in the folder\n'
  })
  writeFileSync(path.join(work, 'binary.bin'), BINARY)
  chmodSync(path.join(work, 'bin', 'run.sh'), 0o755)
  git(work, ['add', '-A'])
  git(work, ['update-index', '--add', '--cacheinfo', `160000,${C.c1},sub`])
  git(work, ['commit', '-q', '-m', 'odd entries'], {
    GIT_AUTHOR_DATE: '2025-03-02T00:00:00Z',
    GIT_COMMITTER_DATE: '2025-03-02T00:00:00Z'
  })
  C.c4 = git(work, ['rev-parse', 'HEAD'])
  git(work, ['push', '-q', 'origin', 'main'])
  // Every git call of the code under test goes through a wrapper that logs it (with its pid, the
  // same as git's after exec) and, while the hang file exists, makes `cat-file` hang.
  const bin = path.join(tmp, 'bin')
  mkdirSync(bin)
  writeFileSync(
    path.join(bin, 'git'),
    [
      '#!/bin/sh',
      `printf '%s %s\\n' "$$" "$*" >> '${logFile}'`,
      `if [ "$1" = cat-file ] && [ -e '${hangFile}' ]; then exec sleep 60; fi`,
      `exec '${realGit}' "$@"`,
      ''
    ].join('\n')
  )
  chmodSync(path.join(bin, 'git'), 0o755)
  saved.PATH = process.env.PATH
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`
}, 60_000)

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(tmp, { recursive: true, force: true })
})

beforeEach(() => {
  rmSync(hangFile, { force: true })
  writeFileSync(logFile, '')
})

const clone = (name: string, ...args: string[]): string => {
  const dir = path.join(tmp, name)
  git(tmp, ['clone', '-q', ...args, `file://${path.join(tmp, 'origin.git')}`, dir])
  return dir
}

describe('base reads through one git cat-file --batch', () => {
  it('opens with one rev-parse and one cat-file, then reads every file without a process', async () => {
    const src = unwrap(await gitBaseSource(work, C.c2))
    expect(commands().sort()).toEqual(['cat-file', 'rev-parse']) // started side by side
    for (const d of DOMAINS) {
      expect(text(await src.read(POLICY(d)))).toBe(policy('enforce'))
      expect(text(await src.read(ZONE(d)))).toBe(zone(d, '20250201'))
    }
    expect(await src.read('zones/link.zone')).toBeNull() // not there yet at c2
    expect(commands()).toEqual([])
    src.close()
  })

  it('reads what the old per-file reads read: null for links, submodules, folders, paths out', async () => {
    const src = unwrap(await gitBaseSource(work, C.c4))
    const read = async (p: string): Promise<string | null> => text(await src.read(p))
    expect(await read('zones/link.zone')).toBeNull() // a symbolic link
    expect(await read('sub')).toBeNull() // a submodule
    expect(await read('sub/file')).toBeNull()
    expect(await read('zones')).toBeNull() // a folder
    expect(await read('zones/')).toBeNull()
    expect(await read('bin/run.sh/')).toBeNull()
    expect(await read('empty.txt/x')).toBeNull()
    expect(await read('.')).toBeNull()
    expect(await read('')).toBeNull()
    expect(await read('../work/empty.txt')).toBeNull()
    expect(await read('nope/nothing.txt')).toBeNull()
    expect(await read('bin/run.sh')).toBe('#!/bin/sh\necho hi\n') // executable
    expect(await read('empty.txt')).toBe('')
    expect(await read('name with spaces missing.txt')).toBe('spaces\n')
    expect(await read('zones/é-ünïcode.zone')).toBe('unicode\n')
    expect(await read('zones/new\nline.zone')).toBe('newline in the name\n')
    expect(await read('dir\nwith newline/file.txt')).toBe('newline in the folder\n')
    expect(await read('./zones//../zones/d1.example.com.zone')).toBe(
      zone('d1.example.com', '20250201')
    )
    expect(Buffer.from((await src.read('binary.bin')) ?? [])).toEqual(BINARY)
    expect(await read('big.txt')).toBe(BIG)
    // Only the folder with a newline in its name took the slow way (ls-tree and cat-file blob).
    expect(calls().map(([, c]) => c.replace(/ .*/s, ''))).toEqual([
      expect.any(String),
      expect.any(String),
      '--literal-pathspecs',
      'cat-file'
    ])
    src.close()
  })

  it('answers concurrent reads each with its own file', async () => {
    const src = unwrap(await gitBaseSource(work, C.c4))
    const got = await Promise.all(
      [...DOMAINS, 'big.txt', ...DOMAINS].map(async (d, i) =>
        d === 'big.txt'
          ? (await src.read(d))?.length
          : text(await src.read(i < N ? POLICY(d) : ZONE(d)))
      )
    )
    expect(got).toEqual([
      ...DOMAINS.map(() => policy('enforce')),
      BIG.length,
      ...DOMAINS.map(d => zone(d, '20250201'))
    ])
    src.close()
  })

  it('reads relative to a root below the top of the repository', async () => {
    const src = unwrap(await gitBaseSource(path.join(work, 'zones'), C.c4))
    expect(text(await src.read('d3.example.com.zone'))).toBe(zone('d3.example.com', '20250201'))
    expect(await src.read('link.zone')).toBeNull()
    expect(await src.read('../empty.txt')).toBeNull()
    expect((await src.list()).slice(0, 2)).toEqual(['d0.example.com.zone', 'd1.example.com.zone'])
    src.close()
  })

  it('lists with one ls-tree, once', async () => {
    const src = unwrap(await gitBaseSource(work, C.c2))
    calls()
    const first = await src.list()
    first.push('mutated by the caller')
    const second = await src.list()
    expect(second).toHaveLength(2 * N)
    expect(second).toContain(POLICY('d7.example.com'))
    expect(commands()).toEqual(['ls-tree'])
    src.close()
  })

  it('ends the process on close, and starts another on the next read', async () => {
    const src = unwrap(await gitBaseSource(work, C.c2))
    const [[pid, cmd]] = calls().filter(([, c]) => c.startsWith('cat-file'))
    expect(cmd).toBe('cat-file --batch')
    expect(alive(pid)).toBe(true)
    src.close()
    expect(await waitDead(pid)).toBe(true)
    expect(text(await src.read(POLICY('d1.example.com')))).toBe(policy('enforce'))
    const again = calls()
    expect(again.map(([, c]) => c)).toEqual(['cat-file --batch'])
    src.close()
    expect(await waitDead(again[0][0])).toBe(true)
  })

  it('cuts a stuck cat-file at its bound (killed, a timeout error), and recovers after', async () => {
    const src = unwrap(await gitBaseSource(work, C.c2, { timeoutMs: 800 }))
    src.close()
    writeFileSync(hangFile, '')
    calls()
    const started = Date.now()
    await expect(src.read(POLICY('d1.example.com'))).rejects.toMatchObject({
      name: 'SourceError',
      code: 'timeout'
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    const [[pid]] = calls()
    expect(await waitDead(pid)).toBe(true)
    rmSync(hangFile)
    expect(text(await src.read(POLICY('d1.example.com')))).toBe(policy('enforce'))
    src.close()
  })

  it('a stuck cat-file while opening fails the open, typed', async () => {
    writeFileSync(hangFile, '')
    const r = await gitBaseSource(work, 'main', { timeoutMs: 800 })
    expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } })
  })

  it('a reader never closed does not keep Node alive', async () => {
    // The adapter, transpiled as is, in a Node of its own that reads and never calls close.
    const out = path.join(tmp, 'transpiled')
    mkdirSync(path.join(out, 'git'), { recursive: true })
    const gate = path.join(process.cwd(), 'src', 'gate')
    const files = readdirSync(path.join(gate, 'git'))
      .filter(f => f.endsWith('.ts'))
      .map(f => path.join('git', f))
    for (const f of [...files, 'ports.ts']) {
      const src = readFileSync(path.join(gate, f), 'utf8')
      const js = ts.transpileModule(src, {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
      }).outputText
      writeFileSync(
        path.join(out, f.replace(/\.ts$/, '.mjs')),
        js.replace(/from '(\.{1,2}\/[^']+)\.js'/g, "from '$1.mjs'")
      )
    }
    const script = [
      `import { gitSources } from ${JSON.stringify(path.join(out, 'git', 'open-sources.mjs'))}`,
      `const r = await gitSources(${JSON.stringify(work)}, 'HEAD')`,
      `if (!r.ok) throw r.error`,
      `const b = await r.value.source.read(${JSON.stringify(POLICY('d2.example.com'))})`,
      `const h = await r.value.history.versions(${JSON.stringify(ZONE('d2.example.com'))}, 10)`,
      `console.log(new TextDecoder().decode(b).includes('enforce'), h.versions.length)`
    ].join('\n')
    const started = Date.now()
    const result = await new Promise<{ code: number | null; stdout: string }>(resolve => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'inherit']
      })
      let stdout = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      child.on('close', code => {
        clearTimeout(timer)
        resolve({ code, stdout })
      })
    })
    expect(result).toEqual({ code: 0, stdout: 'true 2\n' })
    expect(Date.now() - started).toBeLessThan(15_000)
    // The orphaned cat-file saw its stdin close and ended too.
    const [[pid]] = calls().filter(([, c]) => c.startsWith('cat-file'))
    expect(await waitDead(pid)).toBe(true)
  }, 30_000)
})

describe('openGate and history: one open, one reader, deepening only on demand', () => {
  it('openGate opens the repository and finds the base once; history adds one git log a file', async () => {
    const opened = await openGate(work, { sha: C.c4, reason: 'test' })
    expect(opened.notices).toEqual([])
    expect(commands().sort()).toEqual(['cat-file', 'rev-parse'])
    expect(text((await opened.source?.read(POLICY('d4.example.com'))) ?? null)).toBe(
      policy('enforce')
    )
    const h = await opened.history?.versions(POLICY('d4.example.com'), 10)
    expect(h?.versions.map(v => text(v.content))).toEqual([policy('enforce'), policy('testing')])
    expect(h?.complete).toBe(true)
    // Added in the repository's first commit: no path it could have come from, no --follow.
    const logs = calls().map(([, c]) => c)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatch(/^--literal-pathspecs log -M /)
    opened.close()
  })

  it('gitSources shares the reader between the base and the history', async () => {
    const { source, history } = unwrap(await gitSources(work, C.c4))
    const [[pid]] = calls()
      .filter(([, c]) => c.startsWith('cat-file'))
      .slice(-1)
    const r = await history.versions('zones/link.zone', 10)
    // History reads `commit:path` as before: a link's version holds the link's target.
    expect(r.versions.map(v => text(v.content))).toEqual(['d0.example.com.zone'])
    expect(await source.read('zones/link.zone')).toBeNull()
    // The link came in a commit with parents, so it could have been renamed into place: git
    // says which files that commit renamed (once for the commit), and it was none of them.
    const asked = calls().map(([, c]) => c)
    expect(asked.map(c => c.split(' ').find(w => !w.startsWith('-')))).toEqual(['log', 'diff-tree'])
    expect(asked.some(c => c.includes('--follow'))).toBe(false)
    // Another file that commit added: no second diff of the commit.
    await history.versions('empty.txt', 10)
    expect(commands()).toEqual(['log'])
    history.close()
    expect(await waitDead(pid)).toBe(true)
    // Either still reads, with a new reader.
    expect(text(await source.read('empty.txt'))).toBe('')
    source.close()
  })

  it('history of a file with a newline in its name', async () => {
    const h = unwrap(await gitHistory(work, C.c4))
    const r = await h.versions('zones/new\nline.zone', 10)
    expect(r.versions.map(v => text(v.content))).toEqual(['newline in the name\n'])
    h.close()
  })

  it('on a depth-1 clone: no fetch to open or read; the first history asked for deepens', async () => {
    const dir = clone('shallow-lazy', '--depth=1')
    calls()
    const opened = await openGate(dir, { sha: C.c4, reason: 'test' })
    await opened.source?.read(POLICY('d1.example.com'))
    await opened.source?.list?.()
    expect(commands().sort()).toEqual(['cat-file', 'ls-tree', 'rev-parse'])
    const r = await opened.history?.versions(ZONE('d1.example.com'), 10)
    expect(r?.versions.map(v => v.date.toISOString().slice(0, 10))).toEqual([
      '2025-02-01',
      '2025-01-01'
    ])
    expect(r?.complete).toBe(true)
    // The reader finds what the fetch brought: no new process for it.
    expect(commands()).toEqual(['log', 'fetch', 'log'])
    // History reached the root: the next file needs no fetch.
    const r2 = await opened.history?.versions(POLICY('d2.example.com'), 10)
    expect(r2?.versions).toHaveLength(2)
    expect(commands()).toEqual(['log'])
    opened.close()
  })

  it('on a depth-1 clone lacking the base: fetched once, for base and history alike', async () => {
    // A clone of c4 alone: the base c2 must come from the remote.
    const dir = clone('shallow-fetch', '--depth=1')
    calls()
    const { source, history } = unwrap(await gitSources(dir, C.c2, { deepen: [] }))
    expect(source).toMatchObject({ sha: C.c2, fetched: true })
    expect(commands().sort()).toEqual(['cat-file', 'fetch', 'rev-parse'])
    expect(text(await source.read(POLICY('d5.example.com')))).toBe(policy('enforce'))
    const r = await history.versions(POLICY('d5.example.com'), 10)
    expect(r).toMatchObject({ complete: false, reason: 'the clone is shallow' })
    expect(commands()).toEqual(['log'])
    source.close()
  })
})
