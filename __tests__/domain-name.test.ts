import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { canonicalDomain, validDomain } from '../src/domain-name.js'

describe('canonicalDomain: the one spelling of a domain name', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM.', 'example.com'],
    ['  mail.example.com.\n', 'mail.example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['BÜCHER.example.', 'xn--bcher-kva.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['_mta-sts.Example.com.', '_mta-sts.example.com'],
    ['@', '@'],
    // Whitespace before the root dot goes too (found by the property below: "! .").
    ['example.com .', 'example.com'],
    ['! .', '!'],
    ['', '']
  ])('%j is %j', (name, want) => {
    expect(canonicalDomain(name)).toBe(want)
  })

  it('removes one trailing dot only (the root), not a second', () => {
    expect(canonicalDomain('example.com..')).toBe('example.com.')
  })

  it('never throws, leaves no ASCII capital, and is stable once the root dot is gone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), s => {
        const once = canonicalDomain(s)
        expect(once).not.toMatch(/[A-Z]/)
        expect(once.endsWith('.') || canonicalDomain(once) === once).toBe(true)
      }),
      { numRuns: 20000 }
    )
  })

  it('agrees with validDomain on every valid name', () => {
    for (const name of ['Example.com.', 'bücher.example', 'mail.EXAMPLE.co.uk']) {
      expect(validDomain(name)).toBe(canonicalDomain(name))
    }
  })
})
