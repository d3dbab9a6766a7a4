/**
 * The gate fails closed, and judges what it can even without a domain: real repositories made at
 * test time, the action and the CLI from their source.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../fixtures/layouts/cli.js'
import { createOrigin, git, payloads, runAction, tempDir, type Origin } from './helpers.js'

const ENFORCE = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n'
const NONE = 'version: STSv1\nmode: none\nmax_age: 86400\n'
/** No CNAME, no config, no mta-sts.<domain> folder: nothing says whose policy this is. */
const UNNAMED = 'site/.well-known/mta-sts.txt'
/** A GitHub Pages site serving ENFORCE for example.com. */
const PAGES_SITE = {
  '.well-known/mta-sts.txt': ENFORCE,
  CNAME: 'mta-sts.example.com',
  '.nojekyll': ''
}

let tmp: string
let count = 0
beforeAll(() => {
  tmp = tempDir('mta-sts-lint-closed-')
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const origin = (): Origin => createOrigin(path.join(tmp, `repo-${++count}`))

describe('the gate fails closed', () => {
  it('fails a push whose payload names no before commit', async () => {
    const o = origin()
    o.commit({ '.well-known/mta-sts.txt': ENFORCE })
    const r = await runAction({
      workspace: o.work,
      event: 'push',
      payload: { ref: 'refs/heads/main' }
    })
    expect(r.code).toBe(1)
    expect(r.outputs).toEqual({})
    expect(r.stdout).toContain(
      '::error::the id gate cannot run: the push event payload has no before commit. To fix:'
    )
  })

  it('fails when the base input names nothing, with the fixes', async () => {
    const o = origin()
    o.commit({ '.well-known/mta-sts.txt': ENFORCE })
    const r = await runAction({
      workspace: o.work,
      event: 'pull_request',
      inputs: { base: 'no-such-branch' },
      env: { GITHUB_REPOSITORY: '' }
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error::the id gate cannot run: the base no-such-branch cannot be read by git .*To fix: .*fetch-depth.*contents: read.*base input.*gate: false/
    )
  })

  it('fails a root with no policy and no record, at the head and the base, as the CLI does', async () => {
    const o = origin()
    const base = o.commit({ 'README.md': 'nothing here\n' })
    o.branch('feature')
    const head = o.commit({ 'notes.md': 'still nothing\n' })
    const r = await runAction({
      workspace: o.work,
      event: 'pull_request',
      payload: payloads.pullRequest(base, head)
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::no MTA-STS policy found')
    const cli = await runCli(['check', '--root', o.work, '--base', base])
    expect(cli.code).toBe(2)
    expect(cli.stderr).toContain('no MTA-STS policy found')
  })
})

describe('removing a policy no domain is known for', () => {
  it('flags an enforce policy deleted, on its path, with its mode, max_age and the safe way', async () => {
    const o = origin()
    const base = o.commit({ [UNNAMED]: ENFORCE, 'site/index.html': '<p>hi</p>\n' })
    o.branch('feature')
    const head = o.commit({ [UNNAMED]: null })
    const r = await runAction({
      workspace: o.work,
      event: 'pull_request',
      payload: payloads.pullRequest(base, head)
    })
    expect(r.code).toBe(1)
    const removal = r.annotations.filter(a => a.title === 'unsafe-removal')
    expect(removal).toHaveLength(1)
    expect(removal[0]).toMatchObject({ level: 'error', file: UNNAMED })
    expect(removal[0].line).toBeUndefined()
    expect(removal[0].message).toMatch(
      /^the policy "site\/\.well-known\/mta-sts\.txt" is removed while the base still serves mode: enforce \(max_age 604800 s, 7 days\)/
    )
    expect(removal[0].message).toContain('publish "mode: none"')
    expect(removal[0].message).toContain('under a new id')
    expect(r.outputs.changed).toBe('true')

    // The CLI says the same, and the report names no domain.
    const cli = await runCli(['check', '--root', o.work, '--base', base, '--format', 'json'], {
      cwd: o.work
    })
    const report = JSON.parse(cli.stdout) as {
      findings: { rule: string; file: string; domain: string | null }[]
    }
    expect(cli.code).toBe(1)
    expect(report.findings.filter(f => f.rule === 'unsafe-removal')).toEqual([
      expect.objectContaining({ file: UNNAMED, domain: null })
    ])
  })

  it('does not flag a policy its site never served at the well-known URL (a root mta-sts.txt)', async () => {
    // nima-GB/mta-sts.negarix.uk: the root file renamed into a (misspelt) folder. Pages served
    // it at /mta-sts.txt, where no sender looks, so no sender cached it.
    const o = origin()
    const base = o.commit({ 'mta-sts.txt': ENFORCE, CNAME: 'mta-sts.example.com', '.nojekyll': '' })
    o.branch('feature')
    o.commit({ 'mta-sts.txt': null, '.well-kown/mta-sts.txt': ENFORCE })
    const cli = await runCli(['check', '--root', o.work, '--base', base, '--format', 'json'], {
      cwd: o.work
    })
    const report = JSON.parse(cli.stdout) as { findings: { rule: string; file?: string }[] }
    expect(report.findings.map(f => `${f.rule} ${f.file ?? '-'}`)).toEqual([
      'policy-location .well-kown/mta-sts.txt'
    ])
    expect(cli.code).toBe(0)

    // The same file removed from .well-known, where senders fetch it, is an unsafe removal.
    const served = origin()
    const base2 = served.commit(PAGES_SITE)
    served.branch('feature')
    served.commit({ '.well-known/mta-sts.txt': null })
    const cli2 = await runCli(
      ['check', '--root', served.work, '--base', base2, '--format', 'json'],
      { cwd: served.work }
    )
    const report2 = JSON.parse(cli2.stdout) as { findings: { rule: string }[] }
    expect(report2.findings.map(f => f.rule)).toContain('unsafe-removal')
    expect(cli2.code).toBe(1)
  })

  it('a CNAME deleted detaches the policy: said so, at the policy file that is still there', async () => {
    // stjmtasts/mta-sts "Delete CNAME": the site would stop serving the domain's policy.
    const o = origin()
    const base = o.commit(PAGES_SITE)
    o.branch('feature')
    o.commit({ CNAME: null })
    const cli = await runCli(['check', '--root', o.work, '--base', base, '--format', 'json'], {
      cwd: o.work
    })
    const report = JSON.parse(cli.stdout) as {
      findings: { rule: string; file?: string; message: string }[]
    }
    const removal = report.findings.filter(f => f.rule === 'unsafe-removal')
    expect(removal).toEqual([
      expect.objectContaining({ file: '.well-known/mta-sts.txt', severity: 'error' })
    ])
    expect(removal[0]?.message).toMatch(
      /^the policy "\.well-known\/mta-sts\.txt" no longer serves example\.com: the file is still here, but the base knew the domain by its CNAME file CNAME, which is gone or names another host now/
    )
    expect(cli.code).toBe(1)
  })

  it('does not flag the policy moved elsewhere (git mv), nor one in mode none', async () => {
    const o = origin()
    const base = o.commit({ [UNNAMED]: ENFORCE, 'other/.well-known/mta-sts.txt': NONE })
    o.branch('feature')
    git(o.work, ['mv', 'site', 'public'])
    git(o.work, ['rm', '-q', 'other/.well-known/mta-sts.txt'])
    const head = o.commit({}, { message: 'move the site, drop the none policy' })
    const r = await runAction({
      workspace: o.work,
      event: 'pull_request',
      payload: payloads.pullRequest(base, head)
    })
    const removal = r.annotations.filter(a => a.title === 'unsafe-removal')
    // The none policy's removal is judged on its history (a notice at most), never an error.
    expect(removal.filter(a => a.level === 'error')).toEqual([])
    expect(removal.every(a => a.file === 'other/.well-known/mta-sts.txt')).toBe(true)
  })
})
