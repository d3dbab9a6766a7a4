/**
 * Fix hints for the known policy fields, shared by the rules that give them. A hint proposes a
 * line only when that line is valid for its field; otherwise it says what the field may hold.
 */
import {
  isValidFieldValue,
  misnamedField,
  type KnownField,
  type PolicyFacts
} from '../policy/effective.js'
import { commentStart, type PolicyField } from '../policy/parse.js'
import { quote } from '../message-format.js'
import type { PolicyContext } from './types.js'

/** What each known field may hold, as lines to write. */
const VALID_LINES: Record<KnownField, string> = {
  version: '"version: STSv1"',
  mode: '"mode: enforce", "mode: testing" or "mode: none"',
  max_age:
    '"max_age: " and the seconds senders may cache the policy, 1 to 10 digits up to 31557600 (e.g. "max_age: 604800", one week)',
  mx: '"mx: " and one MX host name or "*." pattern (e.g. "mx: mail.example.com")'
}

/**
 * `write "name: value"` when that line is valid; otherwise what the field may hold. Never a line
 * the field would refuse.
 */
export const writeField = (name: KnownField, value?: string): string =>
  value !== undefined && isValidFieldValue(name, value)
    ? `write "${name}: ${value}"`
    : `write ${VALID_LINES[name]}`

/**
 * The finding for a known field whose value holds a trailing `# comment`, or undefined when it
 * holds none. `column` is the column of the `#`.
 */
export const commentFinding = (
  name: KnownField,
  f: PolicyField
): { message: string; column: number } | undefined => {
  const at = commentStart(f.value)
  if (at < 0) return undefined
  const before = f.value.slice(0, at).trimEnd()
  const comment = f.value.slice(at)
  const what =
    before.length === 0
      ? `${name} holds only a comment (${quote(comment)})`
      : `${name} ${quote(f.value)} ends with a comment (${quote(comment)})`
  return {
    message: `${what}: comments are not part of the policy grammar (RFC 8461 3.2), so senders read it as part of the value and reject the policy; ${writeField(name, before)} and keep notes elsewhere (a README, the commit message)`,
    column: f.valueColumn + at
  }
}

/** Why a misnamed field is not the known one: the case, the separators, or a misspelling. */
export const misnamedWhy = (f: PolicyField, known: KnownField): string => {
  const lower = f.name.toLowerCase()
  if (lower === known) return 'field names are case-sensitive'
  const bare = (s: string): string => s.replace(/[-_.]/g, '')
  return bare(lower) === bare(known)
    ? 'field names are exact, separators included'
    : 'is it misspelt?'
}

const present = (facts: PolicyFacts, known: KnownField): boolean =>
  known === 'version'
    ? facts.version !== undefined
    : known === 'mode'
      ? facts.mode !== undefined
      : known === 'max_age'
        ? facts.maxAge !== undefined
        : facts.mx.length > 0

/**
 * The misnamed field a missing-field rule (policy-version, policy-mode, policy-max-age,
 * policy-mx-missing) reports for `known`, if it reports one: then it is that rule's finding, and
 * policy-unknown-field says nothing more about the line.
 */
export const missingFieldLine = (
  ctx: Pick<PolicyContext, 'parsed' | 'facts' | 'mode'>,
  known: KnownField
): PolicyField | undefined => {
  if (present(ctx.facts, known)) return undefined
  // No mx is only missing when the mode needs one.
  if (known === 'mx' && ctx.mode !== 'enforce' && ctx.mode !== 'testing') return undefined
  return misnamedField(ctx.parsed.fields, known)
}
