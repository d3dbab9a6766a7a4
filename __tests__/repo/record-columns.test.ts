/**
 * Findings on a kept record point at the character they are about, in every format that keeps
 * records (BIND, octoDNS, DNSControl, Terraform, plain record files), however the record's text
 * is written: escapes, several strings, strings on several lines, text from elsewhere. Run
 * through the repository lint stage (buildModel, lintDomain, lintLoose), as `check` does.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Finding } from '../../src/finding.js'
import { lintDomain, lintLoose, lintPolicies } from '../../src/repo/lint-stage.js'
import { buildModel } from '../../src/repo/model.js'
import { detectFormat } from '../../src/repo/sources/index.js'
import { configOf, memoryView } from '../fixtures/memory-repo.js'
import { FORMATS, lineColumn, offsetOf } from '../fixtures/sources/record-writers.js'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

/** The findings of the lint stage on the records a set of files keeps. */
const lintFiles = async (files: Readonly<Record<string, string>>): Promise<Finding[]> => {
  const view = memoryView(files)
  const model = await buildModel(view, { loaded: await configOf(files) })
  const stage = await lintPolicies(model, view, {})
  const findings = [...stage.findings]
  for (const m of model.domains) findings.push(...lintDomain(m, stage, {}).findings)
  findings.push(...lintLoose(model.loose, {}))
  return findings
}

/** `file:line:column` of each finding of a rule. */
const where = (findings: readonly Finding[], rule: string): string[] =>
  findings.filter(f => f.rule === rule).map(f => `${f.file}:${f.line}:${f.column}`)

/** The character at a 1-based line and column of a text. */
const charAt = (text: string, line: number, column: number): string =>
  text.split('\n')[line - 1]?.[column - 1] ?? ''

interface Case {
  name: string
  files: Record<string, string>
  /** Where txt-id reports the invalid id `20-24`: the `2` in the file. */
  id: string
  /**
   * Where tlsrpt-syntax reports the destination `reports@example.com` (no scheme): its `r`;
   * then any other tlsrpt-syntax finding.
   */
  rua: string | string[]
}

const zone = (...lines: string[]): Record<string, string> => ({
  'example.com.zone': ['$ORIGIN example.com.', ...lines, ''].join('\n')
})

const BIND: Case[] = [
  {
    name: 'one string, nothing escaped (as before)',
    files: zone(
      '_mta-sts IN TXT "v=STSv1; id=20-24"',
      '_smtp._tls IN TXT "v=TLSRPTv1; rua=reports@example.com"'
    ),
    id: 'example.com.zone:2:30',
    rua: 'example.com.zone:3:36'
  },
  {
    name: '\\; escaped',
    files: zone(
      '_mta-sts IN TXT "v=STSv1\\; id=20-24"',
      '_smtp._tls IN TXT "v=TLSRPTv1\\; rua=reports@example.com"'
    ),
    id: 'example.com.zone:2:31',
    rua: 'example.com.zone:3:37'
  },
  {
    name: 'two character-strings',
    files: zone(
      '_mta-sts IN TXT "v=STSv1; " "id=20-24"',
      '_smtp._tls IN TXT "v=TLSRPTv1; " "rua=reports@example.com"'
    ),
    id: 'example.com.zone:2:33',
    rua: 'example.com.zone:3:39'
  },
  {
    name: '\\059 in place of ";"',
    files: zone(
      '_mta-sts IN TXT "v=STSv1\\059 id=20-24"',
      '_smtp._tls IN TXT "v=TLSRPTv1\\059 rua=reports@example.com"'
    ),
    id: 'example.com.zone:2:33',
    rua: 'example.com.zone:3:39'
  },
  {
    name: 'strings on several lines in parentheses, escapes in the id line',
    files: zone(
      '_mta-sts IN TXT ( "v=STSv1; "',
      '                  "\\105d=20-24" )',
      '_smtp._tls 300 IN TXT (',
      '    "v=TLSRPTv1;"',
      '    " rua=" ; a comment',
      '    "\\114eports@example.com" )'
    ),
    // `\105` is `i`, `\114` is `r`: at their backslash, on their own line.
    id: 'example.com.zone:3:26',
    rua: 'example.com.zone:7:6'
  },
  {
    name: 'an unquoted word',
    files: zone(
      '_mta-sts IN TXT v=STSv1\\;id=20-24',
      '_smtp._tls IN TXT v=TLSRPTv1\\;rua=reports@example.com'
    ),
    id: 'example.com.zone:2:29',
    rua: 'example.com.zone:3:35'
  }
]

