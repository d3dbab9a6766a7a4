/**
 * "Did you mean" hints: the known name a misspelt or mis-cased one was probably meant to be, for
 * policy fields, config keys and rule ids alike.
 */

/** Optimal string alignment distance, for "did you mean" hints on short names. */
export const editDistance = (a: string, b: string): number => {
  const d: number[][] = []
  for (let i = 0; i <= a.length; i++) d.push([i])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2][j - 2] + 1)
      }
      d[i][j] = v
    }
  }
  return d[a.length][b.length]
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '')

/**
 * The known name `name` was probably meant to be: the same letters in another case or with other
 * separators (`Mode`, `max-age`), else the nearest within a few edits.
 */
export const didYouMean = <T extends string>(name: string, known: readonly T[]): T | undefined => {
  const exact = known.find(k => squash(k) === squash(name))
  if (exact !== undefined) return exact
  const lower = name.toLowerCase()
  let best: T | undefined
  let bestDistance = Infinity
  for (const k of known) {
    // Short names are close to everything: "x" is not a misspelt "mx", but "nmx" and "mxs" are.
    if (k.length <= 3 && lower.length < k.length) continue
    const limit = k.length <= 3 || lower.length <= 4 ? 1 : lower.length <= 10 ? 2 : 3
    if (Math.abs(lower.length - k.length) > limit) continue
    const d = editDistance(lower, k)
    if (d <= limit && d < bestDistance) [best, bestDistance] = [k, d]
  }
  return best
}
