/**
 * The bundled CLI (dist/cli/index.js) run as a new user runs it, fed bad and hostile input:
 * every run ends quickly with the documented exit code, and standard error is empty or exactly
 * one line starting "mta-sts-lint: ", never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { RULES } from '../src/rules/registry.js'
import { VALID } from './helpers.js'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] */

jest.setTimeout(30_000)

const repo = fileURLToPath(new URL('..', import.meta.url))
const cliPath = path.join(repo, 'dist', 'cli', 'index.js')
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  version: string
}

/** A run must end well within this (under a second is the aim; CI machines are slow). */
const MAX_MS = 3000

/** Characters that must never reach a terminal raw (line feeds aside). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

interface Run {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

interface RunOptions {
  input?: string | Buffer
  /** 'ignore' connects standard input to /dev/null. */
  stdin?: 'ignore'
  env?: Record<string, string>
  cwd?: string
}

let work: string

/** Runs the bundled CLI with a minimal environment, as a user's shell would. */
const cli = (args: string[], opts: RunOptions = {}): Run => {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...opts.env }
  const start = Date.now()
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? work,
    env,
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.stdin === 'ignore'
      ? { stdio: ['ignore', 'pipe', 'pipe'] as const }
      : { input: opts.input ?? '' })
  })
  const ms = Date.now() - start
  if (r.error !== undefined) throw r.error
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms }
}

/** Standard error is empty or one line `mta-sts-lint: ...`; never a stack trace. */
const expectQuietStderr = (r: Run): void => {
  if (r.stderr !== '') expect(r.stderr).toMatch(/^mta-sts-lint: [^\n]+\n$/)
  expect(r.stderr).not.toMatch(/^\s+at /m)
  expect(r.ms).toBeLessThan(MAX_MS)
}

/** A failed run (exit 2): one line on standard error, nothing on standard output. */
const expectFailure = (r: Run): void => {
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/^mta-sts-lint: [^\n]+\n$/)
  expect(r.stderr).not.toMatch(UNSAFE)
  expect(r.stdout).toBe('')
  expectQuietStderr(r)
}

interface JsonReport {
  version: number
  tool: { name: string; version: string }
  summary: { errors: number; warnings: number; notices: number }
  findings: Record<string, unknown>[]
  policy?: Record<string, unknown>
  record?: Record<string, unknown>
}

const FINDING_KEYS = ['column', 'domain', 'file', 'line', 'message', 'rule', 'severity', 'url']

const parseReport = (r: Run): JsonReport => JSON.parse(r.stdout) as JsonReport

const ruleIds = (report: JsonReport): unknown[] => report.findings.map(f => f.rule)

/** Writes a file under the work directory and returns its name (relative to it). */
const file = (name: string, data: string | Uint8Array): string => {
  writeFileSync(path.join(work, name), data)
  return name
}

const lines = (...ls: string[]): string => `${ls.join('\n')}\n`

/** An error (mode) and nothing else of note. */
const BROKEN = lines('version: STSv1', 'mode: Enforce', 'mx: mail.example.com', 'max_age: 604800')
/** Exactly one warning: max_age under a week in enforce mode. */
const WARNING_ONLY = lines(
  'version: STSv1',
  'mode: enforce',
  'mx: mail.example.com',
  'max_age: 86400'
)

/** 10 MB of random printable ASCII in lines of 0 to 99 characters. */
const randomPrintableLines = (size: number): Buffer => {
  const buf = randomBytes(size)
  let untilBreak = 0
  for (let i = 0; i < size; i++) {
    if (untilBreak === 0) {
      buf[i] = 0x0a
      untilBreak = buf[(i * 7919) % size] % 100
      continue
    }
    buf[i] = 0x20 + (buf[i] % 95)
    untilBreak--
  }
  return buf
}

