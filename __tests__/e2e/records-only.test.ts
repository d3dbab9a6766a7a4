/**
 * Repositories that keep only DNS records (users.md 3.5 pattern E): the `_mta-sts` and
 * `_smtp._tls` TXT records are kept here, the policy is served from elsewhere. Each layout is a
 * git repository made at test time; `check` and `check --base` lint the same records, at their
 * file and line, and a pull request that breaks a record fails either way.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createOrigin, tempDir, type Origin } from './helpers.js'
import { checkJson, codes, ensureCli, releaseCli, runCli } from '../fixtures/layouts/cli.js'
import * as L from '../fixtures/layouts/layouts.js'

// Each test runs git and the CLI a few times: generous bounds for a loaded machine.
jest.setTimeout(60_000)

let tmp: string
let n = 0

beforeAll(() => {
  ensureCli()
  tmp = tempDir('mta-sts-lint-records-only-')
}, 300_000)

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
  releaseCli()
})

/** A repository whose main branch holds the layout, checked out on a new branch `pr`. */
const repository = (layout: L.Layout): Origin => {
  const origin = createOrigin(path.join(tmp, `repo-${++n}`, layout.rootName))
  origin.commit(layout.files, { date: '2025-01-01T00:00:00Z', message: 'records' })
  origin.branch('pr')
  return origin
}

/** Commits a text replacement (which must apply) to a file of the work clone. */
const change = (origin: Origin, file: string, from: string, to: string): void => {
  const text = readFileSync(path.join(origin.work, file), 'utf8')
  expect(text).toContain(from)
  origin.commit({ [file]: text.replace(from, to) }, { message: `change ${file}` })
}

/** `check` and `check --base main` on the work clone: the same findings, the same exit code. */
const bothWays = async (origin: Origin): Promise<Awaited<ReturnType<typeof checkJson>>> => {
  const plain = await checkJson(origin.work)
  const gated = await checkJson(origin.work, ['--base', 'main'])
  expect(plain.stderr).toBe('')
  expect(gated.stderr).toBe('')
  expect(codes(gated.report.findings)).toEqual(codes(plain.report.findings))
  expect(gated.report.findings.map(f => f.message)).toEqual(
    plain.report.findings.map(f => f.message)
  )
  expect(gated.code).toBe(plain.code)
  expect(gated.report.domains).toEqual(plain.report.domains)
  return plain
}

interface Case {
  name: string
  layout: L.Layout
  /** `[domain, idSource, id]` of each domain the report lists. */
  domains: [string, string, string][]
  /** Findings of the layout as it is (rule severity file:line). */
  findings: string[]
  /** A change that breaks a record, and the findings then. */
  breaks: [file: string, from: string, to: string]
  broken: string[]
}

