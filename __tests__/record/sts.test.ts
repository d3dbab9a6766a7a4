/**
 * The `_mta-sts` TXT record (RFC 8461 3.1; digest section 1) and the RRset rule, table-driven in
 * the style of eslint's RuleTester: each case lists the EXACT findings expected (rule, line,
 * column, severity), so a missing or an extra finding fails; `message` checks the fix hints.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding, Severity } from '../../src/finding.js'
import { lintRecords } from '../../src/lint.js'
import { ruleById } from '../../src/rules/registry.js'
import { codes } from '../helpers.js'

interface Expected {
  rule: string
  /** Defaults to the rule's default severity. */
  severity?: Severity
  line: number
  column: number
  message?: RegExp
}

interface Case {
  name: string
  records: string[]
  expect: Expected[]
}

const defaultSeverity = (rule: string): Severity => {
  const r = ruleById(rule)
  if (r === undefined) throw new Error(`no rule ${rule}`)
  return r.meta.severity
}

const code = (e: Expected): string =>
  `${e.rule}@${e.line}:${e.column}/${e.severity ?? defaultSeverity(e.rule)}`

const expectedCodes = (es: readonly Expected[]): string[] => es.map(code).sort()

/** Expected message fragments that no finding at that place carries. */
const messageMisses = (findings: readonly Finding[], es: readonly Expected[]): string[] =>
  es.flatMap(e => {
    if (e.message === undefined) return []
    const at = findings.filter(f => f.rule === e.rule && f.line === e.line && f.column === e.column)
    return at.some(f => e.message?.test(f.message) === true)
      ? []
      : [`${code(e)} ${String(e.message)}: got ${JSON.stringify(at.map(f => f.message))}`]
  })

/** What a case found, beside what it expects: compare the two with one `toEqual`. */
interface Outcome {
  findings: string[]
  messageMisses: string[]
}

const outcome = (c: Case): Outcome => {
  const { findings } = lintRecords(c.records)
  return { findings: codes(findings), messageMisses: messageMisses(findings, c.expect) }
}

const wanted = (c: Case): Outcome => ({ findings: expectedCodes(c.expect), messageMisses: [] })

const ID32 = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6'
const ID33 = `${ID32}Q`
const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709'
const NAME32 = `n${'x'.repeat(31)}`

