/**
 * End-to-end harness: real git repositories, and the action run from its source in-process (or
 * bundled, dist/index.js, the way the GitHub runner runs it: toolchain.md section 4).
 *
 *   const origin = createOrigin(dir)                       // bare origin + a work clone
 *   const base = origin.commit({ 'a.txt': 'x' }, { date: '2024-01-01T00:00:00Z' })
 *   origin.branch('feature'); origin.commit({ 'a.txt': 'y' }); origin.push()
 *   const ws = shallowClone(origin, path.join(dir, 'ws'), 'feature')  // actions/checkout
 *   const run = await runAction({
 *     workspace: ws, event: 'pull_request', payload: payloads.pullRequest(base, head, 'feature')
 *   })
 *   run.code; run.outputs.changed; run.annotations; run.summary
 *
 * Every git call and every action run is bounded in time. runAction is asynchronous, so a local
 * HTTP server in the test process (fakeGitHubApi) can answer the action while it runs.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { recordingRuntime } from '../action/recording-runtime.js'
import type { VerifySettings } from '../../src/check/verify-stage.js'

/** The project's root folder. */
export const PROJECT = fileURLToPath(new URL('../..', import.meta.url))
/** The bundled action, as committed. */
export const DIST = path.join(PROJECT, 'dist', 'index.js')
/** Example repositories for the end-to-end tests. */
export const FIXTURES = path.join(PROJECT, '__tests__', 'fixtures', 'e2e')
export const ZERO_SHA = '0'.repeat(40)

/** Git identity, and no user or system config, for every git command the tests run. */
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'E2E Test',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'E2E Test',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}

/** Runs git (bounded: 20 s) and returns its trimmed stdout; throws on a non-zero exit. */
export const git = (cwd: string, args: readonly string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV, ...env },
    timeout: 20_000,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()

/** A fresh temporary folder; remove it with rmSync(dir, { recursive: true, force: true }). */
export const tempDir = (prefix = 'mta-sts-lint-e2e-'): string =>
  mkdtempSync(path.join(tmpdir(), prefix))

/** Writes files (creating folders); a null content deletes the file. */
export const writeTree = (dir: string, files: Record<string, string | null>): void => {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel)
    if (content === null) rmSync(p, { force: true })
    else {
      mkdirSync(path.dirname(p), { recursive: true })
      writeFileSync(p, content)
    }
  }
}

/** Every file of a fixture folder under __tests__/fixtures/e2e, as writeTree takes them. */
export const fixtureTree = (name: string): Record<string, string> => {
  const out: Record<string, string> = {}
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(FIXTURES, name, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory()) walk(r)
      else out[r] = readFileSync(path.join(FIXTURES, name, r), 'utf8')
    }
  }
  walk('')
  return out
}

export interface CommitOptions {
  /** ISO date for both author and committer (the gate reads committer dates). */
  date?: string
  message?: string
}

/** A bare origin (HEAD → refs/heads/main) and a work clone to commit into and push from. */
export interface Origin {
  /** The bare repository: what `file://` clones and the action's fetches read. */
  bare: string
  /** The work clone. */
  work: string
  /** Writes (null deletes) files in the work clone, commits everything; returns the sha. */
  commit(files: Record<string, string | null>, opts?: CommitOptions): string
  /** Switches the work clone to a new branch: from a commit or branch, or an empty (orphan) one. */
  branch(name: string, from?: string | { orphan: true }): void
  /** Switches the work clone to an existing branch. */
  checkout(name: string): void
  /** `git mv` in the work clone (commit it with commit({})). */
  mv(from: string, to: string): void
  /** Pushes the current branch (force: true for a force-push). */
  push(opts?: { force?: boolean }): void
  /** The sha a revision names in the work clone. */
  rev(rev: string): string
  /** Drops unreachable objects from the origin (after a force-push: the old commit is gone). */
  prune(): void
}

export const createOrigin = (dir: string): Origin => {
  const bare = path.join(dir, 'origin.git')
  const work = path.join(dir, 'work')
  mkdirSync(dir, { recursive: true })
  git(dir, ['init', '-q', '--bare', '--initial-branch=main', bare])
  git(dir, ['init', '-q', '--initial-branch=main', work])
  git(work, ['remote', 'add', 'origin', `file://${bare}`])
  const current = () => git(work, ['rev-parse', '--abbrev-ref', 'HEAD'])
  return {
    bare,
    work,
    commit: (files, opts = {}) => {
      writeTree(work, files)
      git(work, ['add', '-A'])
      const date = opts.date ?? new Date().toISOString()
      git(work, ['commit', '-q', '--allow-empty', '-m', opts.message ?? `commit at ${date}`], {
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date
      })
      return git(work, ['rev-parse', 'HEAD'])
    },
    branch: (name, from) => {
      if (typeof from === 'object') {
        git(work, ['checkout', '-q', '--orphan', name])
        git(work, ['rm', '-rfq', '--ignore-unmatch', '.'])
        git(work, ['clean', '-fdxq'])
      } else git(work, ['checkout', '-q', '-b', name, ...(from === undefined ? [] : [from])])
    },
    checkout: name => void git(work, ['checkout', '-q', name]),
    mv: (from, to) => {
      mkdirSync(path.dirname(path.join(work, to)), { recursive: true })
      git(work, ['mv', from, to])
    },
    push: (opts = {}) =>
      void git(work, [
        'push',
        '-q',
        ...(opts.force === true ? ['--force'] : []),
        'origin',
        current()
      ]),
    rev: rev => git(work, ['rev-parse', rev]),
    prune: () => {
      git(bare, ['reflog', 'expire', '--expire=now', '--all'])
      git(bare, ['gc', '-q', '--prune=now'])
    }
  }
}

