/** The wait after a release: backoff, the RFC's order, and the deadline of the wait. */
import { describe, expect, it } from '@jest/globals'
import type { EffectivePolicy } from '../../src/policy/effective.js'
import {
  backoffMs,
  deploymentState,
  serversServing,
  type DeploymentState
} from '../../src/verify/run-verification.js'
import type {
  AuthoritativeAnswer,
  AuthoritativeSurvey,
  LiveReport
} from '../../src/verify/types.js'

const policy = (maxAge: number): EffectivePolicy => ({
  version: 'STSv1',
  mode: 'enforce',
  max_age: maxAge,
  mx: ['mail.example.com'],
  extensions: {}
})
const live = (id: string | undefined, p: EffectivePolicy | undefined): LiveReport => ({
  url: 'https://mta-sts.example.com/.well-known/mta-sts.txt',
  elapsedMs: 1,
  ...(id !== undefined && { id }),
  ...(p !== undefined && { policy: p })
})

describe('backoffMs: 5 s doubling to 60 s, with up to 20% jitter either way', () => {
  it.each([
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [4, 40_000],
    [5, 60_000],
    [12, 60_000]
  ])('attempt %i waits about %i ms', (attempt, base) => {
    expect(backoffMs(attempt, 0.5)).toBe(base)
    expect(backoffMs(attempt, 0)).toBe(base * 0.8)
    expect(backoffMs(attempt, 0.999999)).toBeLessThanOrEqual(base * 1.2)
  })
})

describe('deploymentState: policy first, then the id (RFC 8461 section 8)', () => {
  const committed = { id: 'NEW', policy: policy(1209600) }
  it.each<[string, LiveReport, DeploymentState]>([
    ['both deployed', live('NEW', policy(1209600)), 'matches'],
    ['the policy served, the record still old', live('OLD', policy(1209600)), 'record-pending'],
    ['nothing deployed yet', live('OLD', policy(604800)), 'policy-pending'],
    ['the id live before its policy', live('NEW', policy(604800)), 'id-before-policy'],
    ['no policy served at all yet', live('OLD', undefined), 'policy-pending'],
    ['no record yet, the policy served', live(undefined, policy(1209600)), 'record-pending']
  ])('%s', (_, l, want) => {
    expect(deploymentState(committed, l)).toBe(want)
  })

  it('compares effective values: the mx set in another order is the same policy', () => {
    const reordered = { ...policy(1209600), mx: ['MAIL.example.com'] }
    expect(deploymentState(committed, live('NEW', reordered))).toBe('matches')
  })

  it('with nothing committed to compare with, whatever is deployed matches', () => {
    expect(deploymentState({}, live(undefined, undefined))).toBe('matches')
  })
})

describe('deploymentState with --authoritative: the id on every name server', () => {
  const committed = { id: 'NEW', policy: policy(1209600) }
  const server = (n: number, id?: string, error?: string): AuthoritativeAnswer => ({
    server: `ns${n}.example.com`,
    address: `192.0.2.${n}`,
    record: error !== undefined ? { error } : { records: [`v=STSv1; id=${id};`], id }
  })
  const withServers = (survey: AuthoritativeSurvey): LiveReport => ({
    ...live('NEW', policy(1209600)),
    authoritative: survey
  })

  it('every server serving it matches; one lagging or silent does not', () => {
    const all = { zone: 'example.com', servers: [server(1, 'NEW'), server(2, 'NEW')] }
    expect(deploymentState(committed, withServers(all))).toBe('matches')
    const lagging = { zone: 'example.com', servers: [server(1, 'NEW'), server(2, 'OLD')] }
    expect(deploymentState(committed, withServers(lagging))).toBe('record-pending')
    expect(serversServing(lagging, 'NEW')).toEqual({ serving: 1, total: 2 })
    const silent = {
      zone: 'example.com',
      servers: [server(1, 'NEW'), server(2, undefined, 'timeout')]
    }
    expect(deploymentState(committed, withServers(silent))).toBe('record-pending')
  })

  it('nothing to judge (no server found or none answering): the resolver view decides', () => {
    const notFound = { failure: 'SERVFAIL', servers: [] }
    expect(deploymentState(committed, withServers(notFound))).toBe('matches')
    const none = { zone: 'example.com', servers: [server(1, undefined, 'timeout')] }
    expect(deploymentState(committed, withServers(none))).toBe('matches')
    expect(serversServing(none, 'NEW')).toBeUndefined()
  })
})
