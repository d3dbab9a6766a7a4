/**
 * The files around the code that users and contributors run: the npm package's manifest, the
 * pre-commit hook, and the project's workflows. Each is parsed and checked against what exists
 * (scripts in package.json, CLI commands, action inputs, files), so none can rot unnoticed.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { parseCliArgs } from '../src/cli/args.js'
import { PROJECT } from './e2e/helpers.js'

const read = (rel: string): string => readFileSync(path.join(PROJECT, rel), 'utf8')

interface PackageJson {
  name: string
  private?: boolean
  bin: Record<string, string>
  files: string[]
  scripts: Record<string, string>
  engines: { node: string }
  dependencies?: Record<string, string>
  license: string
}
const pkg = JSON.parse(read('package.json')) as PackageJson
const schema = JSON.parse(read('src/repo/config-schema.json')) as { $id: string }

/** Whether the package's `files` list ships a path of the repository. */
const ships = (rel: string): boolean =>
  pkg.files.some(f => (f.endsWith('/') ? rel.startsWith(f) : rel === f))

describe('the npm package', () => {
  it('is publishable, with its bin shipped', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.name).toBe('mta-sts-lint')
    expect(pkg.bin).toEqual({ 'mta-sts-lint': 'dist/cli/index.js' })
    expect(ships(pkg.bin['mta-sts-lint'])).toBe(true)
    expect(read(pkg.bin['mta-sts-lint']).startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(pkg.engines.node).toBe('>=20')
    expect(pkg.license).toBe('MIT')
    expect(read('LICENSE')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} mta-sts-lint contributors\n/
    )
  })

  it('has no runtime dependencies: the bundles carry them', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('ships docs, the config schema, README, LICENSE and CHANGELOG, and no tests or sources', () => {
    for (const f of pkg.files) expect(existsSync(path.join(PROJECT, f))).toBe(true)
    for (const f of ['docs/rules/policy-mode.md', 'README.md', 'LICENSE', 'CHANGELOG.md'])
      expect(ships(f)).toBe(true)
    for (const f of [
      '__tests__/version.test.ts',
      'bench/run.mjs',
      'src/cli/main.ts',
      'dist/index.js'
    ])
      expect(ships(f)).toBe(false)
  })

  it('gives the config schema a stable $id naming the file it ships', () => {
    const m = /^https:\/\/raw\.githubusercontent\.com\/mta-sts-lint\/mta-sts-lint\/v1\/(.+)$/.exec(
      schema.$id
    )
    expect(m?.[1]).toBe('src/repo/config-schema.json')
    expect(ships(m?.[1] ?? '')).toBe(true)
    // the README's editor line names the same URL
    expect(read('README.md')).toContain(`# yaml-language-server: $schema=${schema.$id}`)
  })

  it('is checked by .ci/run (npm pack, installed, run)', () => {
    expect(pkg.scripts['check-pack']).toBe('node scripts/check-pack.mjs')
    expect(read('.ci/run')).toMatch(/^step npm run check-pack$/m)
  })
})

describe('.pre-commit-hooks.yaml', () => {
  interface Hook {
    id: string
    name: string
    language: string
    entry: string
    pass_filenames: boolean
    files: string
  }
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Hook[]

  /** pre-commit's `files` is a Python regex searched in each path; `(?i)` is its only flag here. */
  const filesRegex = (source: string): RegExp =>
    source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source)

  it('declares the mta-sts-lint hook, run once on the whole repository', () => {
    expect(hooks).toHaveLength(1)
    expect(hooks[0]).toMatchObject({
      id: 'mta-sts-lint',
      language: 'node',
      pass_filenames: false
    })
  })

  it("runs a real command of the CLI through the package's bin", () => {
    const [bin, ...args] = hooks[0].entry.split(/\s+/)
    expect(Object.keys(pkg.bin)).toContain(bin)
    expect(parseCliArgs(args).command).toBe('check')
    // and the arguments a user adds in .pre-commit-config.yaml go after it
    expect(parseCliArgs([...args, '--fail-on', 'warning']).failOn).toBe('warning')
  })

  it.each([
    ['site/.well-known/mta-sts.txt', true],
    ['mta-sts.txt', true],
    ['docs/MTA-STS.txt', true],
    ['.mta-sts.yml', true],
    ['.github/mta-sts.yml', true],
    ['docs/CNAME', true],
    ['dns/example.com.zone', true],
    ['dnsconfig.js', true],
    ['infra/dns.tf', true],
    ['infra/prod.tfvars', true],
    ['README.md', false],
    ['src/index.ts', false],
    ['notmta-sts.txt.bak', false],
    ['zone.md', false]
  ])('files matches %s: %s', (file, matches) => {
    expect(filesRegex(hooks[0].files).test(file)).toBe(matches)
  })
})

