import { describe, expect, it } from '@jest/globals'
import { resolveBase, type BaseResolution } from '../../src/gate/base.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const ZERO = '0'.repeat(40)
const repository = { default_branch: 'main' }

interface Case {
  name: string
  event: string
  payload: unknown
  override?: string
  expect?: Partial<BaseResolution>
  /** A fragment of the skip notice: the gate must not run. */
  skips?: string
  /** A fragment of the reason the gate fails closed: the event should name a base and does not. */
  fails?: string
  /** Fragments the reason (and skip, when set) must hold. */
  says?: string[]
}

const cases: Case[] = [
  {
    name: 'pull_request: the base sha',
    event: 'pull_request',
    payload: { pull_request: { base: { sha: A, ref: 'main' }, head: { sha: B } }, repository },
    expect: { sha: A },
    says: ['aaaaaaa', 'main']
  },
  {
    name: 'pull_request_target: the base sha too',
    event: 'pull_request_target',
    payload: { pull_request: { base: { sha: A.toUpperCase() } } },
    expect: { sha: A }
  },
  {
    name: 'pull_request without a base sha: the gate fails closed',
    event: 'pull_request',
    payload: { pull_request: {} },
    fails: 'pull_request.base.sha'
  },
  {
    name: 'merge_group: base_sha',
    event: 'merge_group',
    payload: { merge_group: { base_sha: A, head_sha: B } },
    expect: { sha: A }
  },
  {
    name: 'merge_group without base_sha: the gate fails closed',
    event: 'merge_group',
    payload: {},
    fails: 'merge_group.base_sha'
  },
  {
    name: 'push: before, with the default branch as fallback',
    event: 'push',
    payload: { before: A, after: B, ref: 'refs/heads/feature', repository },
    expect: { sha: A, fallbackRef: 'main' }
  },
  {
    name: 'push to the default branch: no fallback to itself',
    event: 'push',
    payload: { before: A, after: B, ref: 'refs/heads/main', repository },
    expect: { sha: A, fallbackRef: undefined }
  },
  {
    name: 'first push of a branch: the default branch, with a notice',
    event: 'push',
    payload: { before: ZERO, after: B, ref: 'refs/heads/feature', created: true, repository },
    expect: { ref: 'main', sha: undefined, skip: undefined },
    says: ['first push', '"feature"', 'default branch "main"']
  },
  {
    name: 'first push of the default branch itself: skip',
    event: 'push',
    payload: { before: ZERO, after: B, ref: 'refs/heads/main', repository },
    skips: 'first push of the default branch'
  },
  {
    name: 'first push without a default branch in the payload: skip',
    event: 'push',
    payload: { before: ZERO, after: B, ref: 'refs/heads/x' },
    skips: 'no default branch'
  },
  {
    name: 'a push that deletes the branch: skip',
    event: 'push',
    payload: { before: A, after: ZERO, deleted: true, repository },
    skips: 'deleted'
  },
  {
    name: 'schedule: no base',
    event: 'schedule',
    payload: { schedule: '0 6 * * *' },
    skips: 'schedule run has no base'
  },
  {
    name: 'workflow_dispatch: no base',
    event: 'workflow_dispatch',
    payload: { inputs: {} },
    skips: 'workflow_dispatch'
  },
  {
    name: 'another event: no base',
    event: 'release',
    payload: {},
    skips: 'release event has no base'
  },
  {
    name: 'a push payload that is not an object: the gate fails closed',
    event: 'push',
    payload: null,
    fails: 'no before commit'
  },
  {
    name: 'a push payload without before: the gate fails closed',
    event: 'push',
    payload: { after: B, ref: 'refs/heads/main', repository },
    fails: 'no before commit'
  },
  {
    name: 'the override wins (a sha)',
    event: 'pull_request',
    payload: { pull_request: { base: { sha: A } } },
    override: B,
    expect: { sha: B, ref: undefined }
  },
  {
    name: 'the override wins (a ref), even on schedule',
    event: 'schedule',
    payload: {},
    override: ' origin/main ',
    expect: { ref: 'origin/main', skip: undefined }
  },
  {
    name: 'an empty override is no override',
    event: 'merge_group',
    payload: { merge_group: { base_sha: A } },
    override: '',
    expect: { sha: A }
  }
]

describe('resolveBase', () => {
  it.each(cases.map(c => [c.name, c] as const))('%s', (_, c) => {
    const r = resolveBase(c.event, c.payload, c.override)
    const want = c.expect ?? {}
    for (const [k, v] of Object.entries(want)) expect(r[k as keyof BaseResolution]).toBe(v)
    expect(r.reason.length).toBeGreaterThan(10)
    const runs = c.skips === undefined && c.fails === undefined
    expect(r.skip === undefined).toBe(c.skips === undefined)
    expect(r.unreadable === undefined).toBe(c.fails === undefined)
    expect((r.sha ?? r.ref) !== undefined).toBe(runs)
    expect(r.skip ?? '').toContain(c.skips ?? '')
    expect(r.unreadable ?? '').toContain(c.fails ?? '')
    for (const s of c.says ?? []) expect(`${r.reason} ${r.notice ?? ''}`).toContain(s)
  })

  it('gives the notice only when the base is not the event’s own', () => {
    expect(resolveBase('push', { before: A, repository }).notice).toBeUndefined()
    expect(
      resolveBase('push', { before: ZERO, ref: 'refs/heads/x', repository }).notice
    ).toBeDefined()
  })
})
