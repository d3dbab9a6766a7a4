/** Small helpers for rule messages. */

// eslint-disable-next-line no-control-regex -- the characters JSON.stringify would escape
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

/** Quotes untrusted text for a message: JSON escapes controls; long values are shortened. */
export const q = (s: string, max = 80): string => {
  const t = s.length > max ? `${s.slice(0, max)}…` : s
  // JSON escaping only where needed: most values are plain text.
  return NEEDS_ESCAPE.test(t) ? JSON.stringify(t) : `"${t}"`
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`

/** A human duration for a number of seconds: "7 days", "16.8 hours", "90 seconds". */
export const duration = (seconds: number): string => {
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute']
  ]
  for (const [size, name] of units) {
    if (seconds >= size) {
      const n = Math.round((seconds / size) * 10) / 10
      return `${n} ${n === 1 ? name : `${name}s`}`
    }
  }
  return plural(seconds, 'second')
}

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

/** The known name a field name was probably meant to be, if any. */
export const lookalike = (name: string, known: readonly string[]): string | undefined => {
  const norm = name.toLowerCase().replace(/[-. ]/g, '_')
  for (const k of known) {
    if (norm === k || norm.replace(/_/g, '') === k.replace(/_/g, '')) return k
  }
  for (const k of known) {
    // Short names are close to everything: "x" is not a misspelt "mx", but "nmx" and "mxs" are.
    if (k.length <= 3 && norm.length < k.length) continue
    const limit = k.length <= 3 ? 1 : 2
    if (Math.abs(norm.length - k.length) <= limit && editDistance(norm, k) <= limit) return k
  }
  return undefined
}