beforeAll(() => {
  if (!existsSync(cliPath)) {
    try {
      execFileSync(process.execPath, [path.join(repo, 'scripts', 'bundle.mjs')], {
        cwd: repo,
        stdio: 'pipe',
        timeout: 180_000
      })
    } catch (e) {
      throw new Error(
        `dist/cli/index.js is missing and "node scripts/bundle.mjs" failed: ${(e as Error).message}`,
        { cause: e }
      )
    }
    if (!existsSync(cliPath)) throw new Error('dist/cli/index.js is missing after the build')
  }
  work = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-cli-'))
}, 200_000)

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true })
})

describe('bad input files', () => {
  it('an empty file: findings, exit 1, policy-syntax says "empty"', () => {
    const name = file('empty.txt', '')
    const r = cli(['policy', name])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^empty\.txt:1:1 {2}error {2}the policy is empty.* {2}policy-syntax$/m)
    const report = parseReport(cli(['policy', name, '--format', 'json']))
    expect(
      report.findings.some(f => f.rule === 'policy-syntax' && /empty/.test(String(f.message)))
    ).toBe(true)
  })

  it('a 10 MB file of random printable lines: policy-too-large, a short report, quickly', () => {
    const name = file('big.txt', randomPrintableLines(10 * 1024 * 1024))
    const r = cli(['policy', name])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(
      /^big\.txt:1:1 {2}error {2}the policy is \d+ bytes.* {2}policy-too-large$/m
    )
    expect(r.stdout.length).toBeLessThan(256 * 1024)
    expect(r.stdout).not.toMatch(UNSAFE)
  })

  it('a 10 MB file of random bytes: findings, no crash, nothing raw on the terminal', () => {
    const name = file('random.bin', randomBytes(10 * 1024 * 1024))
    const r = cli(['policy', name])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/ {2}policy-too-large$/m)
    expect(r.stdout).toMatch(/^✖ \d+ problems?/m)
    expect(r.stdout.length).toBeLessThan(256 * 1024)
    expect(r.stdout).not.toMatch(UNSAFE)
    const json = cli(['policy', name, '--format', 'json'])
    expect(json.code).toBe(1)
    expect(ruleIds(parseReport(json))).toContain('policy-too-large')
  })

  it('a directory: exit 2, one line', () => {
    mkdirSync(path.join(work, 'a-dir'), { recursive: true })
    const r = cli(['policy', 'a-dir'])
    expectFailure(r)
    expect(r.stderr).toContain('a-dir')
  })

  it('a missing file: exit 2, one line', () => {
    const r = cli(['policy', 'no-such-file.txt'])
    expectFailure(r)
    expect(r.stderr).toContain('no-such-file.txt')
  })

  it('a missing file whose name holds escape sequences: the name is escaped', () => {
    const r = cli(['policy', 'evil\u001b[2J\u202e.txt'])
    expectFailure(r)
  })
})

describe('standard input', () => {
  const expectEmptyBodyOrFailure = (r: Run): void => {
    expectQuietStderr(r)
    if (r.code === 2) {
      expectFailure(r)
      return
    }
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^<stdin>:1:1 {2}error {2}the policy is empty.* {2}policy-syntax$/m)
  }

  it('policy - with standard input on /dev/null', () => {
    expectEmptyBodyOrFailure(cli(['policy', '-'], { stdin: 'ignore' }))
  })

  it('policy - with standard input a pipe closed at once', () => {
    expectEmptyBodyOrFailure(cli(['policy', '-'], { input: '' }))
  })

  it('policy - with standard input closed (0<&-)', () => {
    if (!existsSync('/bin/sh')) throw new Error('/bin/sh is needed to close standard input')
    const start = Date.now()
    const r = spawnSync(
      '/bin/sh',
      ['-c', 'exec "$0" "$@" 0<&-', process.execPath, cliPath, 'policy', '-'],
      { cwd: work, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 20_000 }
    )
    expectEmptyBodyOrFailure({
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      ms: Date.now() - start
    })
  })

  it('policy - with a valid policy on standard input: exit 0', () => {
    const r = cli(['policy', '-'], { input: VALID })
    expect(r.code).toBe(0)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('✔ no problems\n')
  })
})

