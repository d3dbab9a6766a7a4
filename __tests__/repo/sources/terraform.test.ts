/**
 * Terraform record resources: providers' attribute shapes, `var.x` from *.tfvars and defaults,
 * `local.x`, computed ids (md5/sha1/timestamp), positions and id spans (in the tfvars file when
 * the id lives there), and the exact lines of users.md 3.4.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { bumpId } from '../../../src/repo/sources/bump.js'
import { parseTerraform } from '../../../src/repo/sources/terraform/parse-terraform.js'
import { idRange } from '../../../src/repo/sources/parser-output.js'
import type { DnsRecord, SourceFile } from '../../../src/repo/sources/types.js'
import { recordPieces } from '../../fixtures/sources/arbitraries.js'

/** A record's id span, if any, lies in the text and covers exactly the id the value holds. */
const spanOk = (r: DnsRecord, text: string): boolean => {
  if (r.idSpan === undefined) return true
  const [a, b] = r.idSpan
  const range = idRange(r.value)
  return (
    a <= b &&
    b <= text.length &&
    range !== undefined &&
    text.slice(a, b) === r.value.slice(...range)
  )
}

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */

const parse = (text: string, siblings: Record<string, string> = {}, file = 'main.tf'): SourceFile =>
  parseTerraform(text, { file, siblings: new Map(Object.entries(siblings)) })

/** The text an id span covers, in the file it points into. */
const spanText = (
  text: string,
  r: DnsRecord | undefined,
  siblings: Record<string, string> = {}
): string | undefined => {
  if (r?.idSpan === undefined) return undefined
  const t = r.idFile === undefined ? text : siblings[r.idFile]
  return t?.slice(r.idSpan[0], r.idSpan[1])
}

const brief = (r: DnsRecord): string => `${r.type} ${r.owner} = ${r.value}`

/** A cloudflare_dns_record resource around one attribute line. */
const cloudflare = (content: string, name = '"_mta-sts"'): string =>
  [
    'resource "cloudflare_dns_record" "mta_sts" {',
    '  zone_id = var.zone_id',
    `  name    = ${name}`,
    '  type    = "TXT"',
    `  ${content}`,
    '  ttl     = 1',
    '}',
    ''
  ].join('\n')

