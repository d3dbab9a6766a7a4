/**
 * TXT values as providers quote them: Cloud DNS's zone-file presentation form and the AWS
 * provider's `\"\"` split of long values, read back into the record's text with its holes moved
 * along.
 */
import { MappedBuilder } from '../mapped-text.js'
import type { Hole, Str } from './evaluator.js'

/** Re-places holes after characters were dropped: `pos[i]` is the new index of old index i. */
const moveHoles = (holes: readonly Hole[], pos: readonly number[]): Hole[] =>
  holes.map(h => ({ ...h, start: pos[h.start] ?? 0, end: pos[h.end] ?? 0 }))

/**
 * Zone-file presentation form (`"part1" "part2"`, as Cloud DNS takes TXT rrdatas):
 * the strings joined. Undefined when the value is not in that form.
 */
const presentation = (s: Str): Str | undefined => {
  const t = s.value.text
  if (!t.startsWith('"')) return undefined
  const b = new MappedBuilder()
  const pos: number[] = []
  let i = 0
  let strings = 0
  const skip = (): void => {
    pos[i] = b.text.length
    i++
  }
  while (i < t.length) {
    if (t[i] !== '"') return undefined
    skip()
    let closed = false
    while (i < t.length) {
      const c = t[i]
      if (c === '"') {
        closed = true
        skip()
        break
      }
      pos[i] = b.text.length
      if (c === '\\' && i + 1 < t.length) {
        pos[i + 1] = b.text.length
        // Written where the `\` is written, if the file writes it.
        b.escaped(t[i + 1] ?? '', s.value.at?.[i] ?? s.value.map[i] ?? -1, s.value.src?.[i] ?? 0)
        i += 2
        continue
      }
      b.copy(s.value, i)
      i++
    }
    if (!closed) return undefined
    strings++
    while (t[i] === ' ' || t[i] === '\t') skip()
  }
  if (strings === 0) return undefined
  pos[t.length] = b.text.length
  return { kind: 'str', value: b.done(), holes: moveHoles(s.holes, pos) }
}

/**
 * The AWS provider's long-TXT trick: it sends `"` + value + `"`, so `first255\"\"rest` arrives
 * as `"first255""rest"`, one record of two strings.
 */
const route53Split = (s: Str): Str => {
  const t = s.value.text
  if (!t.includes('""')) return s
  const b = new MappedBuilder()
  const pos: number[] = []
  for (let i = 0; i < t.length; i++) {
    pos[i] = b.text.length
    if (t[i] === '"' && t[i + 1] === '"' && i > 0 && i + 2 < t.length) {
      pos[i + 1] = b.text.length
      i++
      continue
    }
    b.copy(s.value, i)
  }
  pos[t.length] = b.text.length
  return { kind: 'str', value: b.done(), holes: moveHoles(s.holes, pos) }
}

/**
 * A TXT value as the provider sends it. Cloud DNS takes rrdatas in presentation form; the AWS
 * provider wraps each value in quotes itself, so only its `\"\"` split is read (a value quoted
 * again is kept as written).
 */
export const txtAsSent = (resourceType: string, v: Str): Str => {
  if (resourceType === 'google_dns_record_set') return presentation(v) ?? v
  if (resourceType === 'aws_route53_record') return route53Split(v)
  return v
}