describe('bad arguments', () => {
  it.each([
    ['an unknown command', ['lint', 'x']],
    ['an unknown option', ['policy', 'x', '--bogus']],
    ['--format bogus', ['record', 'v=STSv1; id=1', '--format', 'bogus']],
    ['--fail-on bogus', ['record', 'v=STSv1; id=1', '--fail-on', 'bogus']],
    ['an option of another command', ['record', 'v=STSv1; id=1', '--mx', 'a']],
    ['record without records', ['record']],
    ['policy without a file', ['policy']]
  ])('%s: exit 2, one line', (_, args) => {
    expectFailure(cli(args))
  })

  it('--version prints the version of package.json', () => {
    const r = cli(['--version'])
    expect(r.code).toBe(0)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(`${pkg.version}\n`)
  })

  it.each([[['--help']], [['-h']], [['policy', '--help']], [['record', '--help']]])(
    '%j: exit 0, usage on standard output',
    args => {
      const r = cli(args)
      expect(r.code).toBe(0)
      expectQuietStderr(r)
      expect(r.stderr).toBe('')
      expect(r.stdout).toMatch(/Usage/)
    }
  )
})

describe('commands and formats', () => {
  it('rules lists every rule id', () => {
    const r = cli(['rules'])
    expect(r.code).toBe(0)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    const listed = [...r.stdout.matchAll(/^([a-z0-9-]+) +(error|warning|notice) {2}/gm)].map(
      m => m[1]
    )
    expect(listed).toEqual(RULES.map(rule => rule.meta.id))
  })

  it('record with two "v=STSv1;" records: exit 1, txt-multiple', () => {
    const records = ['v=STSv1; id=20250101T000000Z', 'v=spf1 -all', 'v=STSv1; id=20250202T000000Z']
    const r = cli(['record', ...records])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^_mta-sts:3:1 {2}error {2}.* {2}txt-multiple$/m)
    expect(ruleIds(parseReport(cli(['record', ...records, '--format', 'json'])))).toContain(
      'txt-multiple'
    )
  })

  it('--format json: the documented report', () => {
    const name = file('broken.txt', BROKEN)
    const r = cli(['policy', name, '--format', 'json'])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    const report = parseReport(r)
    expect(report.version).toBe(1)
    expect(report.tool).toEqual({ name: 'mta-sts-lint', version: pkg.version })
    expect(report.findings.length).toBeGreaterThan(0)
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(FINDING_KEYS)
      expect(f.file).toBe('broken.txt')
    }
    const count = (s: string): number => report.findings.filter(f => f.severity === s).length
    expect(report.summary).toEqual({
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice')
    })
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'policy-mode', severity: 'error', line: 2, column: 7 })
    )
    expect(report.policy).toEqual({
      version: 'STSv1',
      max_age: 604800,
      mx: ['mail.example.com'],
      extensions: {}
    })
  })

  it('--format json for record: the effective record', () => {
    const r = cli(['record', 'v=STSv1; id=20250701T150000Z', '--format', 'json'])
    expect(r.code).toBe(0)
    expectQuietStderr(r)
    const report = parseReport(r)
    expect(report.record).toEqual({ v: 'STSv1', id: '20250701T150000Z', extensions: {} })
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 })
  })

  it('--format sarif: SARIF 2.1.0 with results', () => {
    const name = file('broken.txt', BROKEN)
    const r = cli(['policy', name, '--format', 'sarif'])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    const sarif = JSON.parse(r.stdout) as {
      version: string
      runs: { results: { ruleId: string; level: string }[] }[]
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
    const results = sarif.runs[0].results
    expect(results.length).toBeGreaterThan(0)
    expect(results).toContainEqual(
      expect.objectContaining({ ruleId: 'policy-mode', level: 'error' })
    )
  })

  it('--format github: one workflow command per finding', () => {
    const name = file('broken.txt', BROKEN)
    const r = cli(['policy', name, '--format', 'github'])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    const out = r.stdout.split('\n').filter(l => l !== '')
    expect(out.length).toBeGreaterThan(0)
    for (const l of out) expect(l).toMatch(/^::(error|warning|notice) file=broken\.txt,[^\n]*::./)
    expect(out).toContainEqual(expect.stringMatching(/^::error .*title=policy-mode::/))
  })

  it('--output FILE writes the report there and prints nothing', () => {
    const name = file('broken.txt', BROKEN)
    const expected = cli(['policy', name]).stdout
    const r = cli(['policy', name, '--output', 'report.txt'])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('')
    expect(readFileSync(path.join(work, 'report.txt'), 'utf8')).toBe(expected)
    const json = cli(['policy', name, '--format', 'json', '-o', 'report.json'])
    expect(json.stdout).toBe('')
    expect(
      ruleIds(JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8')) as JsonReport)
    ).toContain('policy-mode')
  })

  it('--output into a missing directory creates it; onto the file linted: exit 2, one line', () => {
    const name = file('broken.txt', BROKEN)
    const r = cli(['policy', name, '--output', 'no/such/dir/report.txt'])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stdout).toBe('')
    expectFailure(cli(['policy', name, '--output', name]))
  })

  it('--fail-on never: exit 0 although errors are reported', () => {
    const name = file('broken.txt', BROKEN)
    const r = cli(['policy', name, '--fail-on', 'never'])
    expect(r.code).toBe(0)
    expectQuietStderr(r)
    expect(r.stdout).toMatch(/ {2}error {2}.* {2}policy-mode$/m)
  })

  it('--fail-on warning: exit 1 for a single warning (0 by default)', () => {
    const name = file('warning.txt', WARNING_ONLY)
    const plain = cli(['policy', name])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(/^warning\.txt:4:10 {2}warning {2}.* {2}policy-max-age-short$/m)
    expect(plain.stdout).toMatch(/\(0 errors, 1 warning, 0 notices\)/)
    const r = cli(['policy', name, '--fail-on', 'warning'])
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stderr).toBe('')
  })
})

