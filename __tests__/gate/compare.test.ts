/**
 * The gate's pure comparison, table-driven: each case lists the exact gate findings
 * (rule@line:column/severity, file), so a missing or extra one fails.
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/finding.js'
import {
  buildHistory,
  compareDomains,
  readPolicy,
  type CompareOptions
} from '../../src/gate/compare.js'
import type { FileVersion } from '../../src/gate/ports.js'
import type { DomainHistory, DomainInput, DomainState, HistoryEntry } from '../../src/gate/types.js'
import type { EffectivePolicy } from '../../src/policy/effective.js'
import { ruleById } from '../../src/rules/registry.js'
import { freshPolicyId, policyIdAt } from '../../src/record/policy-id.js'
import { policyChanges } from '../../src/policy/changes.js'
import { removalTiming } from '../../src/rules/id-gate-conditions.js'

const NOW = new Date('2025-07-01T15:00:00Z')
const NEW_ID = '20250701T150000Z'
const POLICY_FILE = 'site/.well-known/mta-sts.txt'
const ZONE = { file: 'dns/example.com.zone', line: 3, column: 22 }
const DAY = 86400

const P = (over: Partial<EffectivePolicy> = {}): EffectivePolicy => ({
  version: 'STSv1',
  mode: 'enforce',
  max_age: 7 * DAY,
  mx: ['mail.example.com'],
  extensions: {},
  ...over
})

/** A domain state with a policy file and an id kept in the zone file. */
const S = (
  policy: EffectivePolicy | undefined,
  id?: string,
  over: DomainState = {}
): DomainState => ({
  ...(policy !== undefined && { policy, policyFile: POLICY_FILE }),
  ...(id !== undefined && { id, idLocation: ZONE }),
  ...over
})

const at = (iso: string): Date => new Date(iso)
const H = (entries: HistoryEntry[], complete = true, reason?: string): DomainHistory => ({
  entries,
  complete,
  ...(reason !== undefined && { reason })
})

/** `rule@line:column/severity file`, sorted. */
const codes = (findings: readonly Finding[]): string[] =>
  findings
    .map(
      f =>
        `${f.rule}@${f.line ?? '-'}:${f.column ?? '-'}/${f.severity} ${f.file ?? '-'}${f.domain === 'example.com' ? '' : ` ${f.domain}`}`
    )
    .sort()

interface Case {
  name: string
  domains: DomainInput[]
  opts?: Partial<CompareOptions>
  expect: string[]
  /** Fragments every finding's message must hold. */
  says?: (string | RegExp)[]
  changed?: boolean
  newId?: string | undefined
}

const d = (
  head: DomainState,
  base?: DomainState,
  over: Partial<DomainInput> = {}
): DomainInput => ({
  domain: 'example.com',
  head,
  ...(base !== undefined && { base }),
  ...over
})

const table = (title: string, cases: Case[]): void => {
  // eslint-disable-next-line jest/valid-title -- the rule id is the title
  describe(title, () => {
    it.each(cases.map(c => [c.name, c] as const))('%s', (_, c) => {
      const r = compareDomains(c.domains, { now: NOW, ...c.opts })
      const found = r.findings.filter(f => f.rule === title)
      expect(codes(found)).toEqual([...c.expect].sort())
      const patterns = (c.says ?? []).map(s =>
        typeof s === 'string' ? new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : s
      )
      for (const f of found) for (const re of patterns) expect(f.message).toMatch(re)
      for (const f of r.findings) {
        expect(f.message).not.toMatch(/[\r\n]/)
        expect(ruleById(f.rule)?.meta.target).toBe('gate')
      }
      expect(r.changed).toBe(c.changed ?? r.changed)
      expect(r.newId).toBe('newId' in c ? c.newId : r.newId)
    })
  })
}

const OLD = '20250101T000000Z'
const MID = '20250301T000000Z'
const ZONE_AT = '@3:22'

