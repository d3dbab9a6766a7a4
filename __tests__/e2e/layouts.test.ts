/**
 * The real repository layouts of the research (users.md 3.2 and 3.5) end to end through the
 * bundled CLI: `node dist/cli/index.js check --root <layout> --format json`, asserting the exit
 * code and the exact findings (rule, severity, file, line). Also the repository rules on layouts
 * that break publishing, config errors, symbolic links out of the root, a large repository, and
 * hostile text in a policy.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from './helpers.js'
import {
  checkJson,
  codes,
  ensureCli,
  materialize,
  releaseCli,
  runCli
} from '../fixtures/layouts/cli.js'
import * as L from '../fixtures/layouts/layouts.js'

// Each test spawns the CLI (and git) a few times: generous bounds for a loaded machine. The
// spawns themselves are bounded too (runCli: 20 s, git: 20 s).
jest.setTimeout(60_000)

let tmp: string
let n = 0
/** A layout written to a fresh folder of its own. */
const write = (layout: L.Layout): string => materialize(layout, path.join(tmp, `case-${++n}`))

beforeAll(() => {
  ensureCli()
  tmp = tempDir('mta-sts-lint-layouts-')
}, 300_000)

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
  releaseCli()
})

const txtMissing = (policy: string): string => `txt-missing notice ${policy}:-`

describe('real layouts, zero configuration or a small config', () => {
  it.each<[string, L.Layout, number, string[]]>([
    [
      'A: Pages repo, CNAME without newline',
      L.pagesRepo,
      0,
      [txtMissing('.well-known/mta-sts.txt')]
    ],
    [
      'A: Pages repo named mta-sts.<domain>.github.io',
      L.pagesRepoByName,
      0,
      [txtMissing('.well-known/mta-sts.txt')]
    ],
    ['B: docs/', L.docsSite, 0, [txtMissing('docs/.well-known/mta-sts.txt')]],
    [
      'B: public/ (upload-pages-artifact v3)',
      L.publicSite,
      0,
      [txtMissing('public/.well-known/mta-sts.txt')]
    ],
    ['B: static/', L.staticSite, 0, [txtMissing('static/.well-known/mta-sts.txt')]],
    [
      'B: site/ (upload-pages-artifact v5, include-hidden-files: true)',
      L.siteFolder,
      0,
      [txtMissing('site/.well-known/mta-sts.txt')]
    ],
    [
      // Lint only: a notice says how to name the domain, so the gate can run.
      'B: src/ without a domain',
      L.srcSite,
      0,
      [txtMissing('src/.well-known/mta-sts.txt')]
    ],
    ['BIND zone with $ORIGIN, MX and TLS-RPT', L.bindZone(), 0, []],
    [
      // Both records delegated to a provider: each is kept, and linted, at its target.
      'BIND zone whose _mta-sts and _smtp._tls are CNAMEs',
      {
        rootName: 'mta-sts',
        files: {
          '.well-known/mta-sts.txt': L.lf(
            'version: STSv1',
            'mode: testing',
            'mx: mx.example.net',
            'max_age: 604800'
          ),
          '.nojekyll': '',
          CNAME: 'mta-sts.example.net',
          'dns/example.net.zone': L.lf(
            '$ORIGIN example.net.',
            '@          IN MX    10 mx.example.net.',
            '_mta-sts   IN CNAME _mta-sts.provider.example.',
            '_smtp._tls IN CNAME _smtp._tls.provider.example.'
          )
        }
      },
      0,
      []
    ],
    ['octoDNS zone', L.octodnsRepo, 0, []],
    ['plain record file named in the config', L.plainRecord, 0, []],
    ['id: in the config', L.configId, 0, []],
    [
      // The config names the line as where the id is kept: no "remove it" notice for it.
      'opt-in id: line of the policy',
      L.policyIdLine,
      0,
      []
    ]
  ])('%s', async (_name, layout, code, expected) => {
    const r = await checkJson(write(layout))
    expect(r.stderr).toBe('')
    expect(codes(r.report.findings)).toEqual(expected)
    expect(r.code).toBe(code)
  })

  it('reports each domain with its policy and the id as kept', async () => {
    const r = await checkJson(write(L.bindZone()))
    expect(r.report.domains).toEqual([
      expect.objectContaining({
        domain: 'example.com',
        policyFile: 'site/.well-known/mta-sts.txt',
        idSource: 'dns/zone.db:9',
        id: '20240210140000'
      })
    ])
    const oct = await checkJson(write(L.octodnsRepo))
    expect(oct.report.domains).toEqual([
      expect.objectContaining({
        domain: 'example.net',
        idSource: 'zones/example.net.yaml:11',
        id: '20250701T150000Z'
      })
    ])
    const pol = await checkJson(write(L.policyIdLine))
    expect(pol.report.domains).toEqual([
      expect.objectContaining({ domain: 'example.com', id: '20250701T150000Z' })
    ])
  })

  it('infra monorepo: one policy, three domains, the id in terraform.tfvars', async () => {
    // The TLS-RPT record's rua is `${split("@", var.dmarc_email)[1]}`: an expression Terraform
    // evaluates, not text to lint as written.
    const r = await checkJson(write(L.emailInfra))
    expect(codes(r.report.findings)).toEqual([])
    expect(r.code).toBe(0)
    expect(r.report.domains?.map(d => [d.domain, d.policyFile, d.idSource, d.id])).toEqual(
      ['melvyn.dev', 'mdekort.nl', 'dekort.dev'].map(d => [
        d,
        'mta-sts/.well-known/mta-sts.txt',
        'terraform/email-security.tf:9',
        '20241119001'
      ])
    )
  })

  it('DNSControl repository: records only, one domain delegating _mta-sts by CNAME', async () => {
    const r = await checkJson(write(L.dnscontrolRepo))
    expect(r.code).toBe(0)
    expect(r.report.domains?.map(d => [d.domain, d.idSource, d.id])).toEqual([
      [
        'openstreetmap.org.uk',
        'CNAME to _mta-sts.openstreetmap.org (src/openstreetmap-uk.js)',
        undefined
      ],
      ['openstreetmap.org', 'src/openstreetmap.js:6', '202001291805Z'],
      [
        'messages.openstreetmap.org',
        'CNAME to _mta-sts.openstreetmap.org (src/openstreetmap.js)',
        undefined
      ]
    ])
    // The alias domain's zone keeps no _smtp._tls record: the finding points into that zone.
    expect(r.report.findings.map(f => [f.rule, f.severity, f.domain, f.file])).toEqual([
      ['tlsrpt-missing', 'notice', 'openstreetmap.org.uk', 'src/openstreetmap-uk.js']
    ])
  })

  it('an id computed from the policy (md5) is not an invalid id', async () => {
    const r = await checkJson(write(L.terraformMd5))
    expect(codes(r.report.findings)).toEqual([])
    expect(r.code).toBe(0)
  })
})