describe('colours and escaping', () => {
  it('FORCE_COLOR=1 colours the text output (so the cases below prove something)', () => {
    const name = file('broken.txt', BROKEN)
    expect(cli(['policy', name], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[')
  })

  it.each([
    ['NO_COLOR=1', [], { NO_COLOR: '1', FORCE_COLOR: '1' }],
    ['--no-color', ['--no-color'], { FORCE_COLOR: '1' }],
    ['no terminal', [], {}]
  ])('%s: no ANSI escapes', (_, extra, env) => {
    const name = file('broken.txt', BROKEN)
    const r = cli(['policy', name, ...extra], { env })
    expect(r.code).toBe(1)
    expectQuietStderr(r)
    expect(r.stdout).not.toContain('\u001b')
    expect(r.stdout).toMatch(/policy-mode$/m)
  })

  it('escape sequences and bidi overrides in a policy reach the terminal escaped', () => {
    const name = file(
      'hostile.txt',
      lines(
        'version: STSv1',
        'mode: \u202eenforce\u001b[31m',
        'max_age: 604800',
        'mx: mail.example.com',
        'note: a\u202eb',
        'note: c\u001b]0;title\u0007d',
        '\u001b[2J\u202e this line is not a field',
        'mx: \u001b[31mmail.example.com'
      )
    )
    for (const env of [{}, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
      // A host name with an escape sequence is refused, and the refusal is escaped too.
      const refused = cli(['policy', name, '--mx', 'mx\u001b[1m.example.com'], { env })
      expectFailure(refused)
      expect(refused.stderr).not.toContain('\u001b')
      const r = cli(['policy', name, '--mx', 'mx.example.com'], { env })
      expect(r.code).toBe(1)
      expectQuietStderr(r)
      expect(r.stderr).toBe('')
      // Take away the formatter's own colours; whatever escape is left came from the input.
      // eslint-disable-next-line no-control-regex -- matching escape sequences is the point
      const text = r.stdout.replace(/\u001b\[(?:2|3[1236](?:;1)?)m([^\u001b]*)\u001b\[0m/g, '$1')
      expect(text).not.toContain('\u001b')
      expect(text).not.toContain('\u202e')
      expect(text).not.toContain('\u0007')
      expect(text).not.toMatch(UNSAFE)
      expect(text).toMatch(/\\u202e/)
      expect(text).toMatch(/policy-mode$/m)
    }
  })
})
