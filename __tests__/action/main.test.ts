/**
 * The action from its source, in-process: inputs through a recording stand-in for @actions/core,
 * the environment handed in, real files and real git repositories in temporary folders.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { run } from '../../src/action/main.js'
import { readGithubEnvironment } from '../../src/action/github-environment.js'
import { createOrigin, payloads, runAction, tempDir, writeTree } from '../e2e/helpers.js'
import { VALID } from '../helpers.js'
import { recordingRuntime } from './recording-runtime.js'

let tmp: string
beforeAll(() => {
  tmp = tempDir('mta-sts-lint-action-src-')
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

let count = 0
const workspace = (files: Record<string, string>): string => {
  const ws = path.join(tmp, `ws-${++count}`)
  mkdirSync(ws)
  writeTree(ws, files)
  return ws
}

const CLEAN = {
  '.well-known/mta-sts.txt': VALID,
  CNAME: 'mta-sts.example.com',
  '.nojekyll': '',
  '.mta-sts.yml': 'domains:\n  example.com:\n    id: 20250101T000000Z\n'
}
const BAD_MODE = 'version: STSv1\nmode: Enforce\nmx: mail.example.com\nmax_age: 604800\n'

describe('inputs', () => {
  it('applies the defaults a runner would when an input is not set at all', async () => {
    const rec = recordingRuntime({})
    const ws = workspace(CLEAN)
    await run(rec.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: ws }))
    expect(rec.code()).toBe(0)
    expect(rec.outputs).toMatchObject({ errors: '0', changed: 'false' })
  })

  it.each([
    ['gate', 'yes', 'input gate must be true or false; got "yes"'],
    ['suggest', 'on', 'input suggest must be true or false; got "on"'],
    [
      'fail-on',
      'sometimes',
      'input fail-on must be error, warning, notice, never; got "sometimes"'
    ],
    ['root', '../..', 'input root "../.." points outside the workspace'],
    [
      'state',
      'state.json',
      'input state needs verify: true or a domains-file (it keeps what was served)'
    ]
  ])('refuses %s: %s in one line', async (input, value, message) => {
    const r = await runAction({
      workspace: workspace(CLEAN),
      inputs: { [input]: value, gate: input === 'gate' ? value : 'false' }
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::${message}`)
  })

  it('never prints the token, even in debug lines', async () => {
    const r = await runAction({
      workspace: workspace(CLEAN),
      inputs: { gate: 'false', token: 'ghs_secret123' }
    })
    expect(r.stdout).toContain('::debug::settings:')
    expect(r.stdout).not.toContain('ghs_secret123')
  })
})

describe('report files', () => {
  it('writes them to absolute paths outside the workspace (runner.temp), creating folders', async () => {
    const ws = workspace({ '.well-known/mta-sts.txt': BAD_MODE })
    const report = path.join(tmp, 'runner-temp', 'deep', 'mta-sts.json')
    const sarif = path.join(tmp, 'runner-temp', 'other', 'mta-sts.sarif')
    const r = await runAction({
      workspace: ws,
      inputs: { gate: 'false', 'fail-on': 'never', report, sarif }
    })
    expect(r.code).toBe(0)
    expect(r.outputs.report).toBe(report)
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      findings: { rule: string; file: string }[]
      notes?: string[]
    }
    expect(json.findings.map(f => [f.rule, f.file])).toContainEqual([
      'policy-mode',
      '.well-known/mta-sts.txt'
    ])
    // The notes of the log's "what was checked" group are in the report too.
    expect(json.notes).toContain('id gate off (input gate: false)')
    expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' })
  })

  it('resolves a relative path in the workspace, whatever the root', async () => {
    const ws = workspace({ 'site/.well-known/mta-sts.txt': VALID, 'site/.nojekyll': '' })
    const r = await runAction({
      workspace: ws,
      inputs: { gate: 'false', root: 'site', report: 'reports/mta-sts.json' }
    })
    expect(r.code).toBe(0)
    expect(existsSync(path.join(ws, 'reports', 'mta-sts.json'))).toBe(true)
    expect(existsSync(path.join(ws, 'site', 'reports'))).toBe(false)
  })

  it('fails with the path when a report cannot be written, even with fail-on: never', async () => {
    const ws = workspace(CLEAN)
    const blocker = path.join(tmp, `blocker-${count}`)
    writeFileSync(blocker, '')
    const r = await runAction({
      workspace: ws,
      inputs: { gate: 'false', 'fail-on': 'never', report: `${blocker}/mta-sts.json` }
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::cannot write the report file "${blocker}/mta-sts.json"`)
  })
})

describe('outputs, paths and the summary', () => {
  it('points findings of a root below the workspace at workspace paths', async () => {
    const ws = workspace({ 'site/.well-known/mta-sts.txt': BAD_MODE })
    const r = await runAction({ workspace: ws, inputs: { gate: 'false', root: 'site' } })
    expect(r.code).toBe(1)
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ title: 'policy-mode', file: 'site/.well-known/mta-sts.txt' })
    )
    expect(r.summary).toContain('MTA-STS lint')
    expect(r.stdout).toContain('::error::1 MTA-STS finding(s) at or above "error"')
  })

  it('writes no summary when the runner gave no summary file', async () => {
    const rec = recordingRuntime({ INPUT_GATE: 'false' })
    await run(rec.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: workspace(CLEAN) }))
    expect(rec.summary()).toBe('')
    expect(rec.code()).toBe(0)
  })

  it('groups what was checked in the log, and says when the gate is off', async () => {
    const r = await runAction({ workspace: workspace(CLEAN), inputs: { gate: 'false' } })
    expect(r.stdout).toMatch(
      /::group::MTA-STS: what was checked\nid gate off \(input gate: false\)\n[^]*::endgroup::/
    )
  })

  it('turns an unexpected exception into one failed line, not a stack trace', async () => {
    const rec = recordingRuntime({})
    rec.runtime.getInput = () => {
      throw new Error('boom')
    }
    await run(rec.runtime, readGithubEnvironment({ GITHUB_WORKSPACE: tmp }))
    expect(rec.code()).toBe(1)
    expect(rec.stdout()).toBe('::error::internal error: boom\n')
  })
})

describe('the gate fails closed', () => {
  it('fails a pull_request run whose event payload cannot be read', async () => {
    const r = await runAction({
      workspace: workspace(CLEAN),
      event: 'pull_request',
      env: { GITHUB_EVENT_PATH: path.join(tmp, 'no-such-event.json') }
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error::the id gate cannot find the base of this pull_request event: the event payload is unreadable \(cannot read .*no-such-event\.json.*\); name the base with the base input, or turn the gate off \(gate: false\)/
    )
  })

  it('fails when neither git nor the REST API can read the base, and says how to fix it', async () => {
    const ws = workspace(CLEAN)
    const sha = 'a'.repeat(40)
    const r = await runAction({
      workspace: ws,
      event: 'pull_request',
      payload: payloads.pullRequest(sha, 'b'.repeat(40)),
      inputs: { token: '' },
      env: { GITHUB_REPOSITORY: '' }
    })
    expect(r.code).toBe(1)
    expect(r.outputs).toEqual({})
    expect(r.stdout).toContain(`::error::the id gate cannot run: the base ${sha} cannot be read`)
    expect(r.stdout).toContain('fetch-depth')
    expect(r.stdout).toContain('contents: read')
    expect(r.stdout).toContain('gate: false')
  })

  it('lints only, with a notice, on an event that has no base (schedule)', async () => {
    const r = await runAction({ workspace: workspace(CLEAN), event: 'schedule' })
    expect(r.code).toBe(0)
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'notice', message: expect.stringMatching(/no base/) })
    )
  })
})

describe('annotations on files the change touched come first', () => {
  it('shows the new file’s error although 12 older errors come before it in order', async () => {
    const origin = createOrigin(path.join(tmp, 'touched'))
    // Twelve errors in a file the pull request does not touch...
    const base = origin.commit({ 'a/.well-known/mta-sts.txt': '#\n'.repeat(12) })
    origin.branch('feature')
    // ...and one in the file it adds (sorted after a/ by path).
    const head = origin.commit({ 'b/.well-known/mta-sts.txt': BAD_MODE })
    const r = await runAction({
      workspace: origin.work,
      event: 'pull_request',
      payload: payloads.pullRequest(base, head)
    })
    const errors = r.annotations.filter(a => a.level === 'error' && a.title !== undefined)
    expect(errors).toHaveLength(10)
    expect(errors[0]).toMatchObject({ title: 'policy-mode', file: 'b/.well-known/mta-sts.txt' })
    expect(r.stdout).toMatch(/6 more error findings are not annotated/)
  })
})
