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
  /**
   * `utf16`: a policy saved as UTF-16 (Windows editors' "Unicode"), which reads as NULs between
   * letters; `binary`: not text at all (an image, an archive).
   */
  kind: 'html' | 'text' | 'utf16' | 'binary'
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

/**
 * Characters no hand-edited text holds: NULs, C0 controls other than tab and line ends, and the
 * stand-in for bytes that are not UTF-8. Counted with the NULs among them.
 */
const oddCharacters = (text: string): { odd: number; nuls: number } => {
  let odd = 0
  let nuls = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) nuls++
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) odd++
  }
  return { odd, nuls }
}

/**
 * UTF-16 or binary: judged on the characters, before the lines. A UTF-16 file has a NUL beside
 * every ASCII letter, and with the NULs taken out it reads as a policy; binary data has many
 * characters no text has (a tenth is far beyond any hand-edited file's stray control character).
 */
const notText = (text: string): 'utf16' | 'binary' | undefined => {
  const { odd, nuls } = oddCharacters(text)
  if (odd === 0) return undefined
  if (nuls * 3 >= text.length && POLICY_LIKE.test(text.replace(/[\0\ufffd]/g, ''))) return 'utf16'
  return odd * 10 >= text.length ? 'binary' : undefined
}

/** Why a parsed text is plainly not a policy; undefined when it is one (broken or not). */
export const notAPolicy = (parsed: ParsedPolicy): NotAPolicy | undefined => {
  // Every line a field: a policy. (Most files end here, without a look at their lines.)
  if (parsed.issues.length === 0) return undefined
  const encoding = notText(parsed.text)
  if (encoding !== undefined) {
    const fields = parsed.fields.length
    return { kind: encoding, line: parsed.firstLine, lines: 0, fields }
  }
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
