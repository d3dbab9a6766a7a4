/**
 * Property-based tests: the parsers and linters never throw on any input, every finding is
 * well-formed, valid policies and records lint clean and survive a print/parse round trip, and
 * mx matching follows RFC 8461 section 4.1.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Finding } from '../src/finding.js'
import { lintPolicy, lintRecords, lintTlsRpt } from '../src/lint.js'
import { parsePolicy, POLICY_SIZE_LIMIT } from '../src/policy/parse.js'
import { mxMatches, mxPatternIssues, normalizeHost } from '../src/policy/mx.js'
import { parseStsRRset } from '../src/record/sts.js'
import { parseTlsRptRRset } from '../src/record/tlsrpt.js'
import {
  isValidFieldValue,
  type EffectivePolicy,
  type KnownField,
  type Mode
} from '../src/policy/effective.js'
import { VALID as VALID_POLICY } from './helpers.js'
import { RULES } from '../src/rules/registry.js'
import type { RuleTarget } from '../src/rules/types.js'

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

const RUNS = 300

// ---------------------------------------------------------------------------------------------
// Arbitrary input

/** Any UTF-16 code unit, lone surrogates included. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map(c => String.fromCharCode(c))

/** Strings of every kind: ASCII with controls, full Unicode, raw UTF-16 with lone surrogates. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: utf16Unit, maxLength: 200 })
)

/** Pieces that make random text look like a policy, so the parser goes past the first line. */
const POLICY_PIECES = [
  'version',
  'mode',
  'max_age',
  'mx',
  'id',
  'Mode',
  'max-age',
  'maxage',
  'MX',
  'modee',
  'nmx',
  'verison',
  ' # note',
  '# x',
  'x_y-z.1',
  '_x',
  'a'.repeat(33),
  ':',
  ': ',
  ' : ',
  '=',
  ' ',
  '  ',
  '\t',
  '#',
  'STSv1',
  'stsv1',
  'STSv2',
  'enforce',
  'testing',
  'none',
  'Enforce',
  'report',
  '"enforce"',
  '604800',
  '0',
  '00086400',
  '31557601',
  '99999999999',
  '1w',
  '604,800',
  '+5',
  '*.',
  '*',
  '.',
  '..',
  'example.com',
  'mail.example.com',
  'mail.example.com.',
  'mail',
  'com',
  '-bad-',
  'under_score',
  'a'.repeat(64),
  `${'a'.repeat(60)}.`.repeat(5),
  'https://mx.example.com/',
  'mx.example.com:25',
  '[::1]',
  '1.2.3.4',
  'a, b',
  'a b',
  'a;b',
  'bücher.example',
  'xn--bcher-kva.example',
  'xn--',
  '\u00e9',
  '\ufeff',
  '\ufffd',
  '\u0000',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u202e',
  '\ud800',
  '\udc00',
  '\ud83d\ude00',
  '\r',
  '\n',
  '\r\n',
  '\n\n'
]

const policyish = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...POLICY_PIECES) },
      { weight: 1, arbitrary: anyString }
    ),
    { maxLength: 60 }
  )
  .map(parts => parts.join(''))

/** Lines of plausible fields, so known-field rules see real values. */
const policyLines = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'version',
        'mode',
        'max_age',
        'mx',
        'mx',
        'id',
        'ext',
        'Mode',
        ' mx',
        'modee',
        'nmx',
        'max-age'
      ),
      fc.constantFrom(':', ': ', ':\t', ' :', '='),
      fc.oneof(fc.constantFrom(...POLICY_PIECES), policyish),
      fc.constantFrom('\n', '\r\n', '\r', '', ' \n', '\n\n')
    ),
    { maxLength: 20 }
  )
  .map(ls => ls.map(l => l.join('')).join(''))

const anyPolicyText = fc.oneof(anyString, policyish, policyLines)

const encoder = new TextEncoder()

