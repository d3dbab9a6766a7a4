/**
 * buildModel over the real repository layouts of the research (users.md 3.2 and 3.5), read
 * through in-memory FileViews: which domains each layout declares, which policy serves them,
 * where each domain's id is kept (kind, file, line, id and the exact characters bump rewrites),
 * and the MX and TLS-RPT records that feed the offline checks.
 */
import { describe, expect, it } from '@jest/globals'
import { buildModel, type RepoModel } from '../../src/repo/model.js'
import * as L from '../fixtures/layouts/layouts.js'
import { configOf, memoryView, NO_CONFIG } from '../fixtures/memory-repo.js'

/** The model of a layout, with its `.mta-sts.yml` when it has one. */
const model = async (layout: L.Layout): Promise<RepoModel> => {
  const loaded = await configOf(layout.files)
  return buildModel(memoryView(layout.files), { loaded, rootName: layout.rootName })
}

/** The [start, end) offsets of the only occurrence of `text` in a file of the layout. */
const spanOf = (layout: L.Layout, file: string, text: string) => {
  const body = layout.files[file]
  const start = body.indexOf(text)
  expect(start).toBeGreaterThanOrEqual(0)
  expect(body.indexOf(text, start + 1)).toBe(-1)
  return { file, start, end: start + text.length }
}

const domainsOf = (m: RepoModel): string[] => m.domains.map(d => d.domain)

describe('pattern A: dedicated GitHub Pages repositories', () => {
  it('reads the domain from a CNAME without a final newline; a README record is prose', async () => {
    const m = await model(L.pagesRepo)
    expect(m.domains).toEqual([
      {
        domain: 'sbcountyatc.gov',
        foundBy: 'CNAME file CNAME',
        policyFile: '.well-known/mta-sts.txt',
        zoneKept: false
      }
    ])
    expect(m.policies).toEqual([{ file: '.well-known/mta-sts.txt', domains: ['sbcountyatc.gov'] }])
    // README.md quotes `_mta-sts 3600 TXT "v=STSv1; id=..."`: never an id source.
    expect([...m.sources.keys()]).toEqual([])
    expect(m.notes).toEqual([])
  })

  it('reads the domain from a repository named mta-sts.<domain>.github.io', async () => {
    const m = await model(L.pagesRepoByName)
    expect(m.domains).toEqual([
      {
        domain: 'cc.flaschools.info',
        foundBy: 'folder name mta-sts.cc.flaschools.info.github.io',
        policyFile: '.well-known/mta-sts.txt',
        zoneKept: false
      }
    ])
  })

  it('a CNAME that names the domain wins over the repository name', async () => {
    const m = await model({
      rootName: 'mta-sts.old-name.example',
      files: L.pagesRepo.files
    })
    expect(domainsOf(m)).toEqual(['sbcountyatc.gov'])
  })
})

