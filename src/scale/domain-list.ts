/**
 * Lists of domains to verify, and their shards: a domains file (one domain a line), and the I-th
 * of N deterministic parts of a list, so a matrix of jobs verifies thousands of domains between
 * them. Shared by the CLI (`--domains-file`, `--shard`) and the action (`domains-file`, `shard`).
 */
import { createHash } from 'node:crypto'
import type { Shard } from './shard.js'
import { CheckError } from '../check-error.js'
import { validDomain } from '../domain-name.js'

/** A mail domain, canonical (lower case A-labels); undefined for a policy host, a URL, a label. */
export const mailDomain = (value: string): string | undefined => {
  const domain = validDomain(value)
  if (domain === undefined || domain.startsWith('mta-sts.') || domain.startsWith('_')) {
    return undefined
  }
  return domain
}

/** Why a value is no mail domain, in one line. */
export const notAMailDomain = (value: string): string =>
  `${JSON.stringify(value)} is not a mail domain (give example.com, not mta-sts.example.com or a URL)`

export type DomainsFileResult =
  { ok: true; domains: string[] } | { ok: false; line: number; reason: string }

/**
 * A domains file: one domain a line; `#` starts a comment (whole line or trailing); blank lines
 * are skipped; CRLF and a leading BOM are accepted. Duplicates are kept once, in first order.
 */
export const parseDomainsFile = (text: string): DomainsFileResult => {
  const domains: string[] = []
  const seen = new Set<string>()
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  for (const [i, raw] of lines.entries()) {
    const hash = raw.indexOf('#')
    const value = (hash === -1 ? raw : raw.slice(0, hash)).trim()
    if (value === '') continue
    const domain = mailDomain(value)
    if (domain === undefined) return { ok: false, line: i + 1, reason: notAMailDomain(value) }
    if (!seen.has(domain)) {
      seen.add(domain)
      domains.push(domain)
    }
  }
  return { ok: true, domains }
}

/**
 * The shard (1-based) a domain falls in: the first 4 bytes of the SHA-256 of its canonical name,
 * big-endian, mod N. It depends on that domain alone, so adding a domain moves no other.
 */
export const shardOf = (domain: string, count: number): number => {
  const digest = createHash('sha256').update(domain, 'utf8').digest()
  return (digest.readUInt32BE(0) % count) + 1
}

/** The domains of the list in the shard, in list order. */
export const inShard = (domains: readonly string[], shard: Shard): string[] =>
  domains.filter(d => shardOf(d, shard.count) === shard.index)

/** The domains of a domains file, or a CheckError naming the file and the bad line. */
export const domainsOfFile = (text: string, name: string): string[] => {
  const r = parseDomainsFile(text)
  if (!r.ok) throw new CheckError(`${name}, line ${r.line}: ${r.reason}`)
  return r.domains
}