const CASES: Case[] = [
  {
    name: 'BIND zones, one per domain',
    layout: L.bindRecordsOnly,
    domains: [
      ['example.com', 'zones/example.com.zone:5', '20240210140000'],
      ['example.net', 'zones/example.net.zone:3', '20240210140000']
    ],
    // The example.net zone is kept here and has no TLS-RPT record.
    findings: ['tlsrpt-missing notice zones/example.net.zone:-'],
    breaks: ['zones/example.net.zone', '"v=STSv1; "', '"v=STSv1 "'],
    broken: [
      'tlsrpt-missing notice zones/example.net.zone:-',
      'txt-syntax error zones/example.net.zone:3'
    ]
  },
  {
    name: 'octoDNS zone',
    layout: L.octodnsRecordsOnly,
    domains: [['example.net', 'zones/example.net.yaml:9', '20250701T150000Z']],
    findings: [],
    breaks: ['zones/example.net.yaml', 'id=20250701T150000Z', 'id=2025-07-01T15:00:00Z'],
    broken: ['txt-id error zones/example.net.yaml:9']
  },
  {
    name: 'DNSControl: D(DOMAIN, ...) with DOMAIN bound in dnsconfig.js',
    layout: L.dnscontrolDomainVar,
    domains: [['example.org', 'src/example.org.js:5', '202001291805Z']],
    findings: [],
    breaks: ['src/example.org.js', '"v=STSv1; id=', '"v=STSv1 id='],
    broken: ['txt-syntax error src/example.org.js:5']
  },
  {
    name: 'DNSControl: a macro of records spread into two domains of their own files',
    layout: L.dnscontrolMacros,
    domains: [
      ['example.fr', 'globals/macros/mail_server.js:5', '202110111304'],
      ['example.me', 'globals/macros/mail_server.js:5', '202110111304']
    ],
    findings: [],
    // One record written once: one finding, though two domains include it.
    breaks: ['globals/macros/mail_server.js', 'id=202110111304', 'id=2021-10-11-1304'],
    broken: ['txt-id error globals/macros/mail_server.js:5']
  },
  {
    name: 'DNSControl: a template whose domains only running it tells (no domain, still linted)',
    layout: L.dnscontrolTemplate,
    domains: [],
    findings: [],
    breaks: ['src/main.js', '"v=STSv1; id=', '"v=STSv1 id='],
    broken: ['txt-syntax error src/main.js:3']
  },
  {
    name: 'Terraform: Cloudflare and Route 53 records, the id in a variable default',
    layout: L.terraformRecordsOnly,
    domains: [
      ['example.com', 'dns/mta-sts.tf:6', '20240101T000000Z'],
      ['example.org', 'dns/mta-sts.tf:14', '20240101T000000Z']
    ],
    findings: [],
    // The id is set in terraform.tfvars for both records: each record is wrong where it is.
    breaks: [
      'dns/terraform.tfvars',
      'mta_sts_id = "20240101T000000Z"',
      'mta_sts_id = "2024-01-01"'
    ],
    broken: ['txt-id error dns/mta-sts.tf:6', 'txt-id error dns/mta-sts.tf:14']
  }
]

describe('a repository that keeps only records', () => {
  it.each(CASES.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const origin = repository(c.layout)
    // As committed: every record linted, the same with and without a base.
    const asIs = await bothWays(origin)
    expect(asIs.report.domains?.map(d => [d.domain, d.idSource, d.id])).toEqual(c.domains)
    expect(codes(asIs.report.findings)).toEqual(c.findings)
    expect(asIs.code).toBe(0)
    // A pull request that breaks the record fails, with and without the base.
    change(origin, ...c.breaks)
    const broken = await bothWays(origin)
    expect(codes(broken.report.findings)).toEqual(c.broken)
    expect(broken.code).toBe(1)
  })

  it('with a base, says once that the gate cannot compare a policy kept elsewhere', async () => {
    const origin = repository(L.dnscontrolMacros)
    change(origin, 'globals/macros/mail_server.js', 'id=202110111304', 'id=202502011200')
    const r = await runCli(['check', '--root', origin.work, '--base', 'main', '--no-color'])
    expect(r.code).toBe(0)
    const notes = r.stdout.split('\n').filter(l => l.includes('no policy in this repository'))
    expect(notes).toEqual([
      'example.fr, example.me: no policy in this repository (served from elsewhere), so the id gate cannot tell whether their policies change with their ids; their records are linted, and a removal is still checked'
    ])
    // Without a base there is no gate to speak of.
    const plain = await runCli(['check', '--root', origin.work, '--no-color'])
    expect(plain.stdout).not.toContain('no policy in this repository')
  })

  it('a repository with no policy and no record fails the run, with a base as without', async () => {
    const origin = repository({ rootName: 'empty', files: { 'README.md': '# DNS\n' } })
    origin.commit({ 'README.md': '# DNS records\n' })
    for (const extra of [[], ['--base', 'main']]) {
      const r = await runCli(['check', '--root', origin.work, ...extra])
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^mta-sts-lint: no MTA-STS policy found .*\n$/)
    }
  })
})