describe('users.md 3.4 lines', () => {
  it('melvyndekort/email-infra: ${var.mta_sts_policy_id} from terraform.tfvars', () => {
    const text = cloudflare('content = "v=STSv1; id=${var.mta_sts_policy_id};"')
    const siblings = {
      'variables.tf': 'variable "mta_sts_policy_id" {\n  type = string\n}\n',
      'terraform.tfvars':
        'dns_ttl               = 300\nmta_sts_policy_id     = "20241119001"\nlambda_memory_size    = 256\n'
    }
    const f = parse(text, siblings, 'terraform/email-security.tf')
    expect(f.problems).toEqual([])
    expect(f.records).toEqual([
      {
        owner: '_mta-sts',
        type: 'TXT',
        value: 'v=STSv1; id=20241119001;',
        line: 5,
        column: 14,
        expression: '${var.mta_sts_policy_id}',
        idSpan: [53, 64],
        idFile: 'terraform.tfvars',
        // The id is written in terraform.tfvars: in this file, nowhere.
        textRuns: [
          { from: 0, at: { line: 5, column: 14 } },
          { from: 12, at: null },
          { from: 23, at: { line: 5, column: 50 } }
        ]
      }
    ])
    expect(spanText(text, f.records[0], siblings)).toBe('20241119001')
    // Bumping writes the tfvars file, nothing else.
    const tfvars = siblings['terraform.tfvars']
    const bumped = bumpId(tfvars, [53, 64], '20250701T150000Z')
    expect(bumped).toBe(tfvars.replace('20241119001', '20250701T150000Z'))
  })

  it.each([
    [
      'rsclarke/terraform-cloudflare-mta-sts: md5 through a local',
      'locals {\n  policy    = templatefile("${path.module}/policy.tpl", { mode = var.mode })\n  policy_id = md5(local.policy)\n}\n' +
        cloudflare('content = "v=STSv1; id=${local.policy_id}"'),
      'v=STSv1; id=${local.policy_id}',
      '${local.policy_id}'
    ],
    [
      'jimeh/terraform-cloudflare-email: sha1 (40 characters)',
      'locals {\n  policy_sha  = sha1(local.policy)\n}\n' +
        cloudflare('value   = "v=STSv1; id=${local.policy_sha}"'),
      'v=STSv1; id=${local.policy_sha}',
      '${local.policy_sha}'
    ],
    [
      'ThorstenSauter: md5 of the inputs, FQDN name from a data source',
      'locals {\n  policy_id        = md5("${var.domain}-${var.mta_sts_mode}")\n}\n' +
        cloudflare(
          'content = "v=STSv1; id=${local.policy_id};"',
          '"_mta-sts.${data.cloudflare_zone.this.name}"'
        ),
      'v=STSv1; id=${local.policy_id};',
      '${local.policy_id}'
    ],
    [
      'an inline hash',
      cloudflare('content = "v=STSv1; id=${substr(md5(local.policy), 0, 32)}"'),
      'v=STSv1; id=${substr(md5(local.policy), 0, 32)}',
      '${substr(md5(local.policy), 0, 32)}'
    ],
    [
      'a clock',
      cloudflare('content = "v=STSv1; id=${formatdate("YYYYMMDDhhmmss", timestamp())}"'),
      'v=STSv1; id=${formatdate("YYYYMMDDhhmmss", timestamp())}',
      '${formatdate("YYYYMMDDhhmmss", timestamp())}'
    ]
  ])('%s', (_name, text, value, expression) => {
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.records).toHaveLength(1)
    expect(f.records[0]).toMatchObject({
      owner: '_mta-sts',
      type: 'TXT',
      value,
      expression,
      computed: true
    })
    expect(f.records[0]?.idSpan).toBeUndefined()
  })

  it('ukncsc/terraform-aws-mtasts: aws_route53_record records list, md5 local', () => {
    const text = [
      'locals {',
      '  policydomain = "mta-sts.${var.domain}"',
      '  policyhash   = md5(format("%s%s%s", join("", var.mx), var.mode, var.max_age))',
      '}',
      '',
      'resource "aws_route53_record" "mtastspolicydns" {',
      '  zone_id = data.aws_route53_zone.zone.id',
      '  name    = "_mta-sts.${var.domain}"',
      '  type    = "TXT"',
      '  ttl     = "300"',
      '',
      '  records = [',
      '    "v=STSv1; id=${local.policyhash}",',
      '  ]',
      '}',
      ''
    ].join('\n')
    const f = parse(text)
    expect(f.records).toEqual([
      {
        owner: '_mta-sts',
        type: 'TXT',
        value: 'v=STSv1; id=${local.policyhash}',
        line: 13,
        column: 6,
        expression: '${local.policyhash}',
        computed: true
      }
    ])
  })
})