describe('the offline MX check', () => {
  it('a PR that adds an MX host the enforce policy does not cover fails', async () => {
    const r = await checkJson(write(L.bindZone(['mx3.example.net.'])))
    expect(codes(r.report.findings)).toEqual([
      'mx-not-covered error site/.well-known/mta-sts.txt:4'
    ])
    expect(r.report.findings[0].message).toContain('"mx3.example.net"')
    expect(r.code).toBe(1)
  })

  it('in testing the same host is a warning; --fail-on warning fails on it', async () => {
    const layout = L.bindZone(['mx3.example.net.'])
    const files = {
      ...layout.files,
      'site/.well-known/mta-sts.txt': layout.files['site/.well-known/mta-sts.txt'].replace(
        'enforce',
        'testing'
      )
    }
    const root = write({ ...layout, files })
    const r = await checkJson(root)
    expect(codes(r.report.findings)).toEqual([
      'mx-not-covered warning site/.well-known/mta-sts.txt:4'
    ])
    expect(r.code).toBe(0)
    expect((await checkJson(root, ['--fail-on', 'warning'])).code).toBe(1)
  })

  it('config mx: hosts are checked the same way', async () => {
    const files = {
      ...L.configId.files,
      '.mta-sts.yml': L.lf(
        'domains:',
        '  example.com:',
        '    id: 20250701T150000Z',
        '    mx: [mail.example.com, backup.example.net]'
      )
    }
    const r = await checkJson(write({ ...L.configId, files }))
    expect(codes(r.report.findings)).toEqual(['mx-not-covered error .well-known/mta-sts.txt:3'])
    expect(r.code).toBe(1)
  })
})