describe('pattern B: a site folder published by a generator or host', () => {
  it('docs/ with docs/CNAME (Pages from /docs)', async () => {
    const m = await model(L.docsSite)
    expect(m.domains).toEqual([
      {
        domain: 'willeke.com',
        foundBy: 'CNAME file docs/CNAME',
        policyFile: 'docs/.well-known/mta-sts.txt',
        zoneKept: false
      }
    ])
  })

  it('public/ in a repository named mta-sts.<domain>', async () => {
    const m = await model(L.publicSite)
    expect(m.domains).toEqual([
      {
        domain: 'mucur.name',
        foundBy: 'folder name mta-sts.mucur.name',
        policyFile: 'public/.well-known/mta-sts.txt',
        zoneKept: false
      }
    ])
  })

  it('static/ with static/CNAME', async () => {
    const m = await model(L.staticSite)
    expect(m.domains).toEqual([
      {
        domain: 'inclusion.gouv.fr',
        foundBy: 'CNAME file static/CNAME',
        policyFile: 'static/.well-known/mta-sts.txt',
        zoneKept: false
      }
    ])
  })

  it('site/ whose domain only the config names', async () => {
    const m = await model(L.siteFolder)
    expect(m.domains).toEqual([
      {
        domain: 'dmarcguard.io',
        foundBy: 'the config file',
        policyFile: 'site/.well-known/mta-sts.txt',
        zoneKept: false,
        configLine: { file: '.mta-sts.yml', line: 2, column: 3 }
      }
    ])
    expect(m.policies).toEqual([
      { file: 'site/.well-known/mta-sts.txt', domains: ['dmarcguard.io'] }
    ])
  })

  it('src/ (Azure Static Web Apps) with nothing naming the domain: linted, no domain', async () => {
    const m = await model(L.srcSite)
    expect(m.domains).toEqual([])
    expect(m.policies).toEqual([{ file: 'src/.well-known/mta-sts.txt', domains: [] }])
  })

  it('a folder named mta-sts.<domain> inside a repository names the domain', async () => {
    const m = await model({
      rootName: 'sites',
      files: {
        'mta-sts.example.org/.well-known/mta-sts.txt': L.pagesRepo.files['.well-known/mta-sts.txt']
      }
    })
    expect(m.domains).toEqual([
      {
        domain: 'example.org',
        foundBy: 'folder name mta-sts.example.org',
        policyFile: 'mta-sts.example.org/.well-known/mta-sts.txt',
        zoneKept: false
      }
    ])
  })
})

describe('what a clone or a download adds to a repository name', () => {
  const policy = L.pagesRepo.files['.well-known/mta-sts.txt']
  it.each([
    ['mta-sts.example.org.git', 'example.org'],
    ['mta-sts.example.org-main', 'example.org'],
    ['mta-sts.example.org-master', 'example.org'],
    ['mta-sts.example.org.github.io', 'example.org'],
    ['mta-sts.xn--bcher-kva.example', 'xn--bcher-kva.example']
  ])('%s names %s', async (rootName, domain) => {
    const m = await model({ rootName, files: { '.well-known/mta-sts.txt': policy } })
    expect(m.domains.map(d => [d.domain, d.foundBy])).toEqual([[domain, `folder name ${rootName}`]])
  })

  it.each(['mta-sts.example.org-feature', 'mta-sts.example.123', 'mta-sts.localhost'])(
    '%s names no domain (its last label is no top-level domain)',
    async rootName => {
      const m = await model({ rootName, files: { '.well-known/mta-sts.txt': policy } })
      expect(m.domains).toEqual([])
    }
  )
})

describe('an infrastructure monorepo: one policy for three domains, the id in Terraform', () => {
  it('gives each domain the policy and the tfvars id behind ${var.mta_sts_policy_id}', async () => {
    const m = await model(L.emailInfra)
    expect(domainsOf(m)).toEqual(['melvyn.dev', 'mdekort.nl', 'dekort.dev'])
    expect(m.policies).toEqual([
      {
        file: 'mta-sts/.well-known/mta-sts.txt',
        domains: ['melvyn.dev', 'mdekort.nl', 'dekort.dev']
      }
    ])
    const span = spanOf(L.emailInfra, 'terraform/terraform.tfvars', '20241119001')
    m.domains.forEach((d, i) => {
      expect(d).toMatchObject({
        foundBy: 'the config file',
        policyFile: 'mta-sts/.well-known/mta-sts.txt',
        zoneKept: false,
        configLine: { file: '.mta-sts.yml', line: 2 + 2 * i, column: 3 }
      })
      expect(d.idSource).toEqual({
        kind: 'terraform',
        file: 'terraform/email-security.tf',
        line: 9,
        column: 14,
        records: ['v=STSv1; id=20241119001;'],
        positions: [
          {
            line: 9,
            column: 14,
            // The id's characters are written in terraform.tfvars, not in this file.
            textRuns: [
              { from: 0, at: { line: 9, column: 14 } },
              { from: 12, at: null },
              { from: 23, at: { line: 9, column: 50 } }
            ]
          }
        ],
        id: '20241119001',
        span
      })
      expect(d.mx).toBeUndefined()
      expect(d.tlsrpt).toMatchObject({ file: 'terraform/email-security.tf', line: 20 })
    })
  })
})

