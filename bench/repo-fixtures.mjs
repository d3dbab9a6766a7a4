// Git fixtures for sections 4 and 5 of bench/run.mjs: a bare origin holding two commits (base and
// head of a pull request), built with `git fast-import` so no work tree is written, and the
// depth-1 checkout actions/checkout makes of it. Every git call runs with a fixed identity and no
// system or global config, so the user's settings cannot change the figures.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const gitEnv = env => ({
  ...env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C'
})

export const git = (cwd, args, input) =>
  execFileSync('git', args, {
    cwd,
    input,
    env: gitEnv(process.env),
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024
  }).toString('utf8')

// 2024-01-01 and 2024-02-01, 00:00 UTC: the ids below are these instants.
const BASE_TIME = 1704067200
const HEAD_TIME = 1706745600
export const BASE_ID = '20240101T000000Z'
export const HEAD_ID = '20240201T000000Z'

/** One commit of a fast-import stream: `files` maps paths to contents (all written inline). */
const commitStream = (files, mark, time, message, parent) => {
  const out = [
    'commit refs/heads/main',
    `mark :${mark}`,
    `committer bench <bench@example.com> ${time} +0000`,
    `data ${Buffer.byteLength(message)}`,
    message
  ]
  if (parent) out.push(`from ${parent}`)
  for (const [file, text] of Object.entries(files)) {
    out.push(`M 100644 inline ${file}`, `data ${Buffer.byteLength(text)}`, text)
  }
  return out.join('\n') + '\n'
}

/**
 * A bare repository `<dir>/origin.git` whose main branch has three commits: a first one with a
 * README (so the base, as in real repositories, has a parent: history is deepened past it and
 * renames into it are looked for), `base` (every file) and `head` (`changes` on top of it).
 * Returns the origin's file URL and the shas of base and head.
 */
export const makeOrigin = (dir, base, changes) => {
  const origin = path.join(dir, 'origin.git')
  mkdirSync(origin, { recursive: true })
  git(origin, ['init', '--quiet', '--bare', '--initial-branch=main'])
  git(
    origin,
    ['fast-import', '--quiet'],
    commitStream({ 'README.md': '# MTA-STS\n' }, 1, BASE_TIME - 86400, 'first commit\n') +
      commitStream(base, 2, BASE_TIME, 'base\n', ':1') +
      commitStream(changes, 3, HEAD_TIME, 'pull request\n', ':2')
  )
  const [headSha, baseSha] = git(origin, ['rev-parse', 'main', 'main~1']).trim().split('\n')
  return { url: pathToFileURL(origin).href, baseSha, headSha }
}

/** The checkout actions/checkout makes by default: depth 1, the head commit only. */
export const shallowClone = (url, dest) =>
  git(path.dirname(dest), ['clone', '--quiet', '--depth=1', '--no-tags', url, dest])

// ---------------------------------------------------------------------------------------------
// Repository shapes

const policy = (mx, maxAge = 604800) =>
  ['version: STSv1', 'mode: enforce', ...mx.map(h => `mx: ${h}`), `max_age: ${maxAge}`].join('\n') +
  '\n'

const zone = (domain, mx, id) =>
  [
    `$ORIGIN ${domain}.`,
    '$TTL 3600',
    `@           IN SOA   ns1.${domain}. hostmaster.${domain}. 1 7200 3600 1209600 3600`,
    `@           IN NS    ns1.${domain}.`,
    ...mx.map((h, i) => `@           IN MX    ${10 * (i + 1)} ${h}.`),
    `_mta-sts    IN TXT   "v=STSv1; id=${id}"`,
    `_smtp._tls  IN TXT   "v=TLSRPTv1; rua=mailto:tlsrpt@${domain}"`,
    `mta-sts     IN CNAME bench.github.io.`
  ].join('\n') + '\n'

/**
 * Section 4: one domain, a GitHub Pages site at the root and its zone in dns/. The pull request
 * adds an MX host to the policy and the zone, and bumps the id: the gate passes.
 */
export const oneDomainRepo = () => {
  const d = 'example.com'
  const mx1 = [`mx1.${d}`]
  const mx2 = [`mx1.${d}`, `mx2.${d}`]
  return {
    base: {
      '.well-known/mta-sts.txt': policy(mx1),
      CNAME: `mta-sts.${d}\n`,
      '.nojekyll': '',
      [`dns/${d}.zone`]: zone(d, mx1, BASE_ID)
    },
    changes: {
      '.well-known/mta-sts.txt': policy(mx2),
      [`dns/${d}.zone`]: zone(d, mx2, HEAD_ID)
    }
  }
}

/** Files a domain adds in manyDomainRepo. */
export const FILES_PER_DOMAIN = 4

export const domainName = i => `site-${String(i).padStart(5, '0')}.example.com`

/**
 * Section 5: `n` domains, one folder each (`sites/<domain>/.well-known/mta-sts.txt`, `CNAME`,
 * `.nojekyll`) and one BIND zone each (`dns/<domain>.zone`). Every tenth policy allows a
 * wildcard pattern (so the public-suffix list is loaded, as in real repositories). The pull
 * request changes the max_age of `changed` policies without bumping their ids: the gate finds
 * them all.
 */
export const manyDomainRepo = (n, changed) => {
  const base = {}
  const changes = {}
  const step = n / Math.max(1, changed)
  const touched = new Set(
    Array.from({ length: changed }, (_, k) => Math.min(n - 1, Math.floor(k * step + step / 2) + 3))
  )
  for (let i = 0; i < n; i++) {
    const d = domainName(i)
    const hosts = [`mx1.${d}`, `mx2.${d}`]
    const patterns = i % 10 === 0 ? [`*.${d}`] : hosts
    base[`sites/${d}/.well-known/mta-sts.txt`] = policy(patterns)
    base[`sites/${d}/CNAME`] = `mta-sts.${d}\n`
    base[`sites/${d}/.nojekyll`] = ''
    base[`dns/${d}.zone`] = zone(d, hosts, BASE_ID)
    if (touched.has(i)) {
      changes[`sites/${d}/.well-known/mta-sts.txt`] = policy(patterns, 1209600)
    }
  }
  return { base, changes, changed: Object.keys(changes).length }
}
