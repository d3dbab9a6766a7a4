/**
 * Owner and domain names as the sources write them: made absolute against an origin, the
 * missing-final-dot slip, domains read from directives and file names.
 */

/**
 * Owner names: lower case, without the final dot; `@` is the origin; a relative name gets the
 * origin appended when it is known. An absolute name (final dot) stays as it is.
 */
export const qualify = (name: string, origin: string | undefined): string => {
  const n = name.trim().toLowerCase()
  if (n === '@' || n === '') return origin ?? ''
  if (n.endsWith('.')) return n.slice(0, -1)
  return origin === undefined || origin === '' ? n : `${n}.${origin}`
}

/**
 * A relative name that already ends with the origin (`_mta-sts.example.com` with no final dot in
 * the `example.com` zone) means `<name>.<origin>`: the classic missing-dot slip, worth a problem.
 */
export const repeatsOrigin = (name: string, origin: string | undefined): boolean => {
  if (origin === undefined || origin === '') return false
  const n = name.trim().toLowerCase()
  if (n === '' || n === '@' || n.endsWith('.')) return false
  return n === origin || n.endsWith(`.${origin}`)
}

export const missingDotMessage = (name: string, origin: string | undefined): string =>
  `"${name}" has no final dot, so it means "${qualify(name, origin)}"`

/** `example.com`, `mail.example.co.uk`: labels of letters, digits and hyphens, a letter TLD. */
export const looksLikeDomain = (name: string): boolean =>
  name.length <= 253 &&
  /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i.test(name)

/** The base name of a path (`/` or `\` separated). */
export const baseName = (file: string): string => file.replace(/^.*[/\\]/, '')
