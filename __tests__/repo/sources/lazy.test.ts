/**
 * The octoDNS parser (and with it the YAML parser) is loaded on demand: a module that never
 * awaited loadParser('octodns') gets a plain error from parseSource, not a silent miss.
 */
import { describe, expect, it } from '@jest/globals'
import { detectFormat, parseSource } from '../../../src/repo/sources/index.js'

describe('on-demand parsers', () => {
  const zone = '_mta-sts:\n  type: TXT\n  value: v=STSv1\\; id=1\n'

  it('detects an octoDNS zone without loading its parser', () => {
    expect(detectFormat('example.com.yaml', zone)).toBe('octodns')
  })

  it('refuses to parse one before loadParser, naming the fix', () => {
    expect(() => parseSource('example.com.yaml', zone)).toThrow(/await loadParser\('octodns'\)/)
  })

  it('parses the other formats without loading anything', () => {
    expect(parseSource('example.com.zone', '_mta-sts TXT "v=STSv1; id=1"\n')?.records).toHaveLength(
      1
    )
  })
})