const OCTODNS: Case[] = [
  {
    name: 'a plain scalar, \\; escaped (as octoDNS requires)',
    files: {
      'example.com.yaml': [
        '---',
        '_mta-sts:',
        '  type: TXT',
        '  value: v=STSv1\\; id=20-24',
        '_smtp._tls:',
        '  type: TXT',
        '  value: v=TLSRPTv1\\; rua=reports@example.com',
        ''
      ].join('\n')
    },
    id: 'example.com.yaml:4:23',
    rua: 'example.com.yaml:7:27'
  },
  {
    name: 'double-quoted scalars with YAML escapes',
    files: {
      'example.com.yaml': [
        '---',
        '_mta-sts:',
        '  type: TXT',
        '  value: "v=STSv1\\\\; \\x69d=20-24"',
        '_smtp._tls:',
        '  - type: TXT',
        '    values:',
        '      - "v=TLSRPTv1\\\\;\\u0020rua=reports@example.com"',
        ''
      ].join('\n')
    },
    id: 'example.com.yaml:4:28',
    rua: 'example.com.yaml:8:33'
  },
  {
    name: "a single-quoted scalar with ''",
    files: {
      'example.com.yaml': [
        '---',
        '_mta-sts:',
        '  type: TXT',
        "  value: 'v=STSv1\\; id=20-24'",
        '_smtp._tls:',
        '  type: TXT',
        "  value: 'v=TLSRPTv1\\; rua=reports@example.com'",
        ''
      ].join('\n')
    },
    id: 'example.com.yaml:4:24',
    rua: 'example.com.yaml:7:28'
  }
]

const dnsconfig = (...lines: string[]): Record<string, string> => ({
  'dnsconfig.js': [
    'D("example.com", REG_NONE, DnsProvider(DSP),',
    ...lines,
    '  MX("@", 10, "mail.example.com.")',
    ');',
    ''
  ].join('\n')
})

const DNSCONTROL: Case[] = [
  {
    name: 'an array of strings',
    files: dnsconfig(
      '  TXT("_mta-sts", ["v=STSv1; ", "id=20-24"]),',
      '  TXT("_smtp._tls", ["v=TLSRPTv1; ", "rua=reports@example.com"]),'
    ),
    id: 'dnsconfig.js:2:37',
    rua: 'dnsconfig.js:3:43'
  },
  {
    name: 'strings joined by +, over lines, with JS escapes',
    files: dnsconfig(
      "  TXT('_mta-sts', 'v=STSv1;\\u0020' +",
      "    'id=\\x32\\u{30}-24'),",
      '  TXT("_smtp._tls", [',
      '    "v=TLSRPTv1;\\t",',
      '    "rua=\\"reports@example.com\\""',
      '  ]),'
    ),
    // `\x32` is the `2`; the destination starts with `"`, written `\"`.
    id: 'dnsconfig.js:3:9',
    rua: 'dnsconfig.js:6:10'
  },
  {
    name: 'the id in a constant on another line',
    files: {
      'dnsconfig.js': [
        'var ID = "20-24"',
        'D("example.com", REG_NONE, DnsProvider(DSP),',
        '  TXT("_mta-sts", "v=STSv1; id=" + ID),',
        '  TXT("_smtp._tls", `v=TLSRPTv1; rua=reports@example.com`),',
        '  MX("@", 10, "mail.example.com.")',
        ');',
        ''
      ].join('\n')
    },
    id: 'dnsconfig.js:1:11',
    rua: 'dnsconfig.js:4:38'
  }
]

