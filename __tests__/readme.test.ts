/**
 * The README and docs/: the generated parts are what `npm run readme` writes (scripts/readme.mjs,
 * run as a user runs it), each table holds what its source holds, docs/config.md has an entry
 * for every key of the config schema, the quick start's commands exist, and every relative link
 * of README.md and docs/**.md reaches a file of the repository (and a heading, for an anchor).
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { RULES } from '../src/rules/registry.js'
import { PROJECT, tempDir } from './e2e/helpers.js'

const read = (rel: string): string => readFileSync(path.join(PROJECT, rel), 'utf8')
const README = read('README.md')
const CONFIG_DOC = read('docs/config.md')

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
const region = (text: string, name: string): string => {
  const start = text.indexOf(`<!-- ${name}:start -->`)
  const end = text.indexOf(`<!-- ${name}:end -->`)
  expect([name, start >= 0 && end > start]).toEqual([name, true])
  return text.slice(start, end)
}

/** `node scripts/readme.mjs ARGS` from the project folder, bounded in time. */
const script = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(PROJECT, 'scripts', 'readme.mjs'), ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    timeout: 60_000
  })

describe('npm run readme', () => {
  it('the committed README.md and docs/config.md are what it writes', () => {
    const r = script('--check')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 70_000)

  it('--check fails on a stale copy, naming it, and leaves it as it was', () => {
    const dir = tempDir('mta-sts-lint-readme-')
    try {
      const stale = path.join(dir, 'README.md')
      const text = README.replace(/^\| \[`policy-syntax`\].*\n/m, '')
      expect(text).not.toBe(README)
      writeFileSync(stale, text)
      const r = script('--check', '--readme', stale)
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(/README\.md is not what `npm run readme` writes/)
      expect(readFileSync(stale, 'utf8')).toBe(text)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)
})

describe('the generated tables hold what their sources hold', () => {
  const meta = parseYaml(read('action.yml')) as {
    inputs: Record<string, { default?: string }>
    outputs: Record<string, unknown>
  }

  it('every input of action.yml, with its default', () => {
    const rows = region(README, 'inputs')
    for (const [name, input] of Object.entries(meta.inputs)) {
      const def = input.default === undefined || input.default === '' ? '' : `\`${input.default}\``
      expect(rows).toMatch(
        new RegExp(`^\\| \`${name}\` +\\| ${def.replace(/[$.{}]/g, '\\$&')} +\\|`, 'm')
      )
    }
    expect(rows.match(/^\| `/gm)).toHaveLength(Object.keys(meta.inputs).length)
  })

  it('every output of action.yml', () => {
    const rows = region(README, 'outputs')
    for (const name of Object.keys(meta.outputs))
      expect(rows).toMatch(new RegExp(`^\\| \`${name}\` `, 'm'))
    expect(rows.match(/^\| `/gm)).toHaveLength(Object.keys(meta.outputs).length)
  })

  it('every rule, linking its page, with its default severity', () => {
    const rows = region(README, 'rules')
    for (const { meta: rule } of RULES) {
      expect(rows).toMatch(
        new RegExp(
          `^\\| \\[\`${rule.id}\`\\]\\(docs/rules/${rule.id}\\.md\\) +\\| ${rule.severity} +\\|`,
          'm'
        )
      )
    }
    expect(rows.match(/^\| \[/gm)).toHaveLength(RULES.length)
  })
})

interface SchemaNode {
  $ref?: string
  properties?: Record<string, SchemaNode>
  additionalProperties?: SchemaNode | boolean
  propertyNames?: SchemaNode
  definitions?: Record<string, SchemaNode>
}

describe('docs/config.md', () => {
  const schema = JSON.parse(read('src/repo/config-schema.json')) as SchemaNode
  /** Every key path of the schema; a key any name may take is `<...>`. */
  const keyPaths = (): string[] => {
    const out: string[] = []
    const deref = (node: SchemaNode): SchemaNode =>
      node.$ref === undefined
        ? node
        : { ...schema.definitions?.[node.$ref.replace('#/definitions/', '')], ...node }
    const walk = (node: SchemaNode, prefix: string): void => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        out.push(`${prefix}${key}`)
        walk(deref(child), `${prefix}${key}.`)
      }
      if (typeof node.additionalProperties === 'object') {
        out.push(`${prefix}<`)
        walk(deref(node.additionalProperties), `${prefix}<.`)
      }
    }
    walk(schema, '')
    return out
  }

  it('has an entry for every key of the config schema', () => {
    const headings = [...CONFIG_DOC.matchAll(/^### `([^`]+)`$/gm)].map(m =>
      m[1].replace(/<[^>]*>/g, '<')
    )
    const keys = keyPaths()
    expect(keys).toEqual(expect.arrayContaining(['domains', 'domains.<.policy', 'rules.<']))
    expect(keys.filter(k => !headings.includes(k))).toEqual([])
    expect(headings.filter(h => !keys.includes(h))).toEqual([])
  })

  it('shows examples that the schema accepts (they are what the config file holds)', () => {
    const blocks = [...region(CONFIG_DOC, 'keys').matchAll(/^```yaml\n([^]*?)^```$/gm)]
    expect(blocks.length).toBeGreaterThan(3)
    for (const [, yaml] of blocks) expect(typeof parseYaml(yaml)).toBe('object')
  })
})

describe('the quick start', () => {
  it('names the package scripts it runs, on the example it says', () => {
    const quick = README.slice(README.indexOf('## Quick start'))
    expect(quick).toContain('npm install && npm start')
    expect(quick).toContain('npm install && npm test')
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> })
      .scripts
    expect(scripts.start).toContain('check --root examples/demo')
    expect(scripts.test).toContain('jest')
    expect(existsSync(path.join(PROJECT, 'examples', 'demo', '.mta-sts.yml'))).toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------
// Links

/** Markdown files whose links are checked: README.md and every page under docs/. */
const PAGES = [
  'README.md',
  ...readdirSync(path.join(PROJECT, 'docs'), { recursive: true })
    .map(String)
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`)
]

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-')

const anchorsOf = (text: string): Set<string> => {
  const out = new Set<string>()
  const counts = new Map<string, number>()
  for (const m of text.replace(/^```[^]*?^```$/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(m[1])
    const n = counts.get(base) ?? 0
    counts.set(base, n + 1)
    out.add(n === 0 ? base : `${base}-${n}`)
  }
  return out
}

/** Relative link targets of a page: `[text](target)`, outside code. */
const linksOf = (text: string): string[] =>
  [
    ...text
      .replace(/^```[^]*?^```$/gm, '')
      .replace(/`[^`\n]*`/g, '')
      .matchAll(/\]\(([^)\s]+)\)/g)
  ]
    .map(m => m[1])
    .filter(t => !/^[a-z]+:/i.test(t))

/** What is wrong with a page's relative links ([] when every one resolves). */
const brokenLinks = (page: string, text: string, exists = existsSync): string[] =>
  linksOf(text).flatMap(target => {
    const [file, anchor] = target.split('#')
    const abs =
      file === ''
        ? path.join(PROJECT, page)
        : path.resolve(path.dirname(path.join(PROJECT, page)), file)
    if (!abs.startsWith(PROJECT) || !exists(abs)) return [`${page}: ${target}: no such file`]
    if (anchor === undefined) return []
    if (!abs.endsWith('.md') || statSync(abs).isDirectory())
      return [`${page}: ${target}: an anchor outside a Markdown page`]
    const anchors = anchorsOf(file === '' ? text : readFileSync(abs, 'utf8'))
    return anchors.has(anchor) ? [] : [`${page}: ${target}: no such heading`]
  })

describe('links', () => {
  it('the anchors are GitHub’s', () => {
    expect(slug('Drift between runs (`--state`)')).toBe('drift-between-runs---state')
    expect(slug('Thousands of domains: shards')).toBe('thousands-of-domains-shards')
    expect([...anchorsOf('# A\n\n```\n# not\n```\n## A\n')]).toEqual(['a', 'a-1'])
  })

  it('reads the links of the README', () => {
    expect(linksOf(README)).toEqual(
      expect.arrayContaining(['docs/config.md', '#repository-mode', 'docs/rules/txt-id.md'])
    )
  })

  it('finds a link to a missing file or heading', () => {
    const text =
      '[a](docs/nope.md) [b](#nowhere) [c](https://example.com) `[d](gone.md)` [e](action.yml)'
    expect(brokenLinks('README.md', text)).toEqual([
      'README.md: docs/nope.md: no such file',
      'README.md: #nowhere: no such heading'
    ])
  })

  it.each(PAGES)('every relative link of %s resolves', page => {
    expect(brokenLinks(page, read(page))).toEqual([])
  })
})
