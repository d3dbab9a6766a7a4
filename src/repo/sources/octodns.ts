/**
 * octoDNS YAML zone files (`example.com.yaml`): top-level keys are names relative to the zone
 * (`''` is the apex), each holding one record or a list of records with `type` and
 * `value`/`values`. TXT values escape `;` as `\;` (octoDNS rejects a bare `;`): it is unescaped
 * here and a bare one is reported. MX values are `{exchange, preference}` maps (older octoDNS:
 * `{value, priority}`). The `yaml` package keeps every node's offsets, so positions and id spans
 * point into the file.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import type { DnsRecord, SourceContext, SourceFile, SourceParser } from './types.js'
import {
  LineIndex,
  type Mapped,
  mapped,
  MappedBuilder,
  unescapeSemicolons,
  unmapped
} from './mapped-text.js'
import {
  baseName,
  looksLikeDomain,
  missingDotMessage,
  qualify,
  repeatsOrigin
} from './owner-names.js'
import { guarded, idRange, makeRecord, type Problem, problemAt } from './parser-output.js'
import { canonicalDomain } from '../../domain-name.js'

/** The zone an octoDNS file is for: its name without `.yaml`/`.yml`. */
export const octodnsOrigin = (file: string): string | undefined => {
  const m = /^(.+?)\.ya?ml$/i.exec(baseName(file))
  if (m?.[1] === undefined) return undefined
  const d = canonicalDomain(m[1])
  return looksLikeDomain(d) ? d : undefined
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
}
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 }

/** Decodes a one-line double-quoted scalar's inside, mapping the literal characters. */
const decodeDouble = (raw: string, start: number): Mapped | undefined => {
  const b = new MappedBuilder()
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? ''
    if (c !== '\\') {
      b.push(c, start + i)
      continue
    }
    const e = raw[i + 1] ?? ''
    const simple = DOUBLE_ESCAPES[e]
    if (simple !== undefined) {
      b.escaped(simple, start + i)
      i++
      continue
    }
    const len = HEX_LENGTH[e]
    if (len === undefined) return undefined
    const hex = raw.slice(i + 2, i + 2 + len)
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) return undefined
    const cp = parseInt(hex, 16)
    if (cp > 0x10ffff) return undefined
    b.escaped(String.fromCodePoint(cp), start + i)
    i += 1 + len
  }
  return b.done()
}

/**
 * A scalar's value with the file offset of each character: exact for one-line plain, single-
 * and double-quoted scalars; otherwise (block or folded scalars) only the id is located, by its
 * unique `id=<id>` occurrence in the node's source.
 */
const scalarMapped = (text: string, node: Node, value: string): Mapped => {
  const range = node.range
  if (!isScalar(node) || range === null || range === undefined) return unmapped(value)
  const [start, end] = range
  const raw = text.slice(start, end)
  let m: Mapped | undefined
  if (!raw.includes('\n')) {
    if (node.type === 'PLAIN') m = mapped(raw, start)
    else if (node.type === 'QUOTE_SINGLE' && raw.length >= 2) {
      const b = new MappedBuilder()
      const inner = raw.slice(1, -1)
      for (let i = 0; i < inner.length; i++) {
        b.push(inner[i] ?? '', start + 1 + i)
        if (inner[i] === "'" && inner[i + 1] === "'") i++
      }
      m = b.done()
    } else if (node.type === 'QUOTE_DOUBLE' && raw.length >= 2) {
      m = decodeDouble(raw.slice(1, -1), start + 1)
    }
  }
  if (m !== undefined && m.text === value) return m
  // Fallback: map the id's characters alone when `id=<id>` occurs once in the source.
  const out = unmapped(value)
  const range2 = idRange(value.replace(/\\;/g, ';'))
  if (range2 === undefined) return out
  const unesc = value.replace(/\\;/g, ';')
  const id = unesc.slice(range2[0], range2[1])
  const needle = `id=${id}`
  const at = raw.indexOf(needle)
  if (id === '' || at < 0 || raw.indexOf(needle, at + 1) >= 0) return out
  const inValue = value.indexOf(needle)
  if (inValue < 0 || value.indexOf(needle, inValue + 1) >= 0) return out
  for (let i = 0; i < id.length; i++) out.map[inValue + 3 + i] = start + at + 3 + i
  return out
}

/** octoDNS rejects MX and CNAME targets that are not fully qualified. */
const finalDot = (host: string): string =>
  `"${host}" has no final dot: octoDNS requires a fully qualified name (it is read here as relative)`

const deref = (doc: Document, node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node)

