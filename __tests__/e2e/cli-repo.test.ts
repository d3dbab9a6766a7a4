/**
 * The bundled CLI on real temporary git repositories: `check --base REF` (the id gate) and
 * `bump`, which writes a fresh id into exactly the id's characters of each form a repository
 * keeps it in (BIND zone, octoDNS, DNSControl, Terraform literal and tfvars, config `id:`,
 * policy `id:` line), leaving every other byte as it was.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createOrigin, git, tempDir, writeTree } from './helpers.js'
import {
  checkJson,
  codes,
  ensureCli,
  materialize,
  releaseCli,
  runCli
} from '../fixtures/layouts/cli.js'
import * as L from '../fixtures/layouts/layouts.js'

const FRESH_ID = /^\d{8}T\d{6}Z$/

// Each test spawns the CLI (and git) a few times: generous bounds for a loaded machine. The
// spawns themselves are bounded too (runCli: 20 s, git: 20 s).
jest.setTimeout(60_000)

let tmp: string
let n = 0

beforeAll(() => {
  ensureCli()
  tmp = tempDir('mta-sts-lint-cli-repo-')
}, 300_000)

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
  releaseCli()
})

/** A git repository holding the layout in one commit; returns its folder and that commit. */
const repository = (layout: L.Layout): { root: string; base: string } => {
  const root = materialize(layout, path.join(tmp, `repo-${++n}`))
  git(root, ['init', '-q', '--initial-branch=main'])
  git(root, ['add', '-A'])
  git(root, ['commit', '-q', '-m', 'base'])
  return { root, base: git(root, ['rev-parse', 'HEAD']) }
}

const read = (root: string, file: string): Buffer => readFileSync(path.join(root, file))

/** Rewrites a file of the working tree by a text replacement that must apply. */
const edit = (root: string, file: string, from: string, to: string): void => {
  const text = read(root, file).toString('latin1')
  expect(text).toContain(from)
  writeFileSync(path.join(root, file), Buffer.from(text.replace(from, to), 'latin1'))
}

/** The files changed or added in the working tree since the last commit. */
const changedFiles = (root: string): string[] =>
  [
    ...git(root, ['diff', '--name-only', 'HEAD']).split('\n'),
    ...git(root, ['ls-files', '--others', '--exclude-standard']).split('\n')
  ]
    .filter(l => l !== '')
    .sort()

/** The new id `bump` announced for a file (`<file>: id of <domains> is now <id>`). */
const announced = (stdout: string, file: string, domains: string): string => {
  const m = new RegExp(
    `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: id of ${domains} is now (\\S+)$`,
    'm'
  ).exec(stdout)
  expect(m).not.toBeNull()
  return m?.[1] ?? ''
}