/** `git clone --depth=1 --branch <branch> file://<origin>`: the checkout actions/checkout makes. */
export const shallowClone = (origin: Origin, dest: string, branch = 'main'): string => {
  git(path.dirname(dest), [
    'clone',
    '-q',
    '--depth=1',
    '--branch',
    branch,
    `file://${origin.bare}`,
    dest
  ])
  return dest
}

/** The input defaults a runner applies from action.yml, as INPUT_<NAME> (hyphens kept). */
export const actionDefaults = (): Record<string, string> => {
  const meta = parseYaml(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Object.fromEntries(
    Object.entries(meta.inputs).map(([k, v]) => [
      `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
      // `${{ github.token }}` is an expression the runner evaluates: a dummy token stands in.
      /\$\{\{/.test(v.default ?? '') ? 'dummy-token' : (v.default ?? '')
    ])
  )
}

/** An annotation the action printed: `::error title=...,file=...,line=...,col=...::message`. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  /** The rule id, for findings. */
  title?: string
  file?: string
  line?: number
  col?: number
  message: string
}

export interface ActionRun {
  /** Exit code (null when killed by the time bound). */
  code: number | null
  stdout: string
  stderr: string
  /** From GITHUB_OUTPUT (`name<<delimiter` blocks). */
  outputs: Record<string, string>
  annotations: Annotation[]
  /** The job summary (GITHUB_STEP_SUMMARY), '' when none was written. */
  summary: string
  ms: number
}

const unescapeData = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string): string =>
  unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))

/** Annotations from stdout: lines starting `::error`, `::warning` or `::notice`. */
export const parseAnnotations = (stdout: string): Annotation[] => {
  const out: Annotation[] = []
  for (const m of stdout.matchAll(/^::(error|warning|notice)(?: ([^:\n]*))?::(.*)$/gm)) {
    const a: Annotation = { level: m[1] as Annotation['level'], message: unescapeData(m[3]) }
    for (const prop of (m[2] ?? '').split(',').filter(p => p !== '')) {
      const eq = prop.indexOf('=')
      const [k, v] = [prop.slice(0, eq), unescapeProperty(prop.slice(eq + 1))]
      if (k === 'title' || k === 'file') a[k] = v
      else if (k === 'line' || k === 'col') a[k] = Number(v)
    }
    out.push(a)
  }
  return out
}

/** The `name<<delimiter\nvalue\ndelimiter` blocks core.setOutput appends to GITHUB_OUTPUT. */
export const parseOutputs = (text: string): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm)) out[m[1]] = m[3]
  return out
}

export interface RunOptions {
  /** The checkout: GITHUB_WORKSPACE and the cwd. */
  workspace: string
  /** GITHUB_EVENT_NAME (default push). */
  event?: string
  /** Written to a file GITHUB_EVENT_PATH names. */
  payload?: unknown
  /** Inputs by their action.yml names (`fail-on`), over the defaults. */
  inputs?: Record<string, string>
  /** More environment (GITHUB_API_URL). */
  env?: Record<string, string>
  /** GITHUB_REPOSITORY (default acme/mail-policy). */
  repository?: string
  /** Bound for the run (default 20 s). */
  timeoutMs?: number
  /**
   * Run the bundled dist/index.js in a child process (the runner's contract) instead of the
   * action's source in-process (the default: a change to src fails a test without a rebuild).
   */
  bundle?: boolean
  /** What verification goes through (in-process only): loopback servers, a test CA. */
  verifyPorts?: VerifySettings['ports']
}

/**
 * Runs the action with a minimal runner environment: its source in-process by default, or
 * `node dist/index.js` with `bundle: true`; see ActionRun.
 */
export const runAction = async (opts: RunOptions): Promise<ActionRun> => {
  const dir = tempDir('mta-sts-lint-run-')
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md')
  }
  writeFileSync(files.event, JSON.stringify(opts.payload ?? {}))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.event ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/mail-policy',
    ...actionDefaults(),
    ...opts.env
  }
  for (const [k, v] of Object.entries(opts.inputs ?? {})) {
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  }
  const started = Date.now()
  if (opts.bundle !== true) {
    try {
      return await runActionInProcess(env, opts.workspace, started, opts.verifyPorts)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [DIST], {
          cwd: opts.workspace,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: opts.timeoutMs ?? 20_000,
          killSignal: 'SIGKILL'
        })
        let stdout = ''
        let stderr = ''
        child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
        child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
        child.on('error', reject)
        child.on('close', code => resolve({ code, stdout, stderr }))
      }
    )
    return {
      ...r,
      outputs: parseOutputs(readFileSync(files.output, 'utf8')),
      annotations: parseAnnotations(r.stdout),
      summary: readFileSync(files.summary, 'utf8'),
      ms: Date.now() - started
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The action's source run in this process, with the environment given and a recording runtime. */
const runActionInProcess = async (
  env: Record<string, string>,
  workspace: string,
  started: number,
  verifyPorts?: VerifySettings['ports']
): Promise<ActionRun> => {
  const { run } = await import('../../src/action/main.js')
  const { readGithubEnvironment } = await import('../../src/action/github-environment.js')
  const recording = recordingRuntime(env)
  await run(recording.runtime, readGithubEnvironment(env, workspace), verifyPorts)
  const stdout = recording.stdout()
  return {
    code: recording.code(),
    stdout,
    stderr: '',
    outputs: recording.outputs,
    annotations: parseAnnotations(stdout),
    summary: recording.summary(),
    ms: Date.now() - started
  }
}

/** Event payloads with the fields the gate reads (toolchain.md section 4). */
export const payloads = {
  pullRequest: (
    baseSha: string,
    headSha: string,
    headRef = 'feature',
    updatedAt = '2025-06-02T10:00:00Z'
  ) => ({
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      // Every real payload has it: the action writes its suggested id from it.
      updated_at: updatedAt,
      base: { sha: baseSha, ref: 'main' },
      head: { sha: headSha, ref: headRef }
    },
    repository: { default_branch: 'main', full_name: 'acme/mail-policy' }
  }),
  mergeGroup: (baseSha: string, headSha: string) => ({
    action: 'checks_requested',
    merge_group: { base_sha: baseSha, head_sha: headSha, base_ref: 'refs/heads/main' },
    repository: { default_branch: 'main', full_name: 'acme/mail-policy' }
  }),
  push: (before: string, after: string, branch: string, forced = false) => ({
    ref: `refs/heads/${branch}`,
    before,
    after,
    forced,
    created: /^0+$/.test(before),
    deleted: false,
    repository: { default_branch: 'main', full_name: 'acme/mail-policy' }
  })
}

/** A local stand-in for the GitHub REST API; see fakeGitHubApi. */
export interface FakeApi {
  /** GITHUB_API_URL for the action. */
  url: string
  /** Every request, as `METHOD /path?query`. */
  requests: string[]
  close(): Promise<void>
}

/**
 * Serves what the gate's REST fallback (src/gate/rest.ts) asks for, read from a bare repository:
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=` (base64 content, 404 when absent) and
 * `GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=true`. With `status`, answers every
 * request with that status instead.
 */
export const fakeGitHubApi = async (bare: string, status?: number): Promise<FakeApi> => {
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    const send = (code: number, body: unknown): void => {
      res.writeHead(code, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (status !== undefined) return send(status, { message: `status ${status} from the test` })
    const url = new URL(req.url ?? '/', 'http://localhost')
    const tryGit = (args: string[]): Buffer | undefined => {
      try {
        return execFileSync('git', args, { cwd: bare, timeout: 5000, stdio: 'pipe' })
      } catch {
        return undefined
      }
    }
    const contents = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname)
    if (contents !== null) {
      const file = decodeURIComponent(contents[1])
      const ref = url.searchParams.get('ref') ?? 'HEAD'
      const blob = tryGit(['cat-file', 'blob', `${ref}:${file}`])
      if (blob === undefined) return send(404, { message: 'Not Found' })
      return send(200, {
        type: 'file',
        path: file,
        encoding: 'base64',
        content: blob.toString('base64')
      })
    }
    const tree = /^\/repos\/[^/]+\/[^/]+\/git\/trees\/([^/]+)$/.exec(url.pathname)
    if (tree !== null) {
      const list = tryGit(['ls-tree', '-r', '--full-tree', decodeURIComponent(tree[1])])
      if (list === undefined) return send(404, { message: 'Not Found' })
      const entries = list
        .toString('utf8')
        .split('\n')
        .filter(l => l !== '')
        .map(l => /^\d+ (\w+) ([0-9a-f]+)\t(.*)$/.exec(l))
        .filter(m => m !== null)
        .map(m => ({ path: m[3], type: m[1], sha: m[2] }))
      return send(200, { sha: tree[1], truncated: false, tree: entries })
    }
    send(404, { message: 'Not Found' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
