import { defineRule } from './define.js'
import { quote } from '../message-format.js'

/** A Content-Type header's media type (lower case) and charset parameter (as sent), if any. */
const parseContentType = (header: string): { type: string; charset?: string } => {
  const [type, ...params] = header.split(';')
  const out: { type: string; charset?: string } = { type: type.trim().toLowerCase() }
  for (const p of params) {
    const eq = p.indexOf('=')
    if (eq < 0 || p.slice(0, eq).trim().toLowerCase() !== 'charset') continue
    out.charset = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
    break
  }
  return out
}

const CHARSETS = new Set(['utf-8', 'us-ascii'])

/** Why a host sends this type for a .txt file, and the fix. */
const hint = (type: string): string => {
  if (type === 'text/html') {
    return 'the server sent a web page (an error or index page answered with 200?) or types .txt as HTML: serve the file as text/plain'
  }
  if (type === 'application/octet-stream' || type === '') {
    return 'the server does not know the .txt type: map .txt (or this URL) to text/plain'
  }
  return 'map .txt (or this URL) to text/plain in the server configuration'
}

export default defineRule(
  {
    id: 'policy-content-type',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.2',
    description:
      'the policy is not served as text/plain (a warning for a charset other than utf-8 or us-ascii)'
  },
  ({ fetch }, report) => {
    // Only a policy answer counts: the type of an error page is not the policy's.
    if (fetch.status !== 200 || fetch.failure !== undefined) return
    const header = fetch.contentType
    if (header === undefined || header.trim() === '') {
      report({
        message: `${fetch.url} is served without a Content-Type; senders that check it (as RFC 8461 asks) want text/plain and refuse the policy: ${hint('')}`
      })
      return
    }
    const { type, charset } = parseContentType(header)
    if (type !== 'text/plain') {
      report({
        message: `${fetch.url} is served as ${quote(header, 120)}, not text/plain; senders that check the media type (as RFC 8461 asks) refuse the policy: ${hint(type)}`
      })
      return
    }
    if (charset !== undefined && !CHARSETS.has(charset.toLowerCase())) {
      report({
        message: `${fetch.url} is served with charset ${quote(charset, 60)}; RFC 8461 defines only utf-8 and us-ascii, and senders read the policy as UTF-8 whatever it says: serve "text/plain; charset=utf-8" (or no charset)`,
        severity: 'warning'
      })
    }
  }
)
