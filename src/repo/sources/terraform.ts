/**
 * Terraform (HCL) DNS record resources: `cloudflare_record`, `cloudflare_dns_record`,
 * `aws_route53_record`, `google_dns_record_set`, `azurerm_dns_txt_record` / `_mx_record` /
 * `_cname_record`, `digitalocean_record` and any other resource with a `type` (or
 * `record_type`/`fieldtype`) of TXT, MX or CNAME and a `name` (or `subdomain`/`hostname`/
 * `record_name`). Values come from `content`, `value`, `data`, `target`, `txt`, `records`,
 * `rrdatas`, `values`, `record` (attribute or `record { value = ... }` blocks).
 *
 * References are resolved where that is a matter of reading, not running: `var.x` / `${var.x}`
 * from the `*.tfvars` among `ctx.siblings` (the auto-loaded `terraform.tfvars` and
 * `*.auto.tfvars` first, the last one defining it winning, as Terraform does; then any other
 * `*.tfvars`) or the `variable "x" { default = ... }` block; `local.x` from `locals { x = ... }`,
 * in this file or a sibling `.tf`. The id span then points into the file that holds the literal
 * (`idFile`). An id made by a hash or a clock (`md5(`, `sha1(`, `sha256(`, `filemd5(`,
 * `base64sha256(`, `timestamp()` ..., directly or through locals) is `computed`.
 *
 * The reader is a careful scanner (strings with `${}`/`%{}` templates, heredocs, `#`, `//` and
 * `/* *\/` comments, nested blocks), not a full HCL parser. The one npm offers costs far more
 * than it gives: `npm view @cdktf/hcl2json dist.unpackedSize` prints nothing (the registry keeps
 * no size for it), and `npm pack --dry-run @cdktf/hcl2json` (0.21.0) reports 1 839 145 bytes
 * unpacked, 1.7 MB of it a gzipped Go WASM module behind an async API, to read a few attribute
 * values into the bundled action.
 *
 * An unresolved interpolation at the end of a name (`_mta-sts.${var.domain}`, or a name that is
 * only `var.domain`) stands for the zone: it is dropped, leaving a relative owner (`_mta-sts`,
 * the apex). Not handled: `for_each`/`count` expansion, maps and objects indexed by key
 * (`each.value.id`, `var.domains["x"]`), modules, `.tf.json` and `.tfvars.json`.
 */
import type { DnsRecord, SourceContext, SourceFile, SourceParser } from './types.js'
import { LineIndex, type Mapped, MappedBuilder } from './mapped-text.js'
import { baseName } from './owner-names.js'
import { guarded, idRange, idSpanOf, type Problem, problemAt } from './parser-output.js'
import { looksLikeSts } from '../../record/sts.js'

// ---------------------------------------------------------------------------------------------
// Lexer

type Part =
  | { kind: 'lit'; value: Mapped }
  /** `${...}` or `%{...}`: the expression's source range (inside the braces). */
  | { kind: 'interp'; start: number; end: number; directive: boolean }

type TokKind = 'ident' | 'number' | 'string' | 'punct' | 'newline'

interface Tok {
  kind: TokKind
  start: number
  end: number
  text: string
  /** Strings and heredocs: the template parts. */
  parts?: Part[]
}

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c) || c.charCodeAt(0) > 0x7f
const isIdentPart = (c: string): boolean => /[\w-]/.test(c) || c.charCodeAt(0) > 0x7f

const STRING_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

/**
 * Scans nested template syntax without recursion (a hostile `"${"${"${...` cannot overflow the
 * stack): from inside a string (`'s'`, just after its quote) or an interpolation (`'i'`, just
 * after `${`), the offset just after the `"` or `}` that closes it. A string also stops at a line
 * end (unterminated); `closed` tells which happened.
 */
const scanNested = (
  text: string,
  from: number,
  end: number,
  first: 's' | 'i'
): { end: number; closed: boolean } => {
  // 's' = inside a string; a number = brace depth inside an interpolation.
  const stack: ('s' | number)[] = [first === 's' ? 's' : 0]
  let j = from
  while (j < end) {
    const top = stack[stack.length - 1] ?? 's'
    const c = text[j]
    if (top === 's') {
      if (c === '\\') j += 2
      else if ((c === '$' || c === '%') && text[j + 1] === '{' && text[j - 1] !== c) {
        stack.push(0)
        j += 2
      } else if (c === '"') {
        stack.pop()
        j++
        if (stack.length === 0) return { end: j, closed: true }
      } else if (c === '\n') {
        stack.pop()
        if (stack.length === 0) return { end: j, closed: false }
        j++
      } else j++
      continue
    }
    if (c === '"') stack.push('s')
    else if (c === '{') stack[stack.length - 1] = top + 1
    else if (c === '}') {
      if (top === 0) {
        stack.pop()
        if (stack.length === 0) return { end: j + 1, closed: true }
      } else stack[stack.length - 1] = top - 1
    }
    j++
  }
  return { end: Math.min(j, end), closed: false }
}