describe('publishing: policy-location and pages-jekyll', () => {
  it('a root mta-sts.txt is served at /mta-sts.txt', async () => {
    const root = write(L.rootPolicy)
    const r = await checkJson(root)
    expect(codes(r.report.findings)).toEqual([
      txtMissing('mta-sts.txt'),
      'policy-location warning mta-sts.txt:1'
    ])
    expect(r.code).toBe(0)
    expect((await checkJson(root, ['--fail-on', 'warning'])).code).toBe(1)
  })

  it('a repository named .well-known serves its root mta-sts.txt at the right place', async () => {
    const r = await checkJson(write({ ...L.rootPolicy, rootName: '.well-known' }))
    expect(codes(r.report.findings)).toEqual([txtMissing('mta-sts.txt')])
    expect(r.code).toBe(0)
  })

  it('a Pages site without .nojekyll or include: pages-jekyll at the CNAME', async () => {
    const r = await checkJson(write(L.pagesRepoJekyll))
    expect(codes(r.report.findings)).toEqual([
      txtMissing('.well-known/mta-sts.txt'),
      'pages-jekyll error CNAME:1'
    ])
    expect(r.report.findings[1].message).toContain('https://mta-sts.sbcountyatc.gov/')
    expect(r.code).toBe(1)
  })

  it('upload-pages-artifact@v4 without include-hidden-files: pages-jekyll at the uses line', async () => {
    const r = await checkJson(write(L.siteFolderHiddenDropped))
    expect(codes(r.report.findings)).toEqual([
      'pages-jekyll error .github/workflows/ci.yml:11',
      txtMissing('site/.well-known/mta-sts.txt')
    ])
    expect(r.report.findings[0].column).toBe(15)
    expect(r.code).toBe(1)
  })

  it('upload-pages-artifact@v4 with include-hidden-files: true: v4 ignores it, at the uses line', async () => {
    const r = await checkJson(write(L.siteFolderV4Hidden))
    expect(codes(r.report.findings)).toEqual([
      'pages-jekyll error .github/workflows/ci.yml:11',
      txtMissing('site/.well-known/mta-sts.txt')
    ])
    expect(r.report.findings[0].column).toBe(15)
    expect(r.report.findings[0].message).toContain(
      'has no include-hidden-files input (it came with v5), so it ignores "include-hidden-files: true"'
    )
    expect(r.report.findings[0].message).toContain('https://mta-sts.dmarcguard.io/')
    expect(r.code).toBe(1)
  })
})