const cloudflare = (name: string, content: string): string =>
  [
    `resource "cloudflare_record" "${name.replace(/\W/g, '')}" {`,
    '  zone_id = cloudflare_zone.example.id',
    `  name    = "${name}"`,
    '  type    = "TXT"',
    `  content = ${content}`,
    '}',
    ''
  ].join('\n')

const TERRAFORM: Case[] = [
  {
    name: 'HCL escapes',
    files: {
      'main.tf': [
        'resource "cloudflare_zone" "example" {',
        '  zone = "example.com"',
        '}',
        '',
        cloudflare('_mta-sts', '"v=STSv1;\\u0020id=20-24"'),
        cloudflare('_smtp._tls', '"v=TLSRPTv1; rua=\\"reports@example.com\\""')
      ].join('\n')
    },
    // The destination starts with `"`, written `\"`.
    id: 'main.tf:9:31',
    rua: 'main.tf:16:30'
  },
  {
    name: 'Cloud DNS presentation form: several strings inside the HCL string',
    files: {
      'main.tf': [
        'resource "google_dns_record_set" "sts" {',
        '  name    = "_mta-sts.example.com."',
        '  type    = "TXT"',
        '  rrdatas = ["\\"v=STSv1; \\" \\"id=20-24\\""]',
        '}',
        'resource "google_dns_record_set" "tlsrpt" {',
        '  name    = "_smtp._tls.example.com."',
        '  type    = "TXT"',
        '  rrdatas = [',
        '    "\\"v=TLSRPTv1;\\" \\" rua=reports@example.com\\"",',
        '  ]',
        '}',
        ''
      ].join('\n')
    },
    id: 'main.tf:4:34',
    rua: 'main.tf:10:29'
  },
  {
    name: 'a variable default in the same file: where the id is written',
    files: {
      'main.tf': [
        'variable "policy_id" {',
        '  default = "20-24"',
        '}',
        'resource "cloudflare_zone" "example" {',
        '  zone = "example.com"',
        '}',
        '',
        cloudflare('_mta-sts', '"v=STSv1; id=${var.policy_id}"'),
        cloudflare('_smtp._tls', '"v=TLSRPTv1; rua=reports@example.com"')
      ].join('\n')
    },
    id: 'main.tf:2:14',
    rua: 'main.tf:19:30'
  },
  {
    name: 'a heredoc: the text on the lines below',
    files: {
      'main.tf': [
        'resource "cloudflare_zone" "example" {',
        '  zone = "example.com"',
        '}',
        '',
        cloudflare('_mta-sts', '<<-EOT\n    v=STSv1; id=20-24\n  EOT'),
        cloudflare('_smtp._tls', '<<EOT\nv=TLSRPTv1; rua=reports@example.com\nEOT')
      ].join('\n')
    },
    id: 'main.tf:10:17',
    // The heredoc's last line break is part of the text: a control character, where it is.
    rua: ['main.tf:19:17', 'main.tf:19:36']
  },
  {
    name: 'a variable from terraform.tfvars: not written in this file, so the record start',
    files: {
      'main.tf': [
        'variable "policy_id" {}',
        'resource "cloudflare_zone" "example" {',
        '  zone = "example.com"',
        '}',
        '',
        cloudflare('_mta-sts', '"v=STSv1; id=${var.policy_id}"'),
        cloudflare('_smtp._tls', '"v=TLSRPTv1;\\trua=reports@example.com"')
      ].join('\n'),
      'terraform.tfvars': 'policy_id = "20-24"\n'
    },
    id: 'main.tf:10:14',
    rua: 'main.tf:17:31'
  }
]

const config = (record: string, tlsrpt: string): string =>
  `domains:\n  example.com:\n    record: ${record}\n    tlsrpt: ${tlsrpt}\n`

