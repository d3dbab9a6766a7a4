/** Drift between runs: the pure comparison of the state kept and what is served now. */
import { describe, expect, it } from '@jest/globals'
import type { EffectivePolicy } from '../../src/policy/effective.js'
import {
  compareDrift,
  emptyState,
  HISTORY_LIMIT,
  policyDigest,
  type DriftState
} from '../../src/verify/drift.js'
import type { LiveReport } from '../../src/verify/types.js'

const DOMAIN = 'example.com'
const URL = `https://mta-sts.${DOMAIN}/.well-known/mta-sts.txt`

const policy = (maxAge: number, mx: string[] = ['mail.example.com']): EffectivePolicy => ({
  version: 'STSv1',
  mode: 'enforce',
  max_age: maxAge,
  mx,
  extensions: {}
})
const A = policy(604800)
const B = policy(1209600)
/** A with its bytes changed only: mx order, case and a repeat. */
const A_BYTES = policy(604800, ['MAIL.example.com', 'mail.example.com'])

const live = (id: string | undefined, p: EffectivePolicy | undefined): LiveReport => ({
  ...(id !== undefined && { id }),
  ...(p !== undefined && { policy: p }),
  url: URL,
  certificate: { notAfter: '2030-01-01T00:00:00.000Z', names: [`mta-sts.${DOMAIN}`] },
  elapsedMs: 1
})

type Run = [id: string | undefined, policy: EffectivePolicy | undefined]

/** Runs one after another, a day apart, from no state: the findings of the last, and the state. */
const runs = (list: readonly Run[], start: DriftState = emptyState()) => {
  let state = start
  let rules: string[] = []
  let messages: string[] = []
  list.forEach(([id, p], i) => {
    const r = compareDrift(
      state,
      [{ domain: DOMAIN, live: live(id, p) }],
      new Date(Date.UTC(2025, 0, 1 + i))
    )
    state = r.state
    rules = r.findings.map(f => `${f.rule}/${f.severity}`)
    messages = r.findings.map(f => f.message)
  })
  return { rules, messages, state }
}

