/**
 * Jekyll front matter as Jekyll reads it (its own regular expression), the permalink with its
 * position in the page's lines, and the body below it.
 */
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import {
  isMarkdownPage,
  isPolicyPermalink,
  readFrontMatter,
  splitFrontMatter
} from '../../src/site/front-matter.js'

describe('splitFrontMatter', () => {
  it.each([
    [
      'LF, a blank line after (Jekyll eats it)',
      '---\na: 1\n---\n\nversion: STSv1\n',
      ['a: 1', 5, 'version: STSv1\n']
    ],
    ['CRLF', '---\r\na: 1\r\n---\r\nversion: STSv1', ['a: 1\r', 4, 'version: STSv1']],
    ['empty front matter', '---\n---\nversion: STSv1', ['', 3, 'version: STSv1']],
    ['closed by ...', '---\na: 1\n...\nv: 1', ['a: 1', 4, 'v: 1']],
    ['nothing below', '---\na: 1\n---', ['a: 1', 3, '']]
  ])('%s', (_, text, [front, line, body]) => {
    const s = splitFrontMatter(text)
    expect(s === undefined ? undefined : [s.yaml, s.bodyLine, text.slice(s.bodyStart)]).toEqual([
      front,
      line,
      body
    ])
  })

  it.each([
    ['no front matter', 'version: STSv1\n'],
    ['never closed', '---\nversion: STSv1\n'],
    ['a byte-order mark first', '\uFEFF---\na: 1\n---\nv: 1'],
    ['dashes in a line', '----\na: 1\n---\n']
  ])('none: %s', (_, text) => {
    expect(splitFrontMatter(text)).toBeUndefined()
  })
})

describe('readFrontMatter', () => {
  it('gives the permalink with its position in the page, a leading slash added', () => {
    const fm = readFrontMatter(
      yaml,
      '---\nlayout: none\npermalink: .well-known/mta-sts.txt\n---\nv: 1\n'
    )
    expect(fm?.permalink).toEqual({
      path: '/.well-known/mta-sts.txt',
      value: '.well-known/mta-sts.txt',
      line: 3,
      column: 12
    })
    expect(fm?.bodyLine).toBe(5)
  })

  it('reads a quoted permalink with a comment', () => {
    const fm = readFrontMatter(yaml, '---\npermalink: "/.well-known/mta-sts.txt" # policy\n---\n')
    expect(fm?.permalink?.path).toBe('/.well-known/mta-sts.txt')
    expect(fm?.permalink?.column).toBe(13)
  })

  it('invalid YAML: still a front matter Jekyll strips, without a permalink', () => {
    expect(readFrontMatter(yaml, '---\npermalink: [\n---\nv: 1')).toMatchObject({
      invalid: true,
      bodyLine: 4
    })
  })
})

describe('pages', () => {
  it('tells policy permalinks and Markdown pages', () => {
    expect(isPolicyPermalink('/.well-known/mta-sts.txt')).toBe(true)
    expect(isPolicyPermalink('/MTA_STS.txt')).toBe(true)
    expect(isPolicyPermalink('/.well-known/security.txt')).toBe(false)
    expect(isMarkdownPage('_pages/mta-sts.md')).toBe(true)
    expect(isMarkdownPage('mta-sts.txt')).toBe(false)
  })
})