describe('sites that serve the policy other ways: front matter, host rules, code', () => {
  it('5: a root mta-sts.txt with Jekyll front matter is linted as the body Jekyll serves', async () => {
    // Before: a dozen policy-syntax errors for the front matter and "move it" advice.
    const r = await checkJson(write(L.jekyllFrontMatter))
    expect(r.stderr).toBe('')
    expect(codes(r.report.findings)).toEqual([
      'policy-location warning CNAME:1',
      txtMissing('mta-sts.txt')
    ])
    expect(r.report.findings[0].message).toContain('write mta-sts.example.org')
    expect(r.code).toBe(0)
  })

  it('5: findings in the body point at the lines of the file itself', async () => {
    const files = {
      ...L.jekyllFrontMatter.files,
      'mta-sts.txt': L.jekyllFrontMatter.files['mta-sts.txt'].replace(
        'mode: testing',
        'mode: Testing'
      ),
      CNAME: 'mta-sts.example.org'
    }
    const r = await checkJson(write({ ...L.jekyllFrontMatter, files }))
    expect(codes(r.report.findings)).toEqual([
      'txt-missing notice mta-sts.txt:-',
      'policy-mode error mta-sts.txt:7'
    ])
    expect(r.report.findings[1].column).toBe(7)
    expect(r.report.domains).toEqual([
      expect.objectContaining({ domain: 'example.org', policyFile: 'mta-sts.txt' })
    ])
  })

  it('5: a Markdown page with the policy permalink is converted to HTML by Jekyll', async () => {
    const r = await checkJson(write(L.jekyllMarkdownPage))
    expect(codes(r.report.findings)).toEqual([
      txtMissing('_pages/mta-sts.md'),
      'pages-jekyll error _pages/mta-sts.md:1',
      'policy-max-age-short warning _pages/mta-sts.md:8'
    ])
    expect(r.code).toBe(1)
  })

  it('6: a misspelt CNAME is a warning on CNAME saying what it must be', async () => {
    const r = await checkJson(write(L.pagesCnameTypo))
    expect(codes(r.report.findings)).toEqual([
      txtMissing('.well-known/mta-sts.txt'),
      'policy-location warning CNAME:1'
    ])
    expect(r.report.findings[1].message).toContain('write mta-sts.example.com on its first line')
    // The policy's notice says why the gate cannot run, and how to name the domain.
    expect(r.report.findings[0].message).toContain(
      'no domain is known for the policy ".well-known/mta-sts.txt"'
    )
    expect(r.code).toBe(0)
    expect((await checkJson(write(L.pagesCnameTypo), ['--fail-on', 'warning'])).code).toBe(1)
  })

  it('6: a CNAME left as the template placeholder says so, not "write" the same name', async () => {
    const r = await checkJson(
      write({
        ...L.pagesCnameTypo,
        files: { ...L.pagesCnameTypo.files, CNAME: 'mta-sts.YOURDOMAIN' }
      })
    )
    const cname = r.report.findings.find(f => f.file === 'CNAME')
    expect(cname?.message).toContain(
      'CNAME names mta-sts.yourdomain, whose "yourdomain" is no mail domain (a single label: a placeholder left in?)'
    )
    expect(cname?.message).toContain('write the policy host, mta-sts. followed by your mail domain')
    expect(cname?.message).not.toContain('write mta-sts.yourdomain')
  })

  it('6: a policy written into a file named .well-known', async () => {
    const r = await checkJson(write(L.wellKnownFile))
    expect(codes(r.report.findings)).toEqual([
      'txt-missing notice .well-known:-',
      'policy-location warning .well-known:1'
    ])
    expect(r.report.findings[1].message).toContain(
      'create a folder .well-known with the policy in a file mta-sts.txt inside it'
    )
  })

  it('6: a Pages repository without a CNAME yet still gets the Jekyll check', async () => {
    const r = await checkJson(write(L.pagesNoCname))
    expect(codes(r.report.findings)).toEqual([
      txtMissing('.well-known/mta-sts.txt'),
      'pages-jekyll warning .well-known/mta-sts.txt:1'
    ])
    expect(r.report.findings[1].message).toContain('add an empty file .nojekyll')
  })

  it('7: a Netlify _redirects rewrite (200) serves the root policy: no advice to move it', async () => {
    const r = await checkJson(write(L.netlifyRewrite))
    expect(codes(r.report.findings)).toEqual([txtMissing('mta-sts.txt')])
    expect(r.code).toBe(0)
  })

  it('7: a netlify.toml 301 is an error on its status line; its URL names the domain', async () => {
    const r = await checkJson(write(L.netlifyTomlRedirect))
    expect(codes(r.report.findings)).toEqual([
      'policy-location error netlify.toml:12',
      txtMissing('site/mta-sts.txt')
    ])
    expect(r.report.findings[0].message).toContain('senders never follow a redirect')
    expect(r.report.domains).toEqual([
      expect.objectContaining({ domain: 'example.io', policyFile: 'site/mta-sts.txt' })
    ])
    expect(r.code).toBe(1)
  })

  it('7: a Cloudflare Pages splat rewrite of the folder serves the policy', async () => {
    const r = await checkJson(write(L.cloudflareRewrite))
    expect(codes(r.report.findings)).toEqual([txtMissing('public/well-known/mta-sts.txt')])
    expect(r.code).toBe(0)
  })

  it('7: a vercel.json rewrite of .well-known is not applied by Vercel', async () => {
    const r = await checkJson(write(L.vercelRewrite))
    expect(codes(r.report.findings)).toEqual([
      txtMissing('mta-sts.txt'),
      'policy-location warning vercel.json:5'
    ])
    expect(r.report.findings[1].message).toContain('Vercel reserves .well-known')
  })

  it('8: the text of the Internet-Draft as mta-sts.txt: one finding, not one per line', async () => {
    const r = await checkJson(write(L.draftText))
    expect(codes(r.report.findings)).toEqual(['policy-syntax error mta-sts.txt:2'])
    expect(r.report.findings[0].message).toMatch(/^this is not an MTA-STS policy/)
    expect(r.code).toBe(1)
  })

  it('a record file named in the config that holds no record fails the run at the config line', async () => {
    // Before: a note on standard error, and txt-missing saying no record was declared: exit 0.
    const r = await checkJson(
      write({
        ...L.plainRecord,
        files: {
          ...L.plainRecord.files,
          'dns/_mta-sts.example.org.txt': L.lf('"v=spf1 -all"'),
          '.mta-sts.yml': L.lf(
            'domains:',
            '  example.org:',
            '    record: dns/_mta-sts.example.org.txt'
          )
        }
      })
    )
    expect(codes(r.report.findings)).toEqual(['txt-missing error .mta-sts.yml:3'])
    expect(r.report.findings[0].message).toMatch(
      /^the config names dns\/_mta-sts\.example\.org\.txt as the file that keeps the _mta-sts record of example\.org, but it holds none/
    )
    expect(r.code).toBe(1)
  })

  it('8: a route folder .well-known/mta-sts.txt/ is served by code: a notice, exit 0', async () => {
    // Before: "no MTA-STS policy found", exit 2.
    const r = await checkJson(write(L.nextRoute))
    expect(r.stderr).toBe('')
    expect(codes(r.report.findings)).toEqual([
      'policy-location notice app/.well-known/mta-sts.txt/route.ts:1'
    ])
    expect(r.code).toBe(0)
  })
})

