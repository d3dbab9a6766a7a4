import { describe, expect, it } from '@jest/globals'
import {
  loadPublicSuffixCheck,
  loadPublicSuffixLookup,
  needsPublicSuffix
} from '../src/public-suffix.js'

// The suffixes policy-mx-wildcard asks about: what follows "*." in a valid mx pattern.
const cases: [string, boolean][] = [
  ['com', true],
  ['co.uk', true],
  ['CO.UK', true],
  ['github.io', true], // private section: anyone can get a name under it
  ['blogspot.com', true],
  ['example.com', false],
  ['mail.protection.outlook.com', false],
  ['aspmx.l.google.com', false],
  ['febit.eu', false],
  ['xn--p1ai', true], // .рф as an A-label
  ['nic.xn--p1ai', false]
]

describe('Public Suffix checks', () => {
  it.each(cases)('%s is a public suffix: %s (looked up every time)', async (name, expected) => {
    const isPublicSuffix = await loadPublicSuffixLookup()
    expect(isPublicSuffix(name)).toBe(expected)
  })

  it('remembers answers without changing them, asked twice in any order', async () => {
    const remembered = await loadPublicSuffixCheck()
    for (const [name, expected] of [...cases, ...[...cases].reverse()]) {
      expect(remembered(name)).toBe(expected)
    }
  })

  it('loads once: the same function on every call', async () => {
    expect(await loadPublicSuffixCheck()).toBe(await loadPublicSuffixCheck())
    expect(await loadPublicSuffixLookup()).toBe(await loadPublicSuffixLookup())
  })

  it('is needed only when some mx pattern is a wildcard', () => {
    expect(needsPublicSuffix(['mx1.example.com', 'mx2.example.com'])).toBe(false)
    expect(needsPublicSuffix(['mx1.example.com', '*.example.net'])).toBe(true)
    expect(needsPublicSuffix(['a*.example.net'])).toBe(false)
    expect(needsPublicSuffix([])).toBe(false)
  })

  it('is not needed for a single label: the rule warns about *.com without the list', () => {
    expect(needsPublicSuffix(['*.com'])).toBe(false)
    expect(needsPublicSuffix(['*.com', '*.co.uk'])).toBe(true)
    expect(needsPublicSuffix(['*.github.io'])).toBe(true)
  })

  it('is not needed for patterns marked invalid: the rule skips them', () => {
    expect(needsPublicSuffix(['*.*.example.com'], [false])).toBe(false)
    expect(needsPublicSuffix(['*.*.example.com', '*.example.net'], [false, true])).toBe(true)
    expect(needsPublicSuffix(['*.example.net', 'mx.example.com'], [true, true])).toBe(true)
  })
})