describe('pattern E: DNS-only repositories (DNSControl), the policy hosted elsewhere', () => {
  it('declares every domain with an _mta-sts record, a CNAME delegation included', async () => {
    const m = await model(L.dnscontrolRepo)
    const uk = 'src/openstreetmap-uk.js'
    const main = 'src/openstreetmap.js'
    expect(m.policies).toEqual([])
    expect(m.domains).toEqual([
      {
        domain: 'openstreetmap.org.uk',
        foundBy: `DNS records in ${uk}`,
        zoneKept: true,
        idSource: {
          kind: 'dnscontrol',
          file: uk,
          line: 6,
          column: 22,
          records: [],
          positions: [],
          delegatedTo: '_mta-sts.openstreetmap.org'
        },
        mx: { hosts: ['a.mx.openstreetmap.org'], file: uk, line: 3 },
        // No _smtp._tls in a zone the repository keeps: missing, pointed at that zone file.
        tlsrpt: { records: [], file: 'src/openstreetmap-uk.js' }
      },
      {
        domain: 'openstreetmap.org',
        foundBy: `DNS records in ${main}`,
        zoneKept: true,
        idSource: {
          kind: 'dnscontrol',
          file: main,
          line: 6,
          column: 20,
          records: ['v=STSv1; id=202001291805Z'],
          positions: [{ line: 6, column: 20 }],
          id: '202001291805Z',
          span: spanOf(L.dnscontrolRepo, main, '202001291805Z')
        },
        mx: { hosts: ['a.mx.openstreetmap.org', 'c.mx.openstreetmap.org'], file: main, line: 2 },
        tlsrpt: {
          records: ['v=TLSRPTv1; rua=mailto:postmaster@openstreetmap.org'],
          file: main,
          line: 10,
          column: 22,
          positions: [{ line: 10, column: 22 }]
        }
      },
      {
        // CNAME("_mta-sts.messages", QUALIFY("_mta-sts")): a subdomain delegated to the apex.
        domain: 'messages.openstreetmap.org',
        foundBy: `DNS records in ${main}`,
        zoneKept: false,
        idSource: {
          kind: 'dnscontrol',
          file: main,
          line: 7,
          column: 30,
          records: [],
          positions: [],
          delegatedTo: '_mta-sts.openstreetmap.org'
        }
      }
    ])
  })
})