/** Byte sequences: random bytes, and policy-like text spliced with random (often invalid) bytes. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc
    .array(
      fc.oneof(
        anyPolicyText.map(s => encoder.encode(s)),
        fc.uint8Array({ maxLength: 8 }),
        fc.constantFrom(
          Uint8Array.of(0xef, 0xbb, 0xbf),
          Uint8Array.of(0xc3),
          Uint8Array.of(0xff, 0xfe),
          Uint8Array.of(0xed, 0xa0, 0x80),
          Uint8Array.of(0x0d),
          Uint8Array.of(0x0a)
        )
      ),
      { maxLength: 20 }
    )
    .map(chunks => Uint8Array.from(chunks.flatMap(c => [...c])))
)

const RECORD_PIECES = [
  'v=STSv1;',
  'v=STSv1',
  'v=stsv1;',
  'v=TLSRPTv1;',
  'v=TLSRPTv1',
  ' v=STSv1;',
  '"v=STSv1; id=1"',
  'v',
  '=',
  ';',
  '; ',
  ' ;',
  ';;',
  ' ',
  '\t',
  '"',
  "'",
  'id',
  'id=',
  'ID=',
  'rua=',
  'ruf=',
  'x_y=z',
  '_bad=1',
  `${'n'.repeat(33)}=1`,
  '20250701T150000Z',
  '2025-07-01T15:00:00Z',
  'a'.repeat(33),
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'mailto:tlsrpt@example.com',
  'mailto:a!b@example.com',
  'mailto:nobody',
  'https://report.example.com/tlsrpt',
  'https://',
  'ftp://x',
  ',',
  ', ',
  'v=spf1 -all',
  'google-site-verification=abc',
  '\u00e9',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u202e',
  '\ud800',
  '\ud83d\ude00'
]

const recordish = fc.oneof(
  anyString,
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...RECORD_PIECES) },
        { weight: 1, arbitrary: anyString }
      ),
      { maxLength: 30 }
    )
    .map(parts => parts.join(''))
)

const anyRRset = fc.array(recordish, { maxLength: 5 })

// ---------------------------------------------------------------------------------------------
// Finding invariants

const RULE_TARGET = new Map<string, RuleTarget>(RULES.map(r => [r.meta.id, r.meta.target]))
const SEVERITIES = ['error', 'warning', 'notice']

const isPositiveInt = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 1

/**
 * Checks one list of findings. `lines` holds the text of each line (a policy's lines, or the
 * records of an RRset); positions must fall on a line, at most one past its end.
 */
const checkFindings = (findings: readonly Finding[], target: RuleTarget, lines: string[]): void => {
  const perRule = new Map<string, number>()
  for (const f of findings) {
    const where = JSON.stringify(f)
    if (RULE_TARGET.get(f.rule) !== target) throw new Error(`unknown or foreign rule: ${where}`)
    if (!SEVERITIES.includes(f.severity)) throw new Error(`bad severity: ${where}`)
    if (typeof f.message !== 'string' || f.message.trim().length === 0) {
      throw new Error(`empty message: ${where}`)
    }
    if (/[\r\n]/.test(f.message)) throw new Error(`message is not one line: ${where}`)
    perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1)
    if (f.line === undefined) {
      // Only the "N more findings" summaries carry no position.
      if (f.column !== undefined) throw new Error(`column without line: ${where}`)
      continue
    }
    const lineCount = Math.max(1, lines.length)
    if (!isPositiveInt(f.line) || f.line > lineCount) {
      throw new Error(`line outside 1..${lineCount}: ${where}`)
    }
    if (f.column !== undefined) {
      const max = (lines[f.line - 1] ?? '').length + 1
      if (!isPositiveInt(f.column) || f.column > max) {
        throw new Error(`column outside 1..${max}: ${where}`)
      }
    }
  }
  for (const [rule, n] of perRule) {
    if (n > 101) throw new Error(`${n} findings of ${rule}: the cap is 100 plus a summary`)
  }
}

/** The lines of the text a policy lint read (LF, CRLF and a bare CR each end a line). */
const policyLinesOf = (text: string): string[] => text.split(/\r\n|\r|\n/)

