/**
 * Id sources: which format a file is in, parsing it, and finding the records for a domain.
 */
import { parseBind } from './bind.js'
import { parseDnscontrol } from './dnscontrol.js'
import { parsePlain } from './plain.js'
import { parseTerraform } from './terraform/parse-terraform.js'
import { baseName } from './owner-names.js'
import type { DnsRecord, SourceContext, SourceFile, SourceFormat, SourceParser } from './types.js'
import { canonicalDomain } from '../../domain-name.js'

export type { DnsRecord, SourceContext, SourceFile, SourceFormat, SourceParser } from './types.js'
export { bumpId } from './bump.js'
export { linkSources } from './shared-scope.js'
export { placeOf, positionAt, type RecordPlace } from './record-place.js'

const LOADED: Readonly<Record<Exclude<SourceFormat, 'octodns'>, SourceParser>> = {
  bind: parseBind,
  dnscontrol: parseDnscontrol,
  terraform: parseTerraform,
  plain: parsePlain
}
/** octoDNS zones need the YAML parser (300 kB, 12 ms to load): loaded when one is first met. */
let octodns: SourceParser | undefined

/** Makes `format` parseable by parseSource: a no-op except the first time for octoDNS. */
export const loadParser = async (format: SourceFormat | undefined): Promise<void> => {
  if (format === 'octodns') octodns ??= (await import('./octodns.js')).parseOctodns
}

/** Every parser, the on-demand ones loaded. */
export const loadParsers = async (): Promise<Readonly<Record<SourceFormat, SourceParser>>> => {
  await loadParser('octodns')
  return { ...LOADED, octodns: parserFor('octodns') }
}

const parserFor = (format: SourceFormat): SourceParser => {
  if (format !== 'octodns') return LOADED[format]
  // A caller's mistake, not the input's: every caller awaits loadParser first.
  if (octodns === undefined)
    throw new Error("the octoDNS parser is not loaded: await loadParser('octodns') first")
  return octodns
}

const DNS_TYPES =
  'A|AAAA|ALIAS|CAA|CNAME|DNAME|DS|HTTPS|LOC|MX|NAPTR|NS|PTR|SPF|SRV|SSHFP|SVCB|TLSA|TXT|URLFWD'

/** octoDNS: a `type:` key holding a DNS record type. */
const OCTODNS_TYPE = new RegExp(
  `^[ \\t-]*type:[ \\t]*["']?(?:${DNS_TYPES})["']?[ \\t]*(?:#.*)?\\r?$`,
  'm'
)
/** A master-file line: `$ORIGIN`/`$TTL` or `... IN <type> ...`. */
const ZONE_DIRECTIVE = /^\$(?:ORIGIN|TTL)\b/im
const ZONE_RECORD = new RegExp(`[ \\t]IN[ \\t]+(?:SOA|${DNS_TYPES})[ \\t]`)
/** A master-file line without a class: `_mta-sts 3600 TXT "..."`. */
const ZONE_LINE = new RegExp(
  `^[^\\s;#$"'/]\\S*[ \\t]+(?:\\d+[ \\t]+)?(?:SOA|${DNS_TYPES})[ \\t]+\\S`,
  'm'
)
/** Prose and markup: never a record source, even when it quotes a zone line. */
const PROSE = /\.(?:md|markdown|rst|adoc|html?|txt\.md)$/
/** DNSControl: `D("...",` or a record call with a quoted name. */
const DNSCONTROL_D = /(?:^|[^\w$.])D(?:_EXTEND)?\s*\(\s*["'`]/
const DNSCONTROL_RECORD = /(?:^|[^\w$.])(?:TXT|MX|CNAME)\s*\(\s*["'`]/
// After any blank or `#` comment lines, which the plain format allows before its records.
const STS_TEXT = /^\uFEFF?(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*["']?[ \t]*v\s*=\s*(?:STSv1|TLSRPTv1)/i

/**
 * The format of a file, by its name and content; undefined when it does not look like a place
 * that keeps DNS records (a GitHub workflow, a Terraform `*.tfvars`, prose).
 */
export const detectFormat = (file: string, text: string): SourceFormat | undefined => {
  const base = baseName(file).toLowerCase()
  if (PROSE.test(base)) return undefined
  if (base.endsWith('.tf')) return 'terraform'
  if (base.endsWith('.tfvars') || base.endsWith('.tf.json')) return undefined
  if (/\.ya?ml$/.test(base)) return OCTODNS_TYPE.test(text) ? 'octodns' : undefined
  if (/\.(?:[cm]?js|ts)$/.test(base)) {
    if (base === 'dnsconfig.js' || DNSCONTROL_D.test(text) || DNSCONTROL_RECORD.test(text))
      return 'dnscontrol'
    return undefined
  }
  if (/\.(?:zone|db|hosts|fwd)$/.test(base) || /^db\./.test(base)) return 'bind'
  if (ZONE_DIRECTIVE.test(text) || ZONE_RECORD.test(text)) return 'bind'
  // The weakest signal, a record line without a class: only for files without an extension.
  if (!base.includes('.') && ZONE_LINE.test(text)) return 'bind'
  if (STS_TEXT.test(text)) return 'plain'
  return undefined
}

/**
 * Parses a file in its detected format (or `ctx.format` when given, e.g. from the config);
 * undefined when the format is not known. Never throws on any input: problems are in
 * `problems`. An octoDNS file needs `loadParser('octodns')` awaited once before.
 */
export const parseSource = (
  file: string,
  text: string,
  ctx: Partial<SourceContext> & { format?: SourceFormat } = {}
): SourceFile | undefined => {
  const format = ctx.format ?? detectFormat(file, text)
  if (format === undefined) return undefined
  const full: SourceContext = { file }
  if (ctx.siblings !== undefined) full.siblings = ctx.siblings
  return parserFor(format)(text, full)
}

/**
 * The records of a type at `<name>.<domain>` (`name` '' = the domain itself). A relative owner
 * (`_mta-sts`) counts when the file does not say its origin or says it is this domain; a record
 * of a group (a DNSControl variable) counts as written only when the file says no origin (in a
 * file that does, the zone including the group has its own copy).
 */
export const findRecord = (
  file: SourceFile,
  domain: string,
  type: DnsRecord['type'],
  name: '_mta-sts' | '_smtp._tls' | '' | (string & {})
): DnsRecord[] => {
  const d = canonicalDomain(domain)
  const n = name.toLowerCase()
  const absolute = n === '' ? d : `${n}.${d}`
  const relativeOk = file.origin === undefined || file.origin === d
  return file.records.filter(
    r =>
      r.type === type &&
      (r.owner === absolute ||
        (relativeOk && r.owner === n && (r.group === undefined || file.origin === undefined)))
  )
}
