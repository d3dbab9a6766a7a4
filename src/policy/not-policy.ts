/**
 * Text that is plainly not a policy at all: an HTML page (a site's 404 or index page served at
 * the policy URL, a saved web page), or prose (the text of the RFC or the Internet-Draft, a
 * README) committed as `mta-sts.txt`. Such a file gets one finding, not one per line.
 *
 * The test: a policy, even a broken one, is mostly lines of `name: value` fields, and some of
 * them start with the names of the grammar (`version`, `mode`, `mx`, `max_age`, in any case and
 * spelling of the separator). Prose is mostly lines that are neither; a page starts with markup.
 */
import type { ParsedPolicy } from './parse.js'

export interface NotAPolicy {
  kind: 'html' | 'text'
  /** The first line with content, where the finding points. */
  line: number
  /** Lines with content (blank and `#` lines left out). */
  lines: number
  /** Of those, lines read as `name: value` fields. */
  fields: number
}

const MARKUP = /^<(?:!doctype|!--|\?xml|[a-z][\w-]*(?:[\s>/]|$))/i
/** A line that starts with a field name of the grammar, however misspelt its separator. */
const POLICY_LIKE = /^\s*(?:version|mode|mx|max[-_ ]?age)\s*[:=\s]/i

/** Why a parsed text is plainly not a policy; undefined when it is one (broken or not). */
export const notAPolicy = (parsed: ParsedPolicy): NotAPolicy | undefined => {
  // Every line a field: a policy. (Most files end here, without a look at their lines.)
  if (parsed.issues.length === 0) return undefined
  let lines = 0
  let policyLike = 0
  let first = 0
  let html = false
  const all = parsed.text.split(/\r\n|\n|\r/)
  for (let i = 0; i < all.length; i++) {
    const t = all[i].trim()
    if (t === '') continue
    if (first === 0) {
      first = i + 1
      html = MARKUP.test(t)
    }
    if (t.startsWith('#')) continue
    lines++
    if (POLICY_LIKE.test(all[i])) policyLike++
  }
  const fields = parsed.fields.length
  if (first === 0) return undefined
  const at = { line: first + parsed.firstLine - 1, lines, fields }
  if (html) return { kind: 'html', ...at }
  const prose = lines >= 3 && fields * 2 < lines && policyLike * 2 < lines
  return prose && (lines >= 5 || policyLike === 0) ? { kind: 'text', ...at } : undefined
}
