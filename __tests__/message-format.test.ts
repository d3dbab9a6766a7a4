import { describe, expect, it } from '@jest/globals'
import { andList } from '../src/message-format.js'

describe('andList', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c']
  ])('%j', (items, want) => {
    expect(andList(items)).toBe(want)
  })
})