describe('literal ids and positions', () => {
  it('an id in the resource itself: the span is in this file', () => {
    const text = cloudflare('content = "v=STSv1; id=20250701T150000Z"')
    const f = parse(text)
    expect(f.records).toEqual([
      {
        owner: '_mta-sts',
        type: 'TXT',
        value: 'v=STSv1; id=20250701T150000Z',
        line: 5,
        column: 14,
        idSpan: [text.indexOf('20250701T150000Z'), text.indexOf('20250701T150000Z') + 16]
      }
    ])
  })

  it('keeps the leading-space and embedded-quote mistakes as written', () => {
    const text =
      cloudflare('content = " v=STSv1; id=20220101000000Z;"') +
      cloudflare('content = "\\"v=STSv1; id=202106232127\\""')
    const f = parse(text)
    expect(f.records.map(r => r.value)).toEqual([
      ' v=STSv1; id=20220101000000Z;',
      '"v=STSv1; id=202106232127"'
    ])
    expect(f.records.map(r => spanText(text, r))).toEqual(['20220101000000Z', '202106232127'])
  })

  it('a variable default in the same file, or in variables.tf', () => {
    const own = 'variable "sts_id" {\n  type    = string\n  default = "abc123"\n}\n'
    const text = own + cloudflare('content = "v=STSv1; id=${var.sts_id}"')
    const f = parse(text)
    expect(f.records[0]).toMatchObject({ value: 'v=STSv1; id=abc123', expression: '${var.sts_id}' })
    expect(f.records[0]?.idFile).toBeUndefined()
    expect(spanText(text, f.records[0])).toBe('abc123')

    const other = cloudflare('content = "v=STSv1; id=${var.sts_id}"')
    const siblings = { 'variables.tf': own }
    const g = parse(other, siblings)
    expect(g.records[0]).toMatchObject({ value: 'v=STSv1; id=abc123', idFile: 'variables.tf' })
    expect(spanText(other, g.records[0], siblings)).toBe('abc123')
  })

  it('a literal local, a bare reference and an unquoted number in tfvars', () => {
    const text =
      'locals {\n  record = "v=STSv1; id=${var.id}"\n}\n' + cloudflare('content = local.record')
    const siblings = { 'terraform.tfvars': 'id = 20241119001 # bumped by hand\n' }
    const f = parse(text, siblings)
    expect(f.records[0]).toMatchObject({ value: 'v=STSv1; id=20241119001', line: 2, column: 13 })
    expect(f.records[0]?.idFile).toBe('terraform.tfvars')
    expect(spanText(text, f.records[0], siblings)).toBe('20241119001')
  })

  it('tfvars precedence: *.auto.tfvars over terraform.tfvars over the default; others last', () => {
    const text =
      'variable "id" {\n  default = "fromdefault"\n}\n' +
      cloudflare('content = "v=STSv1; id=${var.id}"')
    const value = (siblings: Record<string, string>): string | undefined =>
      parse(text, siblings).records[0]?.value
    expect(value({})).toBe('v=STSv1; id=fromdefault')
    expect(value({ 'prod.tfvars': 'id = "fromprod"\n' })).toBe('v=STSv1; id=fromprod')
    expect(
      value({ 'prod.tfvars': 'id = "fromprod"\n', 'terraform.tfvars': 'id = "fromterraform"\n' })
    ).toBe('v=STSv1; id=fromterraform')
    expect(
      value({ 'terraform.tfvars': 'id = "fromterraform"\n', 'b.auto.tfvars': 'id = "fromauto"\n' })
    ).toBe('v=STSv1; id=fromauto')
  })

  it('an unresolved variable is kept as written, with a problem', () => {
    const text = cloudflare('content = "v=STSv1; id=${var.nowhere}"')
    const f = parse(text)
    expect(f.records[0]).toMatchObject({
      value: 'v=STSv1; id=${var.nowhere}',
      expression: '${var.nowhere}'
    })
    expect(f.records[0]?.computed).toBeUndefined()
    expect(f.problems).toEqual([
      {
        message:
          'the id comes from ${var.nowhere}, which has no literal value here (no *.tfvars entry, default or local)',
        line: 5,
        column: 14
      }
    ])
  })
})