const PLAIN: Case[] = [
  {
    name: 'as written (as before)',
    files: {
      '.mta-sts.yml': config('dns/mta-sts.txt', 'dns/tlsrpt.txt'),
      'dns/mta-sts.txt': 'v=STSv1; id=20-24\n',
      'dns/tlsrpt.txt': 'v=TLSRPTv1; rua=reports@example.com\n'
    },
    id: 'dns/mta-sts.txt:1:13',
    rua: 'dns/tlsrpt.txt:1:17'
  },
  {
    name: 'several strings and escapes, a comment after',
    files: {
      '.mta-sts.yml': config('dns/mta-sts.txt', 'dns/tlsrpt.txt'),
      'dns/mta-sts.txt': '"v=STSv1\\059 " "id=20-24"\n# the record\n',
      'dns/tlsrpt.txt': '  "v=TLSRPTv1; " "\\rua=reports@example.com"\n'
    },
    id: 'dns/mta-sts.txt:1:20',
    rua: 'dns/tlsrpt.txt:1:24'
  }
]

describe.each([
  ['BIND', BIND],
  ['octoDNS', OCTODNS],
  ['DNSControl', DNSCONTROL],
  ['Terraform', TERRAFORM],
  ['plain record files', PLAIN]
])('%s: txt-id and tlsrpt-syntax at the character they are about', (_format, cases) => {
  it.each(cases)('$name', async c => {
    const findings = await lintFiles(c.files)
    expect(where(findings, 'txt-id')).toEqual([c.id])
    expect(where(findings, 'tlsrpt-syntax').sort()).toEqual([c.rua].flat().sort())
  })

  it.each(cases.filter(c => !c.name.includes('tfvars')))(
    '$name: the file holds the character there',
    c => {
      const [idFile, idLine, idColumn] = c.id.split(':')
      const [ruaFile, ruaLine, ruaColumn] = ([c.rua].flat()[0] ?? '').split(':')
      // The `2` of the id, or the escape writing it; the `r` of reports@, or its escape.
      expect(charAt(c.files[idFile] ?? '', Number(idLine), Number(idColumn))).toMatch(/^[2\\]$/)
      expect(charAt(c.files[ruaFile] ?? '', Number(ruaLine), Number(ruaColumn))).toMatch(/^[r\\]$/)
    }
  )
})

describe('the record a finding is on', () => {
  it('a second TLS-RPT record of the RRset: the findings at that record, not the first', async () => {
    const findings = await lintFiles(
      zone(
        '_mta-sts IN TXT "v=STSv1; id=2024"',
        '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:a@example.com"',
        '_smtp._tls IN TXT "v=TLSRPTv1; " "rua=reports@example.com"'
      )
    )
    // Two records start with v=TLSRPTv1 (at the second one's start), and its destination.
    expect(where(findings, 'tlsrpt-syntax').sort()).toEqual([
      'example.com.zone:4:20',
      'example.com.zone:4:39'
    ])
  })

  it('a BIND record written without quotes, cut short by its ";": the findings say why', async () => {
    // siantint/mta-sts dns.txt: the zone reads "v=STSv1" alone, the rest is a comment.
    const findings = await lintFiles(
      zone(
        '_mta-sts.example.com.   1800 IN TXT   v=STSv1; id=20200925224500',
        '_smtp._tls.example.com. 1800 IN TXT   "v=TLSRPTv1; rua=mailto:tls@example.com"'
      )
    )
    const txt = findings.filter(f => f.rule === 'txt-id')
    expect(where(findings, 'txt-id')).toEqual(['example.com.zone:2:46'])
    expect(txt[0]?.message).toContain(
      'the record has no id; add one, e.g. "v=STSv1; id=20250701T150000Z;" (letters and digits, at most 32) (in a zone file an unquoted ";" starts a comment, so the record ends before it: write its text in double quotes)'
    )
    // The quoted TLS-RPT record has no such note, nor a finding.
    expect(findings.filter(f => f.rule.startsWith('tlsrpt'))).toEqual([])
  })

  it('records no domain claims are placed the same way', async () => {
    // No origin, no policy, no config: the records are linted on their own (lintLoose).
    const findings = await lintFiles({
      'records.zone': [
        '_mta-sts IN TXT ( "v=STSv1; "',
        '  "id=20-24" )',
        '_smtp._tls IN TXT "v=TLSRPTv1\\; " "rua=reports@example.com"',
        ''
      ].join('\n')
    })
    expect(where(findings, 'txt-id')).toEqual(['records.zone:2:7'])
    expect(where(findings, 'tlsrpt-syntax')).toEqual(['records.zone:3:40'])
  })
})

