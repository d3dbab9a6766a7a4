/**
 * The repository view of the repo rules (file list, workflows, Jekyll config) and the two rules
 * that read it, pages-jekyll and policy-location. Rule cases are repositories written as file
 * listings (`==> path <==`), each listing the exact findings as file@line:column/severity. What
 * the workflows and configs say is tested on its own in __tests__/site.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  listFiles,
  loadRepoContext,
  MAX_READ_BYTES,
  parseFileListing,
  repoFromFiles
} from '../../src/repo/hosting.js'
import pagesJekyll from '../../src/rules/pages-jekyll.js'
import policyLocation from '../../src/rules/policy-location.js'
import { RULES } from '../../src/rules/registry.js'
import type { RepoContext, Report, Rule } from '../../src/rules/types.js'

const POLICY = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n'

/** A repository from `==> path <==` sections; `{policy}` stands for a valid policy. */
const repo = (
  listing: string,
  opts: { rootName?: string; policies?: { file: string; domain?: string }[] } = {}
): Promise<RepoContext> =>
  repoFromFiles(parseFileListing(listing.replace(/\{policy\}\n/g, POLICY)), opts)

const run = (rule: Rule<'repo'>, ctx: RepoContext): Report[] => {
  const out: Report[] = []
  rule.check(ctx, r => out.push(r))
  return out
}

const codes = (rule: Rule<'repo'>, reports: readonly Report[]): string[] =>
  reports
    .map(
      r =>
        `${r.file ?? '-'}@${r.line ?? '-'}:${r.column ?? '-'}/${r.severity ?? rule.meta.severity}`
    )
    .sort()

interface Case {
  name: string
  listing: string
  rootName?: string
  /** Policies with domains, instead of the ones discovery would find. */
  policies?: { file: string; domain?: string }[]
  expect: string[]
  /** Fragments every message must hold. */
  message?: (string | RegExp)[]
}

const table = (rule: Rule<'repo'>, cases: Case[]): void => {
  // eslint-disable-next-line jest/valid-title -- the rule id is the title
  describe(rule.meta.id, () => {
    it.each(cases.map(c => [c.name, c] as const))('%s', async (_, c) => {
      const ctx = await repo(c.listing, {
        ...(c.rootName !== undefined && { rootName: c.rootName }),
        ...(c.policies !== undefined && { policies: c.policies })
      })
      const reports = run(rule, ctx)
      expect(codes(rule, reports)).toEqual([...c.expect].sort())
      for (const m of c.message ?? []) {
        for (const r of reports) expect(r.message).toMatch(m)
      }
    })
  })
}

describe('registry', () => {
  it('holds the repo rules, with the repo target', () => {
    const repoRules = RULES.filter(r => r.meta.target === 'repo').map(r => r.meta.id)
    expect(repoRules).toEqual(expect.arrayContaining(['pages-jekyll', 'policy-location']))
    expect(pagesJekyll.meta.severity).toBe('error')
    expect(policyLocation.meta.severity).toBe('warning')
  })
})

describe('parseFileListing', () => {
  it('splits files at ==> path <== lines; an empty section is an empty file', () => {
    expect(
      parseFileListing(
        'ignored\n==> CNAME <==\nmta-sts.example.com\n==> .nojekyll <==\n==> a/b.txt <==\nx\n\ny\n\n'
      )
    ).toEqual({ CNAME: 'mta-sts.example.com\n', '.nojekyll': '', 'a/b.txt': 'x\n\ny\n' })
  })
})

describe('repoFromFiles', () => {
  it('lists files sorted and finds the policies discovery would find', async () => {
    const ctx = await repoFromFiles({
      'b.txt': 'b',
      'mta-sts.txt': POLICY,
      'site/.well-known/mta-sts.txt': POLICY
    })
    expect(ctx.files).toEqual(['b.txt', 'mta-sts.txt', 'site/.well-known/mta-sts.txt'])
    expect(ctx.policies).toEqual([
      { file: 'mta-sts.txt' },
      { file: 'site/.well-known/mta-sts.txt' }
    ])
    expect(ctx.read('b.txt')).toBe('b')
    expect(ctx.read('nope')).toBeUndefined()
    expect(ctx.read('toString')).toBeUndefined()
    expect(ctx.pagesSteps).toEqual([])
    expect(ctx.jekyllConfigs.size).toBe(0)
  })
})

