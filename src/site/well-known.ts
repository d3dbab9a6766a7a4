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
