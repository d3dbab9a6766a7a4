import type { RepoContext, RepoPolicy, Reporter } from './types.js'
import { editDistance } from '../did-you-mean.js'
import { canonicalDomain } from '../domain-name.js'
import { sitePath } from '../site/folders.js'
import { cnameDomain } from '../site/github-pages.js'
import { POLICY_FILE, WELL_KNOWN_URL_PATH, policyUrl, wellKnownSite } from '../site/well-known.js'

/** The folder a policy's site is published from, when its layout says. */
const siteOf = (p: RepoPolicy): string | undefined =>
  p.siteRoot ?? wellKnownSite(p.file) ?? (p.file === POLICY_FILE ? '' : undefined)

/** The host name a CNAME line stands for: without a scheme, a path or a port. */
const hostOf = (line: string): string =>
  canonicalDomain(
    line
      .trim()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .replace(/[/:?#].*$/, '')
  )

/**
 * What the CNAME most likely means: `mta-sts.` in place of a misspelt first label (`ma-sts`,
 * `mta_sts`) or of `www`, or in front of a bare domain.
 */
const meant = (host: string): string | undefined => {
  const labels = host.split('.').filter(l => l !== '')
  if (labels.length < 2) return undefined
  const first = labels[0]
  // Already the policy host's form: it is what to write (a URL's host), unless what follows is
  // no domain (`mta-sts.YOURDOMAIN`: see holds), which no guess can mend.
  if (first === 'mta-sts') return labels.length > 2 ? host : undefined
  const lookalike = first.replace(/[-_.]/g, '') === 'mtasts' || editDistance(first, 'mta-sts') <= 2
  if (lookalike || first === 'www') return `mta-sts.${labels.slice(1).join('.')}`
  if (labels.length === 2) return `mta-sts.${host}`
  return undefined
}

/**
 * The CNAME file of a GitHub Pages site holding a policy must name the policy host
 * `mta-sts.<domain>`: Pages serves the site under that one name (and gets its certificate for
 * it), and senders fetch the policy from no other. Reported by policy-location, at the CNAME.
 */
export const checkCname = (ctx: RepoContext, report: Reporter): void => {
  const seen = new Set<string>()
  for (const p of ctx.policies) {
    // A host rule's site is not published by GitHub Pages.
    if (p.servedBy !== undefined) continue
    const site = siteOf(p)
    if (site === undefined) continue
    const file = sitePath(site, 'CNAME')
    if (seen.has(file) || !ctx.files.includes(file)) continue
    seen.add(file)
    const text = ctx.read(file)
    if (text === undefined) continue
    const line = text.split(/\r?\n/)[0] ?? ''
    const named = cnameDomain(text)
    const expected = p.domain === undefined ? undefined : `mta-sts.${p.domain}`
    if (named !== undefined && (p.domain === undefined || named === p.domain)) continue
    const host = hostOf(line)
    const fix = expected ?? meant(host)
    const url =
      p.domain === undefined
        ? `https://mta-sts.<domain>${WELL_KNOWN_URL_PATH}`
        : policyUrl(p.domain)
    const holds =
      line.trim() === ''
        ? 'is empty'
        : host !== canonicalDomain(line)
          ? `holds ${JSON.stringify(line.trim())}, not a bare host name`
          : /^mta-sts\.[^.]+$/.test(host)
            ? `names ${host}, whose ${JSON.stringify(host.slice(8))} is no mail domain (a single label: a placeholder left in?)`
            : `names ${host}`
    report({
      message: `${file} ${holds}, but GitHub Pages must serve this site as mta-sts.<domain>: senders fetch ${url} and nothing else; ${fix === undefined ? 'write the policy host, mta-sts. followed by your mail domain' : `write ${fix}`} on its first line${named !== undefined && expected !== undefined ? ` (the policy serves ${p.domain ?? ''})` : ''}`,
      file,
      line: 1,
      column: 1
    })
  }
}
