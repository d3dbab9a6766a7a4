/**
 * Effective values of a parsed policy, as a sender computes them: the first occurrence of a
 * non-mx field wins (section 3.2, last paragraph), mx patterns are kept in file order, and a
 * field whose value is not grammatical is absent.
 */
import { extensionValueProblem, type ParsedPolicy, type PolicyField } from './parse.js'
import { isValidMxPattern } from './mx.js'
import { didYouMean } from '../did-you-mean.js'

export const KNOWN_FIELDS = ['version', 'mode', 'max_age', 'mx'] as const
export type KnownField = (typeof KNOWN_FIELDS)[number]
export const MODES = ['enforce', 'testing', 'none'] as const
export type Mode = (typeof MODES)[number]
export const MAX_AGE_LIMIT = 31557600

export const isKnownField = (name: string): name is KnownField =>
  name === 'version' || name === 'mode' || name === 'max_age' || name === 'mx'

export const isMode = (v: string): v is Mode => v === 'enforce' || v === 'testing' || v === 'none'

/**
 * The number a max_age value of 1 to 10 ASCII digits (the ABNF) stands for; undefined for any
 * other value. The cap is checked separately. Ten digits stay exact in a double.
 */
export const maxAgeDigits = (v: string): number | undefined => {
  if (v.length < 1 || v.length > 10) return undefined
  let n = 0
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return undefined
    n = n * 10 + (c - 0x30)
  }
  return n
}

/** Whether `value` is a value the known field may hold: what a fix hint may propose. */
export const isValidFieldValue = (name: KnownField, value: string): boolean => {
  switch (name) {
    case 'version':
      return value === 'STSv1'
    case 'mode':
      return isMode(value)
    case 'max_age': {
      const n = maxAgeDigits(value)
      return n !== undefined && n <= MAX_AGE_LIMIT
    }
    case 'mx':
      return isValidMxPattern(value)
  }
}

/**
 * The first field whose name is a misspelt or mis-cased known one (`Mode`, `max-age`, `nmx`):
 * the line a rule that finds `known` missing points at.
 */
export const misnamedField = (
  fields: readonly PolicyField[],
  known: KnownField
): PolicyField | undefined =>
  fields.find(f => !isKnownField(f.name) && didYouMean(f.name, KNOWN_FIELDS) === known)

/** The fields that decide the policy, with the first occurrence of each non-mx name. */
export interface PolicyFacts {
  version?: PolicyField
  mode?: PolicyField
  maxAge?: PolicyField
  /** maxAge's value as a number when it is 1 to 10 digits (cap not applied). */
  maxAgeSeconds?: number
  mx: PolicyField[]
  /** For each mx field, whether its pattern is valid: computed once, asked by several rules. */
  mxValid: boolean[]
  /** Extension fields, first occurrence of each name, in file order. */
  extensions: PolicyField[]
  /**
   * Repeated fields, each with the occurrence in effect: a non-mx name seen before, or an mx
   * value equal (case-insensitively) to an earlier one.
   */
  duplicates: { field: PolicyField; first: PolicyField }[]
}

/** FNV-1a with ASCII letters folded: mx values are compared by this first. */
const foldHash = (s: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) c += 32
    h = Math.imul(h ^ c, 0x01000193)
  }
  return h
}

/** Case-insensitive equality without allocating in the ASCII case. */
export const sameIgnoringCase = (a: string, b: string): boolean => {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    if (x > 0x7f || y > 0x7f) return a.toLowerCase() === b.toLowerCase()
    const lx = x >= 0x41 && x <= 0x5a ? x + 32 : x
    const ly = y >= 0x41 && y <= 0x5a ? y + 32 : y
    if (lx !== ly) return false
  }
  return true
}

/** Below this many mx lines, duplicates are found by direct comparison; above, by hash. */
const MX_LINEAR = 8

export const policyFacts = (parsed: ParsedPolicy): PolicyFacts => {
  const facts: PolicyFacts = {
    version: undefined,
    mode: undefined,
    maxAge: undefined,
    maxAgeSeconds: undefined,
    mx: [],
    mxValid: [],
    extensions: [],
    duplicates: []
  }
  let byHash: Map<number, PolicyField[]> | undefined
  for (const f of parsed.fields) {
    switch (f.name) {
      case 'version':
        if (facts.version === undefined) facts.version = f
        else facts.duplicates.push({ field: f, first: facts.version })
        break
      case 'mode':
        if (facts.mode === undefined) facts.mode = f
        else facts.duplicates.push({ field: f, first: facts.mode })
        break
      case 'max_age':
        if (facts.maxAge === undefined) {
          facts.maxAge = f
          facts.maxAgeSeconds = maxAgeDigits(f.value)
        } else facts.duplicates.push({ field: f, first: facts.maxAge })
        break
      case 'mx': {
        let first: PolicyField | undefined
        if (facts.mx.length < MX_LINEAR) {
          for (const e of facts.mx) {
            if (sameIgnoringCase(e.value, f.value)) {
              first = e
              break
            }
          }
        } else {
          if (byHash === undefined) {
            byHash = new Map()
            for (const e of facts.mx) addHashed(byHash, e)
          }
          first = byHash.get(foldHash(f.value))?.find(e => sameIgnoringCase(e.value, f.value))
          addHashed(byHash, f)
        }
        if (first !== undefined) facts.duplicates.push({ field: f, first })
        facts.mx.push(f)
        facts.mxValid.push(isValidMxPattern(f.value))
        break
      }
      default: {
        let first: PolicyField | undefined
        for (const e of facts.extensions) {
          if (e.name === f.name) {
            first = e
            break
          }
        }
        if (first === undefined) facts.extensions.push(f)
        else facts.duplicates.push({ field: f, first })
      }
    }
  }
  return facts
}

const addHashed = (map: Map<number, PolicyField[]>, f: PolicyField): void => {
  const h = foldHash(f.value)
  const list = map.get(h)
  if (list === undefined) map.set(h, [f])
  else list.push(f)
}

/** The policy as the JSON report shows it. */
export interface EffectivePolicy {
  version?: string
  mode?: Mode
  max_age?: number
  mx: string[]
  /**
   * Every other field, name to value, the first occurrence of each name winning; a field whose
   * value the extension grammar refuses (empty, a tab inside) is left out.
   */
  extensions: Record<string, string>
}

export const effectivePolicy = (facts: PolicyFacts): EffectivePolicy => {
  // Keys are added in report order: version, mode, max_age, mx, extensions.
  const out = {} as EffectivePolicy
  if (facts.version?.value === 'STSv1') out.version = 'STSv1'
  const mode = facts.mode?.value
  if (mode !== undefined && isMode(mode)) out.mode = mode
  const age = facts.maxAgeSeconds
  if (age !== undefined && age <= MAX_AGE_LIMIT) out.max_age = age
  out.mx = facts.mx.map(f => f.value)
  const extensions: Record<string, string> = {}
  for (const f of facts.extensions) {
    if (extensionValueProblem(f.value) < 0) extensions[f.name] = f.value
  }
  out.extensions = extensions
  return out
}