table('id-not-changed', [
  {
    name: 'mode changed, id kept: error at the id line, with a fresh id',
    domains: [d(S(P({ mode: 'enforce' }), OLD), S(P({ mode: 'testing' }), OLD))],
    expect: [`id-not-changed${ZONE_AT}/error dns/example.com.zone`],
    says: ['mode "testing" → "enforce"', NEW_ID, '"dns/example.com.zone" line 3', OLD],
    changed: true,
    newId: NEW_ID
  },
  {
    name: 'max_age changed',
    domains: [d(S(P({ max_age: 14 * DAY }), OLD), S(P(), OLD))],
    expect: [`id-not-changed${ZONE_AT}/error dns/example.com.zone`],
    says: ['max_age 604800 → 1209600']
  },
  {
    name: 'an mx added and one removed',
    domains: [d(S(P({ mx: ['mx2.example.com'] }), OLD), S(P(), OLD))],
    expect: [`id-not-changed${ZONE_AT}/error dns/example.com.zone`],
    says: ['mx "mx2.example.com" added', 'mx "mail.example.com" removed']
  },
  {
    name: 'an extension field changed',
    domains: [d(S(P({ extensions: { foo: '2' } }), OLD), S(P({ extensions: { foo: '1' } }), OLD))],
    expect: [`id-not-changed${ZONE_AT}/error dns/example.com.zone`],
    says: ['field "foo" "1" → "2"']
  },
  {
    name: 'version lost (now invalid)',
    domains: [d(S(P({ version: undefined }), OLD), S(P(), OLD))],
    expect: [`id-not-changed${ZONE_AT}/error dns/example.com.zone`],
    says: ['version "STSv1" → (none)']
  },
  {
    name: 'many changes are listed three at most',
    domains: [
      d(
        S(P({ mode: 'testing', max_age: DAY, mx: ['a.example.com'], version: undefined }), OLD),
        S(P(), OLD)
      )
    ],
    expect: [`id-not-changed${ZONE_AT}/error dns/example.com.zone`],
    says: ['and 2 more']
  },
  {
    name: 'mx differing in case only, order and repeats: no change',
    domains: [
      d(
        S(P({ mx: ['B.example.com', 'mail.EXAMPLE.com', 'b.example.com'] }), OLD),
        S(P({ mx: ['mail.example.com', 'b.example.com'] }), OLD)
      )
    ],
    expect: [],
    changed: false,
    newId: undefined
  },
  {
    name: 'a byte-only change: a notice',
    domains: [
      d(
        S(P(), OLD, { policyBytes: new TextEncoder().encode('mode: enforce\r\n') }),
        S(P(), OLD, { policyBytes: new TextEncoder().encode('mode: enforce\n') })
      )
    ],
    expect: [`id-not-changed${ZONE_AT}/notice dns/example.com.zone`],
    says: ['only bytes', 'can stay'],
    changed: false,
    newId: undefined
  },
  {
    name: 'the same bytes: nothing',
    domains: [
      d(
        S(P(), OLD, { policyBytes: new Uint8Array([1, 2]) }),
        S(P(), OLD, { policyBytes: new Uint8Array([1, 2]) })
      )
    ],
    expect: []
  },
  {
    name: 'both changed: fine',
    domains: [d(S(P({ mode: 'testing' }), NEW_ID), S(P(), OLD))],
    expect: [],
    changed: true,
    newId: undefined
  },
  {
    name: 'an id computed from the content (md5) always changes',
    domains: [
      d(S(P({ mode: 'testing' }), OLD, { idComputed: true }), S(P(), OLD, { idComputed: true }))
    ],
    expect: [],
    changed: true
  },
  {
    name: 'no id kept in the repository: nothing to compare',
    domains: [d(S(P({ mode: 'testing' })), S(P()))],
    expect: [],
    changed: true
  },
  {
    name: 'no id source line: the finding points at the policy file',
    domains: [d(S(P({ mode: 'testing' }), OLD, { idLocation: undefined }), S(P(), OLD))],
    expect: [`id-not-changed@1:-/error ${POLICY_FILE}`],
    says: ['the place this repository keeps its _mta-sts record']
  },
  {
    name: 'a policy shared by two domains: each id must change',
    domains: [
      d(S(P({ mode: 'testing' }), OLD), S(P(), OLD)),
      d(
        S(P({ mode: 'testing' }), OLD, { idLocation: { file: 'dns/example.net.zone', line: 5 } }),
        S(P(), OLD),
        { domain: 'example.net' }
      )
    ],
    expect: [
      `id-not-changed${ZONE_AT}/error dns/example.com.zone`,
      'id-not-changed@5:-/error dns/example.net.zone example.net'
    ],
    says: [/also serves example\.(net|com), whose id must change as well/]
  },
  {
    name: 'a shared policy with one id bumped: the other is reported',
    domains: [
      d(S(P({ mode: 'testing' }), NEW_ID), S(P(), OLD)),
      d(S(P({ mode: 'testing' }), OLD, { idLocation: { file: 'n.zone', line: 2 } }), S(P(), OLD), {
        domain: 'example.net'
      })
    ],
    expect: ['id-not-changed@2:-/error n.zone example.net'],
    says: ['also serves example.com'],
    // The suggested id is unused: NEW_ID is taken, so the next second.
    newId: '20250701T150001Z'
  },
  {
    name: 'turned off',
    domains: [d(S(P({ mode: 'testing' }), OLD), S(P(), OLD))],
    opts: { severities: { 'id-not-changed': 'off' } },
    expect: [],
    newId: NEW_ID
  },
  {
    name: 'severity set by config',
    domains: [d(S(P({ mode: 'testing' }), OLD), S(P(), OLD))],
    opts: { severities: { 'id-not-changed': 'warning' } },
    expect: [`id-not-changed${ZONE_AT}/warning dns/example.com.zone`]
  }
])

