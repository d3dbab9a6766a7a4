/** Where a site serves its policy, and site folders as path prefixes. */
import { describe, expect, it } from '@jest/globals'
import { SKIP_DIRS, siteRoot, sitePath } from '../../src/site/folders.js'
import {
  WELL_KNOWN_DIR,
  WELL_KNOWN_POLICY,
  WELL_KNOWN_URL_PATH,
  isPolicyPath,
  isWellKnownPolicy,
  policyUrl,
  wellKnownSite
} from '../../src/site/well-known.js'

describe('well-known', () => {
  it('spells the folder, the path and the URL once', () => {
    expect([WELL_KNOWN_DIR, WELL_KNOWN_POLICY, WELL_KNOWN_URL_PATH]).toEqual([
      '.well-known',
      '.well-known/mta-sts.txt',
      '/.well-known/mta-sts.txt'
    ])
    expect(policyUrl('example.com')).toBe('https://mta-sts.example.com/.well-known/mta-sts.txt')
  })

  it.each([
    ['.well-known/mta-sts.txt', true, true, ''],
    ['site/.well-known/mta-sts.txt', true, true, 'site'],
    ['a/b/.well-known/mta-sts.txt', true, true, 'a/b'],
    ['mta-sts.txt', true, false, undefined],
    ['site/mta-sts.txt', false, false, undefined],
    ['x.well-known/mta-sts.txt', false, false, undefined],
    ['.well-known/mta-sts.txt.bak', false, false, undefined]
  ])('%s: a policy path %s, under .well-known %s, site %j', (file, policy, wellKnown, site) => {
    expect(isPolicyPath(file)).toBe(policy)
    expect(isWellKnownPolicy(file)).toBe(wellKnown)
    expect(wellKnownSite(file)).toBe(site)
  })
})

describe('folders', () => {
  it.each([
    ['', ''],
    ['.', ''],
    ['./', ''],
    ['/', ''],
    ['./docs/', 'docs'],
    ['site', 'site'],
    ['_site/', '_site'],
    ['a//b/', 'a/b']
  ])('siteRoot(%j) is %j', (dir, want) => {
    expect(siteRoot(dir)).toBe(want)
  })

  it('joins a site folder and a path', () => {
    expect(sitePath('', 'CNAME')).toBe('CNAME')
    expect(sitePath('docs', 'CNAME')).toBe('docs/CNAME')
    expect(SKIP_DIRS.has('node_modules')).toBe(true)
  })
})
