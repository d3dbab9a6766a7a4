/**
 * Public Suffix List lookups, loaded on first use: the list is large and most runs (no wildcard
 * mx pattern) never need it, so start-up does not pay for it.
 */
export type PublicSuffixCheck = (name: string) => boolean

let lookup: Promise<PublicSuffixCheck> | undefined
let remembered: Promise<PublicSuffixCheck> | undefined

/**
 * Every call looks the name up. Names asked about are the suffixes of valid mx patterns (LDH
 * labels, checked by the grammar first), so tldts need not extract or validate a host name from
 * them: that halves the cost of a lookup.
 */
export const loadPublicSuffixLookup = (): Promise<PublicSuffixCheck> =>
  (lookup ??= import('tldts').then(({ getPublicSuffix }) => (name: string): boolean => {
    const lower = name.toLowerCase()
    // Private suffixes count: under github.io anyone can get a host name too.
    const suffix = getPublicSuffix(lower, {
      allowPrivateDomains: true,
      extractHostname: false,
      validateHostname: false,
      mixedInputs: false
    })
    return suffix === lower
  }))

/** The check runs use: a repository's policies share a few suffixes, so answers are kept (bounded). */
export const loadPublicSuffixCheck = (): Promise<PublicSuffixCheck> =>
  (remembered ??= loadPublicSuffixLookup().then(isPublicSuffix => {
    const answers = new Map<string, boolean>()
    return (name: string): boolean => {
      let answer = answers.get(name)
      if (answer === undefined) {
        answer = isPublicSuffix(name)
        if (answers.size < 4096) answers.set(name, answer)
      }
      return answer
    }
  }))

/**
 * True when policy-mx-wildcard would ask the list about one of these mx values, so it is worth
 * loading (a few milliseconds, a third of a bare node start): a wildcard whose parent has more
 * than one label. A single label (`*.com`) is a public suffix without the list (its default
 * rule), and a pattern marked invalid in `valid` (as policy-mx-pattern finds it) is not asked
 * about at all.
 */
export const needsPublicSuffix = (
  mxValues: readonly string[],
  valid?: readonly boolean[]
): boolean =>
  mxValues.some(
    (v, k) => (valid === undefined || valid[k]) && v.startsWith('*.') && v.includes('.', 2)
  )