describe('config errors stop the run: exit 2, one line naming the key and its line', () => {
  const withConfig = (config: string): string =>
    write({ ...L.configId, files: { ...L.configId.files, '.mta-sts.yml': config } })

  it('an unknown key', async () => {
    const root = withConfig(
      L.lf('domains:', '  example.com:', '    polcy: .well-known/mta-sts.txt')
    )
    const r = await checkJson(root)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'mta-sts-lint: .mta-sts.yml:3:5: domains.example.com.polcy is not a known key (did you mean "policy"?)\n'
    )
  })

  it.each([
    ['../outside/.well-known/mta-sts.txt', 'leaves the root with ".."'],
    ['site/../../outside/.well-known/mta-sts.txt', 'leaves the root with ".."'],
    ['/etc/mta-sts.txt', 'is absolute']
  ])('a policy: path outside the repository (%s)', async (p, why) => {
    const root = withConfig(L.lf('domains:', '  example.com:', `    policy: ${p}`))
    const r = await checkJson(root)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      /^mta-sts-lint: \.mta-sts\.yml:3:13: domains\.example\.com\.policy .*\n$/
    )
    expect(r.stderr).toContain(why)
    expect(r.stderr.split('\n')).toHaveLength(2)
  })
})

describe('symbolic links are not followed out of the root', () => {
  it('a linked folder, a linked policy and a linked zone outside are not read', async () => {
    const parent = path.join(tmp, `case-${++n}`)
    const root = materialize(L.pagesRepo, parent)
    const outside = path.join(parent, 'outside')
    mkdirSync(path.join(outside, '.well-known'), { recursive: true })
    // Broken on purpose: were it linted, policy-mode would report it.
    writeFileSync(
      path.join(outside, '.well-known', 'mta-sts.txt'),
      L.lf('version: STSv1', 'mode: Enforce', 'mx: mail.example.org', 'max_age: 604800')
    )
    writeFileSync(
      path.join(outside, 'example.org.zone'),
      L.lf('$ORIGIN sbcountyatc.gov.', '_mta-sts IN TXT "v=STSv1; id=not-valid!"')
    )
    symlinkSync(outside, path.join(root, 'mirror'))
    mkdirSync(path.join(root, 'docs', '.well-known'), { recursive: true })
    symlinkSync(
      path.join(outside, '.well-known', 'mta-sts.txt'),
      path.join(root, 'docs', '.well-known', 'mta-sts.txt')
    )
    symlinkSync(path.join(outside, 'example.org.zone'), path.join(root, 'example.org.zone'))
    const r = await checkJson(root)
    expect(codes(r.report.findings)).toEqual([txtMissing('.well-known/mta-sts.txt')])
    expect(r.code).toBe(0)
  })

  it('a config policy: through a link to outside does not lint the target', async () => {
    const parent = path.join(tmp, `case-${++n}`)
    const root = materialize(
      {
        ...L.configId,
        files: {
          ...L.configId.files,
          '.mta-sts.yml': L.lf(
            'domains:',
            '  example.com:',
            '    policy: link/.well-known/mta-sts.txt'
          )
        }
      },
      parent
    )
    const outside = path.join(parent, 'outside')
    mkdirSync(path.join(outside, '.well-known'), { recursive: true })
    writeFileSync(
      path.join(outside, '.well-known', 'mta-sts.txt'),
      L.lf('version: STSv1', 'mode: Enforce', 'mx: mail.example.org', 'max_age: 604800')
    )
    symlinkSync(outside, path.join(root, 'link'))
    const r = await checkJson(root)
    expect(r.report.findings.filter(f => f.rule === 'policy-mode')).toEqual([])
    expect(r.report.findings.filter(f => (f.file ?? '').startsWith('link/'))).toEqual([])
  })
})

