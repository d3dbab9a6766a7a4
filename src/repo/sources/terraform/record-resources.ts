/**
 * What makes a resource a DNS record, whatever its provider: its record type (a `type`-like
 * attribute or the resource type's name), its owner (a `name`-like attribute) and the
 * attributes its values are in.
 */
import type { Attr, Block } from './hcl-body.js'
import type { Evaluator, Str, Value } from './evaluator.js'
import type { ParsedFile } from './workspace.js'

export const NAME_ATTRS = ['name', 'subdomain', 'hostname', 'record_name', 'host']
const TYPE_ATTRS = ['type', 'record_type', 'fieldtype']
export const VALUE_ATTRS = [
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
    const attr = block.body.find((i): i is Attr => i.kind === 'attr' && i.name === a)
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
export const ownerOf = (name: Str | undefined): string => {
  if (name === undefined) return ''
  let text = name.value.text
  const last = name.holes[name.holes.length - 1]
  if (last !== undefined && !last.resolved && last.end === text.length) {
    text = text.slice(0, last.start)
    if (text.endsWith('.')) text = text.slice(0, -1)
  }
  const n = text.trim().toLowerCase().replace(/\.$/, '')
  return n === '@' ? '' : n
}

export const flatten = (v: Value | undefined): Str[] =>
  v === undefined ? [] : v.kind === 'str' ? [v] : v.items.flatMap(flatten)