table('id-without-change', [
  {
    name: 'id changed, policy the same: a notice',
    domains: [d(S(P(), NEW_ID), S(P(), OLD))],
    expect: [`id-without-change${ZONE_AT}/notice dns/example.com.zone`],
    says: [`from "${OLD}" to "${NEW_ID}"`, 'harmless'],
    changed: false,
    newId: undefined
  },
  {
    name: 'id and policy changed: nothing',
    domains: [d(S(P({ max_age: DAY }), NEW_ID), S(P(), OLD))],
    expect: []
  },
  {
    name: 'computed ids are never reported',
    domains: [d(S(P(), 'abc', { idComputed: true }), S(P(), 'def', { idComputed: true }))],
    expect: []
  },
  {
    name: 'a record added where there was none: nothing',
    domains: [d(S(P(), NEW_ID), S(P()))],
    expect: []
  }
])

const policyAt = (
  iso: string,
  policy: EffectivePolicy | undefined,
  id: string | undefined,
  commit = iso.slice(0, 10).replace(/-/g, '')
): HistoryEntry => ({
  commit: `${commit}${'0'.repeat(40 - commit.length)}`,
  date: at(iso),
  ...(policy !== undefined && { policy }),
  ...(id !== undefined && { id })
})

table('id-reused', [
  {
    name: 'the new id was published before with another policy',
    domains: [
      d(S(P({ mx: ['mx2.example.com'] }), OLD), S(P(), MID), {
        history: H([
          policyAt('2025-03-01T00:00:00Z', P(), MID),
          policyAt('2025-01-01T00:00:00Z', P({ mode: 'testing' }), OLD)
        ])
      })
    ],
    expect: [`id-reused${ZONE_AT}/error dns/example.com.zone`],
    says: [
      `new id "${OLD}"`,
      '2025-01-01T00:00:00Z (commit 2025010)',
      'mode "testing" → "enforce"',
      NEW_ID
    ],
    newId: NEW_ID
  },
  {
    name: 'back to an old id with the very same policy: fine',
    domains: [
      d(S(P(), OLD), S(P({ mode: 'testing' }), MID), {
        history: H([
          policyAt('2025-03-01T00:00:00Z', P({ mode: 'testing' }), MID),
          policyAt('2025-01-01T00:00:00Z', P(), OLD)
        ])
      })
    ],
    expect: [],
    newId: undefined
  },
  {
    name: 'a new domain reusing an id of its own history',
    domains: [
      d(S(P(), OLD), undefined, {
        history: H([policyAt('2024-01-01T00:00:00Z', P({ max_age: DAY }), OLD)])
      })
    ],
    expect: [`id-reused${ZONE_AT}/error dns/example.com.zone`],
    changed: true
  },
  {
    name: 'a fresh id, full history: nothing',
    domains: [
      d(S(P({ mode: 'testing' }), NEW_ID), S(P(), OLD), {
        history: H([policyAt('2025-01-01T00:00:00Z', P(), OLD)])
      })
    ],
    expect: []
  },
  {
    name: 'a fresh id, history cut short: a notice that says so',
    domains: [
      d(S(P({ mode: 'testing' }), '20250601T000000Z'), S(P(), OLD), {
        history: H([policyAt('2025-01-01T00:00:00Z', P(), OLD)], false, 'the clone is shallow')
      })
    ],
    expect: [`id-reused${ZONE_AT}/notice dns/example.com.zone`],
    says: ['1 version of history available', 'the clone is shallow', 'fetch-depth: 0'],
    newId: undefined
  },
  {
    name: 'a fresh id, no history at all: a notice',
    domains: [d(S(P({ mode: 'testing' }), '20250601T000000Z'), S(P(), OLD))],
    expect: [`id-reused${ZONE_AT}/notice dns/example.com.zone`],
    says: ['no history of its id source was available']
  },
  {
    name: 'the id did not change: not this rule',
    domains: [
      d(S(P(), OLD), S(P(), OLD), {
        history: H([policyAt('2024-01-01T00:00:00Z', P({ mode: 'testing' }), OLD)])
      })
    ],
    expect: []
  }
])