describe('providers', () => {
  it('google_dns_record_set: quoted rrdatas, FQDN name', () => {
    const text = [
      'resource "google_dns_record_set" "sts" {',
      '  name         = "_mta-sts.example.com."',
      '  managed_zone = google_dns_managed_zone.zone.name',
      '  type         = "TXT"',
      '  rrdatas      = ["\\"v=STSv1; id=abc\\""]',
      '}'
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(brief)).toEqual(['TXT _mta-sts.example.com = v=STSv1; id=abc'])
    expect(spanText(text, f.records[0])).toBe('abc')
  })

  it('aws_route53_record: the "" split of long values; MX with priority', () => {
    const text = [
      'resource "aws_route53_record" "sts" {',
      '  name    = "_mta-sts"',
      '  type    = "TXT"',
      '  records = ["v=STSv1; \\"\\"id=abc"]',
      '}',
      'resource "aws_route53_record" "mx" {',
      '  name    = var.domain',
      '  type    = "MX"',
      '  records = ["10 mx1.example.com.", "20 MX2.example.com"]',
      '}'
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts = v=STSv1; id=abc',
      'MX  = mx1.example.com',
      'MX  = mx2.example.com'
    ])
    expect(spanText(text, f.records[0])).toBe('abc')
  })

  it('google_dns_record_set: an id from tfvars inside a quoted rrdata', () => {
    const text = [
      'resource "google_dns_record_set" "sts" {',
      '  name    = "_mta-sts.${google_dns_managed_zone.zone.dns_name}"',
      '  type    = "TXT"',
      '  rrdatas = ["\\"v=STSv1; id=${var.sts_id}\\""]',
      '}'
    ].join('\n')
    const siblings = { 'terraform.tfvars': 'sts_id = "20250701T150000Z"\n' }
    const f = parse(text, siblings)
    expect(f.records).toMatchObject([
      {
        owner: '_mta-sts',
        value: 'v=STSv1; id=20250701T150000Z',
        expression: '${var.sts_id}',
        idFile: 'terraform.tfvars'
      }
    ])
    expect(spanText(text, f.records[0], siblings)).toBe('20250701T150000Z')
  })

  it('aws_route53_record: a value quoted again is kept as written (the provider adds quotes)', () => {
    const text =
      'resource "aws_route53_record" "sts" {\n  name = "_mta-sts"\n  type = "TXT"\n  records = ["\\"v=STSv1; id=abc\\""]\n}\n'
    expect(parse(text).records.map(r => r.value)).toEqual(['"v=STSv1; id=abc"'])
  })

  it('azurerm: record blocks', () => {
    const text = [
      'resource "azurerm_dns_txt_record" "sts" {',
      '  name                = "_mta-sts"',
      '  zone_name           = azurerm_dns_zone.z.name',
      '  ttl                 = 300',
      '  record {',
      '    value = "v=STSv1; id=abc"',
      '  }',
      '}',
      'resource "azurerm_dns_mx_record" "mx" {',
      '  name = "@"',
      '  record {',
      '    preference = 10',
      '    exchange   = "mail.example.com"',
      '  }',
      '}',
      'resource "azurerm_dns_cname_record" "alias" {',
      '  name   = "_mta-sts.sub"',
      '  record = "_mta-sts.example.com"',
      '}'
    ].join('\n')
    const f = parse(text)
    expect(f.records.map(r => `${brief(r)} @${r.line}:${r.column}`)).toEqual([
      'TXT _mta-sts = v=STSv1; id=abc @6:14',
      'MX  = mail.example.com @13:19',
      'CNAME _mta-sts.sub = _mta-sts.example.com @18:13'
    ])
  })

  it('cloudflare_record (older: value), digitalocean_record, a CNAME delegation', () => {
    const text = [
      'resource "cloudflare_record" "sts" {',
      '  name  = "_mta-sts"',
      '  type  = "TXT"',
      '  value = "v=STSv1; id=1"',
      '}',
      'resource "digitalocean_record" "mx" {',
      '  domain   = digitalocean_domain.d.id',
      '  type     = "MX"',
      '  name     = "@"',
      '  priority = 10',
      '  value    = "mx.example.com."',
      '}',
      'resource "cloudflare_dns_record" "alias" {',
      '  name    = "_mta-sts"',
      '  type    = "CNAME"',
      '  content = "_mta-sts.example.org"',
      '}',
      'resource "cloudflare_dns_record" "a" {',
      '  name    = "mta-sts"',
      '  type    = "A"',
      '  content = "192.0.2.1"',
      '}'
    ].join('\n')
    expect(parse(text).records.map(brief)).toEqual([
      'TXT _mta-sts = v=STSv1; id=1',
      'MX  = mx.example.com',
      'CNAME _mta-sts = _mta-sts.example.org'
    ])
  })
})

