/** Small helpers for rule and gate messages: quoting untrusted text, counts, durations, dates. */

// eslint-disable-next-line no-control-regex -- the characters JSON.stringify would escape
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

/** Quotes untrusted text for a message: JSON escapes controls; long values are shortened. */
export const quote = (s: string, max = 80): string => {
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

/** A date for a message: `2025-07-01T15:00:00Z`. */
export const formatDate = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

export const maxAgeWords = (seconds: number): string => `${seconds} s, ${duration(seconds)}`

/** `a`, `a and b`, `a, b and c`. */
export const andList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

/** At most `max` changes in words, the rest counted. */
export const listChanges = (changes: readonly string[], max = 3): string =>
  changes.length <= max
    ? changes.join('; ')
    : `${changes.slice(0, max).join('; ')}; and ${changes.length - max} more`
