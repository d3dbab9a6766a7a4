/**
 * Host rules that answer the policy URL: `_redirects` lines, `netlify.toml` tables (parsed by
 * smol-toml, positions from the text), `vercel.json` entries.
 */
import { describe, expect, it } from '@jest/globals'
import { parse } from 'smol-toml'
import { netlifyTomlRules, redirectsFileRules, vercelJsonRules } from '../../src/site/rewrites.js'
import { policyCodeRoute } from '../../src/site/well-known.js'

const brief = (r: { line: number; column: number; status: number; target?: string }) =>
  `${r.line}:${r.column} ${r.status} ${r.target ?? '-'}`

describe('_redirects', () => {
  it('rules covering the policy URL, with status, target and position', () => {
    const text = [
      '# comment',
      '/old /new 301',
      '/.well-known/mta-sts.txt  /mta-sts.txt  200',
      '/.well-known/*  /well-known/:splat  200!',
      'https://mta-sts.example.com/.well-known/mta-sts.txt /policy.txt 302',
      '/.well-known/mta-sts.txt /mta-sts.txt',
      '/.well-known/mta-sts.txt https://elsewhere.example/p.txt 200'
    ].join('\n')
    const rules = redirectsFileRules('site/_redirects', text, 'netlify')
    expect(rules.map(brief)).toEqual([
      '3:1 200 site/mta-sts.txt',
      '4:1 200 site/well-known/mta-sts.txt',
      '5:65 302 site/policy.txt',
      '6:1 301 site/mta-sts.txt',
      '7:1 200 -'
    ])
    expect(rules[1].force).toBe(true)
    expect(rules[2].fromHost).toBe('mta-sts.example.com')
    expect(rules[3].defaultStatus).toBe(true)
    expect(
      redirectsFileRules('_redirects', '/.well-known/mta-sts.txt /m.txt', 'cloudflare')[0].status
    ).toBe(302)
  })
})

describe('netlify.toml', () => {
  it('the n-th [[redirects]] table, paths below the publish folder', () => {
    const text = [
      '[build]',
      '  publish = "dist/"',
      '[[redirects]]',
      '  from = "/*"',
      '  to = "/index.html"',
      '  status = 200',
      '[[redirects]]',
      '  from = "/.well-known/mta-sts.txt"',
      '  to = "/mta-sts.txt"',
      '  status = 301'
    ].join('\n')
    expect(netlifyTomlRules('web/netlify.toml', parse(text), text).map(brief)).toEqual([
      '10:3 301 web/dist/mta-sts.txt'
    ])
  })

  it('a rewrite points at its from line; no status is 301', () => {
    const text = '[[redirects]]\nfrom = "/.well-known/mta-sts.txt"\nto = "/mta-sts.txt"\n'
    expect(netlifyTomlRules('netlify.toml', parse(text), text).map(brief)).toEqual([
      '2:1 301 mta-sts.txt'
    ])
  })
})

describe('vercel.json', () => {
  it('rewrites (200) and redirects (308, 307, statusCode), at their source', () => {
    const text = JSON.stringify(
      {
        rewrites: [{ source: '/.well-known/:path*', destination: '/wk/:path*' }],
        redirects: [
          { source: '/.well-known/mta-sts.txt', destination: '/a.txt' },
          { source: '/.well-known/mta-sts.txt', destination: '/b.txt', permanent: false },
          { source: '/.well-known/mta-sts.txt', destination: '/c.txt', statusCode: 301 }
        ]
      },
      null,
      2
    )
    expect(vercelJsonRules('vercel.json', text).map(brief)).toEqual([
      '4:7 200 wk/mta-sts.txt',
      '10:7 308 a.txt',
      '14:7 307 b.txt',
      '19:7 301 c.txt'
    ])
    expect(vercelJsonRules('vercel.json', '{ not json')).toEqual([])
  })
})

describe('policyCodeRoute', () => {
  it.each([
    ['app/.well-known/mta-sts.txt/route.ts', 'app/.well-known/mta-sts.txt'],
    ['src/routes/.well-known/mta-sts.txt/+server.ts', 'src/routes/.well-known/mta-sts.txt'],
    ['src/pages/.well-known/mta-sts.txt.ts', 'src/pages/.well-known/mta-sts.txt.ts'],
    ['.well-known/mta-sts.txt', undefined],
    ['app/.well-known/mta-sts.txt/README.md', undefined],
    ['app/mta-sts.txt/route.ts', undefined]
  ])('%s', (file, route) => {
    expect(policyCodeRoute(file)).toBe(route)
  })
})
