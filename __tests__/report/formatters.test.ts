/**
 * The pure formatters of src/report: text (eslint style), json (design section 3), sarif 2.1.0,
 * GitHub workflow commands, and the escaping of untrusted text.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/finding.js'
import {
  escapeCommandData,
  escapeCommandProperty,
  escapeMarkdown,
  escapeTerminal
} from '../../src/report/escape.js'
import { formatGithub } from '../../src/report/github.js'
import { buildReport, formatJson } from '../../src/report/json.js'
import { formatSarif } from '../../src/report/sarif.js'
import { formatText } from '../../src/report/text.js'
import { RULES } from '../../src/rules/registry.js'
import type { RuleMeta } from '../../src/rules/types.js'
import { DOCS_BASE, TOOL_NAME, VERSION } from '../../src/version.js'

const ESC = '\u001b'

const ERROR: Finding = {
  rule: 'policy-mode',
  severity: 'error',
  message: 'mode must be enforce, testing or none; found "Enforce"',
  file: 'site/.well-known/mta-sts.txt',
  line: 2,
  column: 7,
  domain: 'example.com'
}
const WARNING: Finding = {
  rule: 'txt-unrelated-record',
  severity: 'warning',
  message: 'record 2 is not an MTA-STS record',
  line: 2,
  column: 1
}
const NOTICE: Finding = {
  rule: 'policy-mx-wildcard',
  severity: 'notice',
  message: 'wildcard pattern',
  url: 'https://mta-sts.example.com/.well-known/mta-sts.txt'
}

describe('formatText', () => {
  it('writes eslint-style lines, a blank line and the summary', () => {
    expect(formatText([ERROR], { color: false })).toBe(
      [
        'site/.well-known/mta-sts.txt:2:7  error  mode must be enforce, testing or none; found "Enforce"  policy-mode',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notices)',
        ''
      ].join('\n')
    )
  })

  it('uses the label as location of findings without a file, with line and column', () => {
    const out = formatText([WARNING], { color: false, label: '<stdin>' })
    expect(out.split('\n')[0]).toBe(
      '<stdin>:2:1  warning  record 2 is not an MTA-STS record  txt-unrelated-record'
    )
  })

  it('prefers the file to the label, and the url to the label', () => {
    const out = formatText([ERROR, NOTICE], { color: false, label: '<stdin>' }).split('\n')
    expect(out[0]).toMatch(/^site\/\.well-known\/mta-sts\.txt:2:7 {2}error/)
    expect(out[1]).toBe(
      'https://mta-sts.example.com/.well-known/mta-sts.txt  notice  wildcard pattern  policy-mx-wildcard'
    )
  })

  it('leaves out the column, or line and column, when absent', () => {
    const out = formatText(
      [
        { rule: 'r', severity: 'error', message: 'm', file: 'a.txt', line: 3 },
        { rule: 'r', severity: 'error', message: 'm', file: 'b.txt' }
      ],
      { color: false }
    ).split('\n')
    expect(out[0]).toBe('a.txt:3  error  m  r')
    expect(out[1]).toBe('b.txt  error  m  r')
  })

  it.each<[string, Finding[], string]>([
    ['nothing', [], '✔ no problems'],
    ['one error', [ERROR], '✖ 1 problem (1 error, 0 warnings, 0 notices)'],
    ['one of each', [ERROR, WARNING, NOTICE], '✖ 3 problems (1 error, 1 warning, 1 notice)'],
    [
      'plurals',
      [ERROR, ERROR, WARNING, WARNING, WARNING, NOTICE, NOTICE],
      '✖ 7 problems (2 errors, 3 warnings, 2 notices)'
    ],
    ['notices only', [NOTICE, NOTICE], '✖ 2 problems (0 errors, 0 warnings, 2 notices)']
  ])('summary: %s', (_, findings, summary) => {
    const out = formatText(findings, { color: false })
    expect(out.endsWith(`${summary}\n`)).toBe(true)
    expect(out.split('\n').filter(l => l.startsWith('✖') || l.startsWith('✔'))).toEqual([summary])
  })

  it('prints only the summary when there is nothing', () => {
    expect(formatText([], { color: false })).toBe('✔ no problems\n')
  })

  it('has no colour codes when color is false', () => {
    expect(formatText([ERROR, WARNING, NOTICE], { color: false })).not.toContain(ESC)
    expect(formatText([], { color: false })).not.toContain(ESC)
  })

  it('colours severity, rule id and summary when color is true', () => {
    const out = formatText([ERROR, WARNING, NOTICE], { color: true, label: '<stdin>' })
    const lines = out.split('\n')
    expect(lines[0]).toBe(
      `site/.well-known/mta-sts.txt:2:7  ${ESC}[31merror${ESC}[0m  mode must be enforce, testing or none; found "Enforce"  ${ESC}[2mpolicy-mode${ESC}[0m`
    )
    expect(lines[1]).toContain(`${ESC}[33mwarning${ESC}[0m`)
    expect(lines[2]).toContain(`${ESC}[36mnotice${ESC}[0m`)
    expect(out).toContain(`${ESC}[31;1m✖ 3 problems (1 error, 1 warning, 1 notice)${ESC}[0m`)
  })

  it.each<[string, Finding[], string]>([
    ['green when clean', [], `${ESC}[32m✔ no problems${ESC}[0m`],
    ['yellow for warnings', [WARNING], `${ESC}[33;1m✖ 1 problem`],
    ['cyan for notices', [NOTICE], `${ESC}[36;1m✖ 1 problem`]
  ])('summary colour: %s', (_, findings, start) => {
    expect(formatText(findings, { color: true })).toContain(start)
  })

  it('escapes control characters in messages and file names, even without colour', () => {
    const out = formatText(
      [
        {
          rule: 'policy-syntax',
          severity: 'error',
          message: `bad ${ESC}[2J line\nnext`,
          file: `evil${ESC}]0;x\u0007.txt`,
          line: 1,
          column: 1
        }
      ],
      { color: false }
    )
    expect(out).not.toContain(ESC)
    expect(out).not.toContain('\u0007')
    expect(out.split('\n')[0]).toBe(
      'evil\\u001b]0;x\\u0007.txt:1:1  error  bad \\u001b[2J line\\u000anext  policy-syntax'
    )
  })
})

describe('formatJson / buildReport (design section 3)', () => {
  it('has the exact shape: version, tool, summary, findings with nulls', () => {
    const report = JSON.parse(formatJson([ERROR, WARNING, NOTICE])) as unknown
    expect(report).toStrictEqual({
      version: 1,
      tool: { name: 'mta-sts-lint', version: VERSION },
      summary: { errors: 1, warnings: 1, notices: 1 },
      findings: [
        {
          rule: 'policy-mode',
          severity: 'error',
          message: 'mode must be enforce, testing or none; found "Enforce"',
          file: 'site/.well-known/mta-sts.txt',
          line: 2,
          column: 7,
          domain: 'example.com',
          url: null
        },
        {
          rule: 'txt-unrelated-record',
          severity: 'warning',
          message: 'record 2 is not an MTA-STS record',
          file: null,
          line: 2,
          column: 1,
          domain: null,
          url: null
        },
        {
          rule: 'policy-mx-wildcard',
          severity: 'notice',
          message: 'wildcard pattern',
          file: null,
          line: null,
          column: null,
          domain: null,
          url: 'https://mta-sts.example.com/.well-known/mta-sts.txt'
        }
      ]
    })
    expect(TOOL_NAME).toBe('mta-sts-lint')
  })

  it('lists the keys of the report and of each finding in the documented order', () => {
    const report = buildReport([NOTICE]) as { findings: object[] }
    expect(Object.keys(report)).toEqual(['version', 'tool', 'summary', 'findings'])
    expect(Object.keys(report.findings[0])).toEqual([
      'rule',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'domain',
      'url'
    ])
  })

  it('counts zero findings', () => {
    expect(buildReport([])).toStrictEqual({
      version: 1,
      tool: { name: 'mta-sts-lint', version: VERSION },
      summary: { errors: 0, warnings: 0, notices: 0 },
      findings: []
    })
  })

  it('passes extras (domains, policy, record) through unchanged', () => {
    const policy = {
      version: 'STSv1',
      mode: 'enforce' as const,
      max_age: 604800,
      mx: ['mail.example.com'],
      extensions: { contact: 'postmaster@example.com' }
    }
    const extras = {
      domains: [
        {
          domain: 'example.com',
          policyFile: 'site/.well-known/mta-sts.txt',
          idSource: 'zone/example.com.zone',
          id: '20250701T150000Z',
          policy,
          live: {
            id: '20250701T150000Z',
            status: 200,
            url: 'https://mta-sts.example.com/.well-known/mta-sts.txt',
            elapsedMs: 12
          }
        }
      ],
      policy,
      record: { v: 'STSv1', id: '20250701T150000Z', extensions: { ext: '1' } }
    }
    const report = JSON.parse(formatJson([], extras)) as Record<string, unknown>
    expect(report.domains).toStrictEqual(extras.domains)
    expect(report.policy).toStrictEqual(policy)
    expect(report.record).toStrictEqual({
      v: 'STSv1',
      id: '20250701T150000Z',
      extensions: { ext: '1' }
    })
  })

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const out = formatJson([ERROR])
    expect(out.endsWith('}\n')).toBe(true)
    expect(out.split('\n')[1]).toBe('  "version": 1,')
  })
})

describe('formatSarif', () => {
  const metas: RuleMeta[] = RULES.map(r => r.meta)
  const indexOf = (id: string): number => metas.findIndex(m => m.id === id)

  interface Sarif {
    $schema: string
    version: string
    runs: {
      tool: {
        driver: {
          name: string
          version: string
          rules: {
            id: string
            helpUri: string
            shortDescription: { text: string }
            defaultConfiguration: { level: string }
          }[]
        }
      }
      results: Record<string, unknown>[]
    }[]
  }
  const sarif = (findings: Finding[]): Sarif => JSON.parse(formatSarif(findings, metas)) as Sarif
  type Physical = { artifactLocation: unknown; region?: unknown }
  const physical = (r: Record<string, unknown>): Physical | undefined =>
    (r.locations as { physicalLocation: Physical }[] | undefined)?.[0].physicalLocation

  it('declares SARIF 2.1.0 and its schema', () => {
    const s = sarif([])
    expect(s.version).toBe('2.1.0')
    expect(s.$schema).toMatch(/sarif-2\.1\.0(-rtm\.\d+)?\.json$/)
    expect(s.runs).toHaveLength(1)
    expect(s.runs[0].results).toEqual([])
  })

  it('lists every rule in the driver with id, helpUri and default level', () => {
    const driver = sarif([]).runs[0].tool.driver
    expect(driver.name).toBe('mta-sts-lint')
    expect(driver.version).toBe(VERSION)
    expect(driver.rules.map(r => r.id)).toEqual(metas.map(m => m.id))
    for (const [i, r] of driver.rules.entries()) {
      expect(r.helpUri).toBe(`${DOCS_BASE}${metas[i].id}.md`)
      expect(r.shortDescription.text).toBe(metas[i].description)
    }
    const level = Object.fromEntries(driver.rules.map(r => [r.id, r.defaultConfiguration.level]))
    expect(level['policy-mode']).toBe('error')
    expect(level['policy-duplicate-field']).toBe('warning')
    expect(level['policy-mx-wildcard']).toBe('note')
    expect(new Set(Object.values(level))).toEqual(new Set(['error', 'warning', 'note']))
  })

  it('writes a result with ruleId, ruleIndex, level, message and a physical location', () => {
    expect(sarif([ERROR]).runs[0].results).toStrictEqual([
      {
        ruleId: 'policy-mode',
        level: 'error',
        message: { text: 'mode must be enforce, testing or none; found "Enforce"' },
        ruleIndex: indexOf('policy-mode'),
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'site/.well-known/mta-sts.txt', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 7 }
            }
          }
        ]
      }
    ])
  })

  it('maps notice to the level "note" and adds the url to the message', () => {
    const [r] = sarif([NOTICE]).runs[0].results
    expect(r.level).toBe('note')
    expect(r.ruleIndex).toBe(indexOf('policy-mx-wildcard'))
    expect(r.message).toEqual({
      text: 'wildcard pattern (https://mta-sts.example.com/.well-known/mta-sts.txt)'
    })
  })

  it('has no locations for findings without a file', () => {
    const results = sarif([WARNING, NOTICE]).runs[0].results
    expect(results.map(r => r.level)).toEqual(['warning', 'note'])
    expect(results.map(r => 'locations' in r)).toEqual([false, false])
  })

  it('gives a file without a line the region of its first line, and encodes the uri', () => {
    // Code scanning needs a region on every result with a file (this test pinned none before).
    const [r] = sarif([
      { rule: 'policy-mode', severity: 'error', message: 'm', file: 'my site/a#1.txt', column: 4 }
    ]).runs[0].results
    expect(r.locations).toStrictEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'my%20site/a%231.txt', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1 }
        }
      }
    ])
  })

  it('has a region of at least line 1 and column 1 on every result that names a file', () => {
    const results = sarif([
      { rule: 'policy-mode', severity: 'error', message: 'm', file: 'a.txt', line: 0, column: 0 },
      { rule: 'policy-mode', severity: 'error', message: 'm', file: 'b.txt', line: 3, column: 2 },
      { rule: 'txt-missing', severity: 'notice', message: 'm' }
    ]).runs[0].results
    const regions = results.map(r => physical(r)?.region)
    expect(regions).toStrictEqual([
      { startLine: 1, startColumn: 1 },
      { startLine: 3, startColumn: 2 },
      undefined
    ])
  })

  it('places files where a locator says: relative to %SRCROOT%, or absolute outside it', () => {
    const results = JSON.parse(
      formatSarif(
        [
          { rule: 'policy-mode', severity: 'error', message: 'm', file: 'in.txt', line: 1 },
          { rule: 'policy-mode', severity: 'error', message: 'm', file: 'out.txt', line: 1 }
        ],
        metas,
        {
          locate: f =>
            f === 'in.txt' ? { relative: `sub/${f}` } : { absolute: `/elsewhere/dir x/${f}` }
        }
      )
    ) as Sarif
    expect(results.runs[0].results.map(r => physical(r)?.artifactLocation)).toStrictEqual([
      { uri: 'sub/in.txt', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///elsewhere/dir%20x/out.txt' }
    ])
  })

  it('leaves out ruleIndex for a rule the driver does not list', () => {
    const [r] = sarif([{ rule: 'not-a-rule', severity: 'error', message: 'm' }]).runs[0].results
    expect(r.ruleId).toBe('not-a-rule')
    expect('ruleIndex' in r).toBe(false)
  })

  it('ends with a newline', () => {
    expect(formatSarif([], metas).endsWith('}\n')).toBe(true)
  })
})

describe('formatGithub', () => {
  it('writes one workflow command per finding', () => {
    expect(formatGithub([ERROR, WARNING, NOTICE])).toBe(
      [
        '::error file=site/.well-known/mta-sts.txt,line=2,col=7,title=policy-mode::mode must be enforce, testing or none; found "Enforce"',
        '::warning line=2,col=1,title=txt-unrelated-record::record 2 is not an MTA-STS record',
        '::notice title=policy-mx-wildcard::wildcard pattern (https://mta-sts.example.com/.well-known/mta-sts.txt)',
        ''
      ].join('\n')
    )
  })

  it('writes nothing for no findings', () => {
    expect(formatGithub([])).toBe('')
  })

  it('escapes %, CR and LF in the message, and also ":" and "," in properties', () => {
    const out = formatGithub([
      {
        rule: 'policy-syntax',
        severity: 'error',
        message: '100% bad\r\nline: a, b',
        file: 'we,ird:dir/50%\n.txt',
        line: 1,
        column: 2
      }
    ])
    expect(out).toBe(
      '::error file=we%2Cird%3Adir/50%25%0A.txt,line=1,col=2,title=policy-syntax::100%25 bad%0D%0Aline: a, b\n'
    )
    // One command, on one line: the data cannot start a second command.
    expect(out.split('\n')).toHaveLength(2)
  })

  it.each<[string, string, string]>([
    ['%', '%25', '%25'],
    ['\r', '%0D', '%0D'],
    ['\n', '%0A', '%0A'],
    [':', ':', '%3A'],
    [',', ',', '%2C'],
    ['a%0A', 'a%250A', 'a%250A'],
    ['plain text', 'plain text', 'plain text']
  ])('escapes %j as data %j and as a property %j', (input, data, property) => {
    expect(escapeCommandData(input)).toBe(data)
    expect(escapeCommandProperty(input)).toBe(property)
  })
})

describe('escapeTerminal', () => {
  it.each<[string, string]>([
    ['ESC', '\u001b'],
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['TAB', '\t'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['US', '\u001f'],
    ['DEL', '\u007f'],
    ['C1 NEL', '\u0085'],
    ['C1 CSI', '\u009b'],
    ['C1 APC', '\u009f'],
    ['LINE SEPARATOR', '\u2028'],
    ['PARAGRAPH SEPARATOR', '\u2029'],
    ['LRE', '\u202a'],
    ['RLE', '\u202b'],
    ['PDF', '\u202c'],
    ['LRO', '\u202d'],
    ['RLO', '\u202e'],
    ['LRI', '\u2066'],
    ['RLI', '\u2067'],
    ['FSI', '\u2068'],
    ['PDI', '\u2069']
  ])('escapes %s', (_, c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, '0')
    expect(escapeTerminal(`a${c}b`)).toBe(`a\\u${hex}b`)
  })

  it('leaves printable ASCII and ordinary Unicode alone', () => {
    for (const s of [
      'mode: enforce; id=abc "quoted" \\ ~',
      'café é ñ ü',
      '日本語 Ελληνικά русский',
      'emoji 😀',
      'NBSP\u00a0 and narrow\u202f and word joiner\u2060 and U+206A\u206a'
    ]) {
      expect(escapeTerminal(s)).toBe(s)
    }
  })

  it('escapes a whole terminal escape sequence into harmless text', () => {
    expect(escapeTerminal(`${ESC}]8;;http://evil${ESC}\\x${ESC}]8;;${ESC}\\`)).toBe(
      '\\u001b]8;;http://evil\\u001b\\x\\u001b]8;;\\u001b\\'
    )
  })
})

describe('escapeMarkdown', () => {
  it('neutralises HTML', () => {
    const out = escapeMarkdown('<script>alert(1)</script>')
    expect(out).not.toMatch(/[<>]/)
    expect(out).toContain('&lt;script&gt;')
  })

  it('escapes "&" so entities are not decoded', () => {
    expect(escapeMarkdown('&lt; &amp;')).toBe('&amp;lt; &amp;amp;')
  })

  it.each<[string, string]>([
    ['a|b', 'a\\|b'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
    ['![i](http://e)', '\\!\\[i\\]\\(http\\://e\\)'],
    ['`code`', '\\`code\\`'],
    ['*bold*', '\\*bold\\*'],
    ['_em_', '\\_em\\_'],
    ['# heading', '\\# heading'],
    ['a\\b', 'a\\\\b']
  ])('escapes %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output)
  })

  it.each([
    ['LF', 'one\ntwo'],
    ['CRLF', 'one\r\ntwo'],
    ['CR', 'one\rtwo'],
    ['LS', 'one\u2028two']
  ])('keeps a %s from breaking the table row or line', (_, input) => {
    const out = escapeMarkdown(`| ${input} |`)
    expect(out).not.toMatch(/[\r\n\u2028\u2029]/)
    expect(out).toMatch(/^\\\| one.*two \\\|$/)
  })

  it('leaves letters, digits, spaces and ordinary Unicode alone', () => {
    expect(escapeMarkdown('mode enforce 604800 café')).toBe('mode enforce 604800 café')
  })

  it('escapes terminal controls too', () => {
    expect(escapeMarkdown(`x${ESC}y`)).not.toContain(ESC)
  })
})
