/**
 * The bundled action (dist/index.js) run the way the runner runs it: INPUT_* variables with
 * hyphens kept and action.yml defaults applied, GITHUB_OUTPUT, GITHUB_WORKSPACE.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { VALID } from '../helpers.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const dist = path.join(repo, 'dist', 'index.js')

/** The defaults a runner applies from action.yml. */
const defaults = (): Record<string, string> => {
  const meta = parseYaml(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Object.fromEntries(
    Object.entries(meta.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v.default ?? ''])
  )
}

const runAction = (workspace: string, inputs: Record<string, string> = {}) => {
  const output = path.join(workspace, '..', `out-${Math.random()}`)
  writeFileSync(output, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    ...defaults()
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(process.execPath, [dist], {
    env,
    cwd: workspace,
    encoding: 'utf8',
    timeout: 20000
  })
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[m[1]] = m[3]
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs }
}

describe('dist/index.js', () => {
  let base: string
  beforeAll(() => {
    if (!existsSync(dist)) throw new Error('dist/index.js is missing: run "npm run bundle"')
    base = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-action-'))
  })
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  const workspace = (files: Record<string, string>): string => {
    const ws = mkdtempSync(path.join(base, 'ws-'))
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
      writeFileSync(path.join(ws, rel), text)
    }
    return ws
  }

  it('passes a clean repository and sets the count outputs', () => {
    const r = runAction(
      workspace({
        '.well-known/mta-sts.txt': VALID,
        CNAME: 'mta-sts.example.com',
        '.nojekyll': '',
        '.mta-sts.yml': 'domains:\n  example.com:\n    id: 20250101T000000Z\n'
      })
    )
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '0', notices: '0' })
  })

  it('annotates findings on their file and line with the rule id as title, and fails', () => {
    const ws = workspace({
      'site/.well-known/mta-sts.txt':
        'version: STSv1\nmode: Enforce\nmx: a.example\nmax_age: 604800\n'
    })
    const r = runAction(ws)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '::error title=policy-mode,file=site/.well-known/mta-sts.txt,line=2,col=7::mode must be'
    )
    expect(r.outputs.errors).toBe('1')
  })

  it('caps annotations at 10 per severity and says how many were left out', () => {
    const ws = workspace({ '.well-known/mta-sts.txt': '#\n'.repeat(15) })
    const r = runAction(ws, { 'fail-on': 'never' })
    expect(r.code).toBe(0)
    expect(r.stdout.match(/^::error /gm)).toHaveLength(10)
    expect(r.stdout).toMatch(/more error findings are not annotated/)
  })

  it('writes the JSON report and SARIF when asked, creating folders', () => {
    const ws = workspace({ '.well-known/mta-sts.txt': VALID })
    const ok = runAction(ws, { report: 'out/report.json', sarif: 'out.sarif' })
    expect(ok.code).toBe(0)
    expect(ok.outputs.report).toBe('out/report.json')
    expect(JSON.parse(readFileSync(path.join(ws, 'out/report.json'), 'utf8'))).toMatchObject({
      version: 1
    })
    expect(JSON.parse(readFileSync(path.join(ws, 'out.sarif'), 'utf8'))).toMatchObject({
      version: '2.1.0'
    })
  })

  it('rejects a root outside the workspace and a bad fail-on in one line', () => {
    const ws = workspace({ '.well-known/mta-sts.txt': VALID })
    const outside = runAction(ws, { root: '../..' })
    expect(outside.code).toBe(1)
    expect(outside.stdout).toContain('::error::input root "../.." points outside the workspace')
    writeFileSync(path.join(ws, 'file'), '')
    const unwritable = runAction(ws, { report: 'file/report.json' })
    expect(unwritable.code).toBe(1)
    expect(unwritable.stdout).toContain('::error::cannot write the report file')
    const bad = runAction(ws, { 'fail-on': 'sometimes' })
    expect(bad.stdout).toContain('::error::input fail-on must be')
  })
})

/**
 * What a run does not need is not in the entry files, only in chunks loaded on demand: each
 * library is recognised by a name from its own code.
 */
describe('start-up weight of the bundles', () => {
  const markers: [string, string][] = [
    ['undici (HTTP client)', 'UND_ERR_'],
    ['@octokit (REST client)', 'class Octokit'],
    ['yaml', 'YAMLParseError'],
    ['smol-toml (netlify.toml)', 'TomlError'],
    ['the DNS adapter of verification', 'the system resolver'],
    ['the HTTPS adapter of verification', 'every address of'],
    ['the config schema and its validator', 'mta-sts-lint configuration'],
    ['tldts (Public Suffix List)', 'parseImpl']
  ]
  const entries = [path.join('dist', 'index.js'), path.join('dist', 'cli', 'index.js')]
  // The action speaks to the runner through @actions/core, whose OIDC client brings undici at
  // load: a start-up cost accepted (and measured by npm run bench), not one to grow.
  const accepted = new Set([`${entries[0]} undici (HTTP client)`])

  it.each(
    entries.flatMap(e =>
      markers.filter(([lib]) => !accepted.has(`${e} ${lib}`)).map(([lib, m]) => [e, lib, m])
    )
  )('%s does not load %s at start-up', (entry, _lib, marker) => {
    const text = readFileSync(path.join(repo, entry), 'utf8')
    expect(text.includes(marker)).toBe(false)
    // ...while the library is still bundled, in a chunk of the same folder.
    const dir = path.dirname(path.join(repo, entry))
    const chunks = readdirSync(dir).filter(f => /^\d+\.index\.js$/.test(f))
    expect(chunks.some(c => readFileSync(path.join(dir, c), 'utf8').includes(marker))).toBe(true)
  })

  it('the action loads @actions/core at start-up, and the CLI bundles none of it', () => {
    const marker = 'ghadelimiter_'
    expect(readFileSync(path.join(repo, entries[0]), 'utf8')).toContain(marker)
    const cli = path.join(repo, 'dist', 'cli')
    for (const f of readdirSync(cli).filter(f => f.endsWith('.js'))) {
      expect([f, readFileSync(path.join(cli, f), 'utf8').includes(marker)]).toEqual([f, false])
    }
  })

  it.each(entries)(
    '%s bundles no ajv at all: the config schema is compiled ahead of time',
    entry => {
      const dir = path.dirname(path.join(repo, entry))
      for (const f of readdirSync(dir).filter(f => f.endsWith('.js'))) {
        expect([f, readFileSync(path.join(dir, f), 'utf8').includes('strictTuples')]).toEqual([
          f,
          false
        ])
      }
    }
  )
})
