/**
 * Reading YAML with positions, and hostile input: too deep, alias bombs, large, not text. None
 * may throw, crash the process or take long.
 */
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import { readJekyllConfig } from '../../src/site/jekyll.js'
import { workflowSteps } from '../../src/site/github-pages.js'
import { MAX_YAML_DEPTH, readYaml } from '../../src/site/yaml-file.js'

/** `n` flow sequences, one in the other. */
const nestedFlow = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}\n`

describe('readYaml', () => {
  it('gives positions in the text as written, past a BOM and CRLF line ends', () => {
    const doc = readYaml(yaml, '\uFEFFa: 1\r\nb:\r\n  - "x"\r\n')
    const b = doc?.get(doc.root, 'b') ?? null
    const x = doc?.items(b)?.[0] ?? null
    expect(x === null ? undefined : doc?.start(x)).toEqual({ line: 3, column: 6 })
    expect(doc?.scalar(x)).toBe('x')
  })

  it(`reads nesting up to ${MAX_YAML_DEPTH} levels and refuses deeper`, () => {
    expect(readYaml(yaml, nestedFlow(MAX_YAML_DEPTH - 1))).toBeDefined()
    expect(readYaml(yaml, nestedFlow(MAX_YAML_DEPTH + 1))).toBeUndefined()
  })

  // Built recursively, a few thousand nested collections overflow the stack; a second parse
  // in the same process then aborts it. Refused before they are built, they cost a scan.
  it.each([
    ['block sequences', (n: number) => `${'- '.repeat(n)}a\n`],
    ['explicit keys', (n: number) => `${'? '.repeat(n)}a\n`],
    ['flow sequences', (n: number) => '['.repeat(n)],
    ['flow mappings', (n: number) => '{a: '.repeat(n)],
    [
      'indented mappings',
      (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n')
    ]
  ])('refuses deeply nested %s, again and again', (_, make) => {
    for (const n of [1000, 5000, 500]) {
      for (let i = 0; i < 3; i++) expect(readYaml(yaml, make(n))).toBeUndefined()
    }
  })

  it('reads past an alias bomb without expanding it', () => {
    const bomb = [
      'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...'bcdefghi'
        .split('')
        .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
      'include: *i',
      'exclude: [*i, *i, *i]'
    ].join('\n')
    const started = Date.now()
    const config = readJekyllConfig(yaml, '_config.yml', bomb)
    expect(config.include?.line).toBe(10)
    // The aliased list holds lists, not text: no entry.
    expect(config.include?.entries).toEqual([])
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('reads a large workflow in bounded time', () => {
    const step = '      - uses: actions/upload-pages-artifact@v4\n        with: { path: site }\n'
    const text = `jobs:\n  a:\n    steps:\n${step.repeat(3000)}`
    expect(text.length).toBeGreaterThan(200_000)
    const started = Date.now()
    expect(workflowSteps(yaml, text)).toHaveLength(3000)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it.each([
    ['control characters', 'jobs:\u0001\u0002\n\u0000'],
    ['a lone surrogate', 'jobs: "\ud800"\n'],
    [
      'random bytes as text',
      String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    ],
    ['an unterminated quote', 'include: "abc\n'],
    ['a directive without a document', '%YAML 1.2\n']
  ])('does not throw on %s', (_, text) => {
    expect(() => readYaml(yaml, text)).not.toThrow()
    expect(() => workflowSteps(yaml, text)).not.toThrow()
    expect(() => readJekyllConfig(yaml, '_config.yml', text)).not.toThrow()
  })
})