const NONE = P({ mode: 'none', max_age: DAY, mx: [] })

table('unsafe-removal', [
  {
    name: 'policy and record removed straight from enforce, nothing left: no file',
    domains: [d({}, S(P(), OLD))],
    expect: ['unsafe-removal@-:-/error -'],
    says: [
      `the policy "${POLICY_FILE}" and the _mta-sts record of example.com are removed`,
      'mode: enforce (max_age 604800 s, 7 days)',
      'mode: none',
      // Released now, the none stage makes removal safe after max_age.
      '2025-07-08T15:00:00Z'
    ],
    changed: true
  },
  {
    name: 'the config entry still names the domain: the finding points there',
    domains: [d({}, S(P(), OLD), { configLocation: { file: '.mta-sts.yml', line: 4, column: 3 } })],
    expect: ['unsafe-removal@4:3/error .mta-sts.yml']
  },
  {
    name: 'the policy removed, the record still there: at the id line',
    domains: [d({ id: OLD, idLocation: ZONE }, S(P({ mode: 'testing' }), OLD))],
    expect: [`unsafe-removal${ZONE_AT}/error dns/example.com.zone`],
    says: ['is removed while the base still serves mode: testing']
  },
  {
    name: 'the record removed, the policy still there: at the policy file',
    domains: [d(S(P(), undefined), S(P(), OLD))],
    expect: [`unsafe-removal@1:-/error ${POLICY_FILE}`],
    says: ['the _mta-sts record of example.com is removed']
  },
  {
    name: 'a record the source no longer declares (record: false)',
    domains: [d(S(P(), undefined, { record: false, idLocation: ZONE }), S(P(), OLD))],
    expect: [`unsafe-removal${ZONE_AT}/error dns/example.com.zone`]
  },
  {
    name: 'a base policy with no valid mode: still an error',
    domains: [d({}, S(P({ mode: undefined }), OLD))],
    expect: ['unsafe-removal@-:-/error -'],
    says: ['not mode: none']
  },
  {
    name: 'straight from enforce, with an older, longer max_age in history',
    domains: [
      d({}, S(P(), MID), {
        history: H([
          policyAt('2025-06-01T00:00:00Z', P(), MID),
          policyAt('2025-01-01T00:00:00Z', P({ max_age: 31557600 }), OLD)
        ])
      })
    ],
    expect: ['unsafe-removal@-:-/error -'],
    // Served until 2025-06-01, cached for a year more.
    says: ['2026-06-01T06:00:00Z', 'max_age 31557600 s']
  },
  {
    name: 'after mode none under a new id, too early: the safe date',
    domains: [
      d({}, S(NONE, MID), {
        history: H([
          policyAt('2025-06-20T00:00:00Z', NONE, MID),
          policyAt('2025-01-01T00:00:00Z', P({ max_age: 14 * DAY }), OLD)
        ])
      })
    ],
    expect: ['unsafe-removal@-:-/error -'],
    says: ['too early', 'served until 2025-06-20T00:00:00Z', 'cached until 2025-07-04T00:00:00Z'],
    changed: true
  },
  {
    name: 'after mode none, waited out: fine',
    domains: [
      d({}, S(NONE, MID), {
        history: H([
          policyAt('2025-06-01T00:00:00Z', NONE, MID),
          policyAt('2025-01-01T00:00:00Z', P({ max_age: 14 * DAY }), OLD)
        ])
      })
    ],
    expect: []
  },
  {
    name: 'the longest max_age counts, not the last one',
    domains: [
      d({}, S(NONE, '20250610T000000Z'), {
        history: H([
          policyAt('2025-06-10T00:00:00Z', NONE, '20250610T000000Z'),
          policyAt('2025-05-01T00:00:00Z', P({ mode: 'testing', max_age: DAY }), MID),
          policyAt('2025-01-01T00:00:00Z', P({ max_age: 180 * DAY }), OLD)
        ])
      })
    ],
    expect: ['unsafe-removal@-:-/error -'],
    // The enforce policy stopped on 2025-05-01 and lasts 180 days more.
    says: ['cached until 2025-10-28T00:00:00Z', 'mode: enforce policy']
  },
  {
    name: 'mode none published under the same id: said, when too early',
    domains: [
      d({}, S(NONE, OLD), {
        history: H([
          policyAt('2025-06-25T00:00:00Z', NONE, OLD),
          policyAt('2025-01-01T00:00:00Z', P(), OLD)
        ])
      })
    ],
    expect: ['unsafe-removal@-:-/error -'],
    says: [`under the same id "${OLD}"`, 'cached until 2025-07-02T00:00:00Z']
  },
  {
    name: 'mode none, no history: a notice',
    domains: [d({}, S(NONE, MID))],
    expect: ['unsafe-removal@-:-/notice -'],
    says: ['no history was available']
  },
  {
    name: 'mode none, history too short: a notice with the latest possible date',
    domains: [
      d({}, S(NONE, MID), {
        history: H([policyAt('2025-06-01T00:00:00Z', NONE, MID)], false, 'the clone is shallow')
      })
    ],
    expect: ['unsafe-removal@-:-/notice -'],
    says: ['the clone is shallow', '2026-06-01T06:00:00Z at the latest']
  },
  {
    name: 'mode none for more than a year, history short: fine',
    domains: [
      d({}, S(NONE, MID), {
        history: H([policyAt('2024-01-01T00:00:00Z', NONE, MID)], false, 'the clone is shallow')
      })
    ],
    expect: []
  },
  {
    name: 'always mode none, full history: fine',
    domains: [d({}, S(NONE, MID), { history: H([policyAt('2025-06-30T00:00:00Z', NONE, MID)]) })],
    expect: []
  },
  {
    name: 'the record removed where the repository holds no policy: a notice',
    domains: [d({}, { id: OLD })],
    expect: ['unsafe-removal@-:-/notice -'],
    says: ['holds no policy']
  },
  {
    name: 'a new domain: nothing to remove',
    domains: [d(S(P(), OLD))],
    expect: [],
    changed: true
  },
  {
    name: 'nothing removed',
    domains: [d(S(NONE, MID), S(P(), OLD))],
    expect: []
  }
])

