import { describe, expect, it } from '@jest/globals'
import { parsePolicy, POLICY_SIZE_LIMIT } from '../../src/policy/parse.js'
import { notAPolicy } from '../../src/policy/not-policy.js'
import { effectivePolicy, maxAgeDigits, policyFacts } from '../../src/policy/effective.js'
import { lines, VALID } from '../helpers.js'

const kinds = (text: string | Uint8Array): string[] =>
  parsePolicy(text).issues.map(i => `${i.kind}@${i.line}:${i.column}`)

describe('policy grammar (RFC 8461 3.2)', () => {
  it('reads fields with 1-based positions of name and value', () => {
    const p = parsePolicy('version: STSv1\nmode:\tenforce  \nmx:mail.example.com\n')
    expect(p.issues).toEqual([])
    expect(p.fields.map(f => [f.name, f.value, f.line, f.column, f.valueColumn])).toEqual([
      ['version', 'STSv1', 1, 1, 10],
      ['mode', 'enforce', 2, 1, 7],
      ['mx', 'mail.example.com', 3, 1, 4]
    ])
  })

  it.each([
    ['LF', 'version: STSv1\nmode: none\nmax_age: 86400\n'],
    ['CRLF', 'version: STSv1\r\nmode: none\r\nmax_age: 86400\r\n'],
    ['mixed (grammatical, erratum 6253)', 'version: STSv1\r\nmode: none\nmax_age: 86400\r\n'],
    ['no final terminator', 'version: STSv1\nmode: none\nmax_age: 86400'],
    ['trailing WSP after values', 'version: STSv1 \nmode: none\t\nmax_age: 86400 \t\n'],
    ['no space after the colon', 'version:STSv1\nmode:none\nmax_age:86400\n']
  ])('accepts %s', (_, text) => {
    expect(kinds(text)).toEqual([])
    expect(effectivePolicy(policyFacts(parsePolicy(text)))).toEqual({
      version: 'STSv1',
      mode: 'none',
      max_age: 86400,
      mx: [],
      extensions: {}
    })
  })

  it('counts line endings and remembers the first line of each', () => {
    const p = parsePolicy('a: 1\nb: 2\r\nc: 3\r\nd: 4\n')
    expect([p.lf, p.crlf, p.firstLfLine, p.firstCrlfLine]).toEqual([2, 2, 1, 2])
  })

  it.each([
    ['an empty body', '', ['empty-body@1:1']],
    ['only line breaks', '\n\n', ['empty-body@1:1']],
    ['only whitespace', '  \n\t\n', ['empty-body@1:1']],
    ['a blank line between fields', 'version: STSv1\n\nmode: none\n', ['blank-line@2:1']],
    ['a blank first line', '\nversion: STSv1\n', ['blank-line@1:1']],
    ['a single trailing blank line', 'version: STSv1\n\n', ['trailing-blank-line@2:1']],
    ['a CRLF trailing blank line', 'version: STSv1\r\n\r\n', ['trailing-blank-line@2:1']],
    ['two trailing blank lines', 'version: STSv1\n\n\n', ['blank-line@2:1', 'blank-line@3:1']],
    ['a whitespace-only line', 'version: STSv1\n   \nmode: none\n', ['blank-line@2:1']],
    ['leading whitespace', '  version: STSv1\n', ['leading-whitespace@1:1']],
    ['a leading tab', '\tmode: none\n', ['leading-whitespace@1:1']],
    ['whitespace before the colon', 'mode : none\n', ['whitespace-before-colon@1:5']],
    ['a comment', '# policy\nmode: none\n', ['comment@1:1']],
    ['an indented comment', '  # x\n', ['leading-whitespace@1:1', 'comment@1:3']],
    ['a line without a colon', 'mode none\n', ['no-colon@1:1']],
    ['a name with a space', 'max age: 1\n', ['bad-name@1:4']],
    ['a name starting with "_"', '_x: 1\n', ['bad-name@1:1']],
    ['an empty name', ': value\n', ['bad-name@1:1']],
    ['a name of 33 characters', `${'a'.repeat(33)}: 1\n`, ['name-too-long@1:1']],
    ['a bare CR', 'version: STSv1\rmode: none\n', ['bare-cr@1:15']],
    ['a bare CR among CRLF lines', 'version: STSv1\r\nmode: none\rmx: a\r\n', ['bare-cr@2:11']],
    ['a CR ending the text after CRLF lines', 'mode: none\r\nmx: a\r', ['bare-cr@2:6']],
    ['a NUL', 'mode: no\u0000ne\n', ['control-char@1:9']],
    ['a DEL', 'mx: a\u007f\n', ['control-char@1:6']],
    ['an escape sequence', 'x: \u001b[31m\n', ['control-char@1:4']],
    ['a lone surrogate', 'x: a\ud800b\n', ['invalid-char@1:5']]
  ])('reports %s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it('accepts a name of exactly 32 characters and names with _ - .', () => {
    expect(kinds(`${'a'.repeat(32)}: 1\nx_y-z.1: 2\n9a: 3\n`)).toEqual([])
  })

  it('reads an indented line as a field, so one mistake does not hide the others', () => {
    const p = parsePolicy('  mode: testing\n')
    expect(p.fields).toMatchObject([
      { name: 'mode', value: 'testing', column: 3, grammatical: false }
    ])
  })

  it('keeps positions after a bare CR among CRLF lines', () => {
    const p = parsePolicy('version: STSv1\r\nmode: none\rmx: a\r\nmax_age: 1\r\n')
    expect(p.fields.map(f => [f.name, f.value, f.line])).toEqual([
      ['version', 'STSv1', 1],
      ['mode', 'none', 2],
      ['mx', 'a', 3],
      ['max_age', '1', 4]
    ])
    expect([p.crlf, p.lf]).toEqual([3, 0])
  })

  it('treats a bare CR as a line break for positions, like an editor', () => {
    const p = parsePolicy('version: STSv1\rmode: none\r')
    expect(p.fields.map(f => [f.name, f.line])).toEqual([
      ['version', 1],
      ['mode', 2]
    ])
  })

  describe('bytes', () => {
    it('reports a UTF-8 BOM at 1:1 and keeps columns of the first line unshifted', () => {
      const p = parsePolicy(Buffer.from(`\ufeff${VALID}`, 'utf8'))
      expect(p.issues.map(i => i.kind)).toEqual(['bom'])
      expect(p.fields[0]).toMatchObject({ name: 'version', column: 1, valueColumn: 10 })
    })

    it('reports a BOM in a string too', () => {
      expect(kinds(`\ufeff${VALID}`)).toEqual(['bom@1:1'])
    })

    it('reports each invalid UTF-8 sequence at its character position', () => {
      const bytes = Buffer.concat([
        Buffer.from('x: a'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('\n')
      ])
      expect(kinds(bytes)).toEqual(['invalid-utf8@1:5', 'invalid-utf8@1:6'])
    })

    it('accepts UTF-8 in an extension value and a literal U+FFFD in valid UTF-8', () => {
      expect(kinds(Buffer.from('note: café \ufffd\n', 'utf8'))).toEqual([])
    })
  })

  describe('size (RFC 8461 3.3)', () => {
    it('lints only the first 64 KiB of a larger body, cut at a line end', () => {
      const line = 'x-padding: 0123456789abcdef0123456789abcdef\n'
      const text = line.repeat(Math.ceil((POLICY_SIZE_LIMIT * 2) / line.length))
      const p = parsePolicy(Buffer.from(text))
      expect(p.truncated).toBe(true)
      expect(p.size).toBe(Buffer.byteLength(text))
      expect(p.text.length).toBeLessThanOrEqual(POLICY_SIZE_LIMIT)
      expect(p.text.endsWith('\n')).toBe(true)
      expect(p.issues).toEqual([])
    })

    it('keeps a body of exactly 64 KiB whole', () => {
      const text = `x: ${'a'.repeat(POLICY_SIZE_LIMIT - 4)}\n`
      const p = parsePolicy(text)
      expect([p.size, p.truncated]).toEqual([POLICY_SIZE_LIMIT, false])
    })

    it('bounds the issues it keeps on hostile input and counts the rest', () => {
      const p = parsePolicy('#\n'.repeat(5000))
      expect(p.issues.length).toBe(1000)
      expect(p.droppedIssues).toBe(4000)
    })
  })
})

