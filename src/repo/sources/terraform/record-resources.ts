/**
 * What makes a resource a DNS record, whatever its provider: its record type (a `type`-like
 * attribute or the resource type's name), its owner (a `name`-like attribute) and the
 * attributes its values are in.
 */
import { type Attr, attributeNamed, type Block } from './hcl-body.js'
import type { Evaluator, Str, Value } from './evaluator.js'
import type { ParsedFile } from './workspace.js'
import { canonicalDomain } from '../../../domain-name.js'

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

/** The owner from a name value: an unresolved trailing interpolation (the zone) is dropped. */
const ownerOf = (name: Str | undefined): string => {
  if (name === undefined) return ''
  let text = name.value.text
  const last = name.holes[name.holes.length - 1]
  if (last !== undefined && !last.resolved && last.end === text.length) {
    text = text.slice(0, last.start)
    if (text.endsWith('.')) text = text.slice(0, -1)
  }
  const n = canonicalDomain(text)
  return n === '@' ? '' : n
}

const flatten = (v: Value | undefined): Str[] =>
  v === undefined ? [] : v.kind === 'str' ? [v] : v.items.flatMap(flatten)

/** The owner a record resource names (see ownerOf); the apex when it names none. */
export const resourceOwner = (ev: Evaluator, f: ParsedFile, block: Block): string => {
  const nameAttr = NAME_ATTRS.map(n => attributeNamed(block.body, n)).find(a => a !== undefined)
  const nameValue = nameAttr === undefined ? undefined : ev.expr(f, nameAttr.expr)
  return ownerOf(nameValue?.kind === 'str' ? nameValue : undefined)
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
