/**
 * Format detection, parseSource and findRecord across formats.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  detectFormat,
  findRecord,
  loadParser,
  loadParsers,
  parseSource
} from '../../../src/repo/sources/index.js'
import type { SourceFile, SourceFormat } from '../../../src/repo/sources/types.js'

const PARSERS = await loadParsers()

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

describe('detectFormat', () => {
  it.each([
    ['terraform/email-security.tf', 'resource "x" "y" {}', 'terraform'],
    ['terraform/terraform.tfvars', 'id = "1"', undefined],
    ['zones/example.com.zone', '', 'bind'],
    ['db.example.com', '', 'bind'],
    ['example.com.db', '', 'bind'],
    ['zones/example.com', '$ORIGIN example.com.\n@ IN SOA ns hm 1 2 3 4 5\n', 'bind'],
    ['zones/example.com', '$TTL 3600\n', 'bind'],
    ['records', '_mta-sts   IN TXT "v=STSv1; id=1"\n', 'bind'],
    ['records', '_mta-sts 3600 TXT "v=STSv1; id=1634120459"\n', 'bind'],
    ['README.md', '```\n_mta-sts 3600 TXT "v=STSv1; id=1634120459"\n```\n', undefined],
    ['notes.txt', 'Add an A record for the host\n', undefined],
    ['config/example.com.yaml', "'':\n  type: MX\n  value: {exchange: mx.}\n", 'octodns'],
    ['config/example.com.yml', '_mta-sts:\n  - type: "TXT"\n    value: x\n', 'octodns'],
    [
      '.github/workflows/ci.yml',
      'on:\n  workflow_dispatch:\n    inputs:\n      x:\n        type: string\n',
      undefined
    ],
    ['.mta-sts.yml', 'domains:\n  example.com:\n    id: 1\n', undefined],
    ['dnsconfig.js', 'require("./domains.js")', 'dnscontrol'],
    [
      'src/openstreetmap.js',
      'D(DOMAIN, REGISTRAR,\n  TXT("_mta-sts", "v=STSv1; id=1"))',
      'dnscontrol'
    ],
    ['domains/vanityURLs.js', "D('vanityurls.link', REG_NONE)", 'dnscontrol'],
    ['globals/macros/m.js', "var M = [TXT('_mta-sts', 'v=STSv1; id=1')]", 'dnscontrol'],
    ['site/app.js', 'document.title = "x"', undefined],
    ['dns/mta-sts.txt', 'v=STSv1; id=20250701T150000Z\n', 'plain'],
    ['dns/record', '"v=STSv1; id=1"', 'plain'],
    // Comments and blank lines may come first, as the plain format allows.
    ['dns/sts.txt', '# the _mta-sts record\n\nv=STSv1; id=1\n', 'plain'],
    ['dns/sts.txt', '\r\n  # note\r\n"v=STSv1; id=1"\r\n', 'plain'],
    ['dns/notes.txt', '# notes\nsee v=STSv1 below\n', undefined],
    ['README.md', '# Setup\nAdd `_mta-sts` TXT `v=STSv1; id=1`\n', undefined],
    ['.well-known/mta-sts.txt', 'version: STSv1\nmode: enforce\n', undefined]
  ] as [string, string, SourceFormat | undefined][])('%s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format)
  })
})

describe('parseSource', () => {
  it('parses in the detected format, or the one given', () => {
    expect(parseSource('example.com.zone', '_mta-sts TXT "v=STSv1; id=1"\n')?.format).toBe('bind')
    expect(parseSource('notes', 'hello')).toBeUndefined()
    expect(parseSource('notes', 'v=STSv1; id=1', { format: 'plain' })?.records).toHaveLength(1)
  })

  it('parses an octoDNS zone once its parser is loaded', async () => {
    const zone = '_mta-sts:\n  type: TXT\n  value: v=STSv1\\; id=1\n'
    // This file's PARSERS were loaded above; the module keeps them, as a run does.
    expect(parseSource('example.com.yaml', zone)?.records[0]).toMatchObject({
      owner: '_mta-sts.example.com',
      value: 'v=STSv1; id=1'
    })
    await expect(loadParser('octodns')).resolves.toBeUndefined()
    await expect(loadParser('bind')).resolves.toBeUndefined()
    await expect(loadParser(undefined)).resolves.toBeUndefined()
  })

  it('passes siblings to Terraform', () => {
    const f = parseSource(
      'main.tf',
      'resource "cloudflare_record" "s" {\n  name = "_mta-sts"\n  type = "TXT"\n  content = "v=STSv1; id=${var.id}"\n}\n',
      { siblings: new Map([['terraform.tfvars', 'id = "abc"\n']]) }
    )
    expect(f?.records[0]).toMatchObject({ value: 'v=STSv1; id=abc', idFile: 'terraform.tfvars' })
  })
})

describe('findRecord', () => {
  const zone = parseSource(
    'example.com.zone',
    [
      '@ MX 10 mx.example.com.',
      '_mta-sts TXT "v=STSv1; id=1"',
      '_mta-sts TXT "v=spf1 -all"',
      '_smtp._tls TXT "v=TLSRPTv1; rua=mailto:a@example.com"',
      '_mta-sts.other.org. TXT "v=STSv1; id=2"',
      ''
    ].join('\n')
  ) as SourceFile

  it('absolute owners: <name>.<domain>', () => {
    expect(findRecord(zone, 'example.com', 'TXT', '_mta-sts').map(r => r.value)).toEqual([
      'v=STSv1; id=1',
      'v=spf1 -all'
    ])
    expect(findRecord(zone, 'Example.COM.', 'TXT', '_smtp._tls')).toHaveLength(1)
    expect(findRecord(zone, 'example.com', 'MX', '').map(r => r.value)).toEqual(['mx.example.com'])
    expect(findRecord(zone, 'other.org', 'TXT', '_mta-sts').map(r => r.value)).toEqual([
      'v=STSv1; id=2'
    ])
    expect(findRecord(zone, 'example.net', 'TXT', '_mta-sts')).toEqual([])
  })

  it('relative owners count when the origin is unknown or the same domain', () => {
    const macros = parseSource(
      'globals/macros/m.js',
      "var M = [TXT('_mta-sts', 'v=STSv1; id=1'), MX('@', 10, 'mx.example.net.')]"
    ) as SourceFile
    expect(macros.origin).toBeUndefined()
    expect(findRecord(macros, 'anything.org', 'TXT', '_mta-sts')).toHaveLength(1)
    expect(findRecord(macros, 'anything.org', 'MX', '')).toHaveLength(1)

    const one = parseSource(
      'dnsconfig.js',
      "var M = [TXT('_mta-sts', 'v=STSv1; id=1')];\nD('example.com', R, M);"
    ) as SourceFile
    expect(one.origin).toBe('example.com')
    expect(findRecord(one, 'example.com', 'TXT', '_mta-sts')).toHaveLength(1)
    expect(findRecord(one, 'example.org', 'TXT', '_mta-sts')).toHaveLength(0)
  })

  it('CNAME delegation: a CNAME record, no TXT', () => {
    const f = parseSource(
      'src/openstreetmap-uk.js',
      'D("openstreetmap.co.uk", REGISTRAR, DnsProvider(PROVIDER),\n  CNAME("_mta-sts", "_mta-sts.openstreetmap.org."),\n);\n'
    ) as SourceFile
    expect(findRecord(f, 'openstreetmap.co.uk', 'TXT', '_mta-sts')).toEqual([])
    expect(findRecord(f, 'openstreetmap.co.uk', 'CNAME', '_mta-sts')).toMatchObject([
      {
        owner: '_mta-sts.openstreetmap.co.uk',
        value: '_mta-sts.openstreetmap.org',
        line: 2,
        column: 22
      }
    ])
  })
})

describe('every parser never throws', () => {
  it('on arbitrary text and file names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(PARSERS) as SourceFormat[])),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        (format, text, file) => {
          const f = PARSERS[format](text, { file, siblings: new Map([['terraform.tfvars', text]]) })
          expect(f.format).toBe(format)
          expect(Array.isArray(f.records)).toBe(true)
          expect(f.problems.every(p => !p.message.startsWith('internal error'))).toBe(true)
          expect(detectFormat(file, text) ?? 'none').toEqual(expect.any(String))
        }
      ),
      { numRuns: 1000 }
    )
  })
})

describe('hostile input', () => {
  const HOSTILE: Record<string, string> = {
    'unbalanced brackets': '('.repeat(20000) + ']'.repeat(20000),
    'nested interpolations': '"${'.repeat(20000),
    'nested template literals': '`${'.repeat(20000),
    'nested arrays in a call': `D("a.com", TXT("_mta-sts", ${'['.repeat(20000)}"x"${']'.repeat(20000)}))`,
    'nested HCL strings': `resource "aws_route53_record" "x" {\n name = "_mta-sts"\n type = "TXT"\n records = "${'${"'.repeat(10000)}${'"}'.repeat(10000)}"\n}\n`,
    'nested YAML flow collections': '['.repeat(5000) + '{a: '.repeat(5000),
    'many open blocks': 'a {\n'.repeat(20000),
    'many unterminated heredocs': 'x = <<EOT\n'.repeat(10000)
  }

  it.each(Object.keys(HOSTILE))(
    '%s: no parser fails, problems stay bounded',
    name => {
      const text = HOSTILE[name] ?? ''
      for (const format of Object.keys(PARSERS) as SourceFormat[]) {
        const f = PARSERS[format](text, {
          file: 'x',
          siblings: new Map([['terraform.tfvars', text]])
        })
        expect(f.problems.filter(p => p.message.startsWith('internal error'))).toEqual([])
        expect(f.problems.length).toBeLessThanOrEqual(1001)
      }
    },
    60000
  )
})