describe('resources created on a condition', () => {
  const resource = (extra: string, records: string): string =>
    [
      'variable "reporting_email" {',
      '  type    = string',
      '  default = ""',
      '}',
      'resource "aws_route53_record" "smtptlsreporting" {',
      '  zone_id = var.zone_id',
      '  name    = "_smtp._tls.example.com"',
      '  type    = "TXT"',
      extra,
      `  records = [${records}]`,
      '}'
    ].join('\n')
  const filled = '"v=TLSRPTv1;rua=mailto:${var.reporting_email}"'

  it('a count guard over a value filled in from a default: conditional (ukncsc/terraform-aws-mtasts)', () => {
    const f = parse(resource('  count   = length(var.reporting_email) > 0 ? 1 : 0', filled))
    expect(f.records.map(r => [r.value, r.conditional])).toEqual([['v=TLSRPTv1;rua=mailto:', true]])
  })

  it('count written out as 1, no count, for_each, a literal value or a guard on another variable: as read', () => {
    for (const text of [
      resource('  count   = 1', filled),
      resource('', filled),
      resource('  for_each = local.domains', filled),
      resource('  count   = var.enabled ? 1 : 0', '"v=TLSRPTv1;rua=mailto:tls@example.com"'),
      resource('  count   = var.enabled ? 1 : 0', filled)
    ]) {
      expect(parse(text).records.map(r => r.conditional)).toEqual([undefined])
    }
  })
})

