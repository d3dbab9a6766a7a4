/**
 * Where senders fetch a policy (RFC 8461 3.2): `https://mta-sts.<domain>/.well-known/mta-sts.txt`.
 * The one place the folder, the file and the URL path are spelled.
 */

/** The folder a site serves the policy from. */
export const WELL_KNOWN_DIR = '.well-known'
/** The policy's file name. */
export const POLICY_FILE = 'mta-sts.txt'
/** The policy's path below a site's root. */
export const WELL_KNOWN_POLICY = `${WELL_KNOWN_DIR}/${POLICY_FILE}`
/** The path part of the URL senders fetch. */
export const WELL_KNOWN_URL_PATH = `/${WELL_KNOWN_POLICY}`

/** The URL senders fetch the policy of `domain` from. */
export const policyUrl = (domain: string): string =>
  `https://mta-sts.${domain}${WELL_KNOWN_URL_PATH}`

/** A `.well-known/mta-sts.txt` at any depth. */
export const isWellKnownPolicy = (file: string): boolean =>
  file === WELL_KNOWN_POLICY || file.endsWith(`/${WELL_KNOWN_POLICY}`)

/** What discovery takes for a policy: every `.well-known/mta-sts.txt` and a root `mta-sts.txt`. */
export const isPolicyPath = (file: string): boolean =>
  file === POLICY_FILE || isWellKnownPolicy(file)

/**
 * The site folder serving a `.well-known/mta-sts.txt` (`""` for the root, `site` for
 * `site/.well-known/mta-sts.txt`); undefined for any other path.
 */
export const wellKnownSite = (file: string): string | undefined => {
  if (file === WELL_KNOWN_POLICY) return ''
  return isWellKnownPolicy(file) ? file.slice(0, -WELL_KNOWN_POLICY.length - 1) : undefined
}

/** Files of a web framework's code: a route that answers a request. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|php|py|rb|go|rs|svelte|vue|astro)$/i

/**
 * A route that serves the policy from code, named as its URL: a folder `.well-known/mta-sts.txt/`
 * holding the handler (Next.js `app/.well-known/mta-sts.txt/route.ts`, SvelteKit
 * `src/routes/.well-known/mta-sts.txt/+server.ts`), or an endpoint file `mta-sts.txt.ts` in a
 * `.well-known` folder (Astro, Nuxt). Gives the route's folder or file; undefined otherwise.
 */
export const policyCodeRoute = (file: string): string | undefined => {
  if (!CODE_FILE.test(file)) return undefined
  const parts = file.split('/')
  for (let i = 1; i < parts.length - 1; i++) {
    if (parts[i] === POLICY_FILE && parts[i - 1] === WELL_KNOWN_DIR) {
      return parts.slice(0, i + 1).join('/')
    }
  }
  const name = parts[parts.length - 1]
  const folder = parts[parts.length - 2]
  if (folder === WELL_KNOWN_DIR && name.startsWith(`${POLICY_FILE}.`)) return file
  return undefined
}