describe('pattern E: records only, the domain or the records named by variables', () => {
  it('DNSControl: a macro of records included by zones of other files', async () => {
    const m = await model(L.dnscontrolMacros)
    const macros = 'globals/macros/mail_server.js'
    expect(m.policies).toEqual([])
    // example.com keeps no _mta-sts record (its zone does not include the macro): no domain.
    expect(domainsOf(m)).toEqual(['example.fr', 'example.me'])
    for (const d of m.domains) {
      expect(d).toMatchObject({
        foundBy: `DNS records in ${macros}`,
        zoneKept: true,
        idSource: {
          kind: 'dnscontrol',
          file: macros,
          line: 5,
          records: ['v=STSv1; id=202110111304'],
          id: '202110111304',
          group: 'MAIL_SERVER',
          span: spanOf(L.dnscontrolMacros, macros, '202110111304')
        },
        mx: { hosts: ['mail.example.fr'], file: `domains/${d.domain}.js` },
        tlsrpt: {
          records: ['v=TLSRPTv1; rua=mailto:tls-reports@example.fr'],
          file: macros,
          line: 6
        }
      })
    }
    expect(m.loose).toEqual([])
  })

  it('DNSControl: D(DOMAIN, ...) with DOMAIN bound in dnsconfig.js', async () => {
    const m = await model(L.dnscontrolDomainVar)
    expect(m.domains).toMatchObject([
      {
        domain: 'example.org',
        zoneKept: true,
        idSource: { file: 'src/example.org.js', line: 5, id: '202001291805Z' },
        mx: { hosts: ['a.mx.example.org'] },
        tlsrpt: { file: 'src/example.org.js', line: 6 }
      }
    ])
    // dnsconfig.js keeps no record text, but binds the name the zone needs.
    expect([...m.sources.keys()].sort()).toEqual(['dnsconfig.js', 'src/example.org.js'])
  })

  it('DNSControl: a template a function loads for each domain: records with no domain', async () => {
    const m = await model(L.dnscontrolTemplate)
    expect(m.domains).toEqual([])
    expect(m.loose).toEqual([
      {
        kind: 'sts',
        file: 'src/main.js',
        records: ['v=STSv1; id=202001291805Z'],
        positions: [{ line: 3, column: 20 }]
      },
      {
        kind: 'tlsrpt',
        file: 'src/main.js',
        records: ['v=TLSRPTv1; rua=mailto:tlsrpt@example.org'],
        positions: [{ line: 4, column: 22 }]
      }
    ])
  })

  it('Terraform: zones by provider; a for_each host is neither a domain nor an MX host', async () => {
    const m = await model(L.terraformRecordsOnly)
    expect(
      m.domains.map(d => [d.domain, d.idSource?.file, d.idSource?.line, d.idSource?.id])
    ).toEqual([
      ['example.com', 'dns/mta-sts.tf', 6, '20240101T000000Z'],
      ['example.org', 'dns/mta-sts.tf', 14, '20240101T000000Z']
    ])
    expect(m.domains.map(d => d.mx)).toEqual([undefined, undefined])
    // The id is the variable's default in variables.tf; terraform.tfvars sets it again.
    expect(m.domains[0]?.idSource?.span).toEqual(
      spanOf(L.terraformRecordsOnly, 'dns/terraform.tfvars', '20240101T000000Z')
    )
    expect(m.loose).toEqual([
      {
        kind: 'tlsrpt',
        file: 'dns/mta-sts.tf',
        records: ['v=TLSRPTv1; rua=mailto:tlsrpt@example.com'],
        positions: [{ line: 22, column: 15 }]
      }
    ])
  })

  it('a second file keeping a domain’s record: linted on its own, with the domain', async () => {
    const files = {
      ...L.bindRecordsOnly.files,
      'octodns/example.com.yaml': L.lf('_mta-sts:', '  type: TXT', '  value: v=STSv1\\; id=2')
    }
    const m = await model({ ...L.bindRecordsOnly, files })
    expect(m.domains[0]?.idSource?.file).toBe('octodns/example.com.yaml')
    expect(m.loose).toEqual([
      {
        kind: 'sts',
        file: 'zones/example.com.zone',
        domain: 'example.com',
        records: ['v=STSv1; id=20240210140000'],
        positions: [{ line: 5, column: 20 }]
      }
    ])
  })
})

