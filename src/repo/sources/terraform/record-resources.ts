/**
 * What makes a resource a DNS record, whatever its provider: its record type (a `type`-like
 * attribute or the resource type's name), its owner (a `name`-like attribute) and the
 * attributes its values are in.
 */
import { type Attr, attributeNamed, type Block } from './hcl-body.js'
import type { Evaluator, Str, Value } from './evaluator.js'
import type { ParsedFile } from './workspace.js'
import { canonicalDomain, validDomain } from '../../../domain-name.js'
import { lex } from './hcl-lexer.js'

const NAME_ATTRS = ['name', 'subdomain', 'hostname', 'record_name', 'host']
const TYPE_ATTRS = ['type', 'record_type', 'fieldtype']
const VALUE_ATTRS = [
  'content',
  'value',
  'data',
  'target',
  'txt',
  'records',
  'rrdatas',
  'values',
  'record'
]

/** The record type a resource declares, by attribute or by its resource type's name. */
export const recordType = (ev: Evaluator, f: ParsedFile, block: Block): string | undefined => {
  for (const a of TYPE_ATTRS) {
    const attr = attributeNamed(block.body, a)
    if (attr === undefined) continue
    const v = ev.expr(f, attr.expr)
    if (v?.kind === 'str' && v.holes.every(h => h.resolved)) return v.value.text.toUpperCase()
    return undefined
  }
  const rt = block.labels[0] ?? ''
  if (/(?:^|_)txt(?:_|$)/i.test(rt)) return 'TXT'
  if (/(?:^|_)mx(?:_|$)/i.test(rt)) return 'MX'
  if (/(?:^|_)cname(?:_|$)/i.test(rt)) return 'CNAME'
  return undefined
}

/** A value that differs per instance of a `for_each` or `count` resource. */
const PER_INSTANCE = /\b(?:each|count)\./

/** A record's owner as its resource names it. */
export interface Owner {
  name: string
  /** Written in full: literal, or with every interpolation resolved. */
  literal: boolean
  /** Ends with a dot: absolute, never relative to the zone. */
  absolute: boolean
}

/**
 * The owner from a name value: an unresolved trailing interpolation (the zone) is dropped, unless
 * it differs per instance (`_mta-sts.${each.value.host}`): that is no zone, so the name is kept
 * as written and names no domain.
 */
const ownerOf = (name: Str | undefined): Owner => {
  if (name === undefined) return { name: '', literal: true, absolute: false }
  let text = name.value.text
  const last = name.holes[name.holes.length - 1]
  const absolute = text.endsWith('.')
  if (
    last !== undefined &&
    !last.resolved &&
    last.end === text.length &&
    !PER_INSTANCE.test(last.source)
  ) {
    text = text.slice(0, last.start)
    if (text.endsWith('.')) text = text.slice(0, -1)
  }
  const n = canonicalDomain(text)
  return {
    name: n === '@' ? '' : n,
    literal: name.holes.every(h => h.resolved),
    absolute
  }
}

const flatten = (v: Value | undefined): Str[] =>
  v === undefined ? [] : v.kind === 'str' ? [v] : v.items.flatMap(flatten)

/** Attributes holding a record's zone by name: azurerm `zone_name`, DigitalOcean `domain`, ... */
const ZONE_ATTRS = ['zone_name', 'zone', 'domain', 'domain_name']
/** Attributes referring to the zone's resource: Cloudflare and Route 53 `zone_id`, Cloud DNS `managed_zone`. */
const ZONE_REF_ATTRS = ['zone_id', 'managed_zone', 'domain_id', 'zone_name', 'zone', 'domain']
/** What a zone or domain resource calls its domain. */
const ZONE_NAME_ATTRS = ['zone', 'name', 'dns_name', 'domain', 'domain_name', 'zone_name']
const ZONE_RESOURCE = /zone|domain/i

/** A value read in full that is a domain name. */
const domainValue = (v: Value | undefined): string | undefined =>
  v?.kind === 'str' && v.holes.every(h => h.resolved) ? validDomain(v.value.text) : undefined

