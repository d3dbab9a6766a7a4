/**
 * Every rule has a documentation page at docs/rules/<id>.md with a fixed structure, and the page's
 * Bad and Good examples are run through the linter: Bad must produce the rule, Good must not.
 *
 * Page structure (strict; any deviation fails with the file and line):
 *
 *   # <id>
 *
 *   <one paragraph>
 *
 *   - Default severity: <error|warning|notice>[ (<when another severity applies>)]
 *   - RFC: <sections; every number of the rule's meta.rfc appears here>
 *
 *   ## Why / ## Bad / ## Good / ## Options   (exactly these, in this order)
 *
 * Bad and Good each hold exactly one fenced block whose info string says how to feed it:
 *   policy [mx=H1,H2] [record-id=ID] [domain=D] [repeat=N] [escaped]
 *       the block is a policy file, every line ended by "\n"; `escaped`: the block is one JSON
 *       string literal giving the whole file; `repeat=N`: the file is the text repeated N times
 *   txt          each line is one _mta-sts TXT record
 *   tlsrpt [mode=enforce|testing|none]
 *                each line is one _smtp._tls TXT record
 * A txt or tlsrpt block that is empty, or holds just one blank line (what prettier makes of an
 * empty block), stands for no record at all; any other blank line in such a block is an error.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Finding } from '../src/finding.js'
import { lintPolicy, lintRecords, lintTlsRpt } from '../src/lint.js'
import { isMode, type Mode } from '../src/policy/effective.js'
import { RULES } from '../src/rules/registry.js'
import type { Rule, RuleTarget } from '../src/rules/types.js'

const DOCS_DIR = fileURLToPath(new URL('../docs/rules/', import.meta.url))

/**
 * `text` examples (repository and gate rules: file listings, before/after states) are shown, not
 * run: those rules are exercised by their own tests, which the page test checks exist.
 */
type Kind = 'policy' | 'txt' | 'tlsrpt' | 'text'
const KIND_OF: Record<RuleTarget, Kind> = {
  policy: 'policy',
  record: 'txt',
  tlsrpt: 'tlsrpt',
  repo: 'text',
  gate: 'text',
  live: 'text'
}
const OPTIONS_OF: Record<Kind, readonly string[]> = {
  policy: ['mx', 'record-id', 'domain', 'repeat', 'escaped'],
  txt: [],
  tlsrpt: ['mode'],
  text: []
}
const SECTIONS = ['Why', 'Bad', 'Good', 'Options'] as const
type Section = (typeof SECTIONS)[number]

const SEVERITY_LINE = /^- Default severity: (error|warning|notice)(?: \((.+)\))?$/
const RFC_LINE = /^- RFC: (.+)$/

interface Example {
  kind: Kind
  options: Map<string, string>
  /** The lines between the fences. */
  lines: string[]
}

interface Page {
  summary: string
  severity: string
  rfc: string
  sections: Record<Section, string[]>
  bad: Example
  good: Example
}

class PageError extends Error {}

const parseExample = (info: string, lines: string[], fail: (msg: string) => never): Example => {
  const [kind, ...rest] = info.split(' ')
  if (kind !== 'policy' && kind !== 'txt' && kind !== 'tlsrpt' && kind !== 'text') {
    fail(`example kind must be policy, txt, tlsrpt or text; got ${JSON.stringify(info)}`)
  }
  const options = new Map<string, string>()
  for (const token of rest) {
    const m = /^([a-z-]+)(?:=(.+))?$/.exec(token)
    if (m === null) fail(`malformed info string token ${JSON.stringify(token)}`)
    const [, key, value] = m
    if (!OPTIONS_OF[kind].includes(key)) fail(`option "${key}" is not allowed for "${kind}"`)
    if (options.has(key)) fail(`option "${key}" given twice`)
    if ((key === 'escaped') !== (value === undefined)) {
      fail(key === 'escaped' ? '"escaped" takes no value' : `option "${key}" needs a value`)
    }
    if (key === 'repeat' && !/^[1-9]\d*$/.test(value)) fail(`repeat=${value} is not a count`)
    if (key === 'mode' && !isMode(value)) fail(`mode=${value} is not a mode`)
    if (key === 'mx' && value.split(',').some(h => h.length === 0)) fail(`mx=${value} is malformed`)
    options.set(key, value ?? '')
  }
  if (options.has('escaped')) {
    if (lines.length !== 1) fail('an escaped example is exactly one line (a JSON string literal)')
    let parsed: unknown
    try {
      parsed = JSON.parse(lines[0])
    } catch {
      fail(`escaped example is not valid JSON: ${lines[0]}`)
    }
    if (typeof parsed !== 'string') fail('escaped example must be a JSON string literal')
  }
  if (kind === 'txt' || kind === 'tlsrpt') {
    // Prettier writes an empty block as one blank line; either way it stands for no record at all.
    if (lines.length === 1 && lines[0] === '') return { kind, options, lines: [] }
    if (lines.includes('')) fail('blank line in a record block (each line is one record)')
  }
  return { kind, options, lines }
}

