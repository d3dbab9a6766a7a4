import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { digAnswers } from '../../src/cli/dig-answers.js'

describe('digAnswers', () => {
  it.each([
    [
      'an answer line: its TXT data',
      '_mta-sts.a.example. 300 IN TXT "v=STSv1; id=1"',
      '"v=STSv1; id=1"'
    ],
    ['without TTL or class', 'x.example. TXT "v=STSv1; id=1"', '"v=STSv1; id=1"'],
    ['lower case, tabs', 'x.example.\t60\tin\ttxt\t"a" "b"', '"a" "b"'],
    ['another type: dropped', 'x.example. 300 IN CNAME y.example.', ''],
    ['a dig comment: dropped', ';; ANSWER SECTION:', ''],
    ['a record as written: kept', 'v=STSv1; id=1', 'v=STSv1; id=1'],
    ['dig +short: kept', '"v=STSv1; " "id=1"', '"v=STSv1; " "id=1"'],
    ['a # comment: kept for the record reader', '# note', '# note']
  ])('%s', (_name, line, expected) => {
    expect(
      digAnswers(line)
        .split('\n')
        .filter(l => l !== '')
    ).toEqual(expected === '' ? [] : [expected])
  })

  it('never adds a line, and keeps every line that is no dig answer or comment', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), lines => {
        const text = lines.join('\n')
        const out = digAnswers(text).split('\n')
        const plain = text.split(/\r?\n/)
        expect(out.length).toBeLessThanOrEqual(plain.length)
        const kept = plain.filter(l => !/^\s*;/.test(l) && !/^\s*[^\s"']+\.\s/.test(l))
        expect(kept.filter(l => !out.includes(l))).toEqual([])
      })
    )
  })
})