describe('zones kept beside the policy', () => {
  it('a BIND zone with $ORIGIN: id, MX hosts and a TLS-RPT record split over lines', async () => {
    const layout = L.bindZone()
    const m = await model(layout)
    expect(m.domains).toEqual([
      {
        domain: 'example.com',
        foundBy: 'CNAME file site/CNAME',
        policyFile: 'site/.well-known/mta-sts.txt',
        zoneKept: true,
        idSource: {
          kind: 'bind',
          file: 'dns/zone.db',
          line: 9,
          column: 18,
          records: ['v=STSv1; id=20240210140000'],
          positions: [{ line: 9, column: 18 }],
          id: '20240210140000',
          span: spanOf(layout, 'dns/zone.db', '20240210140000')
        },
        mx: { hosts: ['mx1.example.com', 'mx2.example.com'], file: 'dns/zone.db', line: 7 },
        tlsrpt: {
          records: ['v=TLSRPTv1; rua=mailto:tlsrpt@example.com'],
          file: 'dns/zone.db',
          line: 10,
          column: 22,
          // Two strings on two lines: the second from its own line on.
          positions: [
            {
              line: 10,
              column: 22,
              textRuns: [
                { from: 0, at: { line: 10, column: 22 } },
                { from: 12, at: { line: 11, column: 22 } }
              ]
            }
          ]
        }
      }
    ])
    expect(m.sources.get('dns/zone.db')).toMatchObject({ format: 'bind', origin: 'example.com' })
  })

  it('an MX host added to the zone reaches the model (the offline mx-not-covered check)', async () => {
    const m = await model(L.bindZone(['mx3.example.net.']))
    expect(m.domains[0].mx).toEqual({
      hosts: ['mx1.example.com', 'mx2.example.com', 'mx3.example.net'],
      file: 'dns/zone.db',
      line: 7
    })
  })

  it('an octoDNS zone file: the domain from the file name, \\; unescaped', async () => {
    const layout = L.octodnsRepo
    const file = 'zones/example.net.yaml'
    const m = await model(layout)
    expect(m.domains).toEqual([
      {
        domain: 'example.net',
        foundBy: `DNS records in ${file}`,
        policyFile: 'mta-sts/.well-known/mta-sts.txt',
        zoneKept: true,
        idSource: {
          kind: 'octodns',
          file,
          line: 11,
          column: 10,
          records: ['v=STSv1; id=20250701T150000Z'],
          // `\;` is written with one more character than it stands for.
          positions: [
            {
              line: 11,
              column: 10,
              textRuns: [
                { from: 0, at: { line: 11, column: 10 } },
                { from: 7, at: { line: 11, column: 18 } }
              ]
            }
          ],
          id: '20250701T150000Z',
          span: spanOf(layout, file, '20250701T150000Z')
        },
        mx: { hosts: ['mx1.example.net', 'mx2.example.net'], file, line: 5 },
        tlsrpt: {
          records: ['v=TLSRPTv1; rua=mailto:tlsrpt@example.net'],
          file,
          line: 14,
          column: 10,
          positions: [
            {
              line: 14,
              column: 10,
              textRuns: [
                { from: 0, at: { line: 14, column: 10 } },
                { from: 10, at: { line: 14, column: 21 } }
              ]
            }
          ]
        }
      }
    ])
    // The octoDNS config file is not a zone.
    expect([...m.sources.keys()]).toEqual([file])
  })
})