/** From just after `${` or `%{`: the offset of the matching `}` (or the end). */
const skipInterp = (text: string, i: number, end: number): number => {
  const r = scanNested(text, i, end, 'i')
  return r.closed ? r.end - 1 : end
}

/** From a `"`: the offset after the closing quote (or the end of the line). */
const skipString = (text: string, i: number, end: number): number =>
  scanNested(text, i + 1, end, 's').end

/**
 * Template text between `from` and `to` as parts. `escapes`: backslash escapes apply (quoted
 * strings; not heredocs). `stripIndent`: characters to drop at each line start (`<<-`).
 */
const templateParts = (text: string, from: number, to: number, escapes: boolean): Part[] => {
  const parts: Part[] = []
  let b = new MappedBuilder()
  let i = from
  while (i < to) {
    const c = text[i] ?? ''
    if (escapes && c === '\\') {
      const e = text[i + 1] ?? ''
      const simple = STRING_ESCAPES[e]
      if (simple !== undefined) {
        b.push(simple, -1)
        i += 2
        continue
      }
      const len = e === 'u' ? 4 : e === 'U' ? 8 : 0
      const hex = text.slice(i + 2, i + 2 + len)
      if (len > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
        const cp = parseInt(hex, 16)
        b.push(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', -1)
        i += 2 + len
        continue
      }
      b.push('\\', i)
      i++
      continue
    }
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      // `$${` is a literal `${`.
      b.push(c, -1)
      b.push('{', i + 2)
      i += 3
      continue
    }
    if ((c === '$' || c === '%') && text[i + 1] === '{') {
      if (b.text.length > 0) parts.push({ kind: 'lit', value: b.done() })
      b = new MappedBuilder()
      const close = skipInterp(text, i + 2, to)
      parts.push({ kind: 'interp', start: i + 2, end: close, directive: c === '%' })
      i = close + 1
      continue
    }
    b.push(c, i)
    i++
  }
  if (b.text.length > 0) parts.push({ kind: 'lit', value: b.done() })
  return parts
}

const lex = (
  text: string,
  from: number,
  to: number,
  lines: LineIndex | undefined,
  problems: Problem[] | undefined
): Tok[] => {
  const toks: Tok[] = []
  const problem = (at: number, message: string): void => {
    if (lines !== undefined) problems?.push(problemAt(lines, at, message))
  }
  let i = from
  while (i < to) {
    const c = text[i] ?? ''
    const start = i
    if (c === '\n') {
      toks.push({ kind: 'newline', start, end: i + 1, text: '\n' })
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') {
      i++
      continue
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < to && text[i] !== '\n') i++
      continue
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2)
      if (close < 0 || close + 2 > to) {
        problem(i, 'unterminated comment')
        i = to
      } else i = close + 2
      continue
    }
    if (c === '"') {
      const end = skipString(text, i, to)
      const closed = text[end - 1] === '"' && end - 1 > i
      if (!closed) problem(i, 'unterminated string')
      const inner = closed ? end - 1 : end
      toks.push({
        kind: 'string',
        start,
        end,
        text: '',
        parts: templateParts(text, i + 1, inner, true)
      })
      i = end
      continue
    }
    if (c === '<' && text[i + 1] === '<') {
      const m = /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, Math.min(to, i + 300)))
      if (m !== null) {
        const indent = m[1] === '-'
        const id = m[2] ?? ''
        const bodyStart = i + m[0].length
        // The closing line: optional blanks, the identifier, optional blanks.
        let lineAt = bodyStart
        let close = -1
        while (lineAt < to) {
          const nl = text.indexOf('\n', lineAt)
          const lineEnd = nl < 0 || nl > to ? to : nl
          if (text.slice(lineAt, lineEnd).trim() === id) {
            close = lineAt
            break
          }
          lineAt = lineEnd + 1
        }
        const bodyEnd = close < 0 ? to : close
        if (close < 0) problem(i, `unterminated heredoc <<${m[1] ?? ''}${id}`)
        toks.push({
          kind: 'string',
          start,
          end: bodyEnd,
          text: '',
          parts: heredocParts(text, bodyStart, bodyEnd, indent)
        })
        if (close < 0) i = to
        else {
          const nl = text.indexOf('\n', close)
          i = nl < 0 || nl > to ? to : nl
        }
        continue
      }
    }
    if (isIdentStart(c)) {
      i++
      while (i < to && isIdentPart(text[i] ?? '')) i++
      toks.push({ kind: 'ident', start, end: i, text: text.slice(start, i) })
      continue
    }
    if (/\d/.test(c)) {
      i++
      while (i < to && /[\w.]/.test(text[i] ?? '')) i++
      toks.push({ kind: 'number', start, end: i, text: text.slice(start, i) })
      continue
    }
    const two = text.slice(i, i + 2)
    if (['=>', '==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
      toks.push({ kind: 'punct', start, end: i + 2, text: two })
      i += 2
      continue
    }
    toks.push({ kind: 'punct', start, end: i + 1, text: c })
    i++
  }
  return toks
}