describe('compareDrift', () => {
  it.each<[string, Run[], string[]]>([
    ['first run', [['X', A]], []],
    [
      'same id, same policy',
      [
        ['X', A],
        ['X', A]
      ],
      []
    ],
    [
      'same id, changed policy',
      [
        ['X', A],
        ['X', B]
      ],
      ['id-not-changed/error']
    ],
    [
      'same id, changed policy, still so a run later',
      [
        ['X', A],
        ['X', B],
        ['X', B]
      ],
      ['id-not-changed/error']
    ],
    [
      'new id with the new policy',
      [
        ['X', A],
        ['Y', B]
      ],
      []
    ],
    [
      'new id, then the policy changes under it',
      [
        ['X', A],
        ['Y', A],
        ['Y', B]
      ],
      ['id-not-changed/error']
    ],
    [
      'id back to an earlier one with a different policy',
      [
        ['X', A],
        ['Y', B],
        ['X', B]
      ],
      ['id-reused/error']
    ],
    [
      'id back, still so a run later',
      [
        ['X', A],
        ['Y', B],
        ['X', B],
        ['X', B]
      ],
      ['id-reused/error']
    ],
    [
      'id back to an earlier one with its policy (a rollback)',
      [
        ['X', A],
        ['Y', B],
        ['X', A]
      ],
      []
    ],
    [
      'a byte-only change',
      [
        ['X', A],
        ['X', A_BYTES]
      ],
      []
    ],
    [
      'the policy unreadable this run',
      [
        ['X', A],
        ['X', undefined]
      ],
      []
    ],
    [
      'the policy readable again, unchanged',
      [
        ['X', A],
        ['X', undefined],
        ['X', A]
      ],
      []
    ],
    [
      'the record missing this run, then back with the same id',
      [
        ['X', A],
        [undefined, A],
        ['X', A]
      ],
      []
    ]
  ])('%s: %j', (_name, list, want) => {
    expect(runs(list).rules).toEqual(want)
  })

  it('a first run writes the state: id, digest, certificate, first-seen dates, history', () => {
    const { state } = runs([['X', A]])
    expect(state).toEqual({
      version: 1,
      tool: 'mta-sts-lint',
      domains: {
        [DOMAIN]: {
          id: 'X',
          idFirstSeen: '2025-01-01T00:00:00.000Z',
          policyDigest: policyDigest(A),
          policyFirstSeen: '2025-01-01T00:00:00.000Z',
          policy: A,
          notAfter: '2030-01-01T00:00:00.000Z',
          notAfterFirstSeen: '2025-01-01T00:00:00.000Z',
          digestsUnderId: [policyDigest(A)],
          history: [{ id: 'X', policy: policyDigest(A), firstSeen: '2025-01-01T00:00:00.000Z' }]
        }
      }
    })
    expect(policyDigest(A)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('a new id extends the history; first-seen dates move only on a change', () => {
    const { state } = runs([
      ['X', A],
      ['X', A],
      ['Y', B]
    ])
    const d = state.domains[DOMAIN]
    expect(d.history.map(h => [h.id, h.policy, h.firstSeen])).toEqual([
      ['X', policyDigest(A), '2025-01-01T00:00:00.000Z'],
      ['Y', policyDigest(B), '2025-01-03T00:00:00.000Z']
    ])
    expect(d.idFirstSeen).toBe('2025-01-03T00:00:00.000Z')
    expect(d.notAfterFirstSeen).toBe('2025-01-01T00:00:00.000Z')
  })

  it('id-not-changed says what changed, since when, and why senders keep the old policy', () => {
    const { messages } = runs([
      ['X', A],
      ['X', B]
    ])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(URL)
    expect(messages[0]).toContain('changed since 2025-01-01 (max_age 604800 → 1209600)')
    expect(messages[0]).toContain('is still "X"')
    expect(messages[0]).toContain('until the id changes')
  })

  it('id-reused names the record and when the id was first seen', () => {
    const r = compareDrift(
      runs([
        ['X', A],
        ['Y', B]
      ]).state,
      [{ domain: DOMAIN, live: live('X', B) }],
      new Date('2025-02-01T00:00:00Z')
    )
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'id-reused',
        domain: DOMAIN,
        url: `_mta-sts.${DOMAIN}`,
        message: expect.stringContaining('first seen on 2025-01-01')
      })
    ])
  })

  it('honours configured severities, off included', () => {
    const state = runs([['X', A]]).state
    const input = [{ domain: DOMAIN, live: live('X', B) }]
    const at = new Date('2025-02-01T00:00:00Z')
    expect(compareDrift(state, input, at, { 'id-not-changed': 'off' }).findings).toEqual([])
    expect(
      compareDrift(state, input, at, { 'id-not-changed': 'warning' }).findings.map(f => f.severity)
    ).toEqual(['warning'])
  })

  it('domains not verified this run keep their state', () => {
    const state = runs([['X', A]]).state
    const r = compareDrift(state, [{ domain: 'other.example', live: live('Z', B) }], new Date())
    expect(Object.keys(r.state.domains).sort()).toEqual([DOMAIN, 'other.example'])
    expect(r.state.domains[DOMAIN]).toEqual(state.domains[DOMAIN])
  })

  it(`keeps the last ${HISTORY_LIMIT} (id, policy) pairs`, () => {
    const list: Run[] = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => [
      `ID${i}`,
      policy(i + 1)
    ])
    const { state } = runs(list)
    const history = state.domains[DOMAIN].history
    expect(history).toHaveLength(HISTORY_LIMIT)
    expect(history[0].id).toBe('ID5')
    expect(history.at(-1)?.id).toBe(`ID${HISTORY_LIMIT + 4}`)
  })

  it('the digest ignores mx order, case and repeats, and extension order', () => {
    const e1 = { ...A, extensions: { a: '1', b: '2' } }
    const e2 = { ...A, extensions: { b: '2', a: '1' } }
    expect(policyDigest(e1)).toBe(policyDigest(e2))
    expect(policyDigest(A)).toBe(policyDigest(A_BYTES))
    expect(policyDigest(A)).not.toBe(policyDigest(B))
    expect(policyDigest({ ...A, mode: 'testing' })).not.toBe(policyDigest(A))
  })
})