describe('a large repository', () => {
  it('5,000 files complete in bounded time', async () => {
    const parent = path.join(tmp, `case-${++n}`)
    const root = materialize(L.pagesRepo, parent)
    for (let d = 0; d < 50; d++) {
      const dir = path.join(root, 'packages', `p${d}`, 'src')
      mkdirSync(dir, { recursive: true })
      for (let f = 0; f < 100; f++) {
        // Every file names _mta-sts, so every one is a candidate worth opening.
        writeFileSync(path.join(dir, `f${f}.ts`), `export const k${f} = '_mta-sts ${d}.${f}'\n`)
      }
    }
    const r = await checkJson(root)
    expect(r.ms).toBeLessThan(10_000)
    expect(codes(r.report.findings)).toEqual([txtMissing('.well-known/mta-sts.txt')])
    expect(r.code).toBe(0)
    // The bound on files read for DNS records is said, with the way around it.
    const text = await runCli(['check', '--root', root, '--no-color'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(
      /^5\d\d\d files could keep DNS records; only the first 2000 were read \(name the record file in \.mta-sts\.yml\)$/m
    )
  })
})

describe('hostile text in a policy', () => {
  const ESC = '\x1b'
  const policy = [
    'version: STSv1',
    `mode: <img src=x onerror=alert(1)>${ESC}[2J${ESC}]0;pwned\x07`,
    'mx: [click](https://evil.example/)|**bold**',
    'max_age: 604800',
    `x_note: <script>alert(1)</script> ${ESC}[31mred`,
    ''
  ].join('\n')
  const layout: L.Layout = {
    ...L.pagesRepo,
    files: { ...L.pagesRepo.files, '.well-known/mta-sts.txt': policy }
  }

  it('the JSON report carries markup and control characters as JSON escapes', async () => {
    const r = await checkJson(write(layout))
    expect(r.code).toBe(1)
    // eslint-disable-next-line no-control-regex -- the point is that none is raw
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/)
    const mode = r.report.findings.find(f => f.rule === 'policy-mode')
    expect(mode?.line).toBe(2)
    // The message quotes the value; JSON.parse gives back its characters, escaped for display.
    expect(mode?.message).toContain('<img src=x onerror=alert(1)>')
    expect(mode?.message).not.toContain(ESC)
    const mx = r.report.findings.find(f => f.rule === 'policy-mx-pattern')
    expect(mx?.message).toContain('[click](https://evil.example/)|**bold**')
    expect(r.report.findings.filter(f => f.rule === 'policy-syntax').map(f => f.line)).toEqual([
      2, 2, 2, 5
    ])
  })

  it('text output has no raw control character, with or without colour', async () => {
    const root = write(layout)
    const plain = await runCli(['check', '--root', root, '--no-color'])
    expect(plain.code).toBe(1)
    expect(plain.stdout).not.toContain(ESC)
    expect(plain.stdout).not.toContain('\x07')
    expect(plain.stdout).toContain('\\u001b')
    const color = await runCli(['check', '--root', root, '--color'])
    // Only the tool's own colour codes (SGR) may remain.
    // eslint-disable-next-line no-control-regex -- colour codes are control sequences
    const rest = color.stdout.replace(/\x1b\[[0-9;]*m/g, '')
    expect(rest).not.toContain(ESC)
    expect(rest).not.toContain('\x07')
  })

  it('a folder name with control characters is escaped in text and github output', async () => {
    const root = write({
      rootName: 'site',
      files: {
        [`a${ESC}[2Jb/.well-known/mta-sts.txt`]: L.lf(
          'version: STSv1',
          'mode: Enforce',
          'mx: mail.example.org',
          'max_age: 604800'
        )
      }
    })
    for (const format of ['text', 'github']) {
      const r = await runCli(['check', '--root', root, '--no-color', '--format', format])
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('policy-mode')
      expect(r.stdout).not.toContain(ESC)
    }
  })
})