/** A heredoc body as template parts; `<<-` drops the smallest indentation of its lines. */
const heredocParts = (text: string, from: number, to: number, indent: boolean): Part[] => {
  if (!indent) return templateParts(text, from, to, false)
  const body = text.slice(from, to)
  const ls = body.split('\n')
  let min = Infinity
  for (const l of ls) {
    if (l.trim() === '') continue
    const lead = /^[ \t]*/.exec(l)?.[0].length ?? 0
    min = Math.min(min, lead)
  }
  if (!Number.isFinite(min) || min === 0) return templateParts(text, from, to, false)
  // Read each line after its indentation, then join.
  const parts: Part[] = []
  let at = from
  for (const l of ls) {
    const lineEnd = at + l.length
    const cut = Math.min(at + min, lineEnd)
    const lineParts = templateParts(text, cut, Math.min(lineEnd + 1, to), false)
    parts.push(...lineParts)
    at = lineEnd + 1
  }
  return parts
}

// ---------------------------------------------------------------------------------------------
// Structure: attributes and blocks

interface Attr {
  kind: 'attr'
  name: string
  /** Token indices [from, to) of the expression. */
  expr: [number, number]
}

interface Block {
  kind: 'block'
  type: string
  labels: string[]
  body: Item[]
  start: number
}

type Item = Attr | Block

/** Index of the bracket closing the one at `k`, or `end`. */
const closeOf = (toks: readonly Tok[], k: number, end: number): number => {
  let depth = 0
  for (let j = k; j < end; j++) {
    const t = toks[j]
    if (t?.kind !== 'punct') continue
    if (t.text === '{' || t.text === '[' || t.text === '(') depth++
    else if (t.text === '}' || t.text === ']' || t.text === ')') {
      depth--
      if (depth === 0) return j
    }
  }
  return end
}

const parseBody = (toks: readonly Tok[], from: number, to: number, depth = 0): Item[] => {
  const items: Item[] = []
  let k = from
  while (k < to) {
    const t = toks[k]
    if (t === undefined) break
    if (t.kind !== 'ident') {
      k++
      continue
    }
    const next = toks[k + 1]
    if (next?.kind === 'punct' && (next.text === '=' || next.text === ':')) {
      // Attribute: up to a newline outside brackets.
      let j = k + 2
      let d = 0
      while (j < to) {
        const u = toks[j]
        if (u === undefined) break
        if (u.kind === 'newline' && d === 0) break
        if (u.kind === 'punct') {
          if (u.text === '{' || u.text === '[' || u.text === '(') d++
          else if (u.text === '}' || u.text === ']' || u.text === ')') {
            if (d === 0) break
            d--
          } else if (u.text === ',' && d === 0) break
        }
        j++
      }
      items.push({ kind: 'attr', name: t.text, expr: [k + 2, j] })
      k = j + 1
      continue
    }
    // Block: labels, then `{`.
    const labels: string[] = []
    let j = k + 1
    while (j < to) {
      const u = toks[j]
      if (u?.kind === 'string') labels.push(literalText(u) ?? '')
      else if (u?.kind === 'ident') labels.push(u.text)
      else break
      j++
    }
    const open = toks[j]
    if (open?.kind === 'punct' && open.text === '{') {
      const close = closeOf(toks, j, to)
      const body = depth < 32 ? parseBody(toks, j + 1, close, depth + 1) : []
      items.push({ kind: 'block', type: t.text, labels, body, start: t.start })
      k = close + 1
      continue
    }
    k = j + 1
  }
  return items
}

