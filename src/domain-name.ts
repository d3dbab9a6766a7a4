/**
 * Domain names in the one spelling the linter compares and reports: lower case IDNA A-labels,
 * without the root's trailing dot (`Exämple.COM.` is `xn--exmple-cua.com`). Names come from
 * config keys, zone owners, CNAME files, folder names and the command line.
 */
import { domainToASCII } from 'node:url'

// eslint-disable-next-line no-control-regex -- plain ASCII, the common case, needs no IDNA
const ASCII = /^[\x00-\x7f]*$/

/**
 * `name` trimmed, without one trailing dot, in lower case, non-ASCII labels as A-labels. A name
 * IDNA cannot convert is kept as lower-case text (its syntax is for the caller to judge).
 */
export const canonicalDomain = (name: string): string => {
  const trimmed = name.trim()
  // Trimmed again: whitespace before the root dot (`example.com .`) would otherwise stay.
  const bare = (trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed).trimEnd()
  const lower = bare.toLowerCase()
  if (ASCII.test(lower)) return lower
  // Lower case first: a name IDNA refuses then stays the same text on every pass.
  const ascii = domainToASCII(lower)
  return ascii === '' ? lower : ascii
}

const LDH_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/**
 * A domain or host name in canonical form, or undefined when it is not a valid name of at least
 * two letter-digit-hyphen labels (an IP address, a wildcard, a URL, an email address are not).
 */
export const validDomain = (name: string): string | undefined => {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name
  if (bare === '' || /[\s/:@*_\\]/.test(bare)) return undefined
  const ascii = canonicalDomain(bare)
  const labels = ascii.split('.')
  if (ascii.length > 253 || labels.length < 2 || !labels.every(l => LDH_LABEL.test(l))) return
  // All-numeric top label: an IP address, not a name.
  if (/^\d+$/.test(labels[labels.length - 1])) return undefined
  return ascii
}
