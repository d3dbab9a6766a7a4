/**
 * What every id-source format (BIND zone, octoDNS YAML, DNSControl, Terraform, plain record file)
 * yields: the DNS records the file declares, with positions. Parsers are pure: text in, records out.
 */

export type SourceFormat = 'bind' | 'octodns' | 'dnscontrol' | 'terraform' | 'plain'

/** A 1-based place in a file. */
export interface Position {
  line: number
  column: number
}

/**
 * A run of a record's text written in one piece: its characters from `from` on (up to the next
 * run's `from`; the last run also covers the place right after the text) are at `at`, one column
 * each. `at` is null for characters nothing in this file writes (an expression's value, text
 * from another file, the place after a text whose last character is an escape).
 */
export interface TextRun {
  from: number
  at: Position | null
}

export interface DnsRecord {
  /**
   * Owner name as declared, made absolute when the file says its origin (`_mta-sts.example.com`),
   * else relative as written (`_mta-sts`, `_mta-sts.sub`). Lower case, no trailing dot.
   */
  owner: string
  type: 'TXT' | 'MX' | 'CNAME'
  /** TXT: the character-strings joined with nothing between them (RFC 8461 3.1); MX/CNAME: the target host, no trailing dot. */
  value: string
  /** 1-based position of the record's value in the file. */
  line: number
  column: number
  /**
   * TXT: where the characters of `value` are written, run by run, when that is not simply
   * `column + i` on `line`: escapes, several strings, a value across lines or from elsewhere.
   */
  textRuns?: TextRun[]
  /**
   * For a TXT record holding `id=`: 0-based offsets [start, end) of the id's characters in the
   * FILE text, so `bump` can replace exactly them and nothing else.
   */
  idSpan?: [number, number]
  /**
   * The file `idSpan` points into when it is not the parsed file itself (a Terraform id kept in
   * `terraform.tfvars` or in a `variable` default in `variables.tf`): a key of `ctx.siblings`.
   */
  idFile?: string
  /** True when the id is computed from the policy content (e.g. Terraform md5(policy)): it always changes with it. */
  computed?: boolean
  /** The expression the value came from, when not a literal (e.g. `${var.mta_sts_id}`). */
  expression?: string
  /**
   * What findings on this record should add about how it is written: a BIND record left
   * unquoted, which a `;` cuts short.
   */
  note?: string
  /**
   * The record may not exist as read: its resource's `count` reads a variable its text was
   * filled in from (Terraform `count = length(var.x) > 0 ? 1 : 0` over `${var.x}`), so the value
   * read (a default "") may be one that count rules out. Not linted, as an unevaluated one.
   */
  conditional?: boolean
  /**
   * The top-level variable the record is declared in, for zones to include by name (DNSControl
   * `var MTA_STS = [TXT("_mta-sts", ...)]`); kept on the copies made for each including zone.
   */
  group?: string
  /**
   * The block a record with a relative owner is declared in, when a file holds several that are
   * not one zone (a DNSControl `D(DOMAIN, ...)` call, a variable): records of different scopes
   * are never one RRset.
   */
  scope?: string
}

/** A record whose owner (and target) are relative to a zone another part of the configuration names. */
export interface PendingRecord {
  record: DnsRecord
  /** The owner as written (`_mta-sts`, `@`, `host.example.net.`). */
  name: string
  /** An MX or CNAME target as written, when a literal (`mx`, `QUALIFY("x")` as `x`). */
  target?: string
}

/**
 * What a file leaves for the other files of its configuration to say: DNSControl runs every
 * `require`d file in one global scope, so a `D(DOMAIN, ...)` may take its domain, and a zone its
 * records, from a variable declared in another file.
 */
export interface SharedScope {
  /** Top-level names bound to literal text (`var DOMAIN = "example.com"`), not assigned again here. */
  constants: Record<string, string>
  /** Names this file assigns outside their declaration: constants nowhere. */
  reassigned: string[]
  /** Top-level names bound to records, and the other names they include. */
  groups: Record<string, { records: PendingRecord[]; uses: string[] }>
  /** The domains of the zones (D calls) this file declares with a name it can tell. */
  domains: string[]
  /**
   * Zones left unresolved: a domain named by a variable this file does not bind (with the
   * zone's own records, owners relative), or names included that this file does not declare.
   */
  zones: {
    domain?: string
    domainRef?: string
    records: PendingRecord[]
    uses: string[]
    /** A `D_EXTEND` (records added to a zone declared elsewhere). */
    extend?: boolean
  }[]
}

export interface SourceFile {
  format: SourceFormat
  records: DnsRecord[]
  /** The domain the file is about, when it says so ($ORIGIN, D("example.com"), zone file name). */
  origin?: string
  /** The domains whose zones the file declares, when it declares several (DNSControl D() calls). */
  zones?: string[]
  /** Problems reading the file (reported, never thrown). */
  problems: { message: string; line: number; column: number }[]
  /** Names shared with the other files of the configuration (DNSControl); see linkSources. */
  shared?: SharedScope
}

/** Extra files a format may need (Terraform resolves `var.x` from *.tfvars and defaults). */
export interface SourceContext {
  /** Other files of the same folder, by name, for cross-file references. */
  siblings?: ReadonlyMap<string, string>
  /** The file's own path, relative to the root (a zone file name may give the origin). */
  file: string
}

export type SourceParser = (text: string, ctx: SourceContext) => SourceFile
