import { defineRule } from './define.js'
import { q } from './text.js'
import type { PolicyField } from '../policy/parse.js'

const message = (f: PolicyField, seen: PolicyField): string =>
  f.name === 'mx'
    ? `mx ${q(f.value)} repeats line ${seen.line}; remove the duplicate`
    : seen.value === f.value
      ? `${f.name} repeats line ${seen.line}; remove the duplicate`
      : `${f.name} appears again (first on line ${seen.line}); senders use the first value ${q(seen.value)} and ignore ${q(f.value)}: keep one line with the value you mean`

/** Case-insensitive equality without allocating (mx values are compared pairwise). */
const sameIgnoringCase = (a: string, b: string): boolean => {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // Fold ASCII letters here; anything beyond ASCII goes to toLowerCase.
    if (x > 0x7f || y > 0x7f) return a.toLowerCase() === b.toLowerCase()
    const lx = x >= 0x41 && x <= 0x5a ? x + 32 : x
    const ly = y >= 0x41 && y <= 0x5a ? y + 32 : y
    if (lx !== ly) return false
  }
  return true
}

/** FNV-1a over the value with ASCII letters folded to lower case. */
const foldHash = (s: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) c += 32
    else if (c > 0x7f) return -1 // rare, and invalid in mx: compared in full
    h = Math.imul(h ^ c, 0x01000193)
  }
  return h
}

export default defineRule(
  {
    id: 'policy-duplicate-field',
    severity: 'warning',
    target: 'policy',
    rfc: 'RFC 8461 3.2',
    description: 'a non-mx field repeated (the first is in effect), or an identical mx repeated'
  },
  ({ parsed }, report) => {
    const fields = parsed.fields
    const dup = (f: PolicyField, seen: PolicyField): void =>
      report({ message: message(f, seen), line: f.line, column: f.column })
    // One pass: known names by slot, mx by a case-folded hash, extensions (rare) by name.
    let version: PolicyField | undefined
    let mode: PolicyField | undefined
    let maxAge: PolicyField | undefined
    let mx: Map<number, PolicyField> | undefined
    let ext: Map<string, PolicyField> | undefined
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]
      switch (f.name) {
        case 'version':
          if (version === undefined) version = f
          else dup(f, version)
          break
        case 'mode':
          if (mode === undefined) mode = f
          else dup(f, mode)
          break
        case 'max_age':
          if (maxAge === undefined) maxAge = f
          else dup(f, maxAge)
          break
        case 'mx': {
          mx ??= new Map()
          const h = foldHash(f.value)
          const seen = mx.get(h)
          if (seen === undefined) mx.set(h, f)
          else if (sameIgnoringCase(seen.value, f.value)) dup(f, seen)
          else {
            // A hash collision: look through the earlier mx lines themselves.
            const earlier = fields
              .slice(0, i)
              .find(e => e.name === 'mx' && sameIgnoringCase(e.value, f.value))
            if (earlier !== undefined) dup(f, earlier)
          }
          break
        }
        default: {
          ext ??= new Map()
          const seen = ext.get(f.name)
          if (seen === undefined) ext.set(f.name, f)
          else dup(f, seen)
        }
      }
    }
  }
)
