/**
 * `--shard I/N` (and the action's shard input) as written: parsed without loading node:crypto,
 * which only the domain list's hashing needs (every CLI run parses its arguments).
 */

/** The I-th of N parts (1-based). */
export interface Shard {
  index: number
  count: number
}

/** The largest N of `--shard I/N`. */
export const MAX_SHARDS = 10_000

/** `I/N` with 1 <= I <= N <= MAX_SHARDS; else the reason it is not one. */
export const parseShard = (value: string): Shard | { reason: string } => {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim())
  if (m === null) return { reason: `takes I/N (such as 1/4); got ${JSON.stringify(value)}` }
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || count > MAX_SHARDS) {
    return { reason: `N must be from 1 to ${MAX_SHARDS}; got ${JSON.stringify(value)}` }
  }
  if (index < 1 || index > count) {
    return { reason: `I must be from 1 to N (${count}); got ${JSON.stringify(value)}` }
  }
  return { index, count }
}
