import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { domainsOfFile, inShard, parseDomainsFile, shardOf } from '../../src/scale/domain-list.js'
import { parseShard } from '../../src/scale/shard.js'

describe('parseDomainsFile', () => {
  it.each([
    ['one a line', 'a.example\nb.example\n', ['a.example', 'b.example']],
    ['comments and blank lines', '# mine\n\na.example # primary\n   \n#b.example\n', ['a.example']],
    ['CRLF and a BOM', '\uFEFFa.example\r\nb.example\r\n', ['a.example', 'b.example']],
    [
      'canonical, each once',
      'A.Example.\na.example\nbücher.example\n',
      ['a.example', 'xn--bcher-kva.example']
    ],
    ['no final newline, spaces around', '  a.example  ', ['a.example']],
    ['nothing', '', []]
  ])('%s', (_name, text, domains) => {
    expect(parseDomainsFile(text)).toEqual({ ok: true, domains })
  })

  it.each([
    [
      'a policy host',
      'a.example\nmta-sts.b.example\n',
      2,
      /"mta-sts\.b\.example" is not a mail domain/
    ],
    ['a URL', '\n\nhttps://a.example/\n', 3, /"https:\/\/a\.example\/" is not a mail domain/],
    ['a single label', '# x\r\nlocalhost\r\n', 2, /"localhost"/],
    ['two names on a line', 'a.example b.example\n', 1, /"a\.example b\.example"/],
    ['a record name', '_mta-sts.a.example\n', 1, /"_mta-sts\.a\.example"/]
  ])('refuses %s with its line', (_name, text, line, reason) => {
    const r = parseDomainsFile(text)
    expect(r).toMatchObject({ ok: false, line })
    expect(r.ok ? '' : r.reason).toMatch(reason)
  })

  it('domainsOfFile names the file and the line', () => {
    expect(() => domainsOfFile('a.example\nnot a domain\n', 'list.txt')).toThrow(
      /^list\.txt, line 2: "not a domain" is not a mail domain/
    )
  })
})

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 4/4 ', { index: 4, count: 4 }]
  ])('%s', (value, shard) => {
    expect(parseShard(value)).toEqual(shard)
  })

  it.each([
    ['0/4', /I must be from 1 to N \(4\)/],
    ['5/4', /I must be from 1 to N \(4\)/],
    ['1/0', /N must be from 1 to 10000/],
    ['1/10001', /N must be from 1 to 10000/],
    ['1', /takes I\/N/],
    ['a/b', /takes I\/N/],
    ['-1/2', /takes I\/N/],
    ['1/2/3', /takes I\/N/]
  ])('refuses %s', (value, reason) => {
    const r = parseShard(value)
    expect('reason' in r ? r.reason : '').toMatch(reason)
  })
})

const domain = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 2, maxLength: 4 })
  .map(labels => labels.join('.'))

describe('shardOf', () => {
  it.each([
    // The first 4 bytes of sha256, big-endian, mod N (plus 1): fixed forever, as jobs rely on it.
    ['example.com', 1, 1],
    ['example.com', 2, 1],
    ['example.com', 7, 7],
    ['example.net', 3, 1],
    ['a.example', 2, 2],
    ['b.example', 2, 1],
    ['mail.example.co.uk', 10, 9]
  ])('%s in %i shards is shard %i', (d, n, shard) => {
    expect(shardOf(d, n)).toBe(shard)
  })

  it('is deterministic and within 1..N', () => {
    fc.assert(
      fc.property(domain, fc.integer({ min: 1, max: 1000 }), (d, n) => {
        const s = shardOf(d, n)
        expect(s === shardOf(d, n) && s >= 1 && s <= n).toBe(true)
      })
    )
  })

  it('puts every domain in exactly one shard', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(domain, { maxLength: 50 }),
        fc.integer({ min: 1, max: 9 }),
        (ds, n) => {
          const parts = Array.from({ length: n }, (_, i) => inShard(ds, { index: i + 1, count: n }))
          expect(parts.flat().sort()).toEqual([...ds].sort())
        }
      )
    )
  })

  it('adding a domain moves no other', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(domain, { maxLength: 40 }),
        domain,
        fc.integer({ min: 1, max: 9 }),
        (ds, added, n) => {
          fc.pre(!ds.includes(added))
          for (let i = 1; i <= n; i++) {
            const before = inShard(ds, { index: i, count: n })
            const after = inShard([...ds, added], { index: i, count: n })
            expect(after.filter(d => d !== added)).toEqual(before)
          }
        }
      )
    )
  })

  it('spreads domains over the shards', () => {
    const ds = Array.from({ length: 4000 }, (_, i) => `d${i}.example`)
    for (let i = 1; i <= 4; i++) {
      expect(inShard(ds, { index: i, count: 4 }).length).toBeGreaterThan(900)
    }
  })
})