describe('_mta-sts record: valid forms (RFC 8461 3.1)', () => {
  it.each<Case>([
    {
      name: 'the RFC example with a final ";"',
      records: ['v=STSv1; id=20160831085700Z;'],
      expect: []
    },
    { name: 'no space after ";"', records: ['v=STSv1;id=abc'], expect: [] },
    { name: 'a tab as delimiter WSP', records: ['v=STSv1;\tid=abc'], expect: [] },
    { name: 'a final ";" followed by WSP', records: ['v=STSv1; id=abc; \t'], expect: [] },
    { name: 'WSP before a later ";"', records: ['v=STSv1; id=abc ;'], expect: [] },
    { name: 'an id of exactly 32 characters', records: [`v=STSv1; id=${ID32}`], expect: [] },
    { name: 'an id of one character', records: ['v=STSv1; id=1'], expect: [] },
    {
      name: 'an extension field after the id (legal; unregistered: notice)',
      records: ['v=STSv1; id=abc; ext=val'],
      expect: [{ rule: 'txt-unknown-field', line: 1, column: 18, message: /unknown tag "ext"/ }]
    },
    {
      name: 'an extension field before the id (field order is free)',
      records: ['v=STSv1; x.y-z_1=ok; id=abc'],
      expect: [{ rule: 'txt-unknown-field', line: 1, column: 10 }]
    },
    {
      name: 'an extension name starting with a digit, value of visible ASCII',
      records: ['v=STSv1; 1x=a!b~"; id=Ab9'],
      expect: [{ rule: 'txt-unknown-field', line: 1, column: 10 }]
    },
    {
      name: 'an extension name of exactly 32 characters',
      records: [`v=STSv1; id=abc; ${NAME32}=1`],
      expect: [{ rule: 'txt-unknown-field', line: 1, column: 18 }]
    },
    {
      name: 'WSP around every delimiter',
      records: ['v=STSv1;  id=abc  ;  x=1  ;  '],
      expect: [{ rule: 'txt-unknown-field', line: 1, column: 22 }]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('_mta-sts record: the version tag', () => {
  it.each<Case>([
    {
      name: '"v=STSv1" alone (the id is required)',
      records: ['v=STSv1'],
      expect: [{ rule: 'txt-id', line: 1, column: 8, message: /no id; add one/ }]
    },
    {
      name: '"v=STSv1;" alone',
      records: ['v=STSv1;'],
      expect: [{ rule: 'txt-id', line: 1, column: 9, message: /no id; add one/ }]
    },
    {
      name: 'v=STSv2',
      records: ['v=STSv2; id=abc'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 1, message: /exactly "v=STSv1"; found "v=STSv2"$/ }
      ]
    },
    {
      name: 'v=stsv1 (case)',
      records: ['v=stsv1; id=abc'],
      expect: [
        {
          rule: 'txt-syntax',
          line: 1,
          column: 1,
          message: /found "v=stsv1" \(it is case-sensitive\)/
        }
      ]
    },
    {
      name: 'V=STSv1 (tag name case)',
      records: ['V=STSv1; id=abc'],
      expect: [
        {
          rule: 'txt-syntax',
          line: 1,
          column: 1,
          message: /found "V=STSv1" \(it is case-sensitive\)/
        }
      ]
    },
    {
      name: 'v=STSv10',
      records: ['v=STSv10; id=abc'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 1, message: /found "v=STSv10"$/ }]
    },
    {
      name: 'a space after "v="',
      records: ['v= STSv1; id=abc'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 1 }]
    },
    {
      name: 'a lone SPF record (not an MTA-STS record at all)',
      records: ['v=spf1 -all'],
      expect: [
        {
          rule: 'txt-syntax',
          line: 1,
          column: 1,
          message: /found "v=spf1 -all", which is an SPF record \(it belongs on the domain itself/
        }
      ]
    },
    {
      name: 'a DMARC record pasted at _mta-sts',
      records: ['v=DMARC1; p=reject'],
      expect: [
        {
          rule: 'txt-syntax',
          line: 1,
          column: 1,
          message: /DMARC record \(it belongs at _dmarc\./
        },
        { rule: 'txt-unknown-field', line: 1, column: 11 }
      ]
    },
    {
      name: 'no mechanism named for a record that merely resembles one',
      records: ['v=spf1x; id=1'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 1, message: /found "v=spf1x"$/ }]
    },
    {
      name: 'an empty record',
      records: [''],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 1, message: /empty; it must start with "v=STSv1;"/ }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('_mta-sts record: delimiters and whitespace', () => {
  it.each<Case>([
    {
      name: '";;" after the version',
      records: ['v=STSv1;; id=abc'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 9, message: /empty field/ }]
    },
    {
      name: '";;" at the end (only one final delimiter)',
      records: ['v=STSv1; id=abc;;'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 17, message: /remove the extra ";"/ }]
    },
    {
      name: '"; ;" at the end',
      records: ['v=STSv1; id=abc;  ;'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 19, message: /empty field/ }]
    },
    {
      name: 'a trailing space without a final ";" (warning)',
      records: ['v=STSv1; id=abc '],
      expect: [
        {
          rule: 'txt-syntax',
          severity: 'warning',
          line: 1,
          column: 16,
          message: /trailing whitespace/
        }
      ]
    },
    {
      name: 'a leading space',
      records: [' v=STSv1; id=abc'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 1, message: /starts with whitespace/ }]
    },
    {
      name: 'a leading tab',
      records: ['\tv=STSv1; id=abc'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 1, message: /starts with whitespace/ }]
    },
    {
      name: '"v=STSv1 ;" alone (grammatical, erratum 6285: warning)',
      records: ['v=STSv1 ; id=abc'],
      expect: [
        {
          rule: 'txt-syntax',
          severity: 'warning',
          line: 1,
          column: 8,
          message: /erratum 6285.*write "v=STSv1;"/
        }
      ]
    },
    {
      name: 'a missing ";" between version and id',
      records: ['v=STSv1 id=abc'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 8, message: /separated by ";"/ }]
    },
    {
      name: 'a missing ";" between two fields (tab)',
      records: ['v=STSv1; id=abc\tx=1'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 16, message: /separated by ";"/ },
        { rule: 'txt-unknown-field', line: 1, column: 17 }
      ]
    },
    {
      name: 'a field without "="',
      records: ['v=STSv1; id=abc; x'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 18, message: /"x" is not a name=value field/ }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('_mta-sts record: quotes and characters', () => {
  it.each<Case>([
    {
      name: 'literal zone-file quotes',
      records: ['"v=STSv1; id=abc"'],
      expect: [
        {
          rule: 'txt-syntax',
          line: 1,
          column: 1,
          message: /starts with a quote.*publish "v=STSv1; id=abc"/
        }
      ]
    },
    {
      name: 'only a leading quote',
      records: ['"v=STSv1; id=abc'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 1, message: /starts with a quote/ }]
    },
    {
      name: 'literal quotes around a bad id: the inner id is linted too',
      records: ['"v=STSv1; id=a-b"'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 1, message: /quote/ },
        { rule: 'txt-id', line: 1, column: 14, message: /invalid id "a-b".*write "id=ab"/ }
      ]
    },
    {
      name: 'a non-ASCII letter in the id',
      records: ['v=STSv1; id=abcé'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 16, message: /non-ASCII character "é"/ },
        { rule: 'txt-id', line: 1, column: 13 }
      ]
    },
    {
      name: 'a control character (SOH)',
      records: ['v=STSv1; id=abc\u0001'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 16, message: /control character "\\u0001"/ },
        { rule: 'txt-id', line: 1, column: 13 }
      ]
    },
    {
      name: 'a CRLF pasted at the end',
      records: ['v=STSv1; id=abc\r\n'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 16, message: /control character "\\r"/ },
        { rule: 'txt-id', line: 1, column: 13 }
      ]
    },
    {
      // DEL (0x7F) is a US-ASCII control character: "any byte above 0x7F" is the non-ASCII test.
      name: 'DEL is a control character, not a non-ASCII one',
      records: ['v=STSv1; id=abc\u007f'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 16, message: /control character/ },
        { rule: 'txt-id', line: 1, column: 13 }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('_mta-sts record: the id', () => {
  it.each<Case>([
    {
      // One finding for one mistake: txt-id names the tag, txt-unknown-field leaves it.
      name: '"ID=abc" is not the id (case-sensitive names)',
      records: ['v=STSv1; ID=abc'],
      expect: [{ rule: 'txt-id', line: 1, column: 10, message: /case-sensitive.*write "id=abc"/ }]
    },
    {
      name: '"ID=a-b": the hint proposes a valid id only',
      records: ['v=STSv1; ID=a-b'],
      expect: [{ rule: 'txt-id', line: 1, column: 10, message: /is not "id"; write "id=ab"$/ }]
    },
    {
      name: '"ID=a/b": no valid id to propose, so the hint says what an id is',
      records: ['v=STSv1; ID=a/b'],
      expect: [
        {
          rule: 'txt-id',
          line: 1,
          column: 10,
          message: /write "id=" and 1 to 32 letters and digits, e\.g\. "id=20250701T150000Z"$/
        }
      ]
    },
    {
      name: '"V=STSv1" later in the record is not a second version to write',
      records: ['v=STSv1; id=abc; V=STSv1'],
      expect: [
        {
          rule: 'txt-unknown-field',
          severity: 'warning',
          line: 1,
          column: 18,
          message: /may only come first, once; senders ignore this one: remove it$/
        }
      ]
    },
    {
      name: '"ID=abc" beside a real id',
      records: ['v=STSv1; ID=abc; id=def'],
      expect: [
        {
          rule: 'txt-unknown-field',
          severity: 'warning',
          line: 1,
          column: 10,
          message: /the id in effect is "def": remove this one/
        }
      ]
    },
    {
      name: 'an empty id',
      records: ['v=STSv1; id='],
      expect: [{ rule: 'txt-id', line: 1, column: 13, message: /invalid id "": it is empty/ }]
    },
    {
      name: 'an empty id followed by ";"',
      records: ['v=STSv1; id=;'],
      expect: [{ rule: 'txt-id', line: 1, column: 13, message: /it is empty/ }]
    },
    {
      name: 'an id of 33 characters',
      records: [`v=STSv1; id=${ID33}`],
      expect: [
        { rule: 'txt-id', line: 1, column: 13, message: /33 characters, over the limit of 32/ }
      ]
    },
    {
      name: 'a 40-hex SHA-1 as id',
      records: [`v=STSv1; id=${SHA1}`],
      expect: [
        {
          rule: 'txt-id',
          line: 1,
          column: 13,
          message: /40 characters, over the limit of 32.*SHA-1/
        }
      ]
    },
    {
      name: 'an ISO date-time with dashes and colons',
      records: ['v=STSv1; id=2024-01-01T00:00:00Z'],
      expect: [
        {
          rule: 'txt-id',
          line: 1,
          column: 13,
          message: /"-" is not allowed.*write "id=20240101T000000Z"/
        }
      ]
    },
    {
      name: 'an id with colons only',
      records: ['v=STSv1; id=20240101T00:00:00Z;'],
      expect: [
        {
          rule: 'txt-id',
          line: 1,
          column: 13,
          message: /":" is not allowed.*write "id=20240101T000000Z"/
        }
      ]
    },
    {
      name: 'an id with "_"',
      records: ['v=STSv1; id=policy_2'],
      expect: [{ rule: 'txt-id', line: 1, column: 13, message: /"_" is not allowed/ }]
    },
    {
      name: 'an id with "." ',
      records: ['v=STSv1; id=v1.2'],
      expect: [{ rule: 'txt-id', line: 1, column: 13, message: /"\." is not allowed/ }]
    },
    {
      name: 'an id with an inner space',
      records: ['v=STSv1; id=ab c'],
      expect: [{ rule: 'txt-id', line: 1, column: 13, message: /" " is not allowed/ }]
    },
    {
      name: 'an id in quotes',
      records: ['v=STSv1; id="abc";'],
      expect: [{ rule: 'txt-id', line: 1, column: 13, message: /"\\"" is not allowed/ }]
    },
    {
      // The RFC keeps the first, but mox rejects the record: the message says so, so an error.
      name: 'a duplicate id (first wins; mox rejects the record): error',
      records: ['v=STSv1; id=abc; id=def'],
      expect: [
        {
          rule: 'txt-duplicate-field',
          severity: 'error',
          line: 1,
          column: 18,
          message: /senders use the first value "abc" and ignore "def", but mox rejects/
        }
      ]
    },
    {
      name: 'a duplicate extension tag: a warning that claims no rejection',
      records: ['v=STSv1; id=abc; x=1; x=2'],
      expect: [
        {
          rule: 'txt-duplicate-field',
          severity: 'warning',
          line: 1,
          column: 23,
          message: /^tag "x" appears again; senders use the first value "1" and ignore "2": remove/
        },
        { rule: 'txt-unknown-field', severity: 'notice', line: 1, column: 18 },
        { rule: 'txt-unknown-field', severity: 'notice', line: 1, column: 23 }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('_mta-sts record: extension fields', () => {
  it.each<Case>([
    {
      name: 'a name starting with "_"',
      records: ['v=STSv1; id=abc; _x=1'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 18, message: /"_x" is not a valid tag name/ }]
    },
    {
      name: 'a name with "!" (error at the bad character)',
      records: ['v=STSv1; id=abc; ab!c=1'],
      expect: [
        { rule: 'txt-syntax', line: 1, column: 20, message: /"ab!c" is not a valid tag name/ }
      ]
    },
    {
      name: 'a name of 33 characters (error at the 33rd)',
      records: [`v=STSv1; id=abc; ${NAME32}y=1`],
      expect: [{ rule: 'txt-syntax', line: 1, column: 50, message: /is not a valid tag name/ }]
    },
    {
      name: 'a value with a space',
      records: ['v=STSv1; id=abc; x=a b'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 21, message: /value of tag "x" holds " "/ }]
    },
    {
      name: 'a value with "="',
      records: ['v=STSv1; id=abc; x=a=b'],
      expect: [{ rule: 'txt-syntax', line: 1, column: 21, message: /holds "="/ }]
    },
    {
      name: 'an empty value',
      records: ['v=STSv1; id=abc; x='],
      expect: [{ rule: 'txt-syntax', line: 1, column: 20, message: /tag "x" has no value/ }]
    },
    {
      name: 'a repeated extension',
      records: ['v=STSv1; id=abc; x=1; x=2'],
      expect: [
        { rule: 'txt-unknown-field', line: 1, column: 18 },
        { rule: 'txt-unknown-field', line: 1, column: 23 },
        { rule: 'txt-duplicate-field', line: 1, column: 23, message: /tag "x" appears again/ }
      ]
    },
    {
      name: 'a second "v" tag later on',
      records: ['v=STSv1; id=abc; v=STSv1'],
      expect: [
        {
          rule: 'txt-unknown-field',
          severity: 'warning',
          line: 1,
          column: 18,
          message: /a second "v" tag/
        }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('_mta-sts RRset (RFC 8461 3.1: records not starting "v=STSv1;" are discarded)', () => {
  it.each<Case>([
    {
      name: 'no record at all',
      records: [],
      expect: [
        { rule: 'txt-missing', line: 1, column: 1, message: /there is no TXT record at _mta-sts/ }
      ]
    },
    {
      name: 'one valid record and SPF',
      records: ['v=STSv1; id=abc', 'v=spf1 -all'],
      expect: [
        {
          rule: 'txt-unrelated-record',
          line: 2,
          column: 1,
          message: /record 2 \("v=spf1 -all"\) is not an MTA-STS record/
        }
      ]
    },
    {
      name: 'SPF first, then the valid record',
      records: ['v=spf1 -all', 'v=STSv1; id=abc'],
      expect: [{ rule: 'txt-unrelated-record', line: 1, column: 1 }]
    },
    {
      name: 'one valid record and two unrelated ones',
      records: ['v=STSv1; id=abc', 'google-site-verification=xyz', 'v=spf1 -all'],
      expect: [
        { rule: 'txt-unrelated-record', line: 2, column: 1 },
        { rule: 'txt-unrelated-record', line: 3, column: 1 }
      ]
    },
    {
      name: 'two "v=STSv1;" records',
      records: ['v=STSv1; id=abc', 'v=STSv1; id=def'],
      expect: [
        { rule: 'txt-multiple', line: 2, column: 1, message: /records 1, 2\).*keep exactly one/ }
      ]
    },
    {
      name: 'three "v=STSv1;" records: one finding',
      records: ['v=STSv1; id=a', 'v=STSv1; id=b', 'v=STSv1; id=c'],
      expect: [
        { rule: 'txt-multiple', line: 2, column: 1, message: /3 TXT records.*records 1, 2, 3/ }
      ]
    },
    {
      name: 'a good record and a broken second MTA-STS record (bad id)',
      records: ['v=STSv1; id=abc', 'v=STSv1; id=a-b'],
      expect: [
        { rule: 'txt-multiple', line: 2, column: 1 },
        { rule: 'txt-id', line: 2, column: 13 }
      ]
    },
    {
      name: 'a good record and a second "v=STSv1;" without id',
      records: ['v=STSv1; id=abc', 'v=STSv1;'],
      expect: [
        { rule: 'txt-multiple', line: 2, column: 1 },
        { rule: 'txt-id', line: 2, column: 9 }
      ]
    },
    {
      name: 'a good record and a second "v=STSv1 ;" record (discarded: error)',
      records: ['v=STSv1; id=abc', 'v=STSv1 ; id=def'],
      expect: [
        {
          rule: 'txt-syntax',
          line: 2,
          column: 8,
          message: /among several TXT records this one is discarded/
        }
      ]
    },
    {
      name: 'a good record and a quoted second one',
      records: ['v=STSv1; id=abc;', '"v=STSv1; id=def"'],
      expect: [{ rule: 'txt-syntax', line: 2, column: 1, message: /quote/ }]
    },
    {
      name: '"v=STSv1 ;" among several records (error)',
      records: ['v=STSv1 ; id=abc', 'v=spf1 -all'],
      expect: [
        {
          rule: 'txt-syntax',
          line: 1,
          column: 8,
          message: /among several TXT records this one is discarded/
        },
        { rule: 'txt-unrelated-record', line: 2, column: 1 }
      ]
    },
    {
      name: 'none of several records starts with "v=STSv1;"',
      records: ['v=spf1 -all', 'google-site-verification=xyz'],
      expect: [
        {
          rule: 'txt-missing',
          line: 1,
          column: 1,
          message: /none of the 2 TXT records at \S+ starts with "v=STSv1;"/
        },
        { rule: 'txt-unrelated-record', line: 1, column: 1 },
        { rule: 'txt-unrelated-record', line: 2, column: 1 }
      ]
    }
  ])('$name', c => expect(outcome(c)).toEqual(wanted(c)))
})

describe('character-strings are joined before parsing (RFC 8461 3.1)', () => {
  // An id that straddles the 255-octet boundary between two character-strings.
  const whole = `v=STSv1; x=${'b'.repeat(229)}; id=20250701T150000Z;`
  const strings = [whole.slice(0, 255), whole.slice(255)]

  it('the id straddles the boundary in this fixture', () => {
    expect(whole.indexOf('id=') + 3).toBeLessThan(255)
    expect(whole.indexOf('Z;')).toBeGreaterThan(255)
  })

  it('joined with nothing in between: a long valid record, the id intact', () => {
    const lint = lintRecords([strings.join('')])
    expect(codes(lint.findings)).toEqual(['txt-unknown-field@1:10/notice'])
    expect(lint.record).toEqual({
      v: 'STSv1',
      id: '20250701T150000Z',
      extensions: { x: 'b'.repeat(229) }
    })
  })

  it('joined with a space (a broken resolver): the id is broken, with the fix', () => {
    const { findings } = lintRecords([strings.join(' ')])
    expect(codes(findings)).toEqual(['txt-id@1:246/error', 'txt-unknown-field@1:10/notice'])
    expect(findings.find(f => f.rule === 'txt-id')?.message).toMatch(/write "id=20250701T150000Z"/)
  })
})

describe('lintRecords(...).record: v, the effective id and the extensions', () => {
  type Effective = { v?: string; id?: string; extensions?: Record<string, string> }
  it.each<[string, string[], Effective]>([
    ['the RFC example', ['v=STSv1; id=20160831085700Z;'], { v: 'STSv1', id: '20160831085700Z' }],
    ['no space', ['v=STSv1;id=abc'], { v: 'STSv1', id: 'abc' }],
    ['trailing ";" and WSP', ['v=STSv1; id=abc; \t'], { v: 'STSv1', id: 'abc' }],
    [
      'an extension field',
      ['v=STSv1; id=abc; ext=val'],
      { v: 'STSv1', id: 'abc', extensions: { ext: 'val' } }
    ],
    [
      'repeated extensions: the first occurrence wins',
      ['v=STSv1; a=1; id=abc; b=2; a=3'],
      { v: 'STSv1', id: 'abc', extensions: { a: '1', b: '2' } }
    ],
    [
      'an extension the grammar refuses is left out',
      ['v=STSv1; id=abc; ok=1; bad="x"; _x=2'],
      { v: 'STSv1', id: 'abc', extensions: { ok: '1', bad: '"x"' } }
    ],
    ['an id of 32 characters', [`v=STSv1; id=${ID32}`], { v: 'STSv1', id: ID32 }],
    ['id case kept', ['v=STSv1; x=1; id=AbC'], { v: 'STSv1', id: 'AbC', extensions: { x: '1' } }],
    ['a duplicate id: the first wins', ['v=STSv1; id=abc; id=def'], { v: 'STSv1', id: 'abc' }],
    [
      '"ID" beside "id": an extension',
      ['v=STSv1; ID=abc; id=def'],
      { v: 'STSv1', id: 'def', extensions: { ID: 'abc' } }
    ],
    ['a second "v" is no extension', ['v=STSv1; v=STSv1; id=abc'], { v: 'STSv1', id: 'abc' }],
    ['valid record plus SPF', ['v=STSv1; id=abc', 'v=spf1 -all'], { v: 'STSv1', id: 'abc' }],
    ['SPF plus valid record', ['v=spf1 -all', 'v=STSv1; id=abc'], { v: 'STSv1', id: 'abc' }],
    [
      'a discarded "v=STSv1 ;" beside',
      ['v=STSv1; id=abc', 'v=STSv1 ; id=def; x=1'],
      { v: 'STSv1', id: 'abc' }
    ],
    ['no id', ['v=STSv1'], { v: 'STSv1' }],
    ['an invalid id is not reported as effective', ['v=STSv1; id=a-b'], { v: 'STSv1' }],
    ['an id over 32 characters', [`v=STSv1; id=${ID33}`], { v: 'STSv1' }],
    ['two records: no policy, no extensions', ['v=STSv1; id=abc; x=1', 'v=STSv1; id=def'], {}],
    ['no record', [], {}]
  ])('%s', (_, records, record) => {
    expect(lintRecords(records).record).toStrictEqual({ extensions: {}, ...record })
  })
})