describe('check --base REF on a large repository (unchanged files taken from the working tree)', () => {
  // 30 domains, 4 files each: over the size from which git tells which files are unchanged.
  const domains = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}.example.com`)
  const policy = (maxAge: number): string =>
    L.lf('version: STSv1', 'mode: enforce', 'mx: mx.example.net', `max_age: ${maxAge}`)
  const zone = (d: string, id: string): string =>
    L.lf(
      `$ORIGIN ${d}.`,
      '@ 3600 IN MX 10 mx.example.net.',
      `_mta-sts 3600 IN TXT "v=STSv1; id=${id}"`,
      '_smtp._tls 3600 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.net"'
    )
  const layout: L.Layout = {
    rootName: 'mail-infra',
    files: Object.fromEntries(
      domains.flatMap(d => [
        [`sites/${d}/.well-known/mta-sts.txt`, policy(604800)],
        [`sites/${d}/CNAME`, `mta-sts.${d}\n`],
        [`sites/${d}/.nojekyll`, ''],
        [`dns/${d}.zone`, zone(d, '20250101T000000Z')]
      ])
    )
  }

  it('judges the changed domains alone, committed or not, staged or not', async () => {
    const { root, base } = repository(layout)
    // d03: policy changed, committed, id kept. d07: id changed alone, staged.
    // d11: policy changed and id bumped, not staged. d19: policy changed, id kept, staged.
    edit(root, `sites/${domains[3]}/.well-known/mta-sts.txt`, 'max_age: 604800', 'max_age: 1209600')
    git(root, ['commit', '-q', '-am', 'd03'])
    edit(root, `dns/${domains[7]}.zone`, 'id=20250101T000000Z', 'id=20250301T000000Z')
    git(root, ['add', `dns/${domains[7]}.zone`])
    edit(root, `sites/${domains[11]}/.well-known/mta-sts.txt`, 'mode: enforce', 'mode: testing')
    edit(root, `dns/${domains[11]}.zone`, 'id=20250101T000000Z', 'id=20250301T000000Z')
    edit(
      root,
      `sites/${domains[19]}/.well-known/mta-sts.txt`,
      'max_age: 604800',
      'max_age: 2419200'
    )
    git(root, ['add', `sites/${domains[19]}/.well-known/mta-sts.txt`])
    const r = await checkJson(root, ['--base', base])
    expect(codes(r.report.findings)).toEqual([
      `id-not-changed error dns/${domains[3]}.zone:3`,
      `id-without-change notice dns/${domains[7]}.zone:3`,
      `id-not-changed error dns/${domains[19]}.zone:3`
    ])
    expect(r.code).toBe(1)
  })
})

describe('check --base REF', () => {
  it('a policy change without a new id fails with id-not-changed at the id', async () => {
    const { root, base } = repository(L.bindZone())
    edit(root, 'site/.well-known/mta-sts.txt', 'mode: enforce', 'mode: testing')
    const r = await checkJson(root, ['--base', base])
    expect(codes(r.report.findings)).toEqual(['id-not-changed error dns/zone.db:9'])
    const f = r.report.findings[0]
    expect(f.column).toBe(18)
    expect(f.domain).toBe('example.com')
    expect(f.message).toContain('"20240210140000"')
    // The message carries a fresh id to use.
    expect(f.message).toMatch(/\b\d{8}T\d{6}Z\b/)
    expect(r.code).toBe(1)
  })

  it('compares with a branch name too (a feature branch against main)', async () => {
    const { root } = repository(L.octodnsRepo)
    git(root, ['checkout', '-q', '-b', 'feature'])
    edit(root, 'mta-sts/.well-known/mta-sts.txt', 'max_age: 604800', 'max_age: 1209600')
    git(root, ['commit', '-q', '-am', 'longer max_age'])
    const r = await checkJson(root, ['--base', 'main'])
    expect(codes(r.report.findings)).toEqual(['id-not-changed error zones/example.net.yaml:11'])
    expect(r.code).toBe(1)
  })

  it('a PR that adds an MX host to the zone only: mx-not-covered, no id finding', async () => {
    const { root, base } = repository(L.bindZone())
    writeFileSync(
      path.join(root, 'dns/zone.db'),
      L.bindZone(['mx3.example.net.']).files['dns/zone.db']
    )
    git(root, ['commit', '-q', '-am', 'add a backup MX'])
    const r = await checkJson(root, ['--base', base])
    expect(codes(r.report.findings)).toEqual([
      'mx-not-covered error site/.well-known/mta-sts.txt:4'
    ])
    expect(r.code).toBe(1)
    // What the text report prints under its findings is in the JSON report too.
    expect(r.report.notes).toEqual([`id gate: compared with git (${base.slice(0, 7)})`])
  })

  it('a byte-only change (CRLF, field order, mx case) is not an error', async () => {
    const { root, base } = repository(L.bindZone())
    writeFileSync(
      path.join(root, 'site/.well-known/mta-sts.txt'),
      L.crlf(
        'version: STSv1',
        'max_age: 604800',
        'mx: MX2.example.com',
        'mode: enforce',
        'mx: mx1.example.com'
      )
    )
    const r = await checkJson(root, ['--base', base])
    // A notice at most (design 5.3).
    expect(r.report.findings.filter(f => f.severity !== 'notice')).toEqual([])
    expect(r.code).toBe(0)
    expect((await checkJson(root, ['--base', base, '--fail-on', 'warning'])).code).toBe(0)
  })

  it('an unchanged repository passes against its own HEAD', async () => {
    const { root } = repository(L.configId)
    const r = await checkJson(root, ['--base', 'HEAD'])
    expect(codes(r.report.findings)).toEqual([])
    expect(r.code).toBe(0)
  })

  it('a base that does not exist is a run failure (exit 2, one line)', async () => {
    const { root } = repository(L.configId)
    const r = await runCli(['check', '--root', root, '--base', 'no-such-branch'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^mta-sts-lint: .*no-such-branch.*\n$/)
    // The fix in the CLI's own words: flags, not action inputs.
    expect(r.stderr).toContain('give --base a commit or branch this repository has')
    expect(r.stderr).not.toContain('gate: false')
  })
})

describe('id-reused with the id kept in terraform.tfvars', () => {
  const POLICY = 'mta-sts/.well-known/mta-sts.txt'
  const TFVARS = 'terraform/terraform.tfvars'
  /** melvyndekort/email-infra's history: enforce under one id, then testing under another. */
  const history = () => {
    const origin = createOrigin(path.join(tmp, `repo-${++n}`, 'email-infra'))
    const files = emailInfraLiteral.files
    origin.commit(files, { date: '2024-11-19T10:00:00Z', message: 'enforce' })
    origin.commit(
      {
        [POLICY]: files[POLICY].replace('mode: enforce', 'mode: testing'),
        [TFVARS]: files[TFVARS].replace('20241119001', '20241201001')
      },
      { date: '2024-12-01T10:00:00Z', message: 'testing' }
    )
    origin.branch('pr')
    return origin
  }
  /** The pull request: enforce again with a new MX host, and the given id in terraform.tfvars. */
  const pullRequest = (id: string) => {
    const origin = history()
    const files = emailInfraLiteral.files
    origin.commit({
      [POLICY]: files[POLICY].replace('route3', 'route4'),
      [TFVARS]: files[TFVARS].replace('20241119001', id)
    })
    return origin
  }

  it('going back to the id November published for another policy is id-reused', async () => {
    const origin = pullRequest('20241119001')
    const plain = await checkJson(origin.work)
    expect(codes(plain.report.findings)).toEqual([])
    expect(plain.code).toBe(0)
    const gated = await checkJson(origin.work, ['--base', 'main'])
    expect(codes(gated.report.findings)).toEqual([
      'id-reused error terraform/email-security.tf:9',
      'id-reused error terraform/email-security.tf:9',
      'id-reused error terraform/email-security.tf:9'
    ])
    const [first] = gated.report.findings
    expect(first.domain).toBe('melvyn.dev')
    expect(first.message).toContain(
      'the new id "20241119001" of melvyn.dev in "terraform/email-security.tf" line 9 (its value is set in "terraform/terraform.tfvars" line 4) was already published on 2024-11-19T10:00:00Z'
    )
    expect(first.message).toContain('mx "route4.mx.cloudflare.net" added')
    expect(gated.code).toBe(1)
  })

  it('an id the history never used passes', async () => {
    const origin = pullRequest('20250101001')
    const gated = await checkJson(origin.work, ['--base', 'main'])
    expect(codes(gated.report.findings)).toEqual([])
    expect(gated.code).toBe(0)
  })
})

interface Form {
  name: string
  layout: L.Layout
  /** The policy file and a change of its effective policy. */
  policy: [file: string, from: string, to: string]
  /** Where the id is kept, and the id there. */
  idFile: string
  oldId: string
  /** Where id-not-changed points before the bump. */
  gate: string[]
  /** The domains bump names for the file. */
  domains: string
  /** What the id file must still hold around the id (quoting, escapes). */
  around: (id: string) => string
}

const bindCrlf: L.Layout = {
  rootName: 'example-com-dns',
  files: {
    'site/.well-known/mta-sts.txt': L.lf(
      'version: STSv1',
      'mode: enforce',
      'mx: mx1.example.com',
      'max_age: 604800'
    ),
    'site/CNAME': 'mta-sts.example.com',
    'dns/example.com.zone': L.crlf(
      '$TTL 3600',
      '@          IN MX    10 mx1.example.com.',
      '_mta-sts   IN TXT   ( "v=STSv1; "   ; two strings, one record',
      '                      "id=20240210140000" )',
      '_smtp._tls IN TXT   "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"'
    )
  }
}

const dnscontrolWithPolicy: L.Layout = {
  rootName: 'my-dns-zones',
  files: {
    'mta-sts/.well-known/mta-sts.txt': L.lf(
      'version: STSv1',
      'mode: testing',
      'mx: mail.williamblondel.fr',
      'max_age: 604800'
    ),
    'dnsconfig.js': L.lf(
      "D('williamblondel.fr', REG_NONE, DnsProvider(DSP),",
      "  MX('@', 10, 'mail.williamblondel.fr.'),",
      "  TXT('_mta-sts', 'v=STSv1; id=202110111304'),",
      "  TXT('_smtp._tls', 'v=TLSRPTv1; rua=mailto:tlsrpt@williamblondel.fr'),",
      ')'
    )
  }
}

/** The id in a constant of the script, joined into the record (`"v=STSv1; id=" + ID`). */
const dnscontrolIdConstant: L.Layout = {
  rootName: 'dns',
  files: {
    'site/.well-known/mta-sts.txt': L.lf(
      'version: STSv1',
      'mode: testing',
      'mx: mx.example.org',
      'max_age: 604800'
    ),
    'site/CNAME': 'mta-sts.example.org',
    'dnsconfig.js': L.lf(
      'var STS_ID = "20240101";',
      'D("example.org", REG_NONE, DnsProvider(DSP),',
      '  MX("@", 10, "mx.example.org."),',
      '  TXT("_mta-sts", "v=STSv1; id=" + STS_ID),',
      '  TXT("_smtp._tls", "v=TLSRPTv1; rua=mailto:tlsrpt@example.org"),',
      ')'
    )
  }
}

const terraformLiteral: L.Layout = {
  rootName: 'mta-sts.example.dev',
  files: {
    '.well-known/mta-sts.txt': L.lf(
      'version: STSv1',
      'mode: enforce',
      'mx: mail.example.dev',
      'max_age: 604800'
    ),
    '.nojekyll': '',
    'infra/dns.tf': L.lf(
      'resource "cloudflare_record" "mta_sts" {',
      '  zone_id = var.zone_id',
      '  name    = "_mta-sts"',
      '  type    = "TXT"',
      '  value   = "v=STSv1; id=20240101000000"',
      '}'
    )
  }
}

/** email-infra with a literal TLS-RPT record, so only the id matters here. */
const emailInfraLiteral: L.Layout = {
  ...L.emailInfra,
  files: {
    ...L.emailInfra.files,
    'terraform/email-security.tf': L.emailInfra.files['terraform/email-security.tf'].replace(
      'tlsrpt@${split("@", var.dmarc_email)[1]};',
      'tlsrpt@mdekort.nl;'
    )
  }
}

const FORMS: Form[] = [
  {
    name: 'BIND zone, CRLF, two quoted strings in parentheses',
    layout: bindCrlf,
    policy: ['site/.well-known/mta-sts.txt', 'mode: enforce', 'mode: testing'],
    idFile: 'dns/example.com.zone',
    oldId: '20240210140000',
    gate: ['id-not-changed error dns/example.com.zone:3'],
    domains: 'example.com',
    around: id =>
      `"v=STSv1; "   ; two strings, one record\r\n                      "id=${id}" )\r\n`
  },
  {
    name: 'octoDNS, \\; escapes',
    layout: L.octodnsRepo,
    policy: ['mta-sts/.well-known/mta-sts.txt', 'mode: testing', 'mode: enforce'],
    idFile: 'zones/example.net.yaml',
    oldId: '20250701T150000Z',
    gate: ['id-not-changed error zones/example.net.yaml:11'],
    domains: 'example.net',
    around: id => `  value: v=STSv1\\; id=${id}\n`
  },
  {
    name: 'DNSControl, single quotes',
    layout: dnscontrolWithPolicy,
    policy: ['mta-sts/.well-known/mta-sts.txt', 'mode: testing', 'mode: enforce'],
    idFile: 'dnsconfig.js',
    oldId: '202110111304',
    gate: ['id-not-changed error dnsconfig.js:3'],
    domains: 'williamblondel.fr',
    around: id => `  TXT('_mta-sts', 'v=STSv1; id=${id}'),\n`
  },
  {
    name: 'DNSControl, the id in a constant joined with +',
    layout: dnscontrolIdConstant,
    policy: ['site/.well-known/mta-sts.txt', 'mode: testing', 'mode: enforce'],
    idFile: 'dnsconfig.js',
    oldId: '20240101',
    gate: ['id-not-changed error dnsconfig.js:4'],
    domains: 'example.org',
    around: id => `var STS_ID = "${id}";\n`
  },
  {
    name: 'Terraform literal',
    layout: terraformLiteral,
    policy: ['.well-known/mta-sts.txt', 'max_age: 604800', 'max_age: 1209600'],
    idFile: 'infra/dns.tf',
    oldId: '20240101000000',
    gate: ['id-not-changed error infra/dns.tf:5'],
    domains: 'example.dev',
    around: id => `  value   = "v=STSv1; id=${id}"\n`
  },
  {
    name: 'Terraform variable kept in terraform.tfvars (one write for three domains)',
    layout: emailInfraLiteral,
    policy: [
      'mta-sts/.well-known/mta-sts.txt',
      'mx: route3.mx.cloudflare.net\n',
      'mx: route4.mx.cloudflare.net\n'
    ],
    idFile: 'terraform/terraform.tfvars',
    oldId: '20241119001',
    gate: [
      'id-not-changed error terraform/email-security.tf:9',
      'id-not-changed error terraform/email-security.tf:9',
      'id-not-changed error terraform/email-security.tf:9'
    ],
    domains: 'melvyn.dev, mdekort.nl, dekort.dev',
    around: id => `mta_sts_policy_id     = "${id}"\n`
  },
  {
    name: 'config id:',
    layout: L.configId,
    policy: ['.well-known/mta-sts.txt', 'mode: enforce', 'mode: testing'],
    idFile: '.mta-sts.yml',
    oldId: '20250701T150000Z',
    gate: ['id-not-changed error .mta-sts.yml:3'],
    domains: 'example.com',
    around: id => `  example.com:\n    id: ${id}\n`
  },
  {
    name: 'policy id: line',
    layout: L.policyIdLine,
    policy: ['.well-known/mta-sts.txt', 'mode: enforce', 'mode: testing'],
    idFile: '.well-known/mta-sts.txt',
    oldId: '20250701T150000Z',
    gate: ['id-not-changed error .well-known/mta-sts.txt:5'],
    domains: 'example.com',
    around: id => `max_age: 604800\nid: ${id}\n`
  }
]

/**
 * Each form committed, then its policy changed in the working tree; made once and shared by the
 * gate test (which only reads) and then the bump test.
 */
const prepared = new Map<string, { root: string; base: string }>()
const prepare = (form: Form): { root: string; base: string } => {
  let repo = prepared.get(form.name)
  if (repo === undefined) {
    repo = repository(form.layout)
    const [policyFile, from, to] = form.policy
    edit(repo.root, policyFile, from, to)
    prepared.set(form.name, repo)
  }
  return repo
}

describe('check --base points id-not-changed at the id of each form', () => {
  it.each(FORMS.map(f => [f.name, f] as const))('%s', async (_name, form) => {
    const { root, base } = prepare(form)
    const r = await checkJson(root, ['--base', base])
    expect(codes(r.report.findings.filter(f => f.rule.startsWith('id-')))).toEqual(form.gate)
    expect(r.code).toBe(1)
  })
})

describe('check --base names where an id kept apart from its record is written', () => {
  it('a constant of the DNSControl script, on another line of the same file', async () => {
    const form = FORMS.find(f => f.layout === dnscontrolIdConstant) as Form
    const { root, base } = prepare(form)
    const r = await checkJson(root, ['--base', base])
    expect(r.report.findings.find(f => f.rule === 'id-not-changed')?.message).toContain(
      'its id is still "20240101" in "dnsconfig.js" line 4 (its value is set in "dnsconfig.js" line 1)'
    )
  })
})

describe('bump --base BASE writes a fresh id into exactly the id of each form', () => {
  it.each(FORMS.map(f => [f.name, f] as const))('%s', async (_name, form) => {
    const { root, base } = prepare(form)
    const policyFile = form.policy[0]

    const old = read(root, form.idFile)
    const r = await runCli(['bump', '--root', root, '--base', base])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const id = announced(r.stdout, form.idFile, form.domains)
    expect(id).toMatch(FRESH_ID)

    // Only the id's characters changed: put the old id back and the bytes are the same.
    const now = read(root, form.idFile).toString('latin1')
    expect(now.split(id)).toHaveLength(2)
    expect(Buffer.from(now.replace(id, form.oldId), 'latin1').equals(old)).toBe(true)
    expect(now).toContain(form.around(id))
    // Nothing else in the repository was written.
    expect(changedFiles(root)).toEqual([...new Set([policyFile, form.idFile])].sort())

    // The gate now passes.
    const after = await checkJson(root, ['--base', base])
    expect(codes(after.report.findings)).toEqual([])
    expect(after.code).toBe(0)
  })
})

describe('bump without a base, and what it will not do', () => {
  it('bump --domain D writes a fresh id for a named domain, no git needed', async () => {
    const root = materialize(L.configId, path.join(tmp, `plain-${++n}`))
    const r = await runCli(['bump', '--root', root, '--domain', 'example.com'])
    expect(r.code).toBe(0)
    const id = announced(r.stdout, '.mta-sts.yml', 'example.com')
    expect(id).toMatch(FRESH_ID)
    expect(read(root, '.mta-sts.yml').toString()).toBe(
      L.configId.files['.mta-sts.yml'].replace('20250701T150000Z', id)
    )
  })

  it('bump --domain names several domains sharing one id file: one write', async () => {
    const { root } = repository(emailInfraLiteral)
    const r = await runCli([
      'bump',
      '--root',
      root,
      '--domain',
      'mdekort.nl',
      '--domain',
      'dekort.dev'
    ])
    expect(r.code).toBe(0)
    const id = announced(r.stdout, 'terraform/terraform.tfvars', 'mdekort.nl, dekort.dev')
    expect(id).toMatch(FRESH_ID)
    expect(changedFiles(root)).toEqual(['terraform/terraform.tfvars'])
  })

  it('bump --domain for a domain the repository does not have is exit 2', async () => {
    const root = materialize(L.configId, path.join(tmp, `plain-${++n}`))
    const r = await runCli(['bump', '--root', root, '--domain', 'example.org'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'mta-sts-lint: no domain example.org in this repository (see "mta-sts-lint check")\n'
    )
    expect(read(root, '.mta-sts.yml').toString()).toBe(L.configId.files['.mta-sts.yml'])
  })

  it('bump with nothing changed since the base writes nothing and says so', async () => {
    const { root, base } = repository(L.bindZone())
    const r = await runCli(['bump', '--root', root, '--base', base])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('no policy changed since the base: nothing to bump')
    expect(changedFiles(root)).toEqual([])
  })

  describe('a computed (md5) id', () => {
    /** The md5 layout committed, then its policy changed. */
    const changed = () => {
      const repo = repository(L.terraformMd5)
      edit(repo.root, '.well-known/mta-sts.txt', 'mode: enforce', 'mode: testing')
      return repo
    }

    it('bump --domain changes nothing and says the id is computed', async () => {
      const { root } = changed()
      const r = await runCli(['bump', '--root', root, '--domain', 'example.io'])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(
        'example.io: its id is computed from the policy (terraform/main.tf) and changes by itself'
      )
      expect(changedFiles(root)).toEqual(['.well-known/mta-sts.txt'])
    })

    it('bump --base changes nothing and says why, without claiming no policy changed', async () => {
      const { root, base } = changed()
      const r = await runCli(['bump', '--root', root, '--base', base])
      expect(r.code).toBe(0)
      expect(changedFiles(root)).toEqual(['.well-known/mta-sts.txt'])
      expect(r.stdout).not.toContain('no policy changed')
      expect(r.stdout).toMatch(/example\.io: its id is computed/)
    })

    it('check --base passes: the id changes with the policy by itself', async () => {
      const { root, base } = changed()
      const r = await checkJson(root, ['--base', base])
      expect(r.report.findings.filter(f => f.rule.startsWith('id-'))).toEqual([])
      expect(codes(r.report.findings)).toEqual([])
      expect(r.code).toBe(0)
    })
  })

  describe('an id the repository gives no value (a variable set only when deploying)', () => {
    const layout: L.Layout = {
      rootName: 'mta-sts.example.io',
      files: {
        '.well-known/mta-sts.txt': L.lf(
          'version: STSv1',
          'mode: testing',
          'mx: mx.example.io',
          'max_age: 604800'
        ),
        '.nojekyll': '',
        'main.tf': L.lf(
          'variable "policy_id" {',
          '  type = string',
          '}',
          'resource "cloudflare_dns_record" "mta_sts" {',
          '  zone_id = var.zone_id',
          '  name    = "_mta-sts"',
          '  type    = "TXT"',
          '  content = "v=STSv1; id=${var.policy_id}"',
          '}'
        )
      }
    }
    const changed = () => {
      const repo = repository(layout)
      edit(repo.root, '.well-known/mta-sts.txt', 'mode: testing', 'mode: enforce')
      return repo
    }

    it('check --base fails closed when the policy changed: the gate cannot tell', async () => {
      const { root, base } = changed()
      const r = await checkJson(root, ['--base', base])
      expect(codes(r.report.findings)).toEqual(['id-not-changed error main.tf:8'])
      expect(r.report.findings[0]?.message).toContain(
        'the gate cannot tell whether its id did: "main.tf" line 8 writes the record as "v=STSv1; id=${var.policy_id}"'
      )
      expect(r.code).toBe(1)
    })

    it('check --base passes when the policy did not change', async () => {
      const { root, base } = repository(layout)
      const r = await checkJson(root, ['--base', base])
      expect(codes(r.report.findings)).toEqual([])
      expect(r.code).toBe(0)
    })

    it('bump --base writes nothing and says what to publish', async () => {
      const { root, base } = changed()
      const r = await runCli(['bump', '--root', root, '--base', base])
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(
        /example\.io: main\.tf line 8 writes its id as an expression this repository gives no value \("v=STSv1; id=\$\{var\.policy_id\}"\); make the deployment publish \d{8}T\d{6}Z/
      )
      expect(changedFiles(root)).toEqual(['.well-known/mta-sts.txt'])
    })
  })

  it('a domain whose _mta-sts is a CNAME: bump says where to bump it', async () => {
    const root = materialize(L.dnscontrolRepo, path.join(tmp, `plain-${++n}`))
    const r = await runCli(['bump', '--root', root, '--domain', 'openstreetmap.org.uk'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'openstreetmap.org.uk: its _mta-sts record is a CNAME to _mta-sts.openstreetmap.org; bump it there'
    )
  })

  it('check writes nothing into the repository', async () => {
    const { root, base } = repository(L.pagesRepo)
    writeTree(root, { 'notes.txt': 'x\n' })
    const r = await checkJson(root, ['--base', base])
    expect(r.code).toBe(0)
    expect(changedFiles(root)).toEqual(['notes.txt'])
  })
})
