/**
 * Public Suffix List lookups, loaded on first use: the list is large and most runs (no wildcard
 * mx pattern) never need it, so start-up does not pay for it.
 */
export type PublicSuffixCheck = (name: string) => boolean

let cached: Promise<PublicSuffixCheck> | undefined

export const loadPublicSuffixCheck = (): Promise<PublicSuffixCheck> =>
  (cached ??= import('tldts').then(({ getPublicSuffix }) => (name: string): boolean => {
    const lower = name.toLowerCase()
    // Private suffixes count: under github.io anyone can get a host name too.
    return getPublicSuffix(lower, { allowPrivateDomains: true }) === lower
  }))

/** True when any mx value of these policies is a wildcard, so the list is worth loading. */
export const needsPublicSuffix = (mxValues: readonly string[]): boolean =>
  mxValues.some(v => v.startsWith('*.'))
