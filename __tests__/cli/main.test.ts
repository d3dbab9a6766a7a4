/** The CLI adapter in-process, with its I/O swapped for memory. */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { nodeIO, type CliIO } from '../../src/cli/io.js'
import { VALID } from '../helpers.js'

interface Run {
  code: number
  out: string
  err: string
  written: Map<string, string>
}

const run = async (argv: string[], over: Partial<CliIO> = {}): Promise<Run> => {
  let out = ''
  let err = ''
  const written = new Map<string, string>()
  const io: CliIO = {
    ...nodeIO(),
    stdout: s => void (out += s),
    stderr: s => void (err += s),
    writeFile: (p, d) => {
      written.set(p, d)
      return Promise.resolve()
    },
    env: {},
    stdoutIsTTY: false,
    ...over
  }
  const code = await runCli(argv, io)
  return { code, out, err, written }
}

const stdin = (text: string): Partial<CliIO> => ({
  readStdin: () => Promise.resolve(Buffer.from(text))
})

describe('policy command', () => {
  it('exits 0 with a summary on a valid policy', async () => {
    const r = await run(['policy', '-'], stdin(VALID))
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out).toContain('no problems')
  })

  it('prints eslint-style lines and exits 1 on errors', async () => {
    const r = await run(
      ['policy', '-'],
      stdin('version: STSv1\nmode: Enforce\nmx: a.example\nmax_age: 604800\n')
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^<stdin>:2:7 {2}error {2}mode must be .* {2}policy-mode$/m)
    expect(r.out).toContain('✖ 1 problem (1 error, 0 warnings, 0 notices)')
  })

  it('checks --mx hosts against the patterns', async () => {
    const r = await run(
      ['policy', '-', '--mx', 'mail.example.com', '--mx', 'mx2.example.com'],
      stdin(VALID)
    )
    expect(r.code).toBe(1)
    expect(r.out).toContain('mx-not-covered')
    expect(r.out).toContain('"mx2.example.com"')
  })

  it.each([
    ['enforce', 'error'],
    ['testing', 'warning']
  ])(
    'loads the public suffix list for a wildcard under a public suffix (%s: %s)',
    async (mode, severity) => {
      const text = `version: STSv1\nmode: ${mode}\nmx: *.co.uk\nmax_age: 604800\n`
      const r = await run(['policy', '-', '--format', 'json'], stdin(text))
      const report = JSON.parse(r.out) as { findings: { rule: string; severity: string }[] }
      expect(report.findings).toEqual([
        expect.objectContaining({ rule: 'policy-mx-wildcard', severity })
      ])
    }
  )

  it('flags a wildcard under a TLD (an error in enforce), and skips an invalid one, with or without the list', async () => {
    const text = 'version: STSv1\nmode: enforce\nmx: *.com\nmx: *.*.example.com\nmax_age: 604800\n'
    const r = await run(['policy', '-', '--format', 'json'], stdin(text))
    const report = JSON.parse(r.out) as { findings: { rule: string; severity: string }[] }
    expect(report.findings.map(f => `${f.rule}/${f.severity}`).sort()).toEqual([
      'policy-mx-pattern/error',
      'policy-mx-wildcard/error'
    ])
  })

  it('weighs --tlsrpt records against the mode', async () => {
    const text = 'version: STSv1\nmode: testing\nmx: a.example\nmax_age: 604800\n'
    const r = await run(['policy', '-', '--tlsrpt', 'v=TLSRPTv1; rua=a@example.com'], stdin(text))
    expect(r.out).toContain('_smtp._tls:1:17  error')
  })

  it('reports the effective policy in JSON', async () => {
    const r = await run(['policy', '-', '--format', 'json'], stdin(VALID))
    expect(JSON.parse(r.out)).toMatchObject({
      version: 1,
      summary: { errors: 0, warnings: 0, notices: 0 },
      findings: [],
      policy: { version: 'STSv1', mode: 'enforce', max_age: 604800, mx: ['mail.example.com'] }
    })
  })

  it('reports extensions in the JSON policy and record: name to value, first occurrence wins', async () => {
    const text = `${VALID}contact: ops  team\ncontact: later\nMode: testing\n`
    const policy = JSON.parse(
      (await run(['policy', '-', '--format', 'json'], stdin(text))).out
    ) as {
      policy: unknown
    }
    expect(policy.policy).toStrictEqual({
      version: 'STSv1',
      mode: 'enforce',
      max_age: 604800,
      mx: ['mail.example.com'],
      extensions: { contact: 'ops  team', Mode: 'testing' }
    })
    const record = JSON.parse(
      (await run(['record', 'v=STSv1; id=abc; x=1; x=2', '--format', 'json'])).out
    ) as { record: unknown }
    expect(record.record).toStrictEqual({ v: 'STSv1', id: 'abc', extensions: { x: '1' } })
    const none = JSON.parse((await run(['record', 'v=STSv1; id=abc', '--format', 'json'])).out) as {
      record: Record<string, unknown>
    }
    expect(Object.keys(none.record)).toEqual(['v', 'id', 'extensions'])
  })

  it('applies --rule severities and rejects unknown rules', async () => {
    const text = 'version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 3600\n'
    expect(
      (await run(['policy', '-', '--rule', 'policy-max-age-short=error'], stdin(text))).code
    ).toBe(1)
    expect(
      (await run(['policy', '-', '--rule', 'policy-max-age-short=off'], stdin(text))).out
    ).toContain('no problems')
    const bad = await run(['policy', '-', '--rule', 'no-such-rule=off'], stdin(text))
    expect(bad).toMatchObject({ code: 2, out: '' })
    expect(bad.err).toBe(
      'mta-sts-lint: --rule names unknown rule "no-such-rule"; see "mta-sts-lint rules"\n'
    )
  })

  it('writes --output and prints nothing', async () => {
    const r = await run(['policy', '-', '--output', 'out.json', '--format', 'json'], stdin(VALID))
    expect(r.out).toBe('')
    expect([...r.written.keys()][0]).toMatch(/out\.json$/)
  })

  it('colours only when asked or on a terminal, and never with NO_COLOR', async () => {
    const bad = 'version: STSv1\nmode: x\nmax_age: 1\n'
    expect((await run(['policy', '-'], { ...stdin(bad), stdoutIsTTY: true })).out).toContain(
      '\u001b[31m'
    )
    expect(
      (await run(['policy', '-'], { ...stdin(bad), stdoutIsTTY: true, env: { NO_COLOR: '1' } })).out
    ).not.toContain('\u001b[')
    expect(
      (await run(['policy', '-', '--no-color'], { ...stdin(bad), stdoutIsTTY: true })).out
    ).not.toContain('\u001b[')
  })

  it('fails in one line when stdin cannot be read', async () => {
    const r = await run(['policy', '-'], {
      readStdin: () => Promise.reject(new Error('EBADF: bad file descriptor'))
    })
    expect(r).toMatchObject({ code: 2, out: '' })
    expect(r.err).toBe('mta-sts-lint: cannot read standard input: EBADF: bad file descriptor\n')
  })
})

