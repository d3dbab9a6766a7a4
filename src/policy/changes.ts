/**
 * What changed between two effective policies, in the values senders act on (design 5.3): the
 * id gate's comparison and the gate rules' messages share it.
 */
import type { EffectivePolicy } from './effective.js'
import { quote } from '../message-format.js'

const show = (v: string | number | undefined): string =>
  v === undefined ? '(none)' : typeof v === 'number' ? String(v) : quote(v)

/** The mx patterns as a set: case-insensitive, order and repeats do not matter. */
const mxSet = (p: EffectivePolicy): Set<string> => new Set(p.mx.map(m => m.toLowerCase()))

/**
 * What changed from `a` to `b` in the values senders act on: version, mode, max_age, the set of
 * mx patterns (case-insensitive), extension fields. Empty when nothing did (a byte-only change).
 */
export const policyChanges = (a: EffectivePolicy, b: EffectivePolicy): string[] => {
  const out: string[] = []
  if (a.version !== b.version) out.push(`version ${show(a.version)} → ${show(b.version)}`)
  if (a.mode !== b.mode) out.push(`mode ${show(a.mode)} → ${show(b.mode)}`)
  if (a.max_age !== b.max_age) out.push(`max_age ${show(a.max_age)} → ${show(b.max_age)}`)
  const ma = mxSet(a)
  const mb = mxSet(b)
  const added = [...mb].filter(m => !ma.has(m))
  const removed = [...ma].filter(m => !mb.has(m))
  if (added.length > 0) out.push(`mx ${added.map(m => quote(m)).join(', ')} added`)
  if (removed.length > 0) out.push(`mx ${removed.map(m => quote(m)).join(', ')} removed`)
  const ea = a.extensions ?? {}
  const eb = b.extensions ?? {}
  for (const name of new Set([...Object.keys(ea), ...Object.keys(eb)])) {
    const va = Object.hasOwn(ea, name) ? ea[name] : undefined
    const vb = Object.hasOwn(eb, name) ? eb[name] : undefined
    if (va === vb) continue
    out.push(
      va === undefined
        ? `field ${quote(name)} added`
        : vb === undefined
          ? `field ${quote(name)} removed`
          : `field ${quote(name)} ${quote(va)} → ${quote(vb)}`
    )
  }
  return out
}

export const samePolicy = (a: EffectivePolicy, b: EffectivePolicy): boolean =>
  policyChanges(a, b).length === 0

export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])
