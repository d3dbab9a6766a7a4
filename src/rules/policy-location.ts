import { defineRule } from './define.js'
import type { RepoContext, RepoPolicy, Reporter } from './types.js'
import { editDistance } from '../did-you-mean.js'
import { checkCname } from './policy-cname.js'
import { notAPolicy } from '../policy/not-policy.js'
import { parsePolicy } from '../policy/parse.js'
import { SKIP_DIRS, sitePath } from '../site/folders.js'
import { hostName } from '../site/rewrites.js'
import {
  POLICY_FILE,
  WELL_KNOWN_DIR,
  WELL_KNOWN_POLICY,
  WELL_KNOWN_URL_PATH,
  policyUrl
} from '../site/well-known.js'

/** Policies deeper than this many folders are not looked for. */
export const MAX_POLICY_DEPTH = 6

/** `.well_known`, `well-known`, `.Well-Known`, `.wellknown`, `.well-know`: meant as `.well-known`. */
export const looksLikeWellKnown = (name: string): boolean => {
  if (name === WELL_KNOWN_DIR) return false
  const n = name.toLowerCase().replace(/^\.+/, '').replace(/[_ ]/g, '-')
  const bare = WELL_KNOWN_DIR.slice(1)
  return (
    n === bare ||
    n === bare.replace('-', '') ||
    editDistance(name.toLowerCase(), WELL_KNOWN_DIR) <= 2
  )
}

/** `mta_sts.txt`, `MTA-STS.txt`, `mta-sts.txt.txt`, `mta-sts`: meant as `mta-sts.txt`. */
export const looksLikePolicyName = (name: string): boolean => {
  if (name === POLICY_FILE) return false
  let n = name.toLowerCase().replace(/_/g, '-')
  while (n.endsWith('.txt')) n = n.slice(0, -4)
  return n === 'mta-sts' || n === 'mtasts' || n === 'mta.sts' || editDistance(n, 'mta-sts') <= 1
}

/** Text that is a policy rather than, say, a script named `mta-sts`. */
const looksLikePolicy = (text: string | undefined): boolean =>
  text !== undefined &&
  /^\s*version\s*:\s*STSv1\s*$/im.test(text) &&
  /^\s*(mode|max_age|mx)\s*:/im.test(text)

const whyName = (name: string): string => {
  if (name.toLowerCase() === POLICY_FILE) return 'names are case-sensitive on web servers'
  if (name.includes('_')) return 'a dash, not an underscore'
  if (/\.txt\.txt$/i.test(name)) {
    return 'the extension is doubled, as editors do when a system hides known extensions'
  }
  if (!/\.txt$/i.test(name)) return 'the name ends in .txt'
  return 'a misspelling'
}

/** The URL senders fetch the policy of a policy file from, as precisely as it is known. */
const urlOf = (policy: RepoPolicy | undefined): string =>
  policy?.domain === undefined ? WELL_KNOWN_URL_PATH : policyUrl(policy.domain)

/** A committed file that is plainly no policy (a page, prose): policy-syntax says so, once. */
const notPolicyText = (text: string | undefined): boolean =>
  text !== undefined && notAPolicy(parsePolicy(text)) !== undefined

/** Rules that do not serve the policy (3xx, or a host that does not apply them): at their line. */
const checkRewrites = (ctx: RepoContext, report: Reporter): Set<string> => {
  const handled = new Set<string>()
  const files = new Set(ctx.files)
  for (const r of ctx.rewrites) {
    const where = `${r.from} in ${r.file}`
    const target = r.target === undefined ? r.to : r.target
    if (r.host === 'vercel') {
      if (r.target !== undefined) handled.add(r.target)
      const folder = r.file.includes('/') ? `${r.file.slice(0, r.file.lastIndexOf('/'))}/` : ''
      report({
        message: `Vercel reserves ${WELL_KNOWN_DIR}: its documentation says paths there cannot be rewritten or redirected, so ${where} does not serve ${target} at ${WELL_KNOWN_URL_PATH}; serve the policy as a static file at ${folder}public/${WELL_KNOWN_POLICY} (or ${WELL_KNOWN_POLICY} of the output folder) and drop this rule`,
        file: r.file,
        line: r.line,
        column: r.column
      })
      continue
    }
    if (r.status === 200) continue
    // Netlify serves a file at the source path over a rule that is not forced (shadowing).
    const site = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/')) : ''
    if (r.host === 'netlify' && r.force !== true && files.has(sitePath(site, WELL_KNOWN_POLICY))) {
      continue
    }
    if (r.target !== undefined) handled.add(r.target)
    const status =
      r.defaultStatus === true
        ? `no status, which ${hostName(r.host)} takes as ${r.status}`
        : `status ${r.status}`
    report({
      message: `${where} redirects (${status}) to ${r.to}, and senders never follow a redirect for the policy (RFC 8461 3.3): they get no policy. Answer the policy URL with the file itself: write 200 to rewrite instead of redirect${r.target === undefined ? '' : ` (${r.target} is then served at ${WELL_KNOWN_URL_PATH})`}`,
      file: r.file,
      line: r.line,
      column: r.column,
      severity: 'error'
    })
  }
  return handled
}

/** A permalink that does not put the page at the policy URL: at its line. */
const checkPermalink = (p: RepoPolicy, report: Reporter): boolean => {
  const link = p.permalink
  if (link === undefined || p.frontMatterServed === true) return false
  if (link.path === WELL_KNOWN_URL_PATH) return true
  const servedAt = link.path.endsWith('/') ? `${link.path}index.html` : link.path
  report({
    message: `${p.file} is served at ${servedAt} (its permalink), not at ${urlOf(p)}, the one place senders fetch a policy from; write permalink: ${WELL_KNOWN_URL_PATH}`,
    file: p.file,
    line: link.line,
    column: link.column
  })
  return true
}