/** The significant tokens of an expression, or of the one interpolation a string holds (`"${x.y}"`). */
const referenceTokens = (f: ParsedFile, [a, b]: [number, number]): [ParsedFile, number[]] => {
  const ks: number[] = []
  for (let k = a; k < b; k++) if (f.toks[k]?.kind !== 'newline') ks.push(k)
  const t = ks.length === 1 ? f.toks[ks[0] ?? -1] : undefined
  const only = t?.kind === 'string' && t.parts?.length === 1 ? t.parts[0] : undefined
  if (only === undefined || only.kind === 'lit' || only.directive) return [f, ks]
  const toks = lex(f.text, only.start, only.end, undefined, undefined)
  return [{ ...f, toks }, toks.map((_, i) => i).filter(i => toks[i]?.kind !== 'newline')]
}

/**
 * The zone a record resource is in, when its configuration says: a zone attribute read in full,
 * or the zone or domain resource an attribute refers to (`zone_id = cloudflare_zone.main.id`)
 * and the name written in it. A value computed per instance is no zone.
 */
export const resourceZone = (ev: Evaluator, f: ParsedFile, block: Block): string | undefined => {
  for (const a of ZONE_ATTRS) {
    const attr = attributeNamed(block.body, a)
    const d = attr === undefined ? undefined : domainValue(ev.expr(f, attr.expr))
    if (d !== undefined) return d
  }
  for (const a of ZONE_REF_ATTRS) {
    const attr = attributeNamed(block.body, a)
    if (attr === undefined) continue
    const ref = ev.blockReference(...referenceTokens(f, attr.expr))
    if (ref === undefined || !ZONE_RESOURCE.test(ref.block.block.labels[0] ?? '')) continue
    for (const n of ZONE_NAME_ATTRS) {
      const named = attributeNamed(ref.block.block.body, n)
      const d = named === undefined ? undefined : domainValue(ev.expr(ref.block.file, named.expr))
      if (d !== undefined) return d
    }
  }
  return undefined
}

/**
 * The owner a record resource names (see ownerOf); the apex when it names none. A name written
 * in full and relative to a zone the configuration names is made absolute in it, as providers
 * do (`_mta-sts` in `example.com`; a name already ending with the zone is kept).
 */
export const resourceOwner = (ev: Evaluator, f: ParsedFile, block: Block): string => {
  const nameAttr = NAME_ATTRS.map(n => attributeNamed(block.body, n)).find(a => a !== undefined)
  const nameValue = nameAttr === undefined ? undefined : ev.expr(f, nameAttr.expr)
  const owner = ownerOf(nameValue?.kind === 'str' ? nameValue : undefined)
  if (!owner.literal || owner.absolute) return owner.name
  const zone = resourceZone(ev, f, block)
  if (zone === undefined) return owner.name
  if (owner.name === '') return zone
  return owner.name === zone || owner.name.endsWith(`.${zone}`)
    ? owner.name
    : `${owner.name}.${zone}`
}

/** A value of a record resource, and the offset of the expression it was read from. */
export interface ResourceValue {
  v: Str
  at: number
}

/**
 * The values of a record resource: every string of its first value attribute, else of the
 * `value` (or `exchange`) in each of its `record { ... }` blocks (azurerm).
 */
export const resourceValues = (ev: Evaluator, f: ParsedFile, block: Block): ResourceValue[] => {
  const values: ResourceValue[] = []
  const valueAttr = VALUE_ATTRS.map(n => attributeNamed(block.body, n)).find(a => a !== undefined)
  if (valueAttr !== undefined) {
    const at = f.toks[valueAttr.expr[0]]?.start ?? block.start
    for (const v of flatten(ev.expr(f, valueAttr.expr))) values.push({ v, at })
    return values
  }
  for (const b of block.body) {
    if (b.kind !== 'block' || b.type !== 'record') continue
    const attr = b.body.find(
      (i): i is Attr => i.kind === 'attr' && (i.name === 'value' || i.name === 'exchange')
    )
    if (attr === undefined) continue
    const at = f.toks[attr.expr[0]]?.start ?? b.start
    for (const v of flatten(ev.expr(f, attr.expr))) values.push({ v, at })
  }
  return values
}