describe('compareDomains', () => {
  it('suggests one id for all domains, unused by any of them', () => {
    const r = compareDomains(
      [
        d(S(P({ mode: 'testing' }), OLD), S(P(), OLD), {
          history: H([policyAt('2025-01-01T00:00:00Z', P(), NEW_ID)])
        }),
        d(S(P({ mode: 'testing' }), '20250701T150001Z'), S(P(), '20250701T150001Z'), {
          domain: 'example.net'
        })
      ],
      { now: NOW }
    )
    expect(r.newId).toBe('20250701T150002Z')
    expect(r.domains.map(v => [v.domain, v.changed, v.needsNewId])).toEqual([
      ['example.com', true, true],
      ['example.net', true, true]
    ])
    expect(r.findings.every(f => f.message.includes('20250701T150002Z'))).toBe(true)
  })

  it('says nothing changed when nothing did', () => {
    const r = compareDomains([d(S(P(), OLD), S(P(), OLD))], { now: NOW })
    expect(r).toEqual({
      findings: [],
      changed: false,
      domains: [{ domain: 'example.com', changed: false, needsNewId: false, location: ZONE }]
    })
  })
})

describe('helpers', () => {
  it('makes UTC ids of letters and digits', () => {
    expect(policyIdAt(new Date('2025-01-02T03:04:05.678Z'))).toBe('20250102T030405Z')
    expect(freshPolicyId(NOW, new Set([NEW_ID, '20250701T150001Z']))).toBe('20250701T150002Z')
  })

  it('compares the values senders act on', () => {
    expect(policyChanges(P(), P({ mx: ['MAIL.example.com', 'mail.example.com'] }))).toEqual([])
    expect(policyChanges(P({ extensions: { a: '1' } }), P({ extensions: { b: '1' } }))).toEqual([
      'field "a" removed',
      'field "b" added'
    ])
  })

  it('reads the effective policy of bytes (first non-mx field wins)', () => {
    const text = 'version: STSv1\nmode: testing\nmode: enforce\nmx: a.example.com\nmax_age: 86400\n'
    expect(readPolicy(new TextEncoder().encode(text))).toEqual({
      version: 'STSv1',
      mode: 'testing',
      max_age: 86400,
      mx: ['a.example.com'],
      extensions: {}
    })
    expect(readPolicy(null)).toBeUndefined()
  })

  it('times a removal from the entries (entry 0 lasts until now)', () => {
    const t = removalTiming([policyAt('2025-06-01T00:00:00Z', P({ max_age: DAY }), OLD)], NOW)
    expect(t.safeAfter?.toISOString()).toBe('2025-07-02T15:00:00.000Z')
    expect(removalTiming([policyAt('2025-06-01T00:00:00Z', NONE, OLD)], NOW).safeAfter).toBe(
      undefined
    )
  })
})

