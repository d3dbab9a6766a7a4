/**
 * The options of many-domain runs (--domains-file, --concurrency, --shard) and `merge`: the CLI
 * in-process on real temporary files. Verification itself runs in __tests__/e2e/verify.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseCliArgs } from '../../src/cli/args.js'
import { nodeIO } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/main.js'
import { buildReport } from '../../src/report/json.js'

let work: string
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'mta-sts-lint-scale-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

const run = async (argv: string[]) => {
  let out = ''
  let err = ''
  const code = await runCli(argv, {
    ...nodeIO(),
    stdout: s => void (out += s),
    stderr: s => void (err += s),
    env: {},
    stdoutIsTTY: false,
    cwd: work
  })
  return { code, out, err }
}

const put = (name: string, text: string): string => {
  writeFileSync(path.join(work, name), text)
  return name
}

describe('arguments', () => {
  it('reads --concurrency (absent: the config or the default decides), --shard and --domains-file', () => {
    expect(parseCliArgs(['verify', 'a.example']).concurrency).toBeUndefined()
    expect(parseCliArgs(['check', '--verify', '--concurrency', '256']).concurrency).toBe(256)
    const args = parseCliArgs(['verify', '--domains-file', 'd.txt', '--shard', '2/3'])
    expect(args).toMatchObject({ domainsFile: 'd.txt', shard: { index: 2, count: 3 } })
  })

  it.each([
    [
      ['verify', '--concurrency', '0'],
      '--concurrency takes a number of domains from 1 to 256; got "0"'
    ],
    [
      ['verify', '--concurrency', '257'],
      '--concurrency takes a number of domains from 1 to 256; got "257"'
    ],
    [
      ['verify', '--concurrency', 'many'],
      '--concurrency takes a number of domains from 1 to 256; got "many"'
    ],
    [['verify', '--shard', '0/3'], '--shard I must be from 1 to N (3); got "0/3"'],
    [['verify', '--shard', '1'], '--shard takes I/N (such as 1/4); got "1"'],
    [
      ['check', '--shard', '1/2'],
      '--shard does not apply to the check command (it is an option of verify)'
    ],
    [
      ['policy', 'p.txt', '--domains-file', 'd'],
      '--domains-file does not apply to the policy command (it is an option of verify)'
    ],
    [
      ['merge', 'a.json', '--concurrency', '2'],
      '--concurrency does not apply to the merge command (it is an option of check, verify)'
    ]
  ])('%j exits 2: %s', async (argv, message) => {
    const r = await run(argv)
    expect(r.code).toBe(2)
    expect(r.err).toBe(`mta-sts-lint: ${message}\n`)
  })

  it('--shard needs a list of domains', async () => {
    const r = await run(['verify', '--shard', '1/2', '--root', '.'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(
      /--shard splits a list of domains: give DOMAIN arguments or --domains-file/
    )
  })

  it('names a domains file it cannot read, and refuses it as --output', async () => {
    expect((await run(['verify', '--domains-file', 'none.txt'])).err).toBe(
      'mta-sts-lint: cannot read --domains-file "none.txt": no such file\n'
    )
    put('d.txt', 'a.example\n')
    const r = await run(['verify', '--domains-file', 'd.txt', '--output', 'd.txt'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--output "d.txt" is a file this run reads/)
    expect(readFileSync(path.join(work, 'd.txt'), 'utf8')).toBe('a.example\n')
  })

  it('an empty shard is an empty report, exit 0', async () => {
    put('d.txt', '# nothing yet\n')
    const r = await run(['verify', '--domains-file', 'd.txt', '--shard', '1/1', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ findings: [], domains: [] })
  })
})

describe('merge', () => {
  const finding = (domain: string, severity: 'error' | 'warning') => ({
    rule: 'txt-missing',
    severity,
    message: `no record for ${domain}`,
    domain,
    url: `_mta-sts.${domain}`
  })
  const shard = (name: string, domain: string, severity: 'error' | 'warning') =>
    put(name, JSON.stringify(buildReport([finding(domain, severity)], { domains: [{ domain }] })))

  it('joins two reports into one, counts recomputed, exit by --fail-on', async () => {
    shard('1.json', 'b.example', 'warning')
    shard('2.json', 'a.example', 'error')
    const r = await run(['merge', '1.json', '2.json', '--format', 'json'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out) as Record<string, unknown>
    expect(report).toMatchObject({
      version: 1,
      tool: { name: 'mta-sts-lint' },
      summary: { errors: 1, warnings: 1, notices: 0 },
      domains: [{ domain: 'a.example' }, { domain: 'b.example' }]
    })
    expect((report.findings as { domain: string }[]).map(f => f.domain)).toEqual([
      'a.example',
      'b.example'
    ])
    expect((await run(['merge', '1.json', '--fail-on', 'error'])).code).toBe(0)
    expect((await run(['merge', '1.json', '--fail-on', 'warning'])).code).toBe(1)
  })

  it.each(['text', 'sarif', 'github'])('prints the joined report as %s', async format => {
    shard('1.json', 'b.example', 'warning')
    shard('2.json', 'a.example', 'error')
    const r = await run(['merge', '1.json', '2.json', '--format', format])
    expect(r.err).toBe('')
    expect(r.out).toContain('no record for a.example')
    expect(r.out).toContain('no record for b.example')
  })

  it('refuses a file that is not a report of this tool, naming it (exit 2)', async () => {
    shard('1.json', 'a.example', 'error')
    put('sarif.json', JSON.stringify({ version: '2.1.0', runs: [] }))
    const r = await run(['merge', '1.json', 'sarif.json'])
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      'mta-sts-lint: "sarif.json" is not a mta-sts-lint JSON report (version 1): not a mta-sts-lint report\n'
    )
    expect((await run(['merge', 'gone.json'])).err).toBe(
      'mta-sts-lint: cannot read "gone.json": no such file\n'
    )
    expect((await run(['merge'])).err).toMatch(/merge takes one or more REPORT\.json files/)
  })

  it('will not write over a report it merges', async () => {
    shard('1.json', 'a.example', 'error')
    const r = await run(['merge', '1.json', '--output', '1.json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/is a file this run reads/)
  })

  it('has help', async () => {
    const r = await run(['merge', '--help'])
    expect(r.out).toMatch(/^Usage: mta-sts-lint merge REPORT\.json\.\.\./)
    expect((await run(['verify', '--help'])).out).toMatch(
      /--domains-file FILE\|-.*\n.*--concurrency N\] \[--shard I\/N\]/
    )
  })
})