describe('the zone a record is in', () => {
  /** The zones of a configuration, one per provider, in a zones.tf beside the records. */
  const ZONES = [
    'resource "cloudflare_zone" "main" {',
    '  account = { id = var.account_id }',
    '  name    = "example.com"',
    '}',
    'data "aws_route53_zone" "org" {',
    '  name = "example.org."',
    '}',
    'resource "google_dns_managed_zone" "net" {',
    '  name     = "example-net"',
    '  dns_name = "example.net."',
    '}',
    'resource "azurerm_dns_zone" "io" {',
    '  name                = var.io_domain',
    '  resource_group_name = "dns"',
    '}',
    'resource "digitalocean_domain" "dev" {',
    '  name = "example.dev"',
    '}',
    ''
  ].join('\n')
  const siblings = { 'zones.tf': ZONES, 'terraform.tfvars': 'io_domain = "example.io"\n' }

  it.each([
    [
      'cloudflare_dns_record: zone_id of a zone resource',
      'resource "cloudflare_dns_record" "s" {\n  zone_id = cloudflare_zone.main.id\n  name    = "_mta-sts"\n  type    = "TXT"\n  content = "v=STSv1; id=1"\n}\n',
      '_mta-sts.example.com'
    ],
    [
      'cloudflare_record (0.11 syntax): "${...}" around the reference',
      'resource "cloudflare_record" "s" {\n  zone_id = "${cloudflare_zone.main.id}"\n  name    = "_mta-sts"\n  type    = "TXT"\n  value   = "v=STSv1; id=1"\n}\n',
      '_mta-sts.example.com'
    ],
    [
      'cloudflare: a name that already ends with the zone is kept',
      'resource "cloudflare_dns_record" "s" {\n  zone_id = cloudflare_zone.main.id\n  name    = "_mta-sts.example.com"\n  type    = "TXT"\n  content = "v=STSv1; id=1"\n}\n',
      '_mta-sts.example.com'
    ],
    [
      'aws_route53_record: zone_id of a data source, its name with a final dot',
      'resource "aws_route53_record" "s" {\n  zone_id = data.aws_route53_zone.org.zone_id\n  name    = "_mta-sts"\n  type    = "TXT"\n  records = ["v=STSv1; id=1"]\n}\n',
      '_mta-sts.example.org'
    ],
    [
      'google_dns_record_set: the FQDN built from the zone’s dns_name',
      'resource "google_dns_record_set" "s" {\n  managed_zone = google_dns_managed_zone.net.name\n  name    = "_mta-sts.${google_dns_managed_zone.net.dns_name}"\n  type    = "TXT"\n  rrdatas = ["\\"v=STSv1; id=1\\""]\n}\n',
      '_mta-sts.example.net'
    ],
    [
      'azurerm_dns_txt_record: zone_name of a zone whose name is a tfvars value',
      'resource "azurerm_dns_txt_record" "s" {\n  name      = "_mta-sts"\n  zone_name = azurerm_dns_zone.io.name\n  ttl       = 300\n  record {\n    value = "v=STSv1; id=1"\n  }\n}\n',
      '_mta-sts.example.io'
    ],
    [
      'digitalocean_record: domain of a domain resource',
      'resource "digitalocean_record" "s" {\n  domain = digitalocean_domain.dev.id\n  type   = "TXT"\n  name   = "_mta-sts"\n  value  = "v=STSv1; id=1"\n}\n',
      '_mta-sts.example.dev'
    ],
    [
      'a zone named as a literal',
      'resource "azurerm_dns_txt_record" "s" {\n  name      = "_mta-sts"\n  zone_name = "example.eu"\n  record {\n    value = "v=STSv1; id=1"\n  }\n}\n',
      '_mta-sts.example.eu'
    ],
    [
      'a zone id the configuration does not name: relative',
      'resource "cloudflare_dns_record" "s" {\n  zone_id = var.zone_id\n  name    = "_mta-sts"\n  type    = "TXT"\n  content = "v=STSv1; id=1"\n}\n',
      '_mta-sts'
    ]
  ])('%s', (_name, text, owner) => {
    expect(parse(text, siblings, 'records.tf').records.map(r => r.owner)).toEqual([owner])
  })

  it('a value per for_each instance is never taken for a zone or a host name', () => {
    const text = [
      'resource "cloudflare_dns_record" "sts" {',
      '  for_each = var.hosts',
      '  zone_id  = cloudflare_zone.main.id',
      '  name     = "_mta-sts.${each.value.host}"',
      '  type     = "TXT"',
      '  content  = "v=STSv1; id=1"',
      '}',
      'resource "azurerm_dns_txt_record" "per_zone" {',
      '  for_each  = var.zones',
      '  name      = "_mta-sts"',
      '  zone_name = each.key',
      '  record {',
      '    value = "v=STSv1; id=2"',
      '  }',
      '}',
      'resource "cloudflare_dns_record" "mx" {',
      '  for_each = var.hosts',
      '  zone_id  = cloudflare_zone.main.id',
      '  name     = "@"',
      '  type     = "MX"',
      '  content  = each.value.host',
      '  priority = 10',
      '}'
    ].join('\n')
    expect(parse(text, siblings).records.map(brief)).toEqual([
      // Kept as written: it names no domain.
      'TXT _mta-sts.${each.value.host} = v=STSv1; id=1',
      'TXT _mta-sts = v=STSv1; id=2',
      'MX example.com = ${each.value.host}'
    ])
  })

  it('a reference to a block reads only what the block writes', () => {
    const text = [
      'resource "cloudflare_dns_record" "sts" {',
      '  zone_id = cloudflare_zone.main.id',
      '  name    = "_mta-sts"',
      '  type    = "TXT"',
      '  content = "v=STSv1; id=${random_id.sts.hex}"',
      '}'
    ].join('\n')
    const more = {
      ...siblings,
      'random.tf': 'resource "random_id" "sts" {\n  byte_length = 8\n}\n'
    }
    const f = parse(text, more)
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts.example.com = v=STSv1; id=${random_id.sts.hex}'
    ])
    expect(f.problems.map(p => p.message)).toEqual([
      'the id comes from ${random_id.sts.hex}, which has no literal value here (no *.tfvars entry, default or local)'
    ])
  })
})