/** A string token without interpolation: its text. */
const literalText = (t: Tok): string | undefined => {
  if (t.kind !== 'string' || t.parts === undefined) return undefined
  let s = ''
  for (const p of t.parts) {
    if (p.kind !== 'lit') return undefined
    s += p.value.text
  }
  return s
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** A part of a value that is not literal text: an interpolation or a whole expression. */
interface Hole {
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

interface Str {
  kind: 'str'
  value: Mapped
  holes: Hole[]
}
interface List {
  kind: 'list'
  items: Value[]
}
type Value = Str | List

interface ParsedFile {
  index: number
  name: string
  text: string
  toks: Tok[]
  body: Item[]
}

const HASH_CALL =
  /\b(?:md5|sha1|sha256|sha512|filemd5|filesha1|filesha256|filesha512|base64sha256|base64sha512|filebase64sha256|filebase64sha512|bcrypt|uuid|uuidv5|timestamp|plantimestamp)\s*\(/

const isTfvars = (name: string): boolean => /\.tfvars$/i.test(name)
const isAutoTfvars = (name: string): boolean =>
  /^terraform\.tfvars$/i.test(baseName(name)) || /\.auto\.tfvars$/i.test(name)

class Workspace {
  readonly files: ParsedFile[] = []
  private readonly byName = new Map<string, ParsedFile>()

  constructor(
    own: ParsedFile,
    private readonly siblings: ReadonlyMap<string, string>
  ) {
    this.files.push(own)
    this.byName.set(own.name, own)
  }

  file(name: string): ParsedFile | undefined {
    const have = this.byName.get(name)
    if (have !== undefined) return have
    const text = this.siblings.get(name)
    if (text === undefined) return undefined
    const toks = lex(text, 0, text.length, undefined, undefined)
    const f: ParsedFile = {
      index: this.files.length,
      name,
      text,
      toks,
      body: parseBody(toks, 0, toks.length)
    }
    this.files.push(f)
    this.byName.set(name, f)
    return f
  }

  /** The .tf files to search for `variable` and `locals`: this one, then the siblings. */
  tfFiles(): ParsedFile[] {
    const out = [this.files[0]].filter((f): f is ParsedFile => f !== undefined)
    for (const name of [...this.siblings.keys()].sort()) {
      if (!/\.tf$/i.test(name) || name === this.files[0]?.name) continue
      const f = this.file(name)
      if (f !== undefined) out.push(f)
    }
    return out
  }

  /** Where `var.x` gets its value: the tfvars attribute or the variable's default. */
  variable(name: string): { file: ParsedFile; attr: Attr } | undefined {
    const names = [...this.siblings.keys()].filter(isTfvars).sort()
    const auto = names.filter(isAutoTfvars).sort((a, b) => {
      // terraform.tfvars first, then *.auto.tfvars in lexical order: the last one wins.
      const ta = /^terraform\.tfvars$/i.test(baseName(a)) ? 0 : 1
      const tb = /^terraform\.tfvars$/i.test(baseName(b)) ? 0 : 1
      return ta - tb || (a < b ? -1 : a > b ? 1 : 0)
    })
    let found: { file: ParsedFile; attr: Attr } | undefined
    for (const n of auto) {
      const f = this.file(n)
      const attr = f?.body.find((i): i is Attr => i.kind === 'attr' && i.name === name)
      if (f !== undefined && attr !== undefined) found = { file: f, attr }
    }
    if (found !== undefined) return found
    for (const n of names) {
      if (isAutoTfvars(n)) continue
      const f = this.file(n)
      const attr = f?.body.find((i): i is Attr => i.kind === 'attr' && i.name === name)
      if (f !== undefined && attr !== undefined) return { file: f, attr }
    }
    for (const f of this.tfFiles()) {
      for (const b of f.body) {
        if (b.kind !== 'block' || b.type !== 'variable' || b.labels[0] !== name) continue
        const attr = b.body.find((i): i is Attr => i.kind === 'attr' && i.name === 'default')
        if (attr !== undefined) return { file: f, attr }
      }
    }
    return undefined
  }

  local(name: string): { file: ParsedFile; attr: Attr } | undefined {
    for (const f of this.tfFiles()) {
      for (const b of f.body) {
        if (b.kind !== 'block' || b.type !== 'locals') continue
        const attr = b.body.find((i): i is Attr => i.kind === 'attr' && i.name === name)
        if (attr !== undefined) return { file: f, attr }
      }
    }
    return undefined
  }
}

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

class Evaluator {
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
    if (ks.length === 1 && t0.kind === 'number') {
      const b = new MappedBuilder()
      for (let i = 0; i < t0.text.length; i++) b.push(t0.text[i] ?? '', t0.start + i, f.index)
      return { kind: 'str', value: b.done(), holes: [] }
    }
    // A list.
    if (t0.kind === 'punct' && t0.text === '[') {
      const close = closeOf(f.toks, k0, range[1])
      if (close === (ks[ks.length - 1] ?? -1)) {
        const items: Value[] = []
        let a = k0 + 1
        let d = 0
        for (let j = k0 + 1; j <= close; j++) {
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
    return this.hole(source)
  }

  template(f: ParsedFile, parts: readonly Part[], depth: number): Str {
    const b = new MappedBuilder()
    const holes: Hole[] = []
    for (const p of parts) {
      if (p.kind === 'lit') {
        const m = p.value
        for (let i = 0; i < m.text.length; i++) b.push(m.text[i] ?? '', m.map[i] ?? -1, f.index)
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

// ---------------------------------------------------------------------------------------------
// Records

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
const recordType = (ev: Evaluator, f: ParsedFile, block: Block): string | undefined => {
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
const ownerOf = (name: Str | undefined): string => {
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

const flatten = (v: Value | undefined): Str[] =>
  v === undefined ? [] : v.kind === 'str' ? [v] : v.items.flatMap(flatten)

/** Re-places holes after characters were dropped: `pos[i]` is the new index of old index i. */
const moveHoles = (holes: readonly Hole[], pos: readonly number[]): Hole[] =>
  holes.map(h => ({ ...h, start: pos[h.start] ?? 0, end: pos[h.end] ?? 0 }))

/**
 * Zone-file presentation form (`"part1" "part2"`, as Cloud DNS takes TXT rrdatas):
 * the strings joined. Undefined when the value is not in that form.
 */
const presentation = (s: Str): Str | undefined => {
  const t = s.value.text
  if (!t.startsWith('"')) return undefined
  const b = new MappedBuilder()
  const pos: number[] = []
  let i = 0
  let strings = 0
  const skip = (): void => {
    pos[i] = b.text.length
    i++
  }
  while (i < t.length) {
    if (t[i] !== '"') return undefined
    skip()
    let closed = false
    while (i < t.length) {
      const c = t[i]
      if (c === '"') {
        closed = true
        skip()
        break
      }
      pos[i] = b.text.length
      if (c === '\\' && i + 1 < t.length) {
        pos[i + 1] = b.text.length
        b.push(t[i + 1] ?? '', -1)
        i += 2
        continue
      }
      b.push(c ?? '', s.value.map[i] ?? -1, s.value.src?.[i] ?? 0)
      i++
    }
    if (!closed) return undefined
    strings++
    while (t[i] === ' ' || t[i] === '\t') skip()
  }
  if (strings === 0) return undefined
  pos[t.length] = b.text.length
  return { kind: 'str', value: b.done(), holes: moveHoles(s.holes, pos) }
}

/**
 * The AWS provider's long-TXT trick: it sends `"` + value + `"`, so `first255\"\"rest` arrives
 * as `"first255""rest"`, one record of two strings.
 */
const route53Split = (s: Str): Str => {
  const t = s.value.text
  if (!t.includes('""')) return s
  const b = new MappedBuilder()
  const pos: number[] = []
  for (let i = 0; i < t.length; i++) {
    pos[i] = b.text.length
    if (t[i] === '"' && t[i + 1] === '"' && i > 0 && i + 2 < t.length) {
      pos[i + 1] = b.text.length
      i++
      continue
    }
    b.push(t[i] ?? '', s.value.map[i] ?? -1, s.value.src?.[i] ?? 0)
  }
  pos[t.length] = b.text.length
  return { kind: 'str', value: b.done(), holes: moveHoles(s.holes, pos) }
}

export const parseTerraform: SourceParser = (text: string, ctx: SourceContext): SourceFile =>
  guarded('terraform', () => {
    const lines = new LineIndex(text)
    const problems: Problem[] = []
    const records: DnsRecord[] = []
    const toks = lex(text, 0, text.length, lines, problems)
    const own: ParsedFile = {
      index: 0,
      name: ctx.file,
      text,
      toks,
      body: parseBody(toks, 0, toks.length)
    }
    const ws = new Workspace(own, ctx.siblings ?? new Map<string, string>())
    const ev = new Evaluator(ws)
    let depth = 0
    for (const t of toks) {
      if (t.kind !== 'punct') continue
      if (t.text === '{') depth++
      else if (t.text === '}') {
        if (depth === 0) problems.push(problemAt(lines, t.start, 'unbalanced "}"'))
        else depth--
      }
    }
    if (depth > 0)
      problems.push(problemAt(lines, text.length, 'unclosed "{" at the end of the file'))

    for (const block of own.body) {
      if (block.kind !== 'block' || block.type !== 'resource') continue
      const type = recordType(ev, own, block)
      if (type !== 'TXT' && type !== 'MX' && type !== 'CNAME') continue
      const resourceType = block.labels[0] ?? ''
      const attrOf = (n: string): Attr | undefined =>
        block.body.find((i): i is Attr => i.kind === 'attr' && i.name === n)
      const nameAttr = NAME_ATTRS.map(attrOf).find(a => a !== undefined)
      const nameValue = nameAttr === undefined ? undefined : ev.expr(own, nameAttr.expr)
      const owner = ownerOf(nameValue?.kind === 'str' ? nameValue : undefined)

      const values: { v: Str; at: number }[] = []
      const valueAttr = VALUE_ATTRS.map(attrOf).find(a => a !== undefined)
      if (valueAttr !== undefined) {
        const at = toks[valueAttr.expr[0]]?.start ?? block.start
        for (const v of flatten(ev.expr(own, valueAttr.expr))) values.push({ v, at })
      } else {
        // `record { value = ... }` / `record { exchange = ... }` blocks (azurerm).
        for (const b of block.body) {
          if (b.kind !== 'block' || b.type !== 'record') continue
          const attr = b.body.find(
            (i): i is Attr => i.kind === 'attr' && (i.name === 'value' || i.name === 'exchange')
          )
          if (attr === undefined) continue
          const at = toks[attr.expr[0]]?.start ?? b.start
          for (const v of flatten(ev.expr(own, attr.expr))) values.push({ v, at })
        }
      }

      for (const { v: raw, at } of values) {
        let v = raw
        // Cloud DNS takes TXT rrdatas in presentation form; the AWS provider wraps each value in
        // quotes itself, so only its `\"\"` split is read (a value quoted again is kept as written).
        if (type === 'TXT' && resourceType === 'google_dns_record_set') v = presentation(v) ?? v
        if (type === 'TXT' && resourceType === 'aws_route53_record') v = route53Split(v)
        const firstOwn = v.value.map.findIndex((m, i) => m >= 0 && (v.value.src?.[i] ?? 0) === 0)
        const start = firstOwn >= 0 ? (v.value.map[firstOwn] ?? at) : at
        const pos = lines.pos(start)
        if (type !== 'TXT') {
          let host = v.value.text.trim()
          if (type === 'MX') host = host.replace(/^\d+\s+/, '')
          const rec: DnsRecord = {
            owner,
            type,
            value: host.toLowerCase().replace(/\.$/, ''),
            ...pos
          }
          if (v.holes.some(h => !h.resolved)) rec.expression = v.holes.map(h => h.source).join('')
          records.push(rec)
          continue
        }
        const rec: DnsRecord = { owner, type, value: v.value.text, ...pos }
        const range = looksLikeSts(v.value.text) ? idRange(v.value.text) : undefined
        if (range !== undefined) {
          const [a, b] = range
          const idHoles = v.holes.filter(h => h.start < Math.max(b, a + 1) && h.end > a)
          if (idHoles.length > 0) {
            rec.expression = idHoles.map(h => h.source).join('')
            if (idHoles.some(h => h.computed)) rec.computed = true
            else if (idHoles.some(h => !h.resolved))
              problems.push({
                message: `the id comes from ${rec.expression}, which has no literal value here (no *.tfvars entry, default or local)`,
                ...pos
              })
          }
          const span = rec.computed === true ? undefined : idSpanOf(v.value)
          if (span !== undefined) {
            rec.idSpan = span.span
            if (span.file !== 0) rec.idFile = ws.files[span.file]?.name ?? ''
          }
        }
        records.push(rec)
      }
    }
    return { format: 'terraform', records, problems }
  })