const parsePage = (id: string, text: string): Page => {
  // Typed on the const, so that TypeScript narrows after a call (it never returns).
  const fail: (line: number, msg: string) => never = (line, msg) => {
    throw new PageError(`docs/rules/${id}.md:${line}: ${msg}`)
  }
  if (text.includes('\r')) fail(1, 'the page holds a CR; use LF line endings')
  if (!text.endsWith('\n')) fail(1, 'the page does not end with a newline')
  const lines = text.slice(0, -1).split('\n')
  const at = (i: number): string => lines[i] ?? fail(i + 1, 'unexpected end of page')

  if (at(0) !== `# ${id}`) fail(1, `the title must be "# ${id}"`)
  if (at(1) !== '') fail(2, 'a blank line must follow the title')
  let i = 2
  const summary: string[] = []
  while (at(i) !== '') summary.push(lines[i++])
  if (summary.length === 0 || /^(#|-|```)/.test(summary[0])) {
    fail(3, 'a paragraph saying what the rule reports must follow the title')
  }
  i++
  const severity = SEVERITY_LINE.exec(at(i)) ?? fail(i + 1, 'expected "- Default severity: ..."')
  const rfc = RFC_LINE.exec(at(i + 1)) ?? fail(i + 2, 'expected "- RFC: ..."')
  if (at(i + 2) !== '') fail(i + 3, 'a blank line must follow the "- RFC:" line')
  i += 3

  const sections = new Map<string, { start: number; body: string[] }>()
  const fences = new Map<string, { line: number; info: string; lines: string[] }[]>()
  let current: string | undefined
  let fence: { line: number; info: string; lines: string[] } | undefined
  for (; i < lines.length; i++) {
    const line = lines[i]
    if (fence !== undefined) {
      if (line === '```') fence = undefined
      else fence.lines.push(line)
    } else if (line.startsWith('```')) {
      if (current === undefined) fail(i + 1, 'a code block before the first section')
      fence = { line: i + 1, info: line.slice(3), lines: [] }
      fences.get(current)?.push(fence)
    } else if (line.startsWith('#')) {
      const m =
        /^## (\S.*)$/.exec(line) ?? fail(i + 1, `unexpected heading ${JSON.stringify(line)}`)
      current = m[1]
      if (sections.has(current)) fail(i + 1, `section "${current}" appears twice`)
      sections.set(current, { start: i + 1, body: [] })
      fences.set(current, [])
      continue
    } else if (current === undefined && line !== '') {
      fail(i + 1, 'text between the "- RFC:" line and the first section')
    }
    if (current !== undefined) sections.get(current)?.body.push(line)
  }
  if (fence !== undefined) fail(fence.line, 'code block is never closed')
  const names = [...sections.keys()]
  if (names.join() !== SECTIONS.join()) {
    fail(i, `sections must be ${SECTIONS.join(', ')} in this order; found ${names.join(', ')}`)
  }
  const body = {} as Record<Section, string[]>
  for (const name of SECTIONS) {
    const s = sections.get(name) ?? fail(i, `section ${name} missing`)
    if (s.body.every(l => l.trim() === '')) fail(s.start, `section "${name}" is empty`)
    body[name] = s.body
  }
  const example = (name: 'Bad' | 'Good'): Example => {
    const found = fences.get(name) ?? []
    if (found.length !== 1) {
      fail(sections.get(name)?.start ?? i, `section "${name}" must hold exactly one code block`)
    }
    const f = found[0]
    return parseExample(f.info, f.lines, msg => fail(f.line, msg))
  }
  return {
    summary: summary.join(' '),
    severity: severity[1],
    rfc: rfc[1],
    sections: body,
    bad: example('Bad'),
    good: example('Good')
  }
}

/** The policy text an example stands for. */
const policyText = (ex: Example): string => {
  const text = ex.options.has('escaped')
    ? (JSON.parse(ex.lines[0]) as string)
    : ex.lines.map(l => `${l}\n`).join('')
  return text.repeat(Number(ex.options.get('repeat') ?? '1'))
}

const lintExample = (ex: Example): Finding[] => {
  switch (ex.kind) {
    case 'policy': {
      const mx = ex.options.get('mx')
      const recordId = ex.options.get('record-id')
      const domain = ex.options.get('domain')
      return lintPolicy(policyText(ex), {
        ...(mx !== undefined && { mxHosts: mx.split(',') }),
        ...(recordId !== undefined && { recordId }),
        ...(domain !== undefined && { domain })
      }).findings
    }
    case 'txt':
      return lintRecords(ex.lines).findings
    case 'tlsrpt': {
      const mode = ex.options.get('mode') as Mode | undefined
      return lintTlsRpt(ex.lines, mode === undefined ? {} : { mode }).findings
    }
    case 'text':
      throw new Error('text examples are not run')
  }
}

/** Test sources under __tests__ that name a rule id: where a text-example rule is exercised. */
const TESTS_DIR = fileURLToPath(new URL('./', import.meta.url))
const testsNaming = (id: string): string[] =>
  readdirSync(TESTS_DIR, { recursive: true })
    .map(String)
    .filter(f => f.endsWith('.test.ts') && f !== 'docs.test.ts')
    .filter(f => readFileSync(`${TESTS_DIR}${f}`, 'utf8').includes(`'${id}'`))

const pagePath = (id: string): string => `${DOCS_DIR}${id}.md`
const loadPage = (id: string): Page => parsePage(id, readFileSync(pagePath(id), 'utf8'))
/** The numbers of an RFC reference: "RFC 8461 3.2, 10.2" gives 8461, 3.2, 10.2. */
const numbers = (s: string): string[] => s.match(/\d+(?:\.\d+)*/g) ?? []

describe('docs/rules', () => {
  it('holds one page per rule and nothing else', () => {
    const ids = RULES.map(r => r.meta.id)
    const files = readdirSync(DOCS_DIR)
    expect(files.filter(f => !f.endsWith('.md') || !ids.includes(f.slice(0, -3)))).toEqual([])
    expect(ids.filter(id => !files.includes(`${id}.md`))).toEqual([])
  })

  it('rejects a malformed page with its line number', () => {
    const page = '# x\n\nWhat.\n\n- Default severity: error\n- RFC: RFC 8461 3.2\n\n## Why\n\nw\n'
    expect(() => parsePage('x', page)).toThrow(/x\.md:\d+: sections must be Why, Bad/)
    expect(() => parsePage('y', page)).toThrow('y.md:1: the title must be "# y"')
    const noBlock = `${page}\n## Bad\n\nnone\n\n## Good\n\n\`\`\`txt\na\n\`\`\`\n\n## Options\n\no\n`
    expect(() => parsePage('x', noBlock)).toThrow(/x\.md:12: section "Bad" must hold exactly one/)
    const badKind = noBlock.replace('none', '```yaml\na\n```')
    expect(() => parsePage('x', badKind)).toThrow(/x\.md:14: example kind must be policy/)
    const ok = noBlock.replace('none', '```txt\n\n```')
    expect(parsePage('x', ok).bad.lines).toEqual([])
    expect(parsePage('x', ok).good.lines).toEqual(['a'])
    const blank = ok.replace('```txt\na\n```', '```txt\na\n\nb\n```')
    expect(() => parsePage('x', blank)).toThrow(/x\.md:20: blank line in a record block/)
  })
})

describe.each(RULES.map(r => [r.meta.id, r] as [string, Rule]))('docs/rules/%s.md', (id, rule) => {
  it('exists and is the page the rule links to', () => {
    expect(existsSync(pagePath(id))).toBe(true)
    expect(rule.meta.docs.endsWith(`/docs/rules/${id}.md`)).toBe(true)
  })

  it('has the title, severity, RFC and sections', () => {
    const page = loadPage(id)
    expect(page.summary.length).toBeGreaterThan(40)
    expect(page.severity).toBe(rule.meta.severity)
    const cited = numbers(page.rfc)
    expect(numbers(rule.meta.rfc).filter(n => !cited.includes(n))).toEqual([])
    expect(page.sections.Options.join('\n')).toContain(`--rule ${id}=`)
    expect(page.sections.Options.join('\n')).toContain('.mta-sts.yml')
  })

  it('feeds its examples to the linter the rule belongs to', () => {
    const page = loadPage(id)
    expect(page.bad.kind).toBe(KIND_OF[rule.meta.target])
    expect(page.good.kind).toBe(KIND_OF[rule.meta.target])
  })

  if (KIND_OF[rule.meta.target] === 'text') {
    it('shows its examples and is exercised by a test of its own', () => {
      const page = loadPage(id)
      expect(page.bad.lines.join('').trim()).not.toBe('')
      expect(page.good.lines.join('').trim()).not.toBe('')
      expect(testsNaming(id)).not.toEqual([])
    })
    return
  }

  it('Bad example yields the rule', () => {
    const rules = lintExample(loadPage(id).bad).map(f => f.rule)
    expect(rules).toContain(id)
  })

  it('Good example does not yield the rule', () => {
    const findings = lintExample(loadPage(id).good).filter(f => f.rule === id)
    expect(findings).toEqual([])
  })
})