const whyFolder = (name: string): string => {
  if (name.toLowerCase() === WELL_KNOWN_DIR) return 'names are case-sensitive on web servers'
  if (!name.startsWith('.')) return 'the name starts with a dot'
  if (name.includes('_')) return 'a dash, not an underscore'
  if (!name.includes('-')) return 'a dash between "well" and "known"'
  return 'a misspelling'
}

export default defineRule(
  {
    id: 'policy-location',
    severity: 'warning',
    target: 'repo',
    rfc: 'RFC 8461 3.3',
    description: `a committed policy that will not be served at ${WELL_KNOWN_URL_PATH} of its site (a root or misplaced file, a misspelt or mis-cased name, a redirect, a Pages CNAME that is not mta-sts.<domain>)`
  },
  (ctx, report) => {
    const files = new Set(ctx.files)
    const byFile = new Map(ctx.policies.map(p => [p.file, p]))
    // Files served some other way than by their path, or told about at the rule that serves them.
    const handled = checkRewrites(ctx, report)
    checkCname(ctx, report)
    for (const p of ctx.policies) {
      if (p.servedBy?.status === 200 && p.servedBy.host !== 'vercel') handled.add(p.file)
      if (checkPermalink(p, report)) handled.add(p.file)
      // Jekyll off: pages-jekyll says once what is served instead.
      if (p.frontMatterServed === true && p.permalink !== undefined) handled.add(p.file)
      if (p.wellKnownFile === true) {
        handled.add(p.file)
        const target = sitePath(
          p.file.slice(0, -WELL_KNOWN_DIR.length).replace(/\/$/, ''),
          WELL_KNOWN_POLICY
        )
        report({
          message: `${p.file} is a file holding the policy, not a folder, so nothing is served at ${urlOf(p)}; create a folder ${WELL_KNOWN_DIR} with the policy in a file ${POLICY_FILE} inside it (${target}; in GitHub's web editor, type "${WELL_KNOWN_DIR}/" in the name box to make the folder) and delete this file`,
          file: p.file,
          line: 1
        })
      }
    }
    for (const route of ctx.routes) {
      const first = ctx.files.find(f => f === route || f.startsWith(`${route}/`)) ?? route
      report({
        message: `${route} serves the policy from code (a route named as its URL), so its text is not linted here; keep the policy text in a file the route serves and name that file as policy: in .mta-sts.yml to have it linted, and check the deployed URL`,
        file: first,
        line: 1,
        severity: 'notice'
      })
    }
    for (const file of ctx.files) {
      if (handled.has(file)) continue
      const parts = file.split('/')
      if (parts.length - 1 > MAX_POLICY_DEPTH || parts.some(p => SKIP_DIRS.has(p))) continue
      const name = parts[parts.length - 1]
      const folders = parts.slice(0, -1)
      const folder = folders[folders.length - 1]
      const dir = folders.join('/')
      const nameOk = name === POLICY_FILE
      if (!nameOk && !looksLikePolicyName(name)) continue
      if (nameOk && folder === WELL_KNOWN_DIR) continue
      // A repository named .well-known is published as that folder: its root is the folder.
      const rootIsWellKnown = dir === '' && ctx.rootName === WELL_KNOWN_DIR
      if (nameOk && rootIsWellKnown) continue

      const problems: string[] = []
      let target: string
      let verb = 'rename'
      if (folder === WELL_KNOWN_DIR || rootIsWellKnown) {
        target = sitePath(dir, POLICY_FILE)
      } else if (folder !== undefined && looksLikeWellKnown(folder)) {
        target = sitePath(folders.slice(0, -1).join('/'), WELL_KNOWN_POLICY)
        problems.push(`the folder "${folder}" is not "${WELL_KNOWN_DIR}" (${whyFolder(folder)})`)
      } else {
        // Anywhere else it is served beside the site's pages, if at all. A file that merely
        // has a look-alike name must hold a policy to count.
        if (!(nameOk && dir === '') && !looksLikePolicy(ctx.read(file))) continue
        // Plainly no policy (the RFC's text, a page): policy-syntax says so, once.
        if (notPolicyText(ctx.read(file))) continue
        target = sitePath(dir, WELL_KNOWN_POLICY)
        verb = 'move'
        problems.push(
          dir === ''
            ? `at the root it is served at /${POLICY_FILE}`
            : `it is not in a ${WELL_KNOWN_DIR} folder, so its site serves it at /${POLICY_FILE} at best`
        )
      }
      if (!nameOk) problems.push(`"${name}" is not "${POLICY_FILE}" (${whyName(name)})`)

      const url = urlOf([byFile.get(file), byFile.get(target)].find(q => q?.domain !== undefined))
      const head = `${file} is not served at ${url}, the one place senders fetch a policy from: ${problems.join('; ')}`
      if (files.has(target)) {
        const same = ctx.read(file) !== undefined && ctx.read(file) === ctx.read(target)
        report({
          message: same
            ? `${head}. It is a copy of ${target}, which is served: delete this copy so the two cannot drift apart`
            : `${head}. ${target} is the policy served, and this file differs from it: delete this file, or replace ${target} with it if it is the one you meant to publish`,
          file,
          line: 1,
          ...(same && { severity: 'notice' as const })
        })
      } else {
        report({
          message: `${head}; ${verb} it to ${target}${dir === '' && nameOk ? ` (a repository published as the ${WELL_KNOWN_DIR} folder itself must be named "${WELL_KNOWN_DIR}")` : ''}`,
          file,
          line: 1
        })
      }
    }
  }
)
