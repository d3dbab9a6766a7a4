import { defineRule } from './define.js'
import { editDistance } from '../did-you-mean.js'
import { SKIP_DIRS, sitePath } from '../site/folders.js'
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
    description: `a committed policy that will not be served at ${WELL_KNOWN_URL_PATH} of its site, or a misspelt or mis-cased file name`
  },
  (ctx, report) => {
    const files = new Set(ctx.files)
    for (const file of ctx.files) {
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
        target = sitePath(dir, WELL_KNOWN_POLICY)
        verb = 'move'
        problems.push(
          dir === ''
            ? `at the root it is served at /${POLICY_FILE}`
            : `it is not in a ${WELL_KNOWN_DIR} folder, so its site serves it at /${POLICY_FILE} at best`
        )
      }
      if (!nameOk) problems.push(`"${name}" is not "${POLICY_FILE}" (${whyName(name)})`)

      const domain = ctx.policies.find(p => p.file === file || p.file === target)?.domain
      const url = domain === undefined ? WELL_KNOWN_URL_PATH : policyUrl(domain)
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
