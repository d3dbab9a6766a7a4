/**
 * Public Suffix List lookups, loaded on first use: the list is large and most runs (no wildcard
 * mx pattern) never need it, so start-up does not pay for it.
 */
export type PublicSuffixCheck = (name: string) => boolean

let cached: Promise<PublicSuffixCheck> | undefined

export const loadPublicSuffixCheck = (): Promise<PublicSuffixCheck> =>
  (cached ??= import('tldts').then(({ getPublicSuffix }) => {
    // A repository's policies share a few suffixes: remember the answers (bounded).
    const answers = new Map<string, boolean>()
    return (name: string): boolean => {
      const lower = name.toLowerCase()
      let answer = answers.get(lower)
      if (answer === undefined) {
        // Private suffixes count: under github.io anyone can get a host name too.
        answer = getPublicSuffix(lower, { allowPrivateDomains: true }) === lower
        if (answers.size < 4096) answers.set(lower, answer)
      }
      return answer
    }
  }))

/** True when any mx value of these policies is a wildcard, so the list is worth loading. */
export const needsPublicSuffix = (mxValues: readonly string[]): boolean =>
  mxValues.some(v => v.startsWith('*.'))
