/**
 * A newcomer's first commands: help as a command, "did you mean" on a misspelt command or
 * option, records on standard input (record -, tlsrpt -), and the rule list as JSON. The CLI
 * in-process, standard input injected.
 */
import { describe, expect, it } from '@jest/globals'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectUsage", "fc.assert"] }] */
import { existsSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { runCli } from '../../src/cli/main.js'
import { nodeIO } from '../../src/cli/io.js'
import { COMMANDS } from '../../src/cli/args.js'
import { RULES } from '../../src/rules/registry.js'
import { PROJECT } from '../e2e/helpers.js'

interface Run {
  code: number
  out: string
  err: string
  /** How many times standard input was read. */
  reads: number
}

const run = async (argv: readonly string[], stdin: string | Error = ''): Promise<Run> => {
  let out = ''
  let err = ''
  let reads = 0
  const code = await runCli(argv, {
    ...nodeIO(),
    readStdin: () => {
      reads++
      return stdin instanceof Error ? Promise.reject(stdin) : Promise.resolve(Buffer.from(stdin))
    },
    stdout: s => void (out += s),
    stderr: s => void (err += s),
    env: {},
    stdoutIsTTY: false,
    cwd: PROJECT
  })
  return { code, out, err, reads }
}

/** Exit 2 with exactly this one line on standard error, and nothing on standard output. */
const expectUsage = (r: Run, line: string): void => {
  expect({ code: r.code, out: r.out, err: r.err }).toEqual({
    code: 2,
    out: '',
    err: `mta-sts-lint: ${line}\n`
  })
}

interface RecordReport {
  findings: { rule: string; severity: string; line: number | null }[]
  record?: { v?: string; id?: string }
}
const json = (r: Run): RecordReport => JSON.parse(r.out) as RecordReport
const rules = (r: Run): string[] => json(r).findings.map(f => f.rule)

describe('help is a command', () => {
  it('help prints the tool help, as --help does', async () => {
    const help = await run(['help'])
    expect(help).toMatchObject({ code: 0, err: '' })
    expect(help.out).toBe((await run(['--help'])).out)
    expect(help.out).toContain('mta-sts-lint help [COMMAND]')
    expect(help.out).toContain('Run "mta-sts-lint help COMMAND"')
  })

  it.each(COMMANDS.filter(c => c !== 'help'))('help %s is %s --help', async command => {
    const help = await run(['help', command])
    expect(help).toMatchObject({ code: 0, err: '' })
    expect(help.out).toBe((await run([command, '--help'])).out)
    expect(help.out).toMatch(new RegExp(`^Usage: mta-sts-lint \\[?${command}`))
  })

  it('help help describes itself', async () => {
    expect((await run(['help', 'help'])).out).toMatch(/^Usage: mta-sts-lint help \[COMMAND\]/)
  })

  it.each([
    [['help', 'verfy'], 'help: unknown command "verfy"; did you mean "verify"?'],
    [['help', 'zzzz'], `help: unknown command "zzzz"; commands are ${COMMANDS.join(', ')}`],
    [['help', 'check', 'policy'], 'help takes at most one COMMAND']
  ])('%j exits 2', async (argv, line) => {
    expectUsage(await run(argv), line)
  })
})

describe('did you mean', () => {
  it.each([
    [['chek'], 'unknown command "chek"; did you mean "check"?'],
    [['Policy', '-'], 'unknown command "Policy"; did you mean "policy"?'],
    [['recrod', 'x'], 'unknown command "recrod"; did you mean "record"?'],
    [['rule'], 'unknown command "rule"; did you mean "rules"?'],
    [
      ['site/.well-known/mta-sts.txt'],
      'unknown command "site/.well-known/mta-sts.txt"; to lint a policy file, run "mta-sts-lint policy site/.well-known/mta-sts.txt"'
    ],
    [
      ['infra/dns'],
      'unknown command "infra/dns"; to lint a repository folder, run "mta-sts-lint check --root infra/dns"'
    ],
    [['lint'], `unknown command "lint"; commands are ${COMMANDS.join(', ')}`],
    [['policy', '-', '--formt', 'json'], 'unknown option --formt; did you mean --format?'],
    [['record', 'x', '--domian', 'example.com'], 'unknown option --domian; did you mean --domain?'],
    [
      ['check', '--dns-servers', '127.0.0.1'],
      'unknown option --dns-servers; did you mean --dns-server?'
    ],
    [['check', '--Root', '.'], 'unknown option --Root; did you mean --root?'],
    [
      ['check', '--zzzzzzzz'],
      'unknown option --zzzzzzzz ("mta-sts-lint help COMMAND" lists the options of a command)'
    ],
    [
      ['check', '-x'],
      'unknown option -x ("mta-sts-lint help COMMAND" lists the options of a command)'
    ],
    [
      ['record', 'x', '--mx', 'a.example'],
      '--mx does not apply to the record command (it is an option of policy)'
    ],
    [
      ['rules', '--root', '.'],
      '--root does not apply to the rules command (it is an option of check, verify, bump)'
    ]
  ])('%j: one line', async (argv, line) => {
    expectUsage(await run(argv, 'v=STSv1; id=1\n'), line)
  })

  it('escapes what it echoes', async () => {
    const r = await run(['ch\u001b[31mek'])
    expect(r.code).toBe(2)
    expect(r.err).not.toContain('\u001b')
    expect(r.err.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('record - and tlsrpt - read standard input', () => {
  it('one record a line, as dig +short prints them (strings joined) or as written', async () => {
    const dig = '"v=STSv1; " "id=20250701T150000Z"\n'
    const r = await run(['record', '-', '--format', 'json'], dig)
    expect(r).toMatchObject({ code: 0, err: '', reads: 1 })
    expect(json(r)).toMatchObject({ findings: [], record: { v: 'STSv1', id: '20250701T150000Z' } })
    const plain = await run(['record', '-', '--format', 'json'], 'v=STSv1; id=20250701T150000Z')
    expect(json(plain)).toEqual(json(r))
  })

  it("reads dig's whole output: the TXT data of its answer lines, nothing else", async () => {
    const dig = [
      '; <<>> DiG 9.18.28 <<>> TXT _mta-sts.example.com',
      ';; ANSWER SECTION:',
      '_mta-sts.example.com.\t300\tIN\tCNAME\t_mta-sts.provider.example.',
      '_mta-sts.provider.example. 300 IN TXT "v=STSv1; " "id=20250701T150000Z"',
      '',
      ';; Query time: 1 msec'
    ].join('\n')
    const r = await run(['record', '-', '--format', 'json'], dig)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(json(r)).toMatchObject({ findings: [], record: { v: 'STSv1', id: '20250701T150000Z' } })

    // An empty answer (only the SOA of the authority section) is no record: exit 2, as for none.
    const empty = await run(
      ['record', '-'],
      ';; AUTHORITY SECTION:\nexample.com. 900 IN SOA ns1.example.com. h.example.com. 1 2 3 4 5\n'
    )
    expect(empty.code).toBe(2)
    expect(empty.err).toContain('standard input holds no TXT record')
  })

  it('skips blank lines and # comments, and takes CRLF', async () => {
    const text = '# from the zone\r\n\r\n   \r\nv=STSv1; id=abc\r\n'
    const r = await run(['record', '-', '--format', 'json'], text)
    expect(r.code).toBe(0)
    expect(json(r).record).toMatchObject({ id: 'abc' })
  })

  it('applies the RRset rule over the lines: two STSv1 records are txt-multiple', async () => {
    const r = await run(['record', '-', '--format', 'json'], 'v=STSv1; id=a\nv=STSv1; id=b\n')
    expect(r.code).toBe(1)
    expect(rules(r)).toContain('txt-multiple')
  })

  it('mixes standard input with records given as arguments, in order', async () => {
    const r = await run(['record', 'v=STSv1; id=a', '-', '--format', 'json'], 'v=STSv1; id=b\n')
    expect(rules(r)).toContain('txt-multiple')
    const lines = json(r)
      .findings.filter(f => f.rule === 'txt-multiple')
      .map(f => f.line)
    expect(lines).toContain(2)
  })

  it('keeps what a record holds: a leading space, literal or unbalanced quotes', async () => {
    const spaced = await run(['record', '-', '--format', 'json'], ' v=STSv1; id=a\n')
    expect(spaced.code).toBe(1)
    expect(rules(spaced)).toContain('txt-syntax')
    const quoted = await run(['record', '-', '--format', 'json'], '"\\"v=STSv1; id=a\\""\n')
    expect(quoted.code).toBe(1)
    expect(rules(quoted)).toContain('txt-syntax')
    // not the quoted form (no closing quote): the line as written, quote and all
    const open = await run(['record', '-', '--format', 'json'], '"v=STSv1; id=a\n')
    expect(open.code).toBe(1)
    expect(rules(open)).toContain('txt-syntax')
  })

  it('an unrelated record on a line is one of the RRset, as an argument is', async () => {
    const r = await run(['record', '-', '--format', 'json'], '"v=spf1 -all"\nv=STSv1; id=a\n')
    expect(rules(r)).toEqual(['txt-unrelated-record'])
  })

  it('lints TLS-RPT records from standard input', async () => {
    const good = await run(['tlsrpt', '-'], '"v=TLSRPTv1; rua=mailto:tls@example.com"\n')
    expect(good).toMatchObject({ code: 0, err: '', reads: 1 })
    const bad = await run(
      ['tlsrpt', '-', '--format', 'json'],
      'v=TLSRPTv1; rua=http://x.example/\n'
    )
    expect(bad.code).toBe(1)
    expect(rules(bad)).toContain('tlsrpt-syntax')
  })

  it.each([
    [
      ['record', '-'],
      '',
      'standard input holds no TXT record (one a line; blank lines and # comments are skipped)'
    ],
    [
      ['tlsrpt', '-'],
      '# nothing\n\n',
      'standard input holds no TXT record (one a line; blank lines and # comments are skipped)'
    ],
    [['record', '-', '-'], 'v=STSv1; id=a', 'record reads standard input once: give - once'],
    [['record'], '', 'record takes one or more TXT records (or - for standard input)'],
    [['tlsrpt'], '', 'tlsrpt takes one or more TXT records (or - for standard input)']
  ])('%j with %j exits 2', async (argv, stdin, line) => {
    const r = await run(argv, stdin)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.startsWith(`mta-sts-lint: ${line}`)).toBe(true)
    expect(r.err.trimEnd().split('\n')).toHaveLength(1)
  })

  it('an unreadable standard input is exit 2, one line', async () => {
    const eio = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })
    expectUsage(await run(['record', '-'], eio), 'cannot read standard input: EIO: i/o error, read')
  })

  it('standard input is not read when no argument is -', async () => {
    expect((await run(['record', 'v=STSv1; id=a'], 'v=STSv1; id=b')).reads).toBe(0)
  })

  // Any RRset, piped one record a line (quoted as dig quotes it, in strings of up to 255), gives
  // the report the same records give as arguments.
  const recordText = fc.oneof(
    fc.constantFrom('v=STSv1; id=20250701T150000Z', 'v=spf1 -all', 'v=STSv1;id=a-b', ' v=STSv1;'),
    fc
      .string({ unit: 'binary-ascii', maxLength: 300 })
      .map(s => s.replace(/[\r\n]/g, ''))
      // an argument "-" is standard input, not a record
      .filter(s => s !== '-')
  )
  const digQuote = (text: string): string => {
    const parts: string[] = []
    for (let i = 0; i === 0 || i < text.length; i += 255) parts.push(text.slice(i, i + 255))
    const esc = (p: string): string =>
      p
        .replace(/[\\"]/g, c => `\\${c}`)
        .replace(/[^ -~]/g, c => {
          return `\\${String(c.charCodeAt(0)).padStart(3, '0')}`
        })
    return parts.map(p => `"${esc(p)}"`).join(' ')
  }

  it('piped records equal the same records as arguments (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordText, { minLength: 1, maxLength: 4 }), async records => {
        const stdin = `${records.map(digQuote).join('\n')}\n`
        const piped = await run(['record', '-', '--format', 'json'], stdin)
        const given = await run(['record', '--format', 'json', '--', ...records])
        expect(piped.code).toBe(given.code)
        expect(piped.out).toBe(given.out)
      }),
      { numRuns: 200 }
    )
  })
})

describe('rules --format json', () => {
  interface RuleJson {
    id: string
    severity: string
    target: string
    rfc: string
    description: string
    docs: string
    needs?: string[]
  }

  it('is every rule, in registry order, with what a tool needs to show it', async () => {
    const r = await run(['rules', '--format', 'json'])
    expect(r).toMatchObject({ code: 0, err: '' })
    const list = JSON.parse(r.out) as RuleJson[]
    expect(list.map(x => x.id)).toEqual(RULES.map(x => x.meta.id))
    for (const rule of list) {
      expect(['error', 'warning', 'notice']).toContain(rule.severity)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.rfc).toMatch(/^RFC \d+/)
      expect(rule.target).toMatch(/^(policy|record|tlsrpt|repo|gate|live)$/)
      expect(rule.docs).toBe(
        `https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/${rule.id}.md`
      )
      expect(existsSync(path.join(PROJECT, 'docs', 'rules', `${rule.id}.md`))).toBe(true)
    }
    expect(list.filter(x => x.needs !== undefined).map(x => x.id)).toContain('mx-not-covered')
  })

  it.each([
    [['rules', '--format', 'sarif'], 'rules prints --format text or json; got "sarif"'],
    [['rules', '--format', 'github'], 'rules prints --format text or json; got "github"'],
    [['rules', 'policy-mode'], 'rules takes no arguments; got "policy-mode"']
  ])('%j exits 2', async (argv, line) => {
    expectUsage(await run(argv), line)
  })
})