describe('scanner', () => {
  it('comments, heredocs, $${ escapes, nested blocks and one-line blocks', () => {
    const text = [
      '# resource "cloudflare_dns_record" "x" { name = "_mta-sts" type = "TXT" content = "no" }',
      '// another comment',
      '/* resource "cloudflare_dns_record" "y" {',
      '  name = "_mta-sts" type = "TXT" content = "v=STSv1; id=no" } */',
      'variable "unused" { default = "x" }',
      'resource "cloudflare_dns_record" "sts" {',
      '  name    = "_mta-sts"',
      '  type    = "TXT"',
      '  content = <<-EOT',
      '    v=STSv1; id=abc',
      '    EOT',
      '  lifecycle {',
      '    ignore_changes = [ttl]',
      '  }',
      '}',
      'resource "cloudflare_dns_record" "note" {',
      '  name    = "_note"',
      '  type    = "TXT"',
      '  content = "cost: $${literal} 100%%{x}"',
      '}'
    ].join('\n')
    const f = parse(text)
    expect(f.problems).toEqual([])
    expect(f.records.map(brief)).toEqual([
      'TXT _mta-sts = v=STSv1; id=abc\n',
      'TXT _note = cost: ${literal} 100%{x}'
    ])
    expect(spanText(text, f.records[0])).toBe('abc')
  })

  it.each([
    ['resource "cloudflare_dns_record" "x" {\n  name = "_mta-sts\n}\n', 'unterminated string'],
    [
      'resource "cloudflare_dns_record" "x" {\n  name = "_mta-sts"\n',
      'unclosed "{" at the end of the file'
    ],
    ['}\n', 'unbalanced "}"'],
    ['/* never closed', 'unterminated comment'],
    ['x = <<EOT\nabc\n', 'unterminated heredoc <<EOT']
  ])('problem: %j', (text, message) => {
    expect(parse(text).problems.map(p => p.message)).toContain(message)
  })
})

describe('never throws', () => {
  const pieces = fc.constantFrom(
    'resource "cloudflare_dns_record" "x" {',
    'resource "aws_route53_record" "x" {',
    'locals {',
    'variable "v" {',
    '}',
    '{',
    'name = "_mta-sts"',
    'type = "TXT"',
    'content = ',
    'records = [',
    ']',
    '"v=STSv1; id=${var.v}"',
    '"v=STSv1; id=${local.l}"',
    'l = md5(x)',
    'default = "a"',
    '${',
    '%{',
    '"',
    '<<EOT\n',
    '<<-EOT\n',
    'EOT',
    '#',
    '//',
    '/*',
    '*/',
    '\\',
    '\n',
    ' '
  )
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(pieces, { maxLength: 60 }).map(a => a.join(''))
  )

  it('on arbitrary text, with arbitrary siblings', () => {
    fc.assert(
      fc.property(text, text, (t, sib) => {
        const siblings = { 'terraform.tfvars': sib, 'variables.tf': sib }
        const f = parse(t, siblings)
        expect(
          f.records.filter(
            r => r.line < 1 || r.column < 1 || !spanOk(r, r.idFile === undefined ? t : sib)
          )
        ).toEqual([])
        expect(f.problems.every(p => !p.message.startsWith('internal error'))).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})

describe('round trip', () => {
  it('any printable text, escaped for HCL, reads back with an exact id span', () => {
    fc.assert(
      fc.property(
        recordPieces.filter(({ text }) => /^[\x20-\x7e\t]*$/.test(text)),
        fc.constantFrom('content', 'records'),
        ({ text }, attr) => {
          const lit = `"${text
            .replace(/[\\"]/g, m => `\\${m}`)
            .replace(/\t/g, '\\t')
            .replace(/([$%])\{/g, '$1$1{')}"`
          const value = attr === 'records' ? `[${lit}]` : lit
          const tf = `resource "cloudflare_dns_record" "s" {\n  name = "_mta-sts"\n  type = "TXT"\n  ${attr} = ${value}\n}\n`
          const f = parse(tf)
          expect(f.problems).toEqual([])
          expect(f.records.map(r => r.value)).toEqual([text])
          expect(f.records.filter(r => !spanOk(r, tf))).toEqual([])
        }
      ),
      { numRuns: 500 }
    )
  })
})