describe('effective values', () => {
  it('keeps the first occurrence of a non-mx field and every mx in file order', () => {
    const p = parsePolicy(
      lines(
        'mode: testing',
        'version: STSv1',
        'mx: b.example',
        'mode: enforce',
        'max_age: 86400',
        'mx: A.example',
        'max_age: 1'
      )
    )
    expect(effectivePolicy(policyFacts(p))).toEqual({
      version: 'STSv1',
      mode: 'testing',
      max_age: 86400,
      mx: ['b.example', 'A.example'],
      extensions: {}
    })
  })

  it('leaves out fields that cannot be read, with no default for mode', () => {
    const p = parsePolicy(lines('version: STSv2', 'max_age: 1e6', 'Mode: enforce'))
    expect(effectivePolicy(policyFacts(p))).toEqual({ mx: [], extensions: { Mode: 'enforce' } })
  })

  it('reads max_age with leading zeros as its number and rejects values over the cap', () => {
    expect(effectivePolicy(policyFacts(parsePolicy('max_age: 0604800\n'))).max_age).toBe(604800)
    expect(effectivePolicy(policyFacts(parsePolicy('max_age: 31557601\n'))).max_age).toBeUndefined()
    expect(effectivePolicy(policyFacts(parsePolicy('max_age: 31557600\n'))).max_age).toBe(31557600)
  })

  it.each([
    ['0', 0],
    ['1', 1],
    ['0604800', 604800],
    ['9999999999', 9999999999], // ten digits: grammatical, over the cap, still exact
    ['31557600', 31557600],
    ['', undefined],
    ['12345678901', undefined], // eleven digits
    ['+1', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['1e6', undefined],
    ['0x10', undefined],
    ['1 ', undefined],
    ['١٢', undefined] // Arabic-Indic digits are not DIGIT
  ])('reads max_age %j as %p (1 to 10 ASCII digits, as the ABNF says)', (value, expected) => {
    expect(maxAgeDigits(value)).toBe(expected)
    // In a policy, WSP around a value is trimmed first: "1 " reaches the rules as "1".
    const facts = policyFacts(parsePolicy(`max_age: ${value}\n`))
    expect(facts.maxAgeSeconds).toBe(maxAgeDigits(value.trim()))
  })

  it('treats a first occurrence with a bad value as in effect (no fall-through to a later good one)', () => {
    const p = parsePolicy(lines('mode: strict', 'mode: enforce'))
    expect(effectivePolicy(policyFacts(p)).mode).toBeUndefined()
  })
})

describe('notAPolicy', () => {
  const not = (text: string | Uint8Array) => notAPolicy(parsePolicy(text))?.kind
  const policy = 'version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800\r\n'
  const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16()
  it.each([
    ['an HTML page', '<!DOCTYPE html>\n<html><body>404</body></html>\n', 'html'],
    ['an HTML fragment', '\n<p>version: STSv1</p>\n', 'html'],
    [
      'prose with an indented example',
      'Abstract\n\n   This document defines a mechanism.\n   It is prose.\n\n      version: STSv1\n      mode: enforce\nIntroduction\n   More prose here.\n',
      'text'
    ],
    [
      'a README with a heading',
      '# MTA-STS\n\nThis repository hosts the policy.\nSee the docs.\nAsk us.\n',
      'text'
    ]
  ])('%s', (_, text, kind) => {
    expect(not(text)).toBe(kind)
  })

  it.each([
    ['a policy', 'version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 86400\n'],
    ['an indented policy', '  version: STSv1\n  mode: testing\n  mx: a.example\n  max_age: 1\n'],
    ['mis-cased fields', 'Version: STSv1\nMode: Enforce\nMX: a.example\nMax_Age: 86400\n'],
    ['fields without colons', 'version STSv1\nmode enforce\nmx a.example\nmax_age 86400\n'],
    ['comments around a policy', '# a\n# b\n# c\nversion: STSv1\nmode: none\nmax_age: 1\n'],
    ['an empty file', ''],
    ['two lines of prose', 'hello\nworld\n']
  ])('a policy, however broken: %s', (_, text) => {
    expect(not(text)).toBeUndefined()
  })

  it.each([
    ['UTF-16 LE with BOM (Notepad "Unicode")', Buffer.from('\ufeff' + policy, 'utf16le'), 'utf16'],
    ['UTF-16 BE with BOM', utf16be('\ufeff' + policy), 'utf16'],
    ['UTF-16 LE without BOM', Buffer.from(policy, 'utf16le'), 'utf16'],
    [
      'a PNG header and data',
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff,
        0xd8, 0xff, 0xe0
      ]),
      'binary'
    ],
    [
      'UTF-16 prose (not a policy either way)',
      Buffer.from('hello world\nthis is text\n', 'utf16le'),
      'binary'
    ]
  ])('not text: %s', (_, bytes, kind) => {
    expect(not(bytes)).toBe(kind)
  })

  it('a policy with one stray control character is still a policy', () => {
    expect(
      not('version: STSv1\nmode: enforce\u0007\nmx: a.example\nmax_age: 86400\n')
    ).toBeUndefined()
    expect(
      not(Buffer.from('version: STSv1\nmode: enforce\nmx: a.ex\xffample\nmax_age: 1\n', 'latin1'))
    ).toBeUndefined()
  })

  it('points at the first line with content, counted from the first line given', () => {
    expect(notAPolicy(parsePolicy('\n\n<html>\n', { firstLine: 5 }))?.line).toBe(7)
  })
})

describe('firstLine', () => {
  it('numbers every position from the line given', () => {
    const p = parsePolicy('version: STSv1\n mode: enforce\n\nmax_age: 1\n', { firstLine: 4 })
    expect(p.fields.map(f => f.line)).toEqual([4, 5, 7])
    expect(p.issues.map(i => `${i.kind}@${i.line}`)).toEqual([
      'leading-whitespace@5',
      'blank-line@6'
    ])
    expect(parsePolicy('', { firstLine: 3 }).issues).toEqual([
      { kind: 'empty-body', line: 3, column: 1 }
    ])
  })
})