describe('the workflows', () => {
  interface Step {
    uses?: string
    run?: string
    with?: Record<string, string | number | boolean>
  }
  interface Job {
    'runs-on': string
    strategy?: { matrix?: Record<string, (string | number)[]> }
    steps: Step[]
  }
  interface Workflow {
    name: string
    on: unknown
    permissions?: Record<string, string>
    jobs: Record<string, Job>
  }
  const dir = path.join(PROJECT, '.github', 'workflows')
  const workflows = readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => ({ file: f, wf: parse(readFileSync(path.join(dir, f), 'utf8')) as Workflow }))
  const steps = workflows.flatMap(({ file, wf }) =>
    Object.entries(wf.jobs).flatMap(([name, job]) =>
      job.steps.map(step => ({ file, name, job, step }))
    )
  )
  const action = parse(read('action.yml')) as {
    inputs: Record<string, unknown>
    runs: { using: string }
  }

  it('are ci.yml and self-test.yml, read-only by default', () => {
    expect(workflows.map(w => w.file).sort()).toEqual(['ci.yml', 'self-test.yml'])
    for (const { wf } of workflows) expect(wf.permissions).toEqual({ contents: 'read' })
  })

  it('run only npm scripts that exist, and files that exist', () => {
    const runs = steps.flatMap(s => (s.step.run === undefined ? [] : [s.step.run]))
    expect(runs.length).toBeGreaterThan(0)
    for (const run of runs) {
      for (const m of run.matchAll(/\bnpm (?:run(?:-script)?\s+([\w:-]+)|(test|start)\b)/g)) {
        expect(Object.keys(pkg.scripts)).toContain(m[1] ?? m[2])
      }
      for (const m of run.matchAll(/\bnode ((?:scripts|bench|dist)\/[\w./-]+)/g)) {
        expect(existsSync(path.join(PROJECT, m[1]))).toBe(true)
      }
    }
  })

  it('ci.yml runs lint, typecheck, the tests, the dist check and the pack check', () => {
    const ci = steps.filter(s => s.file === 'ci.yml').map(s => s.step.run ?? '')
    for (const script of ['lint', 'typecheck', 'check-dist', 'check-pack']) {
      expect(ci).toContain(`npm run ${script}`)
    }
    expect(ci).toContain('npm test')
  })

  it('use Node 20 and 24 only, and test on both', () => {
    const versions = new Set<string>()
    for (const { job, step } of steps) {
      const v = step.with?.['node-version']
      if (v === undefined) continue
      const matrix = /^\$\{\{\s*matrix\.(\w+)\s*\}\}$/.exec(String(v))
      const values = matrix === null ? [v] : (job.strategy?.matrix?.[matrix[1]] ?? [])
      expect(values.length).toBeGreaterThan(0)
      for (const x of values) versions.add(String(x))
    }
    expect([...versions].sort()).toEqual(['20', '24'])
    const tests = steps.filter(s => s.file === 'ci.yml' && s.step.run === 'npm test')
    expect(tests.map(s => s.job.strategy?.matrix?.node)).toEqual([[20, 24]])
    expect(action.runs.using).toBe('node24')
  })

  it('pin other actions to a major version', () => {
    for (const { step } of steps) {
      if (step.uses === undefined || step.uses === './') continue
      expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/)
    }
  })

  it('self-test runs the action from the repository with inputs it has, on folders that exist', () => {
    const own = steps.filter(s => s.step.uses === './')
    expect(own.length).toBeGreaterThan(0)
    expect(new Set(own.map(s => s.file))).toEqual(new Set(['self-test.yml']))
    for (const { step } of own) {
      for (const input of Object.keys(step.with ?? {})) {
        expect(Object.keys(action.inputs)).toContain(input)
      }
      const root = String(step.with?.root ?? '.')
      expect(existsSync(path.join(PROJECT, root))).toBe(true)
    }
  })
})
