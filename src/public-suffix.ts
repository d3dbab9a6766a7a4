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

/** True when any mx value of these policies is a wildcard, so the list is worth loading. */
export const needsPublicSuffix = (mxValues: readonly string[]): boolean =>
  mxValues.some(v => v.startsWith('*.'))
