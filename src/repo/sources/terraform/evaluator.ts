/**
 * Expression values where that is a matter of reading, not running: strings, templates,
 * numbers, lists, parentheses and `var.x` / `local.x` resolved through the workspace. What
 * cannot be read is kept as a hole, marked computed when it hashes or reads a clock.
 */
import { type Mapped, MappedBuilder } from '../mapped-text.js'
import { attributeNamed, type Block, closeOf } from './hcl-body.js'
import { lex, type Tok } from './hcl-lexer.js'
import type { Part } from './hcl-templates.js'
import type { ParsedFile, Workspace } from './workspace.js'

/** A part of a value that is not literal text: an interpolation or a whole expression. */
export interface Hole {
  /** Range in the value text. */
  start: number
  end: number
  /** The expression as written (`${var.x}`, `md5(local.policy)`). */
  source: string
  /** Resolved to literal text (from a tfvars file, a default, a local). */
  resolved: boolean
  /** A hash or a clock: changes with the content, or always. */
  computed: boolean
}

export interface Str {
  kind: 'str'
  value: Mapped
  holes: Hole[]
}
interface List {
  kind: 'list'
  items: Value[]
}
export type Value = Str | List

const HASH_CALL =
  /\b(?:md5|sha1|sha256|sha512|filemd5|filesha1|filesha256|filesha512|base64sha256|base64sha512|filebase64sha256|filebase64sha512|bcrypt|uuid|uuidv5|timestamp|plantimestamp)\s*\(/

/** The first names of references that are not resources: `var.x`, `each.value.x`, `path.module`. */
const NOT_BLOCKS = new Set(['var', 'local', 'each', 'count', 'path', 'module', 'self', 'terraform'])

const exprSource = (f: ParsedFile, [a, b]: [number, number]): string => {
  const first = f.toks[a]
  const last = f.toks[b - 1]
  if (first === undefined || last === undefined || b <= a) return ''
  return f.text.slice(first.start, last.end)
}

/** Significant tokens (no newlines) of a range. */
const sig = (toks: readonly Tok[], [a, b]: [number, number]): number[] => {
  const out: number[] = []
  for (let k = a; k < b; k++) if (toks[k]?.kind !== 'newline') out.push(k)
  return out
}

/** A number token (an id kept unquoted in tfvars) as text mapped to the file. */
const numberValue = (f: ParsedFile, t: Tok): Str => {
  const b = new MappedBuilder()
  for (let i = 0; i < t.text.length; i++) b.push(t.text[i] ?? '', t.start + i, f.index)
  return { kind: 'str', value: b.done(), holes: [] }
}

export class Evaluator {
  constructor(private readonly ws: Workspace) {}

  private readonly computedLocals = new Map<string, boolean>()
  private readonly references = new Map<string, Value | undefined>()

  /** True when an expression's source hashes or reads a clock, directly or through locals. */
  computed(source: string): boolean {
    if (HASH_CALL.test(source)) return true
    for (const m of source.matchAll(/\blocal\.([A-Za-z_][\w-]*)/g)) {
      const name = m[1] ?? ''
      let known = this.computedLocals.get(name)
      if (known === undefined) {
        // Memoised, and false while in progress: a cycle or a wide graph stays linear.
        this.computedLocals.set(name, false)
        const def = this.ws.local(name)
        known = def !== undefined && this.computed(exprSource(def.file, def.attr.expr))
        this.computedLocals.set(name, known)
      }
      if (known) return true
    }
    return false
  }

  /** `var.x` or `local.x`, resolved to a literal string when it is one (memoised). */
  reference(kind: string, name: string, depth: number): Value | undefined {
    const key = `${kind}.${name}`
    if (this.references.has(key)) return this.references.get(key)
    if (depth > 8) return undefined
    this.references.set(key, undefined) // a cycle resolves to nothing
    const def =
      kind === 'var' ? this.ws.variable(name) : kind === 'local' ? this.ws.local(name) : undefined
    const v = def === undefined ? undefined : this.expr(def.file, def.attr.expr, depth + 1)
    this.references.set(key, v)
    return v
  }

  /** A whole expression that could not be read: `${source}` as a hole. */
  hole(source: string, resolvedFrom?: Str): Str {
    const computed = this.computed(source)
    if (resolvedFrom !== undefined && resolvedFrom.holes.every(h => h.resolved)) {
      return {
        kind: 'str',
        value: resolvedFrom.value,
        holes: [{ start: 0, end: resolvedFrom.value.text.length, source, resolved: true, computed }]
      }
    }
    const text = `\${${source}}`
    return {
      kind: 'str',
      value: { text, map: new Array<number>(text.length).fill(-1) },
      holes: [{ start: 0, end: text.length, source: text, resolved: false, computed }]
    }
  }

  expr(f: ParsedFile, range: [number, number], depth = 0): Value | undefined {
    const ks = sig(f.toks, range)
    const k0 = ks[0]
    if (k0 === undefined) return undefined
    const t0 = f.toks[k0]
    if (t0 === undefined) return undefined
    const source = exprSource(f, [k0, (ks[ks.length - 1] ?? k0) + 1])
    // Deeper than any real configuration: not read, so hostile nesting cannot exhaust the stack.
    if (depth > 16) return this.hole(source)
    // A string or heredoc.
    if (ks.length === 1 && t0.kind === 'string') return this.template(f, t0.parts ?? [], depth)
    // A number (an id kept unquoted in tfvars).
    if (ks.length === 1 && t0.kind === 'number') return numberValue(f, t0)
    // A list.
    if (t0.kind === 'punct' && t0.text === '[') {
      const close = closeOf(f.toks, k0, range[1])
      if (close === (ks[ks.length - 1] ?? -1)) return this.list(f, k0, close, depth)
    }
    // Parentheses around an expression.
    if (
      t0.kind === 'punct' &&
      t0.text === '(' &&
      closeOf(f.toks, k0, range[1]) === ks[ks.length - 1]
    )
      return this.expr(f, [k0 + 1, ks[ks.length - 1] ?? k0 + 1], depth)
    // var.x / local.x
    const t1 = f.toks[ks[1] ?? -1]
    const t2 = f.toks[ks[2] ?? -1]
    if (ks.length === 3 && t0.kind === 'ident' && t1?.text === '.' && t2?.kind === 'ident') {
      const v = this.reference(t0.text, t2.text, depth)
      return this.hole(source, v?.kind === 'str' ? v : undefined)
    }
    // type.name.attribute / data.type.name.attribute: an argument written in that block.
    const ref = this.blockReference(f, ks)
    if (ref !== undefined) {
      const attr = attributeNamed(ref.block.block.body, ref.attribute)
      const v =
        attr === undefined || depth > 8
          ? undefined
          : this.expr(ref.block.file, attr.expr, depth + 1)
      return this.hole(source, v?.kind === 'str' ? v : undefined)
    }
    return this.hole(source)
  }

  /**
   * The block a reference `type.name.attribute` (or `data.type.name.attribute`) names, with the
   * attribute; undefined for anything else (`var.x`, `each.value.x`, an index, a call).
   */
  blockReference(
    f: ParsedFile,
    ks: readonly number[]
  ): { block: { file: ParsedFile; block: Block }; attribute: string } | undefined {
    const parts: string[] = []
    for (let i = 0; i < ks.length; i++) {
      const t = f.toks[ks[i] ?? -1]
      if (i % 2 === 1 ? t?.text !== '.' : t?.kind !== 'ident') return undefined
      if (i % 2 === 0) parts.push(t?.text ?? '')
    }
    if (ks.length % 2 === 0) return undefined
    const [a, b, c, d] = parts
    const found =
      parts.length === 4 && a === 'data' && b !== undefined && c !== undefined && d !== undefined
        ? { kind: 'data' as const, type: b, name: c, attribute: d }
        : parts.length === 3 && a !== undefined && b !== undefined && c !== undefined
          ? { kind: 'resource' as const, type: a, name: b, attribute: c }
          : undefined
    if (found === undefined || NOT_BLOCKS.has(found.type)) return undefined
    const block = this.ws.block(found.kind, found.type, found.name)
    return block === undefined ? undefined : { block, attribute: found.attribute }
  }

  /** The list bracketed by the tokens `open` and `close`: its items, split at top-level commas. */
  private list(f: ParsedFile, open: number, close: number, depth: number): List {
    const items: Value[] = []
    let a = open + 1
    let d = 0
    for (let j = open + 1; j <= close; j++) {
      const u = f.toks[j]
      if (u?.kind === 'punct' && (u.text === '[' || u.text === '(' || u.text === '{')) d++
      else if (
        u?.kind === 'punct' &&
        (u.text === ']' || u.text === ')' || u.text === '}') &&
        j !== close
      )
        d--
      if (j === close || (d === 0 && u?.kind === 'punct' && u.text === ',')) {
        const v = this.expr(f, [a, j], depth)
        if (v !== undefined) items.push(v)
        a = j + 1
      }
    }
    return { kind: 'list', items }
  }

  template(f: ParsedFile, parts: readonly Part[], depth: number): Str {
    const b = new MappedBuilder()
    const holes: Hole[] = []
    for (const p of parts) {
      if (p.kind === 'lit') {
        const m = p.value
        for (let i = 0; i < m.text.length; i++) b.copy(m, i, f.index)
        continue
      }
      const inner = f.text.slice(p.start, p.end)
      const written = `${p.directive ? '%' : '$'}{${inner}}`
      const start = b.text.length
      let resolved: Str | undefined
      if (!p.directive) {
        const toks = lex(f.text, p.start, p.end, undefined, undefined)
        const sub: ParsedFile = { ...f, toks }
        const v = this.expr(sub, [0, toks.length], depth + 1)
        if (v?.kind === 'str' && v.holes.every(h => h.resolved)) resolved = v
      }
      const computed = this.computed(inner)
      if (resolved !== undefined) {
        b.append(resolved.value)
        holes.push({ start, end: b.text.length, source: written, resolved: true, computed })
      } else {
        for (const ch of written) b.push(ch, -1)
        holes.push({ start, end: b.text.length, source: written, resolved: false, computed })
      }
    }
    return { kind: 'str', value: b.done(), holes }
  }
}
