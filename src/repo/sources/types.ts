/**
 * What every id-source format (BIND zone, octoDNS YAML, DNSControl, Terraform, plain record file)
 * yields: the DNS records the file declares, with positions. Parsers are pure: text in, records out.
 */

export type SourceFormat = 'bind' | 'octodns' | 'dnscontrol' | 'terraform' | 'plain'

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
}

export interface SourceFile {
  format: SourceFormat
  records: DnsRecord[]
  /** The domain the file is about, when it says so ($ORIGIN, D("example.com"), zone file name). */
  origin?: string
  /** Problems reading the file (reported, never thrown). */
  problems: { message: string; line: number; column: number }[]
}

/** Extra files a format may need (Terraform resolves `var.x` from *.tfvars and defaults). */
export interface SourceContext {
  /** Other files of the same folder, by name, for cross-file references. */
  siblings?: ReadonlyMap<string, string>
  /** The file's own path, relative to the root (a zone file name may give the origin). */
  file: string
}

export type SourceParser = (text: string, ctx: SourceContext) => SourceFile