const checkPolicyLint = (input: string | Uint8Array, mxHosts?: string[]): void => {
  const lint = lintPolicy(input, mxHosts === undefined ? {} : { mxHosts })
  checkFindings(lint.findings, 'policy', policyLinesOf(lint.parsed.text))
  // Every finding of a policy has a line, except the capped-rule summaries.
  for (const f of lint.findings) {
    if (f.line === undefined && !/not listed$/.test(f.message)) {
      throw new Error(`finding without a position: ${JSON.stringify(f)}`)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Never throws

describe('robustness: nothing throws, every finding is well-formed', () => {
  it('parsePolicy and lintPolicy on any string', () => {
    fc.assert(
      fc.property(anyPolicyText, text => {
        parsePolicy(text)
        checkPolicyLint(text)
      }),
      // An mx value with a U-label and a bad character after it (columns must stay on the line).
      {
        numRuns: 500,
        examples: [['version: STSv1\nmode: testing\nmax_age: 86400\nmx: \u00e9.a_b\n']]
      }
    )
  })

  it('parsePolicy and lintPolicy on any byte sequence', () => {
    fc.assert(
      fc.property(anyBytes, bytes => {
        parsePolicy(bytes)
        checkPolicyLint(bytes)
      }),
      { numRuns: 500 }
    )
  })

  it('lintPolicy with MX hosts of any shape', () => {
    fc.assert(
      fc.property(anyPolicyText, fc.array(anyPolicyText, { maxLength: 4 }), (text, hosts) => {
        checkPolicyLint(text, hosts)
      }),
      // An MX host holding a line break (DNS names may hold any byte).
      { numRuns: RUNS, examples: [['version: STSv1\nmode: enforce\n', ['mx\n.example.com']]] }
    )
  })

  it('fix hints propose only lines that are valid for their field', () => {
    /** The lines a message proposes: after "write", "add" or "own line:", each in quotes. */
    const HINT = /(?:write|add|own line:) ((?:"[^"]*"(?:, | or )?)+)/g
    const proposed = (message: string): string[] =>
      [...message.matchAll(HINT)].flatMap(m => [...m[1].matchAll(/"([^"]*)"/g)].map(q => q[1]))
    fc.assert(
      fc.property(anyPolicyText, fc.array(anyPolicyText, { maxLength: 3 }), (text, hosts) => {
        const invalid: string[] = []
        for (const f of lintPolicy(text, { mxHosts: hosts }).findings) {
          for (const line of proposed(f.message)) {
            const m = /^(version|mode|max_age|mx): (.+)$/.exec(line)
            if (m !== null && !isValidFieldValue(m[1] as KnownField, m[2])) {
              invalid.push(`${f.rule}: ${line} (in ${f.message})`)
            }
          }
        }
        expect(invalid).toEqual([])
      }),
      {
        numRuns: 1000,
        examples: [
          ['version: STSv1\nmodee: x\nmx: a_b.example.\nmx: a, b_c\nmax-age: 7x\n', []],
          ['mode=strict\nmx: mail_1.example:25 # x\nnmx: -a\n', ['mail_1.example']]
        ]
      }
    )
  })

  it('lintPolicy on input over the size limit, as a string and as bytes', () => {
    fc.assert(
      fc.property(policyLines, fc.boolean(), (text, asBytes) => {
        const chunk = text.length === 0 ? 'x' : text
        const big = chunk.repeat(Math.ceil((POLICY_SIZE_LIMIT + 10) / chunk.length))
        const lint = lintPolicy(asBytes ? encoder.encode(big) : big)
        checkFindings(lint.findings, 'policy', policyLinesOf(lint.parsed.text))
        expect(lint.findings.map(f => f.rule)).toContain('policy-too-large')
      }),
      { numRuns: 20 }
    )
  })

  it('mxPatternIssues, normalizeHost and mxMatches on any string', () => {
    fc.assert(
      fc.property(anyPolicyText, anyPolicyText, (a, b) => {
        const issues = mxPatternIssues(a)
        for (const i of issues) {
          if (!Number.isInteger(i.offset) || i.offset < 0 || i.offset > a.length) {
            throw new Error(`offset outside the value: ${JSON.stringify({ a, i })}`)
          }
        }
        expect(typeof normalizeHost(a)).toBe('string')
        expect(typeof mxMatches(a, b)).toBe('boolean')
        expect(typeof mxMatches(b, a)).toBe('boolean')
      }),
      {
        numRuns: 500,
        examples: [
          ['\u00e9.a_b', ''],
          ['*.b\u00fccher.ex_ample', ''],
          ['\u00fc.-a', '']
        ]
      }
    )
  })

  it('parseStsRRset and lintRecords on any records', () => {
    fc.assert(
      fc.property(anyRRset, texts => {
        parseStsRRset(texts)
        const lint = lintRecords(texts)
        checkFindings(lint.findings, 'record', texts)
        // The effective id, when there is one, is a valid id.
        expect(lint.record.id ?? 'none').toMatch(/^[A-Za-z0-9]{1,32}$/)
      }),
      { numRuns: 500 }
    )
  })

  it('parseTlsRptRRset and lintTlsRpt on any records, in every mode', () => {
    const modes = fc.constantFrom<Mode | undefined>('enforce', 'testing', 'none', undefined)
    fc.assert(
      fc.property(anyRRset, modes, (texts, mode) => {
        parseTlsRptRRset(texts)
        const lint = lintTlsRpt(texts, mode === undefined ? {} : { mode })
        checkFindings(lint.findings, 'tlsrpt', texts)
      }),
      { numRuns: 500 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Valid input

const ALNUM = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']
const alnum = fc.constantFrom(...ALNUM)
const ldh = fc.constantFrom(...ALNUM, '-')

/** An LDH label of 1 to 63 characters, not starting or ending with "-". */
const label = fc.oneof(
  alnum,
  fc
    .tuple(alnum, fc.string({ unit: ldh, maxLength: 61 }), alnum)
    .map(([a, mid, b]) => `${a}${mid}${b}`)
)

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** A host name of 1 to 4 labels that fits under a "*." prefix (251 characters at most). */
const domain = fc
  .array(label, { minLength: 1, maxLength: 4 })
  .map(ls => ls.join('.'))
  .filter(d => d.length <= 251 && !IPV4.test(d))

/**
 * A valid pattern; a wildcard sits under two labels or more, since one under a single label is
 * under a public suffix (an error in enforce mode, policy-mx-wildcard).
 */
const mxPattern = fc
  .tuple(fc.boolean(), domain)
  .map(([wild, d]) => (wild && d.includes('.') ? `*.${d}` : d))

const KNOWN = new Set(['version', 'mode', 'max_age', 'mx'])
const NAME_CHARS = [...ALNUM, '_', '-', '.']

/** An extension field name: alnum, then up to 31 of alnum "_" "-" "."; not a known name. */
const extName = fc
  .tuple(alnum, fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 31 }))
  .map(([a, rest]) => `${a}${rest}`)
  .filter(n => !KNOWN.has(n))

/** Visible ASCII and some UTF-8 (RFC 8461 sts-policy-vchar). */
const policyVchar = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0x21, max: 0x7e }).map(c => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('\u00e9', '\u00df', '\u65e5', '\u20ac', '\ud83d\ude00') }
)
/**
 * RFC 8461 sts-policy-ext-value: `sts-policy-vchar [*(%x20 / sts-policy-vchar) sts-policy-vchar]`,
 * so words of visible characters with runs of one or more spaces between them.
 */
const policyExtValue = fc
  .array(
    fc.tuple(
      fc.string({ unit: policyVchar, minLength: 1, maxLength: 10 }),
      fc.string({ unit: fc.constant(' '), minLength: 1, maxLength: 4 })
    ),
    { minLength: 1, maxLength: 4 }
  )
  .map(words => words.map(([w, gap], i) => (i === 0 ? w : `${gap}${w}`)).join(''))

const MODES: Mode[] = ['enforce', 'testing', 'none']

interface PolicySpec {
  mode: Mode
  maxAge: number
  mx: string[]
  extensions: [string, string][]
}

const policySpec: fc.Arbitrary<PolicySpec> = fc.record({
  mode: fc.constantFrom(...MODES),
  maxAge: fc.oneof(
    fc.integer({ min: 0, max: 31557600 }),
    fc.constantFrom(0, 1, 86400, 604800, 31557600)
  ),
  mx: fc.array(mxPattern, { minLength: 1, maxLength: 5 }),
  extensions: fc.uniqueArray(fc.tuple(extName, policyExtValue), {
    maxLength: 3,
    selector: ([n]) => n
  })
})

const wsp = fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 })

interface PolicyLayout {
  spec: PolicySpec
  text: string
  /** Field lines in file order, as [name, value]. */
  order: [string, string][]
}

const validPolicy: fc.Arbitrary<PolicyLayout> = policySpec.chain(spec => {
  const fields: [string, string][] = [
    ['version', 'STSv1'],
    ['mode', spec.mode],
    ['max_age', String(spec.maxAge)],
    ...spec.mx.map((m): [string, string] => ['mx', m]),
    ...spec.extensions
  ]
  return fc
    .record({
      order: fc.shuffledSubarray(fields, {
        minLength: fields.length,
        maxLength: fields.length
      }),
      eol: fc.constantFrom('\n', '\r\n'),
      afterColon: fc.array(wsp, { minLength: fields.length, maxLength: fields.length }),
      trailing: fc.array(wsp, { minLength: fields.length, maxLength: fields.length }),
      finalEol: fc.boolean()
    })
    .map(({ order, eol, afterColon, trailing, finalEol }) => {
      const lines = order.map(([n, v], i) => `${n}:${afterColon[i]}${v}${trailing[i]}`)
      return { spec, order, text: lines.join(eol) + (finalEol ? eol : '') }
    })
})

/** Prints an effective policy back to text, one field a line. */
const printPolicy = (p: EffectivePolicy): string =>
  [
    `version: ${p.version}`,
    `mode: ${p.mode}`,
    `max_age: ${p.max_age}`,
    ...p.mx.map(m => `mx: ${m}`),
    ...Object.entries(p.extensions).map(([n, v]) => `${n}: ${v}`)
  ].join('\n') + '\n'

const SYNTAX_RULES = new Set([
  'policy-syntax',
  'policy-version',
  'policy-mode',
  'policy-max-age',
  'policy-mx-pattern'
])

describe('valid policies', () => {
  it('lint without syntax errors and survive a print/parse round trip', () => {
    fc.assert(
      fc.property(validPolicy, ({ spec, text, order }) => {
        const lint = lintPolicy(text)
        const errors = lint.findings.filter(f => f.severity === 'error')
        expect(errors.filter(f => SYNTAX_RULES.has(f.rule))).toEqual([])
        expect(errors).toEqual([])
        // Effective values are the ones written.
        const extensions = order.filter(([n]) => n !== 'mx' && !KNOWN.has(n))
        const expected: EffectivePolicy = {
          version: 'STSv1',
          mode: spec.mode,
          max_age: spec.maxAge,
          mx: order.filter(([n]) => n === 'mx').map(([, v]) => v),
          extensions: Object.fromEntries(extensions)
        }
        expect(lint.policy).toEqual(expected)
        // Printed back and read again, nothing changes.
        const printed = printPolicy(lint.policy)
        const again = lintPolicy(printed)
        expect(again.policy).toEqual(lint.policy)
        expect(again.findings.filter(f => f.severity === 'error')).toEqual([])
      }),
      { numRuns: RUNS }
    )
  })
})

describe('extension values (RFC 8461 3.2)', () => {
  /** Characters a value is made of here: visible ASCII, UTF-8, spaces and tabs. */
  const valueChar = fc.oneof(
    { weight: 4, arbitrary: policyVchar },
    { weight: 2, arbitrary: fc.constant(' ') },
    { weight: 1, arbitrary: fc.constant('\t') }
  )
  /**
   * The ABNF over the line's text after the colon, transcribed: `*WSP` (field-delim), then
   * sts-policy-vchar [*(%x20 / sts-policy-vchar) sts-policy-vchar], then the `*WSP` a field may
   * end with. V stands for sts-policy-vchar (anything here but space and tab).
   */
  const GRAMMAR = /^[ \t]*[^ \t](?:[^\t]*[^ \t])?[ \t]*$/

  it('are read exactly as the grammar says: spaces inside, no tab inside, not empty', () => {
    fc.assert(
      fc.property(fc.string({ unit: valueChar, maxLength: 30 }), raw => {
        const lint = lintPolicy(`${VALID_POLICY}note:${raw}\n`)
        const syntax = lint.findings.filter(f => f.rule === 'policy-syntax')
        const value = raw.replace(/^[ \t]+|[ \t]+$/g, '')
        const valid = GRAMMAR.test(raw)
        // Otherwise one finding, at the empty value or at the first tab inside the value.
        const at = value.length === 0 ? 0 : value.indexOf('\t')
        const column = 'note:'.length + 1 + (raw.length - raw.trimStart().length) + at
        expect(syntax.map(f => `${f.line}:${f.column}`)).toEqual(valid ? [] : [`5:${column}`])
        expect(lint.policy.extensions).toEqual(valid ? { note: value } : {})
      }),
      { numRuns: RUNS }
    )
  })
})

/** RFC 8461 sts-ext-value: 0x21-0x7E except ";" and "=". */
const recordExtValue = fc.string({
  unit: fc
    .integer({ min: 0x21, max: 0x7e })
    .filter(c => c !== 0x3b && c !== 0x3d)
    .map(c => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 20
})
const recordExtName = extName.filter(n => n !== 'id')
const recordId = fc.string({ unit: alnum, minLength: 1, maxLength: 32 })

const validRecord = fc
  .record({
    id: recordId,
    ext: fc.uniqueArray(fc.tuple(recordExtName, recordExtValue), {
      maxLength: 3,
      selector: ([n]) => n
    }),
    idFirst: fc.boolean(),
    afterFirst: wsp,
    delims: fc.array(fc.tuple(wsp, wsp), { minLength: 4, maxLength: 4 }),
    final: fc.constantFrom('', ';', '; ', ' ;', ';\t')
  })
  .chain(r =>
    fc.shuffledSubarray(r.ext, { minLength: r.ext.length, maxLength: r.ext.length }).chain(ext =>
      fc.integer({ min: 0, max: ext.length }).map(at => {
        const fields = ext.map(([n, v]) => `${n}=${v}`)
        fields.splice(r.idFirst ? 0 : at, 0, `id=${r.id}`)
        const rest = fields.map((f, i) => (i === 0 ? f : `${r.delims[i][0]};${r.delims[i][1]}${f}`))
        return { id: r.id, ext, text: `v=STSv1;${r.afterFirst}${rest.join('')}${r.final}` }
      })
    )
  )

describe('valid _mta-sts records', () => {
  it('lint without txt-syntax or txt-id findings and keep their id through a round trip', () => {
    fc.assert(
      fc.property(validRecord, ({ id, ext, text }) => {
        const lint = lintRecords([text])
        expect(lint.findings.filter(f => f.rule === 'txt-syntax' || f.rule === 'txt-id')).toEqual(
          []
        )
        // Extensions: every tag but v and id (a second v is no extension), name to value.
        const extensions = Object.fromEntries(ext.filter(([n]) => n !== 'v'))
        expect(lint.record).toEqual({ v: 'STSv1', id, extensions })
        const again = lintRecords([`v=STSv1; id=${lint.record.id};`])
        expect(again.findings).toEqual([])
        expect(again.record.id).toBe(id)
      }),
      { numRuns: RUNS }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// mx matching (RFC 8461 4.1)

/** Flips the case of some letters. */
const recase = (s: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map(flips => [...s].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join(''))

/** A suffix that leaves room for two more labels under the 253-character limit. */
const suffix = domain.filter(d => d.length <= 253 - 2 * 64)

describe('mx matching', () => {
  it('"*.suffix" matches exactly one label under the suffix, in any case, with a root dot', () => {
    fc.assert(
      fc.property(suffix, label, fc.boolean(), (sfx, l, dot) => {
        const pattern = `*.${sfx}`
        expect(mxPatternIssues(pattern)).toEqual([])
        const host = `${l}.${sfx}`
        expect(mxMatches(pattern, host)).toBe(true)
        expect(mxMatches(pattern, `${host.toUpperCase()}${dot ? '.' : ''}`)).toBe(true)
        expect(mxMatches(pattern.toUpperCase(), host.toLowerCase())).toBe(true)
        expect(mxMatches(pattern, `${host}.`)).toBe(true)
        expect(mxMatches(pattern, sfx)).toBe(false)
        expect(mxMatches(pattern, `${sfx}.`)).toBe(false)
        expect(mxMatches(pattern, `a.${l}.${sfx}`)).toBe(false)
        expect(mxMatches(pattern, `A.${host.toUpperCase()}.`)).toBe(false)
      }),
      { numRuns: 500 }
    )
  })

  it('an exact pattern matches only the same name, compared case-insensitively', () => {
    const pair = domain.chain(p =>
      fc.tuple(
        fc.constant(p),
        fc.oneof(
          recase(p),
          domain,
          label.map(l => `${l}.${p}`),
          fc.constant(p.slice(1))
        )
      )
    )
    fc.assert(
      fc.property(pair, fc.boolean(), ([pattern, host], dot) => {
        const same = pattern.toLowerCase() === host.toLowerCase()
        expect(mxMatches(pattern, `${host}${dot ? '.' : ''}`)).toBe(same)
        expect(mxMatches(pattern, host.toUpperCase())).toBe(same)
        expect(normalizeHost(`${host}.`)).toBe(host.toLowerCase())
      }),
      { numRuns: 500 }
    )
  })
})