describe('record and tlsrpt commands', () => {
  it('lints an RRset and reports the effective record', async () => {
    const r = await run([
      'record',
      'v=spf1 -all',
      'v=STSv1; id=20250701T150000Z',
      '--format',
      'json'
    ])
    expect(JSON.parse(r.out)).toMatchObject({ record: { v: 'STSv1', id: '20250701T150000Z' } })
    expect(r.code).toBe(0)
  })

  it('labels record findings with the record name', async () => {
    const r = await run(['record', 'v=STSv1; id=a-b'])
    expect(r.out).toMatch(/^_mta-sts:1:13 {2}error/m)
  })

  it('lints TLS-RPT records', async () => {
    expect((await run(['tlsrpt', 'v=TLSRPTv1; rua=mailto:tls@example.com'])).code).toBe(0)
    expect((await run(['tlsrpt', 'v=TLSRPTv1; rua=http://x.example/'])).code).toBe(1)
  })
})

describe('usage errors exit 2 with one line', () => {
  it.each([
    [['nope'], 'unknown command "nope"'],
    [['policy'], 'policy takes exactly one FILE'],
    [['policy', 'a', 'b'], 'policy takes exactly one FILE'],
    [['record'], 'record takes one or more TXT records'],
    [
      ['policy', '-', '--format', 'xml'],
      '--format must be one of text, json, sarif, github; got "xml"'
    ],
    [['policy', '-', '--fail-on', 'sometimes'], '--fail-on must be one of'],
    [
      ['record', 'x', '--mx', 'a'],
      '--mx does not apply to the record command (it is an option of policy)'
    ],
    [['policy', '-', '--bogus'], 'unknown option --bogus'],
    [['check', 'extra'], 'check takes no arguments'],
    [['check', '--root', '/nonexistent/dir'], 'cannot read --root "/nonexistent/dir": no such file']
  ])('%j', async (argv, message) => {
    const r = await run(argv, stdin(VALID))
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.startsWith(`mta-sts-lint: `)).toBe(true)
    expect(r.err).toContain(message)
    expect(r.err.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('check command', () => {
  it('discovers policies and their domains in real layouts', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-check-'))
    try {
      const put = (rel: string, text: string): void => {
        mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
        writeFileSync(path.join(root, rel), text)
      }
      put('docs/.well-known/mta-sts.txt', VALID)
      put('docs/CNAME', 'mta-sts.example.com')
      put(
        'mta-sts.example.net/.well-known/mta-sts.txt',
        'version: STSv1\nmode: Enforce\nmax_age: 1\n'
      )
      put('node_modules/x/.well-known/mta-sts.txt', 'garbage\n')
      put('public/mta-sts.txt', 'garbage\n')
      const r = await run(['check', '--root', root, '--format', 'json'])
      const report = JSON.parse(r.out) as {
        findings: { file: string; domain: string }[]
        domains: { domain: string; policyFile: string }[]
      }
      expect(report.domains.map(d => [d.domain, d.policyFile])).toEqual([
        ['example.com', 'docs/.well-known/mta-sts.txt'],
        ['example.net', 'mta-sts.example.net/.well-known/mta-sts.txt']
      ])
      expect(new Set(report.findings.map(f => `${f.file} ${f.domain}`))).toEqual(
        new Set([
          'mta-sts.example.net/.well-known/mta-sts.txt example.net',
          // no record kept for either domain (notice), and docs/ is a Jekyll site without .nojekyll
          'docs/.well-known/mta-sts.txt example.com',
          'docs/CNAME null'
        ])
      )
      expect(r.code).toBe(1)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('fails in one line when no policy exists', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-empty-'))
    try {
      const r = await run(['check', '--root', root])
      expect(r.code).toBe(2)
      expect(r.err).toContain('no MTA-STS policy found')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('says so when its only records are built from expressions (a Terraform module)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-module-'))
    try {
      writeFileSync(
        path.join(root, 'main.tf'),
        [
          'resource "cloudflare_dns_record" "mta_sts" {',
          '  zone_id = var.zone_id',
          '  name    = "_mta-sts"',
          '  type    = "TXT"',
          '  content = "v=STSv1; id=${local.policy_id}"',
          '}',
          ''
        ].join('\n')
      )
      const r = await run(['check', '--root', root])
      expect(r.code).toBe(2)
      expect(r.err).toContain(
        'and the only records, at main.tf:5, are built from expressions ("v=STSv1; id=${local.policy_id}"), whose text is known only when deploying'
      )
      expect(r.err).not.toContain('no _mta-sts or _smtp._tls record')
      expect(r.err.trim().split('\n')).toHaveLength(1)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('help, version, rules', () => {
  it('prints help for the tool and for a command', async () => {
    expect((await run(['--help'])).out).toContain('mta-sts-lint policy FILE|-')
    expect((await run(['record', '--help'])).out).toContain('RRset')
  })

  it('lists rules as text and JSON', async () => {
    const text = (await run(['rules'])).out
    expect(text).toMatch(/^policy-syntax +error +/m)
    const json = JSON.parse((await run(['rules', '--format', 'json'])).out) as {
      id: string
      docs: string
    }[]
    expect(json.find(r => r.id === 'txt-id')?.docs).toMatch(/docs\/rules\/txt-id\.md$/)
  })
})
