/**
 * Bad input in arguments (--mx, --domain, --output) and where reports go: the CLI in-process on
 * real temporary folders, and SARIF paths as code scanning resolves them (against the repository
 * root, %SRCROOT%).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectUsage"] }] */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runCli } from '../../src/cli/main.js'
import { nodeIO } from '../../src/cli/io.js'
import { lines, VALID } from '../helpers.js'

interface Run {
  code: number
  out: string
  err: string
}

let work: string
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-args-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

/** Runs the CLI in `cwd` (default: the temporary folder) with real files. */
const run = async (argv: string[], cwd = work, stdin = VALID): Promise<Run> => {
  let out = ''
  let err = ''
  const code = await runCli(argv, {
    ...nodeIO(),
    readStdin: () => Promise.resolve(Buffer.from(stdin)),
    stdout: s => void (out += s),
    stderr: s => void (err += s),
    env: {},
    stdoutIsTTY: false,
    cwd
  })
  return { code, out, err }
}

const put = (rel: string, text: string): string => {
  const file = path.join(work, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}

/** Exit 2 with exactly this one line on standard error, and nothing on standard output. */
const expectUsage = (r: Run, line: string): void => {
  expect(r).toEqual({ code: 2, out: '', err: `mta-sts-lint: ${line}\n` })
}

describe('--state', () => {
  it.each([
    [['check', '--state', 's.json'], '--state needs --verify (it keeps what was served)'],
    [
      ['policy', '-', '--state', 's.json'],
      '--state does not apply to the policy command (it is an option of check, verify)'
    ],
    [['verify', 'example.com', '--state', ''], '--state takes a file name; got ""']
  ])('%j: %s', async (argv, line) => {
    expectUsage(await run(argv), line)
  })
})

describe('--mx and --domain are names', () => {
  it.each([
    ['mail example.com', 'is not a host name (it holds whitespace)'],
    ['*.example.com', 'is not a host name (a wildcard: give the names themselves)'],
    ['192.0.2.1', 'is not a host name (an address: MX records and domains are names)'],
    ['[2001:db8::1]', 'is not a host name (an address: MX records and domains are names)'],
    ['https://mx.example.com/', 'is not a host name (a URL: give the host name alone)'],
    ['mail.example.com:25', 'is not a host name (a port: give the host name alone)'],
    ['mail', 'is not a host name (a single label: give the whole name)'],
    ['', 'is not a host name (it is empty)'],
    ['mail_1.example.com', 'is not a host name'],
    ['-mail.example.com', 'is not a host name']
  ])('--mx %j: exit 2, one line', async (value, reason) => {
    const r = await run(['policy', '-', `--mx=${value}`])
    expectUsage(r, `--mx ${JSON.stringify(value)} ${reason}`)
  })

  it.each([
    ['example', 'is not a domain name (a single label: give the whole name)'],
    ['postmaster@example.com', 'is not a domain name (an email address: give the part after @)'],
    [
      '_mta-sts.example.com',
      'is not a domain name (the name of the TXT record: give the mail domain itself, "example.com")'
    ],
    ['mta-sts.example.com', 'names the policy host; give the mail domain itself, "example.com"']
  ])('--domain %j: exit 2, one line', async (value, reason) => {
    const line = `--domain ${JSON.stringify(value)} ${reason}`
    expectUsage(await run(['policy', '-', '--domain', value]), line)
    expectUsage(await run(['record', 'v=STSv1; id=1', '--domain', value]), line)
    expectUsage(await run(['bump', '--domain', 'example.org', '--domain', value]), line)
  })

  it('takes valid names in any spelling, as lower-case A-labels', async () => {
    const r = await run([
      'policy',
      '-',
      '--mx',
      'MAIL.Example.COM.',
      '--mx',
      'mx.bücher.example',
      '--domain',
      'Example.COM',
      '--format',
      'json'
    ])
    const report = JSON.parse(r.out) as { findings: { rule: string; message: string }[] }
    // mail.example.com is covered; the other host is named in its A-label form.
    expect(report.findings.map(f => f.rule)).toEqual(['mx-not-covered'])
    expect(report.findings[0].message).toContain('"mx.xn--bcher-kva.example"')
    expect(r.code).toBe(1)
  })
})

describe('--output', () => {
  it('refuses the policy file being linted, before reading it', async () => {
    const policy = put('site/.well-known/mta-sts.txt', VALID)
    const r = await run(['policy', 'site/.well-known/mta-sts.txt', '-o', policy])
    expectUsage(
      r,
      `--output ${JSON.stringify(policy)} is a file this run reads; the report would replace it: write the report elsewhere (or --output - for standard output)`
    )
    expect(readFileSync(policy, 'utf8')).toBe(VALID)
  })

  it('refuses the config file, named or discovered, and the policies a check reads', async () => {
    put('.well-known/mta-sts.txt', VALID)
    put('CNAME', 'mta-sts.example.com')
    put('.mta-sts.yml', lines('domains:', '  example.com:', '    id: 20250701T150000Z'))
    for (const output of ['.mta-sts.yml', './.well-known/mta-sts.txt']) {
      const r = await run(['check', '--output', output])
      expect([r.code, r.err]).toEqual([2, expect.stringContaining('is a file this run reads')])
    }
    const named = await run(['check', '--config', '.mta-sts.yml', '-o', '.mta-sts.yml'])
    expect(named.code).toBe(2)
    expect(readFileSync(path.join(work, '.mta-sts.yml'), 'utf8')).toContain('20250701T150000Z')
  })

  it('"-" is standard output', async () => {
    const r = await run(['policy', '-', '-o', '-', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ summary: { errors: 0 } })
    expect(existsSync(path.join(work, '-'))).toBe(false)
  })

  it('creates the missing folders of its path', async () => {
    const r = await run(['policy', '-', '-o', 'reports/2025/mta-sts.sarif', '--format', 'sarif'])
    expect(r).toEqual({ code: 0, out: '', err: '' })
    const written = JSON.parse(
      readFileSync(path.join(work, 'reports/2025/mta-sts.sarif'), 'utf8')
    ) as { version: string }
    expect(written.version).toBe('2.1.0')
  })

  it('says in one line why it cannot write', async () => {
    put('taken', 'a file, not a folder')
    const r = await run(['policy', '-', '-o', 'taken/report.json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^mta-sts-lint: cannot write --output "taken\/report\.json": .+\n$/)
  })
})

// Node 20's recursive mkdir never returns under /proc: the run used to hang here. Only where
// there is a /proc (Linux), as on the runners and CI.
const onLinux = existsSync('/proc/self') ? describe : describe.skip
onLinux('--output under /proc', () => {
  it('says in one line why it cannot write, without hanging', async () => {
    const r = await run(['policy', '-', '-o', '/proc/self/nope/deeper/report.json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(
      /^mta-sts-lint: cannot write --output "\/proc\/self\/nope\/deeper\/report\.json": .*ENOENT.*\n$/
    )
  })
})

describe('SARIF paths for code scanning', () => {
  interface Location {
    artifactLocation: { uri: string; uriBaseId?: string }
    region: { startLine: number; startColumn?: number }
  }
  const locations = (r: Run): Location[] => {
    const sarif = JSON.parse(r.out) as {
      runs: { results: { locations?: { physicalLocation: Location }[] }[] }[]
    }
    return sarif.runs[0].results.flatMap(x => (x.locations ?? []).map(l => l.physicalLocation))
  }
  const uris = (r: Run): string[] => [
    ...new Set(
      locations(r).map(l => `${l.artifactLocation.uriBaseId ?? '-'} ${l.artifactLocation.uri}`)
    )
  ]
  const BAD = lines('version: STSv1', 'mode: Enforce', 'mx: mail.example.com', 'max_age: 604800')

  /** A repository in `work` whose policy sits in sub/ (a Pages site with a CNAME). */
  const layout = (git: boolean): void => {
    if (git) mkdirSync(path.join(work, '.git'))
    put('sub/.well-known/mta-sts.txt', BAD)
    put('sub/CNAME', 'mta-sts.example.com')
    put('sub/.nojekyll', '')
  }

  it('--root sub in a git repository: paths from the top level, not from the root', async () => {
    layout(true)
    mkdirSync(path.join(work, 'elsewhere'))
    // From the top, from the root itself, and from an unrelated folder of the repository.
    for (const [cwd, root] of [
      [work, 'sub'],
      [path.join(work, 'sub'), '.'],
      [path.join(work, 'elsewhere'), '../sub']
    ]) {
      const r = await run(['check', '--root', root, '--format', 'sarif'], cwd)
      expect(uris(r)).toEqual(['%SRCROOT% sub/.well-known/mta-sts.txt'])
    }
  })

  it('--format github annotates the same paths: from the top level, not from --root', async () => {
    layout(true)
    for (const [cwd, root] of [
      [work, 'sub'],
      [path.join(work, 'sub'), '.']
    ]) {
      const r = await run(['check', '--root', root, '--format', 'github'], cwd)
      expect(r.out).toMatch(
        /^::error file=sub\/\.well-known\/mta-sts\.txt,line=2,col=7,title=policy-mode::/m
      )
      expect(r.out).not.toMatch(/file=\.well-known/)
    }
  })

  it('a worktree (".git" is a file) is a git top level too', async () => {
    put('.git', 'gitdir: /elsewhere/.git/worktrees/x\n')
    put('sub/.well-known/mta-sts.txt', BAD)
    put('sub/CNAME', 'mta-sts.example.com')
    put('sub/.nojekyll', '')
    const r = await run(['check', '--root', '.', '--format', 'sarif'], path.join(work, 'sub'))
    expect(uris(r)).toEqual(['%SRCROOT% sub/.well-known/mta-sts.txt'])
  })

  it('outside git: paths from the current directory', async () => {
    layout(false)
    const r = await run(['check', '--root', 'sub', '--format', 'sarif'])
    expect(uris(r)).toEqual(['%SRCROOT% sub/.well-known/mta-sts.txt'])
  })

  it('policy with an absolute path inside the repository: relative to its top level', async () => {
    layout(true)
    const abs = path.join(work, 'sub/.well-known/mta-sts.txt')
    for (const cwd of [work, tmpdir()]) {
      const r = await run(['policy', abs, '--format', 'sarif'], cwd)
      expect(uris(r)).toEqual(['%SRCROOT% sub/.well-known/mta-sts.txt'])
      expect(locations(r)[0].region).toEqual({ startLine: 2, startColumn: 7 })
    }
  })

  it('policy with a relative path from a subfolder of the repository', async () => {
    layout(true)
    const r = await run(
      ['policy', '.well-known/mta-sts.txt', '--format', 'sarif'],
      path.join(work, 'sub')
    )
    expect(uris(r)).toEqual(['%SRCROOT% sub/.well-known/mta-sts.txt'])
  })

  it('a file outside both the repository and the current directory: an absolute file URI', async () => {
    const abs = put('loose/mta-sts.txt', BAD)
    mkdirSync(path.join(work, 'cwd'))
    const r = await run(['policy', abs, '--format', 'sarif'], path.join(work, 'cwd'))
    expect(uris(r)).toEqual([`- ${pathToFileURL(abs).href}`])
  })

  it('every result that names a file has a region from line 1', async () => {
    layout(true)
    // docs/ without .nojekyll: pages-jekyll points at the CNAME file as a whole (no line).
    put('docs/.well-known/mta-sts.txt', VALID)
    put('docs/CNAME', 'mta-sts.example.net')
    const r = await run(['check', '--format', 'sarif'])
    const all = locations(r)
    expect(all.length).toBeGreaterThan(1)
    for (const l of all) expect(l.region.startLine).toBeGreaterThanOrEqual(1)
    expect(uris(r)).toEqual(
      expect.arrayContaining(['%SRCROOT% docs/CNAME', '%SRCROOT% sub/.well-known/mta-sts.txt'])
    )
  })

  it('keeps the name of a TLS-RPT record as it is (it is no file)', async () => {
    layout(true)
    const r = await run(
      ['policy', 'sub/.well-known/mta-sts.txt', '--tlsrpt', 'v=TLSRPTv1', '--format', 'sarif'],
      work
    )
    expect(uris(r)).toEqual(
      expect.arrayContaining(['%SRCROOT% _smtp._tls', '%SRCROOT% sub/.well-known/mta-sts.txt'])
    )
  })
})