const asList = (doc: Document, node: unknown): unknown[] => {
  const n = deref(doc, node)
  return isSeq(n) ? n.items.map(i => deref(doc, i)) : n === undefined || n === null ? [] : [n]
}

const scalarText = (node: unknown): string | undefined => {
  if (!isScalar(node)) return undefined
  const v = node.value
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return undefined
}

/** Where a scalar's value starts in the file: after its opening quote, if any. */
const scalarStart = (node: Node, value: Mapped): number => {
  const first = value.map.find(m => m >= 0)
  if (first !== undefined) return first
  const start = node.range?.[0] ?? 0
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
    ? start + 1
    : start
}

export const parseOctodns: SourceParser = (text: string, ctx: SourceContext): SourceFile =>
  guarded('octodns', () => {
    const lines = new LineIndex(text)
    const problems: Problem[] = []
    const records: DnsRecord[] = []
    const origin = octodnsOrigin(ctx.file)
    const out: SourceFile = { format: 'octodns', records, problems }
    if (origin !== undefined) out.origin = origin

    const lineCounter = new LineCounter()
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
    for (const e of doc.errors) {
      const p = e.linePos?.[0]
      problems.push({
        message: `YAML: ${e.message.split('\n')[0] ?? e.code}`,
        line: p?.line ?? 1,
        column: p?.col ?? 1
      })
    }
    const top = deref(doc, doc.contents)
    if (top === null || top === undefined || (isScalar(top) && top.value === null)) return out
    if (!isMap(top)) {
      problems.push(problemAt(lines, 0, 'not an octoDNS zone file: the top level is not a mapping'))
      return out
    }
    for (const pair of top.items) {
      const key = deref(doc, pair.key)
      const name = isScalar(key) && key.value === null ? '' : scalarText(key)
      if (name === undefined) continue
      const owner = qualify(name, origin)
      if (repeatsOrigin(name, origin) && isScalar(key))
        problems.push(problemAt(lines, key.range?.[0] ?? 0, missingDotMessage(name, origin)))
      for (const item of asList(doc, pair.value)) {
        if (!isMap(item)) continue
        const type = scalarText(deref(doc, item.get('type', true)))?.toUpperCase()
        if (type !== 'TXT' && type !== 'MX' && type !== 'CNAME') continue
        const values = [
          ...asList(doc, item.get('value', true)),
          ...asList(doc, item.get('values', true))
        ]
        if (values.length === 0) {
          const at = item.range?.[0] ?? 0
          problems.push(problemAt(lines, at, `${type} record "${name}" without value or values`))
          continue
        }
        for (const v of values) {
          if (type === 'MX') {
            const m = deref(doc, v)
            const host = isMap(m)
              ? deref(doc, m.get('exchange', true) ?? m.get('value', true))
              : undefined
            const hostText = scalarText(host)
            if (hostText === undefined || !isScalar(host)) {
              const at = isMap(m) || isScalar(m) ? (m.range?.[0] ?? 0) : 0
              problems.push(problemAt(lines, at, `MX value of "${name}" without exchange`))
              continue
            }
            const target = qualify(hostText, origin)
            const start = scalarStart(host, scalarMapped(text, host, hostText))
            if (!hostText.endsWith('.')) problems.push(problemAt(lines, start, finalDot(hostText)))
            records.push(makeRecord(lines, owner, 'MX', { text: target, map: [] }, start))
            continue
          }
          const s = scalarText(v)
          if (s === undefined || !isScalar(v)) {
            const at = isMap(v) || isSeq(v) ? (v.range?.[0] ?? 0) : 0
            problems.push(problemAt(lines, at, `${type} value of "${name}" is not a string`))
            continue
          }
          const raw = scalarMapped(text, v, s)
          const start = scalarStart(v, raw)
          if (type === 'CNAME') {
            if (!s.endsWith('.')) problems.push(problemAt(lines, start, finalDot(s)))
            records.push(
              makeRecord(lines, owner, 'CNAME', { text: qualify(s, origin), map: [] }, start)
            )
            continue
          }
          const bare = /(^|[^\\]);/.exec(s)
          if (bare !== null) {
            const i = bare.index + (bare[1] ?? '').length
            problems.push(
              problemAt(
                lines,
                raw.map[i] !== undefined && raw.map[i] >= 0 ? raw.map[i] : start,
                `unescaped ";" in the TXT value of "${name}": octoDNS requires "\\;"`
              )
            )
          }
          records.push(makeRecord(lines, owner, 'TXT', unescapeSemicolons(raw), start))
        }
      }
    }
    return out
  })