describe('buildHistory', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
  const policyText = (mode: string): string =>
    `version: STSv1\nmode: ${mode}\nmx: mail.example.com\nmax_age: 86400\n`
  const v = (commit: string, iso: string, content: string | null): FileVersion => ({
    commit,
    date: at(iso),
    content: content === null ? null : enc(content)
  })
  const readId = (b: Uint8Array): string | undefined =>
    /id=([A-Za-z0-9]+)/.exec(new TextDecoder().decode(b))?.[1]

  it('merges the policy and id source histories into states, newest first', () => {
    const h = buildHistory({
      policy: {
        versions: [
          v('c4', '2025-04-01T00:00:00Z', null),
          v('c3', '2025-03-01T00:00:00Z', policyText('none')),
          v('c1', '2025-01-01T00:00:00Z', policyText('enforce'))
        ],
        complete: true
      },
      idSource: {
        versions: [
          v('c4', '2025-04-01T00:00:00Z', null),
          v('c3', '2025-03-01T00:00:00Z', 'v=STSv1; id=B'),
          v('c2', '2025-02-01T00:00:00Z', 'v=STSv1; id=A')
        ],
        complete: true
      },
      readId
    })
    expect(h.complete).toBe(true)
    expect(h.entries.map(e => [e.commit, e.policy?.mode, e.id])).toEqual([
      ['c4', undefined, undefined],
      ['c3', 'none', 'B'],
      ['c2', 'enforce', 'A'],
      ['c1', 'enforce', undefined]
    ])
  })

  it('stops where one history is cut short, and says why', () => {
    const h = buildHistory({
      policy: {
        versions: [
          v('c3', '2025-03-01T00:00:00Z', policyText('testing')),
          v('c1', '2025-01-01T00:00:00Z', policyText('enforce'))
        ],
        complete: true
      },
      idSource: {
        versions: [v('c2', '2025-02-01T00:00:00Z', 'id=A')],
        complete: false,
        reason: 'the clone is shallow'
      },
      readId
    })
    expect(h).toMatchObject({ complete: false, reason: 'the clone is shallow' })
    expect(h.entries.map(e => e.commit)).toEqual(['c3', 'c2'])
  })

  it('reads one history once when the id is a line of the policy', () => {
    const policy = {
      versions: [
        v('c2', '2025-02-01T00:00:00Z', `${policyText('none')}id: B\n`),
        v('c1', '2025-01-01T00:00:00Z', `${policyText('enforce')}id: A\n`)
      ],
      complete: true
    }
    const h = buildHistory({
      policy,
      idSource: policy,
      readId: b => /^id: (\w+)$/m.exec(new TextDecoder().decode(b))?.[1]
    })
    expect(h.entries.map(e => [e.commit, e.policy?.mode, e.id])).toEqual([
      ['c2', 'none', 'B'],
      ['c1', 'enforce', 'A']
    ])
  })

  it('reads the id with the versions of its input files in effect at each commit', () => {
    // The record refers to a variable; terraform.tfvars sets it, and changes on its own.
    const record = {
      versions: [v('c1', '2025-01-01T00:00:00Z', 'v=STSv1; id=${var.id}')],
      complete: true
    }
    const tfvars = {
      versions: [
        v('c3', '2025-03-01T00:00:00Z', 'id = "C"'),
        v('c2', '2025-02-01T00:00:00Z', null),
        v('c1', '2025-01-01T00:00:00Z', 'id = "A"')
      ],
      complete: true
    }
    const seen: (string | null)[] = []
    const h = buildHistory({
      policy: {
        versions: [v('c1', '2025-01-01T00:00:00Z', policyText('enforce'))],
        complete: true
      },
      idSource: record,
      idInputs: new Map([['infra/terraform.tfvars', tfvars]]),
      readId: (_b, inputs) => {
        const t = inputs.get('infra/terraform.tfvars')
        const text = t == null ? null : new TextDecoder().decode(t)
        seen.push(text)
        return text === null ? undefined : /"(\w+)"/.exec(text)?.[1]
      }
    })
    expect(h.entries.map(e => [e.commit, e.id])).toEqual([
      ['c3', 'C'],
      ['c2', undefined],
      ['c1', 'A']
    ])
    expect(seen).toEqual(['id = "C"', null, 'id = "A"'])
  })

  it('stops where the history of an input file is cut short', () => {
    const h = buildHistory({
      idSource: { versions: [v('c1', '2025-01-01T00:00:00Z', 'x')], complete: true },
      idInputs: new Map([
        [
          'terraform.tfvars',
          {
            versions: [v('c2', '2025-02-01T00:00:00Z', 'id = "B"')],
            complete: false,
            reason: 'the clone is shallow'
          }
        ]
      ]),
      readId: () => 'B'
    })
    expect(h).toMatchObject({ complete: false, reason: 'the clone is shallow' })
    expect(h.entries.map(e => e.commit)).toEqual(['c2'])
  })
})