describe('ids named in the config', () => {
  it('a plain record file named as the record', async () => {
    const file = 'dns/_mta-sts.example.org.txt'
    const m = await model(L.plainRecord)
    expect(m.domains).toEqual([
      {
        domain: 'example.org',
        foundBy: 'the config file',
        policyFile: '.well-known/mta-sts.txt',
        zoneKept: false,
        configLine: { file: '.mta-sts.yml', line: 2, column: 3 },
        idSource: {
          kind: 'plain',
          file,
          line: 1,
          column: 2,
          records: ['v=STSv1; id=20250101T000000Z'],
          positions: [{ line: 1, column: 2 }],
          id: '20250101T000000Z',
          span: spanOf(L.plainRecord, file, '20250101T000000Z')
        }
      }
    ])
  })

  it('id: in the config', async () => {
    const m = await model(L.configId)
    expect(m.domains).toEqual([
      {
        domain: 'example.com',
        foundBy: 'the config file',
        policyFile: '.well-known/mta-sts.txt',
        zoneKept: false,
        configLine: { file: '.mta-sts.yml', line: 2, column: 3 },
        idSource: {
          kind: 'config',
          file: '.mta-sts.yml',
          line: 3,
          column: 5,
          records: ['v=STSv1; id=20250701T150000Z'],
          positions: [{ line: 3, column: 5 }],
          id: '20250701T150000Z'
        }
      }
    ])
  })

  it('an id written as a number in the config keeps its digits', async () => {
    const m = await model({
      ...L.configId,
      files: {
        ...L.configId.files,
        '.mta-sts.yml': L.lf('domains:', '  example.com:', '    id: 0020241119001')
      }
    })
    expect(m.domains[0].idSource).toMatchObject({ kind: 'config', id: '0020241119001' })
  })

  it('the opt-in id: line of the policy (record: the policy file)', async () => {
    const m = await model(L.policyIdLine)
    expect(m.domains).toEqual([
      {
        domain: 'example.com',
        foundBy: 'the config file',
        policyFile: '.well-known/mta-sts.txt',
        zoneKept: false,
        configLine: { file: '.mta-sts.yml', line: 2, column: 3 },
        // The id: line is where the id is kept: its line, column and value.
        idSource: {
          kind: 'policy',
          file: '.well-known/mta-sts.txt',
          records: [],
          positions: [],
          line: 5,
          column: 5,
          id: '20250701T150000Z'
        }
      }
    ])
    // The policy is a policy, not a DNS source, even though it was named as the record.
    expect([...m.sources.keys()]).toEqual([])
  })

  it('a policy: the config names that does not exist is not replaced by another policy', async () => {
    // Design 5.4: a configured domain whose policy no longer exists is a finding. The one other
    // policy of the repository is not that domain's policy.
    const m = await model({
      rootName: 'mta-sts',
      files: {
        '.well-known/mta-sts.txt': L.configId.files['.well-known/mta-sts.txt'],
        '.mta-sts.yml': L.lf(
          'domains:',
          '  example.com:',
          '    policy: site/.well-known/mta-sts.txt',
          '  example.net:',
          '    policy: .well-known/mta-sts.txt'
        )
      }
    })
    expect(m.domains.map(d => [d.domain, d.policyFile])).toEqual([
      ['example.com', undefined],
      ['example.net', '.well-known/mta-sts.txt']
    ])
    expect(m.policies).toEqual([{ file: '.well-known/mta-sts.txt', domains: ['example.net'] }])
  })

  it('a zone named in the config with neither MX nor _mta-sts records: findings point at it', async () => {
    const m = await model({
      rootName: 'zones',
      files: {
        '.well-known/mta-sts.txt': L.lf('version: STSv1', 'mode: none', 'max_age: 86400'),
        'zones/example.org.zone': L.lf(
          '$ORIGIN example.org.',
          '@ 3600 IN SOA ns1.example.org. hostmaster.example.org. 1 7200 900 1209600 300',
          'www 300 IN A 192.0.2.1'
        ),
        '.mta-sts.yml': L.lf(
          'domains:',
          '  example.org:',
          '    policy: .well-known/mta-sts.txt',
          '    record: zones/example.org.zone'
        )
      }
    })
    expect(m.domains[0].zoneKept).toBe(true)
    expect(m.domains[0].recordExpected?.file).toBe('zones/example.org.zone')
    expect(m.domains[0].tlsrpt).toEqual({ records: [], file: 'zones/example.org.zone' })
  })

  it('a record file named in the config that holds no record for the domain is expected there', async () => {
    const m = await model({
      ...L.plainRecord,
      files: {
        ...L.plainRecord.files,
        '.mta-sts.yml': L.lf('domains:', '  example.org:', '    record: CNAME')
      }
    })
    expect(m.domains[0].idSource).toBeUndefined()
    expect(m.domains[0].recordExpected).toEqual({
      file: 'CNAME',
      at: { file: '.mta-sts.yml', line: 3, column: 5 }
    })
    expect(m.notes).toEqual([])
  })
})

describe('an id computed from the policy (Terraform md5)', () => {
  it('is marked computed, with no span to bump', async () => {
    const m = await model(L.terraformMd5)
    expect(domainsOf(m)).toEqual(['example.io'])
    const d = m.domains[0]
    expect(d).toMatchObject({
      foundBy: 'folder name mta-sts.example.io',
      policyFile: '.well-known/mta-sts.txt'
    })
    expect(d.idSource).toMatchObject({
      kind: 'terraform',
      file: 'terraform/main.tf',
      line: 10,
      column: 14,
      computed: true
    })
    expect(d.idSource?.span).toBeUndefined()
  })
})

describe('the model of a commit equals the model of the same files elsewhere', () => {
  it('does not depend on the order the view lists files in', async () => {
    const files = L.bindZone().files
    const reversed: Record<string, string> = {}
    for (const k of Object.keys(files).reverse()) reversed[k] = files[k]
    const a = await model(L.bindZone())
    const b = await buildModel(memoryView(reversed), { loaded: NO_CONFIG, rootName: 'x' })
    expect(b.domains).toEqual(a.domains)
  })
})