describe('listFiles and loadRepoContext on a real folder', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'mta-sts-hosting-'))
    const put = (rel: string, text: string | Buffer): void => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
      writeFileSync(path.join(root, rel), text)
    }
    put('.well-known/mta-sts.txt', POLICY)
    put('CNAME', 'mta-sts.example.com')
    put('node_modules/x/.well-known/mta-sts.txt', POLICY)
    put('.git/HEAD', 'ref: x')
    put('a/b/c/d.txt', 'deep')
    put('big.txt', 'x'.repeat(MAX_READ_BYTES + 1))
    put('binary.bin', Buffer.from([0xff, 0xfe, 0x00]))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('lists files sorted, skipping node_modules and .git', () => {
    const { files, truncated } = listFiles(root)
    expect(files).toEqual([
      '.well-known/mta-sts.txt',
      'CNAME',
      'a/b/c/d.txt',
      'big.txt',
      'binary.bin'
    ])
    expect(truncated).toBe(false)
  })

  it('is bounded in files and depth', () => {
    expect(listFiles(root, { maxFiles: 2 })).toEqual({
      files: ['.well-known/mta-sts.txt', 'CNAME'],
      truncated: true
    })
    const shallow = listFiles(root, { maxDepth: 1 })
    expect(shallow.files).not.toContain('a/b/c/d.txt')
    expect(shallow.truncated).toBe(true)
  })

  it('reads small UTF-8 files of the list only', async () => {
    const ctx = await loadRepoContext(root, [{ file: '.well-known/mta-sts.txt' }])
    expect(ctx.read('CNAME')).toBe('mta-sts.example.com')
    expect(ctx.read('big.txt')).toBeUndefined()
    expect(ctx.read('binary.bin')).toBeUndefined()
    expect(ctx.read('node_modules/x/.well-known/mta-sts.txt')).toBeUndefined()
    expect(ctx.read('../etc/passwd')).toBeUndefined()
    expect(ctx.rootName).toBe(path.basename(root))
    expect(run(pagesJekyll, ctx).map(r => `${r.file}@${r.line}:${r.column}`)).toEqual(['CNAME@1:1'])
    expect(ctx.pagesSteps).toEqual([])
    expect(ctx.jekyllConfigs.size).toBe(0)
  })
})

describe('loadRepoContext reads the site YAML', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'mta-sts-hosting-yaml-'))
    const put = (rel: string, text: string): void => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
      writeFileSync(path.join(root, rel), text)
    }
    put('site/.well-known/mta-sts.txt', POLICY)
    put('site/_config.yml', 'title: x\ninclude: [_redirects]\n')
    put('docs/.well-known/mta-sts.txt', POLICY)
    put('docs/_config.yml', `include: [${'"x", '.repeat(60_000)}"y"]\n`)
    put('other/_config.yml', 'include: [.well-known]\n')
    put(
      '.github/workflows/pages.yml',
      'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/upload-pages-artifact@v4\n'
    )
    put('.github/workflows/ci.yml', 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it("gives the Pages steps and the configs of the policies' site folders", async () => {
    const ctx = await loadRepoContext(root, [
      { file: 'site/.well-known/mta-sts.txt' },
      { file: 'docs/.well-known/mta-sts.txt' }
    ])
    expect(ctx.pagesSteps).toMatchObject([
      { file: '.github/workflows/pages.yml', action: 'actions/upload-pages-artifact', line: 5 }
    ])
    // docs/_config.yml is over the read limit, other/ holds no policy.
    expect([...ctx.jekyllConfigs.values()]).toEqual([
      {
        file: 'site/_config.yml',
        include: { line: 2, column: 1, entries: ['_redirects'], style: 'flow' }
      }
    ])
    expect(run(pagesJekyll, ctx).map(r => `${r.file}@${r.line}:${r.column}`)).toEqual([
      '.github/workflows/pages.yml@5:15'
    ])
  })
})

const UPLOAD = (ref: string, ...with_: string[]): string =>
  [
    'name: Deploy',
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Upload',
    `        uses: actions/upload-pages-artifact@${ref}`,
    ...(with_.length > 0 ? ['        with:', ...with_.map(w => `          ${w}`)] : []),
    '      - uses: actions/deploy-pages@v4'
  ].join('\n')