/** `v=STSv1; id=<an id with "-">`, cut into 1 to 4 pieces. */
const badRecord = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9]{0,6}-[A-Za-z0-9-]{0,6}$/),
    fc.array(fc.nat(), { maxLength: 3 })
  )
  .map(([id, cuts]) => {
    const text = `v=STSv1; id=${id}`
    const at = [...new Set(cuts.map(c => c % (text.length + 1)))].sort((a, b) => a - b)
    const pieces: string[] = []
    let from = 0
    for (const c of at) {
      pieces.push(text.slice(from, c))
      from = c
    }
    pieces.push(text.slice(from))
    return { text, pieces }
  })

describe.each(FORMATS)('$name, through the lint stage: txt-id on the id as written', f => {
  it("at the place the id's first character (or its escape) is written", async () => {
    await fc.assert(
      fc.asyncProperty(
        badRecord,
        fc.array(fc.nat(11), { minLength: 1, maxLength: 40 }),
        fc.nat(11),
        async ({ text, pieces }, choices, sep) => {
          const w = f.write({ text, pieces, choices, sep })
          // A record file is read by what it looks like: `"\\118\\061..."` is not read as one.
          fc.pre(detectFormat(f.file, w.text) === f.format)
          const files: Record<string, string> = { [f.file]: w.text }
          // A file of record text alone is read when the config names it.
          if (f.name === 'plain') files['.mta-sts.yml'] = config(f.file, 'tlsrpt.txt')
          const findings = (await lintFiles(files)).filter(x => x.rule === 'txt-id')
          const first = 'v=STSv1; id='.length
          const expected = lineColumn(w.text, w.written[first] ?? -1)
          expect(findings.map(x => `${x.file}:${x.line}:${x.column}`)).toEqual([
            `${f.file}:${expected.line}:${expected.column}`
          ])
          // The file holds the id's first character there, or the escape writing it.
          expect(w.text.startsWith(w.forms[first] ?? '', offsetOf(w.text, expected))).toBe(true)
        }
      ),
      { numRuns: 40 }
    )
  })
})

describe('a TLS-RPT record given in the config file', () => {
  const withRecord = (value: string): Record<string, string> => ({
    '.mta-sts.yml': `domains:\n  example.com:\n    id: 2024\n    tlsrpt: ${value}\n`
  })

  it.each([
    // `    tlsrpt: ` is 12 columns: the text from column 13 (14 after a quote).
    ['plain', 'v=TLSRPTv1; rua=reports@example.com', '.mta-sts.yml:4:29'],
    ['double-quoted', '"v=TLSRPTv1; rua=reports@example.com"', '.mta-sts.yml:4:30'],
    ['single-quoted', "'v=TLSRPTv1; rua=reports@example.com'", '.mta-sts.yml:4:30'],
    // An escape: the columns no longer follow the text, so the finding goes to its start.
    ['with an escape', '"v=TLSRPTv1;\\x20rua=reports@example.com"', '.mta-sts.yml:4:14']
  ])('%s: at the destination, or the value start', async (_style, value, at) => {
    expect(where(await lintFiles(withRecord(value)), 'tlsrpt-syntax')).toEqual([at])
  })
})
