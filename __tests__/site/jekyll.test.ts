/**
 * Jekyll: the `include` of a `_config.yml` read with the yaml package, which entries bring
 * `.well-known` back, and which config file a site folder has.
 */
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import {
  includesWellKnown,
  jekyllConfigFile,
  readJekyllConfig,
  type JekyllInclude
} from '../../src/site/jekyll.js'

const include = (text: string): JekyllInclude | undefined =>
  readJekyllConfig(yaml, '_config.yml', text).include

describe('readJekyllConfig: include', () => {
  it.each([
    [
      'flow',
      'title: x\ninclude: [".well-known", _redirects] # yes\n',
      [2, ['.well-known', '_redirects'], 'flow']
    ],
    [
      'flow over lines',
      'include: [\n  .well-known,\n  _x\n]\n',
      [1, ['.well-known', '_x'], 'flow']
    ],
    [
      'block',
      'include:\n  - .well-known\n  - "_y" # c\n\nexclude: [a]\n',
      [1, ['.well-known', '_y'], 'block']
    ],
    ['one value', "include: '.well-known'\n", [1, ['.well-known'], 'flow']],
    ['the last one wins', 'include: [a]\ninclude: [b]\n', [2, ['b'], 'flow']],
    ['an indented key is not top level', 'defaults:\n  include: [.well-known]\n', undefined]
  ])('%s', (_, text, want) => {
    const inc = include(text)
    expect(inc === undefined ? undefined : [inc.line, inc.entries, inc.style]).toEqual(want)
  })
})

describe('readJekyllConfig: YAML a line-based reading got wrong', () => {
  it.each([
    [
      'a flow mapping document',
      '{title: x, include: [.well-known]}\n',
      [1, 12, ['.well-known'], 'flow']
    ],
    ['a quoted key', '"include": [a]\n', [1, 2, ['a'], 'flow']],
    ['an indented document', '  title: x\n  include: [a]\n', [2, 3, ['a'], 'flow']],
    [
      'a comma inside quotes',
      'include: ["a,b", .well-known]\n',
      [1, 1, ['a,b', '.well-known'], 'flow']
    ],
    [
      'comments between and after entries',
      'include: # kept\n  # - .well-known\n  - a # .well-known\n\n  - b\n',
      [1, 1, ['a', 'b'], 'block']
    ],
    [
      'an alias to an anchored list',
      'keep: &keep [.well-known, _x]\ninclude: *keep\n',
      [2, 1, ['.well-known', '_x'], 'flow']
    ],
    ['a block scalar value', 'include: >-\n  .well-known\n', [1, 1, ['.well-known'], 'flow']],
    ['nothing after the key', 'include:\ntitle: x\n', [1, 1, [], 'block']],
    [
      'null entries and nested lists',
      'include: [~, [x], {a: 1}, "", 1]\n',
      [1, 1, ['', '1'], 'flow']
    ],
    ['the first document only', 'include: [a]\n---\ninclude: [b]\n', [1, 1, ['a'], 'flow']]
  ])('%s', (_, text, want) => {
    const inc = include(text)
    expect(inc === undefined ? undefined : [inc.line, inc.column, inc.entries, inc.style]).toEqual(
      want
    )
  })

  it.each([
    ['a tab for indentation', 'include:\n\t- .well-known\n'],
    ['an unclosed flow list', 'include: [.well-known\n'],
    ['an alias used before its anchor is set', 'include: *later\nx: &later [a]\n'],
    ['bad indentation', 'title: x\n include: [a]\n']
  ])('marks %s as invalid, without throwing', (_, text) => {
    expect(readJekyllConfig(yaml, 'site/_config.yml', text)).toEqual({
      file: 'site/_config.yml',
      invalid: true
    })
  })

  it('a document that is no mapping has no include', () => {
    expect(readJekyllConfig(yaml, '_config.yml', '- include\n')).toEqual({ file: '_config.yml' })
    expect(readJekyllConfig(yaml, '_config.yml', '')).toEqual({ file: '_config.yml' })
  })
})

describe('jekyllConfigFile', () => {
  it('takes _config.yml, else _config.yaml, in the site folder', () => {
    expect(jekyllConfigFile(['_config.yaml', '_config.yml'], '')).toBe('_config.yml')
    expect(jekyllConfigFile(new Set(['docs/_config.yaml']), 'docs')).toBe('docs/_config.yaml')
    expect(jekyllConfigFile(['_config.yml'], 'docs')).toBeUndefined()
  })
})

describe('includesWellKnown', () => {
  it.each([
    [['.well-known'], true],
    [['/.well-known/'], true],
    [['./.well-known'], true],
    [['.well-known/mta-sts.txt'], false],
    [['.*'], true],
    [['.well*'], true],
    [['_redirects', '.htaccess'], false],
    [[], false]
  ])('%j brings .well-known back: %s', (entries, want) => {
    expect(includesWellKnown(entries)).toBe(want)
  })
})
