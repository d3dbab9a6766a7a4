/** eventTime: the time a suggested id is written from, read from the event payload. */
import { describe, expect, it } from '@jest/globals'
import { eventTime } from '../../src/action/input-helper.js'

describe('eventTime', () => {
  it.each<[string, unknown, string | undefined]>([
    [
      'a pull request: its last update',
      { pull_request: { updated_at: '2025-06-02T10:00:00Z' } },
      '2025-06-02T10:00:00.000Z'
    ],
    [
      'a push: the head commit, with its offset',
      { head_commit: { timestamp: '2025-06-02T12:00:00+02:00' } },
      '2025-06-02T10:00:00.000Z'
    ],
    [
      'a merge group: its head commit',
      { merge_group: { head_commit: { timestamp: '2025-06-02T10:00:00Z' } } },
      '2025-06-02T10:00:00.000Z'
    ],
    ['a schedule: no time in the payload', { schedule: '0 6 * * *' }, undefined],
    ['no payload', undefined, undefined],
    ['not a date', { pull_request: { updated_at: 'yesterday' } }, undefined],
    ['not a string', { pull_request: { updated_at: 1717322400 } }, undefined]
  ])('%s', (_, payload, want) => {
    expect(eventTime(payload)?.toISOString()).toBe(want)
  })
})
