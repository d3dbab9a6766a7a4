/**
 * Effective values of a parsed policy, as a sender computes them: the first occurrence of a
 * non-mx field wins (section 3.2, last paragraph), mx patterns are kept in file order, and a
 * field whose value is not grammatical is absent.
 */
import type { ParsedPolicy, PolicyField } from './parse.js'
import { isValidMxPattern } from './mx.js'

export const KNOWN_FIELDS = ['version', 'mode', 'max_age', 'mx'] as const
export type KnownField = (typeof KNOWN_FIELDS)[number]
export const MODES = ['enforce', 'testing', 'none'] as const
export type Mode = (typeof MODES)[number]
export const MAX_AGE_LIMIT = 31557600

export const isKnownField = (name: string): name is KnownField =>
  name === 'version' || name === 'mode' || name === 'max_age' || name === 'mx'

export const isMode = (v: string): v is Mode => v === 'enforce' || v === 'testing' || v === 'none'

/** 1 to 10 ASCII digits, as the ABNF says; the value cap is checked separately. */
export const isMaxAgeDigits = (v: string): boolean => {
  if (v.length < 1 || v.length > 10) return false
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return false
  }
  return true
}

/** The fields that decide the policy, with the first occurrence of each non-mx name. */
export interface PolicyFacts {
  version?: PolicyField
  mode?: PolicyField
  maxAge?: PolicyField
  mx: PolicyField[]
  /** For each mx field, whether its pattern is valid: computed once, asked by several rules. */
  mxValid: boolean[]
  /** Extension fields, first occurrence of each name, in file order. */
  extensions: PolicyField[]
}

export const policyFacts = (parsed: ParsedPolicy): PolicyFacts => {
  const facts: PolicyFacts = { mx: [], mxValid: [], extensions: [] }
  for (const f of parsed.fields) {
    switch (f.name) {
      case 'version':
        facts.version ??= f
        break
      case 'mode':
        facts.mode ??= f
        break
      case 'max_age':
        facts.maxAge ??= f
        break
      case 'mx':
        facts.mx.push(f)
        facts.mxValid.push(isValidMxPattern(f.value))
        break
      default:
        if (!facts.extensions.some(e => e.name === f.name)) facts.extensions.push(f)
    }
  }
  return facts
}

/** The policy as the JSON report shows it. */
export interface EffectivePolicy {
  version?: string
  mode?: Mode
  max_age?: number
  mx: string[]
  extensions?: Record<string, string>
}

export const effectivePolicy = (facts: PolicyFacts): EffectivePolicy => {
  // Keys are added in report order: version, mode, max_age, mx, extensions.
  const out = {} as EffectivePolicy
  if (facts.version?.value === 'STSv1') out.version = 'STSv1'
  const mode = facts.mode?.value
  if (mode !== undefined && isMode(mode)) out.mode = mode
  const age = facts.maxAge?.value
  if (age !== undefined && isMaxAgeDigits(age) && Number(age) <= MAX_AGE_LIMIT) {
    out.max_age = Number(age)
  }
  out.mx = facts.mx.map(f => f.value)
  if (facts.extensions.length > 0) {
    out.extensions = Object.fromEntries(facts.extensions.map(f => [f.name, f.value]))
  }
  return out
}
