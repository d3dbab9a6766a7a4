/**
 * Linking the files of a DNSControl configuration (one global scope across `require`d files):
 * `D(DOMAIN, ...)` with DOMAIN bound in another file, variables of records declared in a macros
 * file and included by zones elsewhere, and the names that resolve to nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { parseDnscontrol } from '../../../src/repo/sources/dnscontrol.js'
import { linkSources } from '../../../src/repo/sources/shared-scope.js'
import type { DnsRecord, SourceFile } from '../../../src/repo/sources/types.js'

const files = (texts: Record<string, string>): Map<string, SourceFile> =>
  new Map(Object.entries(texts).map(([file, text]) => [file, parseDnscontrol(text, { file })]))

/** Every record of the files after linking: `file: TYPE owner = value @line`. */
const linked = (texts: Record<string, string>): string[] => {
  const sources = files(texts)
  for (const [f, s] of linkSources(sources)) sources.set(f, s)
  return [...sources].flatMap(([file, s]) =>
    s.records.map((r: DnsRecord) => `${file}: ${r.type} ${r.owner} = ${r.value} @${r.line}`)
  )
}

describe('linkSources', () => {
  it('D(DOMAIN, ...) takes its domain from dnsconfig.js', () => {
    const texts = {
      'dnsconfig.js': 'var DOMAIN = "example.org";\nrequire("zones/main.js");\n',
      'zones/main.js':
        'D(DOMAIN, REG,\n  TXT("_mta-sts", "v=STSv1; id=1"),\n  MX("@", 10, "mx"));\n'
    }
    expect(linked(texts)).toEqual([
      'zones/main.js: TXT _mta-sts.example.org = v=STSv1; id=1 @2',
      'zones/main.js: MX example.org = mx.example.org @3'
    ])
    const sources = files(texts)
    expect(linkSources(sources).get('zones/main.js')?.origin).toBe('example.org')
  })

  it('a macros file included by zones of other files: a copy per zone, in the macros file', () => {
    expect(
      linked({
        'globals/macros/mail.js':
          "var MAIL = [\n  TXT('_mta-sts', 'v=STSv1; id=1'),\n  MX('@', 10, 'mail'),\n];\n",
        'domains/a.js': "D('a.example', REG, DnsProvider(DSP), MAIL);\n",
        'domains/b.js': "D('b.example', REG, DnsProvider(DSP), ...MAIL);\n",
        'domains/c.js': "D('c.example', REG, DnsProvider(DSP));\n"
      })
    ).toEqual([
      'globals/macros/mail.js: TXT _mta-sts = v=STSv1; id=1 @2',
      'globals/macros/mail.js: MX  = mail @3',
      'globals/macros/mail.js: TXT _mta-sts.a.example = v=STSv1; id=1 @2',
      'globals/macros/mail.js: MX a.example = mail.a.example @3',
      'globals/macros/mail.js: TXT _mta-sts.b.example = v=STSv1; id=1 @2',
      'globals/macros/mail.js: MX b.example = mail.b.example @3'
    ])
  })

  it('a variable including one of another file, in a zone named by a third', () => {
    expect(
      linked({
        'dnsconfig.js': 'var DOMAIN = "example.net";\nvar ALL = [STS, DKIM];\n',
        'sts.js': "var STS = [TXT('_mta-sts', 'v=STSv1; id=2')];\n",
        'zone.js': 'D(DOMAIN, REG, ALL);\n'
      })
    ).toEqual([
      'sts.js: TXT _mta-sts = v=STSv1; id=2 @1',
      'sts.js: TXT _mta-sts.example.net = v=STSv1; id=2 @1'
    ])
  })

  it('names bound to no one value resolve to nothing', () => {
    const zone = 'D(DOMAIN, REG, TXT("_mta-sts", "v=STSv1; id=3"));\n'
    const unresolved = ['zone.js: TXT _mta-sts = v=STSv1; id=3 @1']
    // Assigned in a template function.
    expect(
      linked({
        'dnsconfig.js': 'var DOMAIN = "a.example";\nfunction t(d) { DOMAIN = d }\n',
        'zone.js': zone
      })
    ).toEqual(unresolved)
    // Bound to different values in two files.
    expect(
      linked({
        'one.js': 'var DOMAIN = "a.example";\n',
        'two.js': 'var DOMAIN = "b.example";\n',
        'zone.js': zone
      })
    ).toEqual(unresolved)
    // Bound nowhere.
    expect(linked({ 'zone.js': zone })).toEqual(unresolved)
  })

  it('a variable declared in two files is taken from the zone’s own file only', () => {
    expect(
      linked({
        'a.js': "var M = [TXT('_mta-sts', 'v=STSv1; id=1')];\n",
        'b.js': "var M = [TXT('_mta-sts', 'v=STSv1; id=2')];\n",
        'c.js': "D('c.example', REG, M);\n"
      }).filter(l => l.includes('c.example'))
    ).toEqual([])
  })

  it('changes nothing when no file leaves anything unresolved', () => {
    expect(
      linkSources(
        files({ 'dnsconfig.js': 'D("example.com", R, TXT("_mta-sts", "v=STSv1; id=1"));' })
      ).size
    ).toBe(0)
  })
})