table(pagesJekyll, [
  {
    name: 'branch site at the root without .nojekyll: at the CNAME',
    listing: '==> CNAME <==\nmta-sts.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['CNAME@1:1/error'],
    message: [
      'GitHub Pages builds this site with Jekyll',
      '.well-known/mta-sts.txt is not published and https://mta-sts.example.com/.well-known/mta-sts.txt answers 404',
      'add an empty file .nojekyll (or a _config.yml holding include: [".well-known"])'
    ]
  },
  {
    name: 'the domain of the policy wins over the CNAME in the message',
    listing: '==> CNAME <==\nmta-sts.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    policies: [{ file: '.well-known/mta-sts.txt', domain: 'example.net' }],
    expect: ['CNAME@1:1/error'],
    message: ['https://mta-sts.example.net/']
  },
  {
    name: 'with .nojekyll',
    listing:
      '==> CNAME <==\nmta-sts.example.com\n==> .nojekyll <==\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'with include in _config.yml',
    listing:
      '==> CNAME <==\nmta-sts.example.com\n==> _config.yml <==\ninclude: [".well-known"]\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: '_config.yml without include: at its first line',
    listing: '==> _config.yml <==\ntitle: MTA-STS\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['_config.yml@1:1/error'],
    message: ['add include: [".well-known"] to _config.yml, or add an empty file .nojekyll']
  },
  {
    name: 'include without .well-known (flow): at the include line, with the list to write',
    listing:
      '==> _config.yml <==\ntitle: x\ninclude: [_redirects]\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['_config.yml@2:1/error'],
    message: ['write include: ["_redirects", ".well-known"] in _config.yml']
  },
  {
    name: 'include without .well-known (block)',
    listing:
      '==> _config.yml <==\ninclude:\n  - _redirects\n==> CNAME <==\nmta-sts.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['_config.yml@1:1/error'],
    message: ['add "- .well-known" under include: in _config.yml']
  },
  {
    name: 'site in docs/: .nojekyll at the root does not count',
    listing:
      '==> .nojekyll <==\n==> docs/CNAME <==\nmta-sts.example.com\n==> docs/.well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['docs/CNAME@1:1/error'],
    message: ['docs/.well-known/mta-sts.txt is not published', 'add an empty file docs/.nojekyll']
  },
  {
    name: 'no CNAME, no _config.yml: not recognisably a Pages site',
    listing: '==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    // Was "not an MTA-STS site" (no finding): a CNAME file makes it a Pages site whatever it
    // names, and policy-location says what it must name.
    name: 'a CNAME for another host is still a Pages site',
    listing: '==> CNAME <==\nwww.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['CNAME@1:1/error']
  },
  {
    name: 'no CNAME yet, a repository named mta-sts.<domain>: a warning at the policy',
    listing: '==> index.html <==\nhi\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    rootName: 'mta-sts.example.com',
    expect: ['.well-known/mta-sts.txt@1:1/warning'],
    message: [
      'If GitHub Pages publishes this repository from a branch',
      'https://mta-sts.example.com/.well-known/mta-sts.txt answers 404',
      'add an empty file .nojekyll'
    ]
  },
  {
    name: 'no CNAME, a <user>.github.io repository',
    listing: '==> .well-known/mta-sts.txt <==\n{policy}\n',
    rootName: 'example.github.io',
    expect: ['.well-known/mta-sts.txt@1:1/warning']
  },
  {
    name: 'no CNAME, named mta-sts.<domain> but deployed to Netlify',
    listing: '==> netlify.toml <==\n[build]\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    rootName: 'mta-sts.example.com',
    expect: []
  },
  {
    name: 'front matter in a site with .nojekyll: served as it is',
    listing:
      '==> .nojekyll <==\n==> mta-sts.txt <==\n---\npermalink: /.well-known/mta-sts.txt\n---\n{policy}\n',
    expect: ['mta-sts.txt@1:1/error'],
    message: [
      'mta-sts.txt relies on Jekyll (front matter with permalink /.well-known/mta-sts.txt), but .nojekyll turns Jekyll off',
      'served as it is at /mta-sts.txt, front matter included',
      'or put the policy without front matter in .well-known/mta-sts.txt'
    ]
  },
  {
    name: 'front matter in .well-known/mta-sts.txt without Jekyll: senders get it too',
    listing:
      '==> .nojekyll <==\n==> .well-known/mta-sts.txt <==\n---\nlayout: null\n---\n{policy}\n',
    expect: ['.well-known/mta-sts.txt@1:1/error'],
    message: [
      'senders get its 3 front matter lines too and reject the policy; remove the front matter'
    ]
  },
  {
    name: 'a Markdown page with the policy permalink is converted to HTML',
    listing:
      '==> _config.yml <==\ninclude: [_pages]\n==> _pages/mta-sts.md <==\n---\npermalink: /.well-known/mta-sts.txt\n---\n{policy}\n',
    expect: ['_pages/mta-sts.md@1:1/error'],
    message: ['Jekyll converts _pages/mta-sts.md from Markdown to HTML', 'rename it to mta-sts.txt']
  },
  {
    name: 'a .txt page with the policy permalink, Jekyll on: nothing to say',
    listing:
      '==> _config.yml <==\ntitle: x\n==> mta-sts.txt <==\n---\nlayout: none\npermalink: .well-known/mta-sts.txt\n---\n{policy}\n',
    expect: []
  },
  {
    name: 'a site folder Pages does not publish from a branch',
    listing:
      '==> site/CNAME <==\nmta-sts.example.com\n==> site/.well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'no policy, nothing to say',
    listing: '==> CNAME <==\nmta-sts.example.com\n==> index.html <==\nhi\n',
    expect: []
  },
  {
    name: 'upload-pages-artifact v4 without include-hidden-files: at the uses line',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v4', 'path: site')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: [
      'actions/upload-pages-artifact@v4 leaves folders whose names start with "." out of the Pages artifact, so site/.well-known/mta-sts.txt is not published',
      'v4 has no input that keeps them: move this step to v5 and add "include-hidden-files: true" under "with:", or go back to v3, which does not leave them out'
    ]
  },
  {
    name: 'v4 and a branch site: only the workflow counts (Pages builds from Actions)',
    listing: `==> CNAME <==\nmta-sts.example.com\n==> .github/workflows/pages.yml <==\n${UPLOAD('v4')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error']
  },
  {
    name: 'v3 keeps hidden files',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v3', 'path: site')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    // v4 declares no include-hidden-files input: GitHub ignores it, and tar still runs with
    // --exclude=".[^/]*" (action.yml at the v4.0.0 tag).
    name: 'v4 with include-hidden-files: true: still dropped, at the uses line',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v4', 'path: site', "include-hidden-files: 'true'")}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    policies: [{ file: 'site/.well-known/mta-sts.txt', domain: 'example.com' }],
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: [
      'actions/upload-pages-artifact@v4 has no include-hidden-files input (it came with v5), so it ignores "include-hidden-files: true" and leaves folders whose names start with "." out of the Pages artifact, so site/.well-known/mta-sts.txt is not published and https://mta-sts.example.com/.well-known/mta-sts.txt answers 404',
      '; move this step to v5, or go back to v3, which does not leave them out'
    ]
  },
  {
    name: 'v4.0.0 with include-hidden-files: false: at the uses line, the version to change',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v4.0.0', 'path: site', 'include-hidden-files: false')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: [
      'ignores "include-hidden-files: false"',
      'move this step to v5 and write "include-hidden-files: true", or go back to v3'
    ]
  },
  {
    name: 'v4 with include-hidden-files from an expression: v4 ignores it too',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v4', 'include-hidden-files: ${{ inputs.hidden }}')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: ['ignores "include-hidden-files: ${{ inputs.hidden }}"']
  },
  {
    name: 'v5 with include-hidden-files: true keeps them',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v5', 'path: site', 'include-hidden-files: true')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'v5.0.0 with include-hidden-files: TRUE (GitHub compares strings without case)',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v5.0.0', 'path: site', 'include-hidden-files: TRUE')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a later major (v6) is taken to keep the v5 input',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v6', 'include-hidden-files: true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'v5 without include-hidden-files: at the uses line, add the input',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v5', 'path: site')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: [
      'actions/upload-pages-artifact@v5 leaves folders whose names start with "." out of the Pages artifact, so site/.well-known/mta-sts.txt is not published; add "include-hidden-files: true" under "with:" of this step'
    ]
  },
  {
    name: 'v5 with include-hidden-files: yes (not "true"): at that line',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v5', 'path: site', 'include-hidden-files: yes')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@12:11/error'],
    message: ['include-hidden-files: yes leaves folders', 'write "include-hidden-files: true"']
  },
  {
    name: 'v5 with include-hidden-files from an expression: cannot tell',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v5', 'include-hidden-files: ${{ inputs.hidden }}')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'v5 with include-hidden-files: false: at that line',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v5', 'path: site', 'include-hidden-files: false')}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    policies: [{ file: 'site/.well-known/mta-sts.txt', domain: 'example.com' }],
    expect: ['.github/workflows/pages.yml@12:11/error'],
    message: [
      'include-hidden-files: false leaves folders',
      'https://mta-sts.example.com/.well-known/mta-sts.txt answers 404',
      'write "include-hidden-files: true"'
    ]
  },
  {
    name: 'a commit pinned with a v3 comment',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('56afc609e74202658d3ffba0e8f6dda462b719fa # v3.0.1')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'the v3.0.1 release commit without a version comment is known: kept',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('56afc609e74202658d3ffba0e8f6dda462b719fa')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'the v4.0.0 release commit without a comment, with include-hidden-files: true',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('7b1f4a764d45c48632c6b24a0339c27f5614fb0b', 'include-hidden-files: true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: [
      'actions/upload-pages-artifact@7b1f4a764d45 (the v4.0.0 commit) has no include-hidden-files input'
    ]
  },
  {
    name: 'the v5.0.0 release commit without a comment, with include-hidden-files: true',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('fc324d3547104276b827a68afc52ff2a11cc49c9', 'include-hidden-files: true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a release commit counts over a comment naming another version',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('56afc609e74202658d3ffba0e8f6dda462b719fa # v4')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'an unknown commit without a version comment is taken as v5 or later',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('0123456789abcdef0123456789abcdef01234567')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: [
      '@0123456789ab (a commit without a version comment, taken as v5 or later)',
      'add "include-hidden-files: true" under "with:" of this step'
    ]
  },
  {
    name: 'an unknown commit without a comment, with include-hidden-files: true',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('0123456789abcdef0123456789abcdef01234567', 'include-hidden-files: true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a branch is taken as v5 or later',
    listing: `==> .github/workflows/deploy.yaml <==\n${UPLOAD('main')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/deploy.yaml@9:15/error'],
    message: ['@main (a branch, taken as v5 or later)']
  },
  {
    name: 'a branch with include-hidden-files: true (main has the input since v5)',
    listing: `==> .github/workflows/deploy.yaml <==\n${UPLOAD('main', 'include-hidden-files: true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'an artifact folder that is committed without the policy is another site',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v4', 'path: docs')}\n==> docs/index.html <==\nhi\n==> mta-sts/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a build output folder may hold a copy of the policy',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v4', 'path: dist/')}\n==> public/.well-known/mta-sts.txt <==\n{policy}\n==> a/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: ['so a/.well-known/mta-sts.txt (and 1 more) is not published']
  },
  {
    name: 'workflows elsewhere are not run by GitHub',
    listing: `==> docs/pages.yml <==\n${UPLOAD('v4')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'jekyll-build-pages without _config.yml: at the action, even with .nojekyll',
    listing: `==> .nojekyll <==\n==> .github/workflows/jekyll.yml <==\njobs:\n  build:\n    steps:\n      - uses: actions/jekyll-build-pages@v1\n        with:\n          source: ./\n      - uses: actions/upload-pages-artifact@v3\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/jekyll.yml@4:15/error'],
    message: [
      'actions/jekyll-build-pages builds the repository with Jekyll',
      'does not read .nojekyll',
      'create _config.yml holding include: [".well-known"]'
    ]
  },
  {
    name: 'jekyll-build-pages with a _config.yml lacking include: at the config',
    listing: `==> site/_config.yml <==\ntitle: x\n==> .github/workflows/jekyll.yml <==\njobs:\n  build:\n    steps:\n      - uses: actions/jekyll-build-pages@v1\n        with: { source: site }\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['site/_config.yml@1:1/error'],
    message: ['builds site/ with Jekyll', 'add include: [".well-known"] to site/_config.yml']
  },
  {
    name: 'jekyll-build-pages with include',
    listing: `==> _config.yml <==\ninclude:\n  - .well-known\n==> .github/workflows/jekyll.yml <==\njobs:\n  build:\n    steps:\n      - uses: actions/jekyll-build-pages@v1\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  // YAML that a line-by-line reading got wrong.
  {
    name: 'a commit pinned with a v4 comment: at the uses line, named by its version',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('7b1f4a764d45c48632c6b24a0339c27f5614fb0b # v4')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: ['actions/upload-pages-artifact@7b1f4a764d45 leaves folders', 'move this step to v5']
  },
  {
    name: 'an unknown commit pinned with a v4 comment and include-hidden-files: true',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('0123456789abcdef0123456789abcdef01234567 # v4.0.0', 'include-hidden-files: true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@9:15/error'],
    message: ['actions/upload-pages-artifact@0123456789ab has no include-hidden-files input']
  },
  {
    name: 'an unknown commit pinned with a v5 comment and include-hidden-files: true',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('0123456789abcdef0123456789abcdef01234567 # v5.0.0', 'include-hidden-files: true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a step written as a flow mapping, include-hidden-files false: at that input',
    listing: `==> .github/workflows/pages.yml <==\njobs:\n  a:\n    steps:\n      - { uses: actions/upload-pages-artifact@v5, with: { path: site, include-hidden-files: false } }\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['.github/workflows/pages.yml@4:71/error'],
    message: ['include-hidden-files: false leaves folders']
  },
  {
    name: 'include-hidden-files with a quoted key, in capitals, over an anchor',
    listing: `==> .github/workflows/pages.yml <==\nx-inputs: &inputs\n  "Include-Hidden-Files": True\njobs:\n  a:\n    steps:\n      - uses: actions/upload-pages-artifact@v5\n        with: *inputs\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'include-hidden-files as a block scalar',
    listing: `==> .github/workflows/pages.yml <==\n${UPLOAD('v5', 'include-hidden-files: |', '  true')}\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'an upload written in a run: script is no step',
    listing: `==> .github/workflows/pages.yml <==\njobs:\n  a:\n    steps:\n      - run: |\n          echo "- uses: actions/upload-pages-artifact@v4"\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a workflow that is not valid YAML is not read (GitHub does not run it)',
    listing: `==> .github/workflows/pages.yml <==\njobs:\n  a:\n    steps:\n      - uses: actions/upload-pages-artifact@v4\n     with: {}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a workflow nested absurdly deep is not read, and nothing crashes',
    listing: `==> .github/workflows/pages.yml <==\n# actions/upload-pages-artifact@v4\n${'- '.repeat(20_000)}x\n==> site/.well-known/mta-sts.txt <==\n{policy}\n`,
    expect: []
  },
  {
    name: 'a _config.yml that is not valid YAML: Jekyll stops the build, nothing to add',
    listing:
      '==> CNAME <==\nmta-sts.example.com\n==> _config.yml <==\ninclude: [_redirects\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'include through an alias, in a flow mapping document, with a quoted key',
    listing:
      '==> CNAME <==\nmta-sts.example.com\n==> _config.yml <==\n{ keep: &keep [.well-known], "include": *keep }\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'include in an alias bomb is still read',
    listing: `==> CNAME <==\nmta-sts.example.com\n==> _config.yml <==\na: &a [x, x, x, x, x, x, x, x, x]\n${'bcdefgh'
      .split('')
      .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)
      .join('\n')}\ninclude: [_x, *h]\n==> .well-known/mta-sts.txt <==\n{policy}\n`,
    expect: ['_config.yml@9:1/error'],
    message: ['write include: ["_x", ".well-known"] in _config.yml']
  },
  {
    name: 'an indented _config.yml document: at its include key',
    listing:
      '==> CNAME <==\nmta-sts.example.com\n==> _config.yml <==\n  title: x\n  include: ["a,b"]\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['_config.yml@2:3/error'],
    message: ['write include: ["a,b", ".well-known"] in _config.yml']
  },
  {
    name: 'the first document of _config.yml counts',
    listing:
      '==> CNAME <==\nmta-sts.example.com\n==> _config.yml <==\ninclude: [.well-known]\n---\ninclude: []\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  }
])

table(policyLocation, [
  {
    name: 'a policy in .well-known',
    listing:
      '==> .well-known/mta-sts.txt <==\n{policy}\n==> site/.well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'a root mta-sts.txt',
    listing: '==> mta-sts.txt <==\n{policy}\n',
    expect: ['mta-sts.txt@1:-/warning'],
    message: [
      'mta-sts.txt is not served at /.well-known/mta-sts.txt, the one place senders fetch a policy from: at the root it is served at /mta-sts.txt; move it to .well-known/mta-sts.txt',
      'must be named ".well-known"'
    ]
  },
  {
    name: 'a root mta-sts.txt in a repository named .well-known',
    listing: '==> mta-sts.txt <==\n{policy}\n',
    rootName: '.well-known',
    expect: []
  },
  {
    name: 'a misnamed file in a repository named .well-known',
    listing: '==> MTA-STS.txt <==\n{policy}\n',
    rootName: '.well-known',
    expect: ['MTA-STS.txt@1:-/warning'],
    message: ['rename it to mta-sts.txt']
  },
  {
    name: 'a root copy identical to the served one is a notice',
    listing: '==> mta-sts.txt <==\n{policy}\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['mta-sts.txt@1:-/notice'],
    message: ['It is a copy of .well-known/mta-sts.txt, which is served: delete this copy']
  },
  {
    name: 'a root copy that differs is a warning',
    listing:
      '==> mta-sts.txt <==\nversion: STSv1\nmode: testing\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['mta-sts.txt@1:-/warning'],
    message: ['this file differs from it']
  },
  {
    name: 'a policy in a site folder, with its domain in the message',
    listing: '==> site/mta-sts.txt <==\n{policy}\n',
    policies: [{ file: 'site/.well-known/mta-sts.txt', domain: 'example.com' }],
    expect: ['site/mta-sts.txt@1:-/warning'],
    message: [
      'site/mta-sts.txt is not served at https://mta-sts.example.com/.well-known/mta-sts.txt',
      'move it to site/.well-known/mta-sts.txt'
    ]
  },
  {
    name: 'an mta-sts.txt outside .well-known that is no policy',
    listing: '==> docs/mta-sts.txt <==\nSee https://mta-sts.example.com/.well-known/mta-sts.txt\n',
    expect: []
  },
  ...(
    [
      [
        '.well_known/mta-sts.txt',
        'the folder ".well_known" is not ".well-known" (a dash, not an underscore)',
        '.well-known/mta-sts.txt'
      ],
      [
        'well-known/mta-sts.txt',
        'the folder "well-known" is not ".well-known" (the name starts with a dot)',
        '.well-known/mta-sts.txt'
      ],
      [
        'public/.Well-Known/mta-sts.txt',
        '(names are case-sensitive on web servers)',
        'public/.well-known/mta-sts.txt'
      ],
      [
        '.wellknown/mta-sts.txt',
        '".wellknown" is not ".well-known" (a dash between "well" and "known")',
        '.well-known/mta-sts.txt'
      ],
      [
        '.well-known/mta_sts.txt',
        '"mta_sts.txt" is not "mta-sts.txt" (a dash, not an underscore)',
        '.well-known/mta-sts.txt'
      ],
      [
        '.well-known/MTA-STS.txt',
        '(names are case-sensitive on web servers)',
        '.well-known/mta-sts.txt'
      ],
      ['.well-known/mta-sts.txt.txt', '(the extension is doubled', '.well-known/mta-sts.txt'],
      ['.well-known/mta-sts', '(the name ends in .txt)', '.well-known/mta-sts.txt'],
      [
        'a/b/c/d/e/.well_known/MTA-STS.txt',
        '"MTA-STS.txt" is not "mta-sts.txt"',
        'a/b/c/d/e/.well-known/mta-sts.txt'
      ],
      ['static/mta-sts.TXT', 'it is not in a .well-known folder', 'static/.well-known/mta-sts.txt']
    ] as const
  ).map(([file, why, target]) => ({
    name: file,
    listing: `==> ${file} <==\n{policy}\n`,
    expect: [`${file}@1:-/warning`],
    message: [why, `it to ${target}`]
  })),
  {
    name: 'deeper than six folders is not looked at',
    listing: '==> a/b/c/d/e/f/.well_known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'node_modules is not looked at',
    listing: '==> node_modules/x/.well_known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'look-alike names that are not policies',
    listing:
      '==> scripts/mta-sts <==\n#!/bin/sh\necho version: STSv1\n==> .github/mta-sts.yml <==\nrules: {}\n==> mta-sts.txt.tpl <==\n{policy}\n==> nginx/mta-sts.conf <==\nreturn 200 "version: STSv1";\n',
    expect: []
  },
  // Sites that serve the policy other ways than by its path.
  {
    name: 'a root page whose permalink is the policy URL is served there',
    listing:
      '==> mta-sts.txt <==\n---\nlayout: none\npermalink: /.well-known/mta-sts.txt\n---\n{policy}\n',
    expect: []
  },
  {
    name: 'a page with a permalink elsewhere: at the permalink',
    listing:
      '==> mta-sts.txt <==\n---\nlayout: none\npermalink: "/.well-known/mta-sts.txt/"\n---\n{policy}\n',
    policies: [{ file: 'mta-sts.txt', domain: 'example.com' }],
    expect: ['mta-sts.txt@3:13/warning'],
    message: [
      'served at /.well-known/mta-sts.txt/index.html (its permalink), not at https://mta-sts.example.com/.well-known/mta-sts.txt',
      'write permalink: /.well-known/mta-sts.txt'
    ]
  },
  {
    name: 'a page of any name with the policy permalink',
    listing:
      '==> _config.yml <==\ntitle: x\n==> pages/policy.txt <==\n---\npermalink: /.well-known/mta-sts.txt\n---\n{policy}\n',
    expect: []
  },
  {
    name: 'a root mta-sts.txt rewritten by _redirects (200)',
    listing:
      '==> _redirects <==\n/.well-known/mta-sts.txt /mta-sts.txt 200\n==> mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'a root mta-sts.txt rewritten by netlify.toml (200)',
    listing:
      '==> netlify.toml <==\n[[redirects]]\nfrom = "/.well-known/mta-sts.txt"\nto = "/mta-sts.txt"\nstatus = 200\n==> mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'a redirect in _redirects: at the rule, an error, no advice to move the file',
    listing:
      '==> _redirects <==\n# policy\n/.well-known/mta-sts.txt   /mta-sts.txt   301\n==> mta-sts.txt <==\n{policy}\n',
    expect: ['_redirects@2:43/error'],
    message: [
      '/.well-known/mta-sts.txt in _redirects redirects (status 301) to /mta-sts.txt, and senders never follow a redirect',
      'write 200 to rewrite instead of redirect (mta-sts.txt is then served at /.well-known/mta-sts.txt)'
    ]
  },
  {
    name: 'a _redirects rule without a status redirects',
    listing:
      '==> netlify.toml <==\n[build]\n==> _redirects <==\n/.well-known/mta-sts.txt /mta-sts.txt\n==> mta-sts.txt <==\n{policy}\n',
    expect: ['_redirects@1:1/error'],
    message: ['(no status, which Netlify takes as 301)']
  },
  {
    name: 'a Netlify redirect shadowed by the file at its source path does nothing',
    listing:
      '==> netlify.toml <==\n[build]\n==> _redirects <==\n/.well-known/mta-sts.txt /mta-sts.txt 302\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'a vercel.json rewrite: Vercel does not apply it to .well-known',
    listing:
      '==> vercel.json <==\n{\n  "rewrites": [\n    { "source": "/.well-known/mta-sts.txt", "destination": "/mta-sts.txt" }\n  ]\n}\n==> mta-sts.txt <==\n{policy}\n',
    expect: ['vercel.json@3:7/warning'],
    message: ['Vercel reserves .well-known', 'public/.well-known/mta-sts.txt']
  },
  {
    name: 'a policy written into a file named .well-known',
    listing: '==> .well-known <==\n{policy}\n',
    expect: ['.well-known@1:-/warning'],
    message: [
      '.well-known is a file holding the policy, not a folder',
      'create a folder .well-known'
    ]
  },
  {
    name: 'a route folder serving the policy from code: a notice',
    listing:
      '==> app/.well-known/mta-sts.txt/route.ts <==\nexport const GET = () => new Response("version: STSv1")\n',
    expect: ['app/.well-known/mta-sts.txt/route.ts@1:-/notice'],
    message: ['app/.well-known/mta-sts.txt serves the policy from code']
  },
  {
    name: 'an Astro endpoint mta-sts.txt.ts: a notice',
    listing:
      '==> src/pages/.well-known/mta-sts.txt.ts <==\nexport const GET = () => new Response("")\n',
    expect: ['src/pages/.well-known/mta-sts.txt.ts@1:-/notice']
  },
  {
    name: 'a root mta-sts.txt that is no policy (a page): policy-syntax says so, not this rule',
    listing: '==> mta-sts.txt <==\n<!doctype html>\n<html><body>Not found</body></html>\n',
    expect: []
  },
  {
    name: 'a misnamed policy outside .well-known',
    listing: '==> MTA-STS.txt <==\n{policy}\n',
    expect: ['MTA-STS.txt@1:-/warning'],
    message: [
      'at the root it is served at /mta-sts.txt; "MTA-STS.txt" is not "mta-sts.txt"',
      'move it to .well-known/mta-sts.txt'
    ]
  }
])

// The CNAME of a Pages site holding a policy.
table(policyLocation, [
  {
    name: 'a typo in the CNAME: what it must be',
    listing: '==> CNAME <==\nma-sts.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['CNAME@1:1/warning'],
    message: ['CNAME names ma-sts.example.com', 'write mta-sts.example.com on its first line']
  },
  {
    name: 'the website name',
    listing: '==> CNAME <==\nwww.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['CNAME@1:1/warning'],
    message: ['write mta-sts.example.com']
  },
  {
    name: 'a URL, in docs/',
    listing:
      '==> docs/CNAME <==\nhttps://mta-sts.example.com/\n==> docs/.well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['docs/CNAME@1:1/warning'],
    message: [
      'holds "https://mta-sts.example.com/", not a bare host name',
      'write mta-sts.example.com'
    ]
  },
  {
    name: 'an empty CNAME with the domain known',
    listing: '==> CNAME <==\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    policies: [{ file: '.well-known/mta-sts.txt', domain: 'example.net' }],
    expect: ['CNAME@1:1/warning'],
    message: [
      'CNAME is empty',
      'https://mta-sts.example.net/.well-known/mta-sts.txt',
      'write mta-sts.example.net'
    ]
  },
  {
    name: 'another domain than the policy serves',
    listing: '==> CNAME <==\nmta-sts.example.org\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    policies: [{ file: '.well-known/mta-sts.txt', domain: 'example.net' }],
    expect: ['CNAME@1:1/warning'],
    message: ['write mta-sts.example.net', '(the policy serves example.net)']
  },
  {
    name: 'an unrelated name: how to write it',
    listing: '==> CNAME <==\ndomain-config.example.eu\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: ['CNAME@1:1/warning'],
    message: ['write the policy host, mta-sts. followed by your mail domain']
  },
  {
    name: 'mta-sts.<domain>, without a final newline',
    listing: '==> CNAME <==\nmta-sts.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  },
  {
    name: 'beside a root page with the policy permalink',
    listing:
      '==> CNAME <==\nmta_sts.example.com\n==> mta-sts.txt <==\n---\npermalink: /.well-known/mta-sts.txt\n---\n{policy}\n',
    expect: ['CNAME@1:1/warning'],
    message: ['write mta-sts.example.com']
  },
  {
    name: 'a CNAME in a folder no policy is served from',
    listing: '==> blog/CNAME <==\nwww.example.com\n==> .well-known/mta-sts.txt <==\n{policy}\n',
    expect: []
  }
])

describe('the documentation examples', () => {
  /** The `text` block of a section of docs/rules/<id>.md, as a repository. */
  const example = (id: string, section: 'Bad' | 'Good'): Promise<RepoContext> => {
    const page = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8')
    const body = page.split(`## ${section}\n`)[1].split('\n## ')[0]
    const block = /^```text\n([\s\S]*?)^```$/m.exec(body)?.[1]
    if (block === undefined) throw new Error(`no text block in ${id}.md ${section}`)
    return repoFromFiles(parseFileListing(block))
  }

  it.each([pagesJekyll, policyLocation].map(r => [r.meta.id, r] as const))(
    '%s: Bad yields the rule, Good does not',
    async (_, rule) => {
      expect(run(rule, await example(rule.meta.id, 'Bad')).length).toBeGreaterThan(0)
      expect(run(rule, await example(rule.meta.id, 'Good'))).toEqual([])
    }
  )
})
