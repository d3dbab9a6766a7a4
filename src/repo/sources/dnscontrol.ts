/**
 * DNSControl `dnsconfig.js` (and the files it `require`s): each `D("example.com", ...)` (or
 * `D_EXTEND`) call and the `TXT(...)`, `MX(...)` and `CNAME(...)` calls inside it. Owners are
 * relative to the D domain (`@` is the apex, a final dot makes a name absolute). Calls outside
 * any D (macro and globals files: `var X = [TXT("_mta-sts", ...)]`) keep relative owners.
 *
 * Names, as DNSControl's one global scope has them: `D(DOMAIN, ...)` takes its domain from a
 * top-level `var|let|const DOMAIN = "example.com"` never assigned again (a template that sets
 * DOMAIN in a function names no one domain); a zone that includes a top-level variable holding
 * records (`MTA_STS`, `...MTA_STS`, or inside an array argument; variables may include others)
 * gets a copy of each of its records, qualified in the zone's domain and placed where the
 * variable's record is written (`group` names the variable). What the file itself cannot tell
 * (a name another file binds) is left in `shared`, for linkSources (shared-scope.ts).
 *
 * Values: single- or double-quoted strings, backtick strings, `["part1", "part2"]` arrays (TXT,
 * joined with nothing), `+` concatenations, whose terms may be names of literal text the file
 * binds at the top level like DOMAIN above (`"v=STSv1; id=" + ID`); `QUALIFY("x")` as a target is
 * `x.<domain>`. Anything else (another variable, a call, `${}` in a backtick string) is kept as
 * `${source}` in the value, with
 * `expression` set. A call whose name is not a literal (`TXT(buildHost("_mta-sts", host), ...)`)
 * is skipped: its owner is unknown.
 *
 * A small JS-aware scanner (strings, template literals, comments, regex literals, nesting) finds
 * the calls; no JS engine runs.
 */
import type {
  DnsRecord,
  PendingRecord,
  SharedScope,
  SourceContext,
  SourceFile,
  SourceParser
} from './types.js'
import { LineIndex, type Mapped, MappedBuilder, readQuoted } from './mapped-text.js'
import { missingDotMessage, qualify, repeatsOrigin } from './owner-names.js'
import { guarded, makeRecord, type Problem, problemAt } from './parser-output.js'
import { canonicalDomain } from '../../domain-name.js'
import { type Names, resolveZone } from './shared-scope.js'

type TokKind = 'ident' | 'string' | 'template' | 'number' | 'punct' | 'regex'

interface Tok {
  kind: TokKind
  start: number
  end: number
  /** ident/punct/number: the source text. */
  text: string
  /** string/template: the decoded text with map (template: `${...}` kept as written, unmapped). */
  value?: Mapped
  /** template: has `${...}` parts (not a literal). */
  interpolated?: boolean
}

const isIdentStart = (c: string): boolean => /[A-Za-z_$]/.test(c) || c.charCodeAt(0) > 0x7f
const isIdentPart = (c: string): boolean => /[\w$]/.test(c) || c.charCodeAt(0) > 0x7f

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0'
}

/** Reads a JS escape at `i` (the backslash) into `b`; returns the offset after it. */
const readEscape = (text: string, i: number, b: MappedBuilder): number => {
  const e = text[i + 1]
  if (e === undefined) return i + 1
  if (e === '\r' && text[i + 2] === '\n') return i + 3
  if (e === '\n' || e === '\r' || e === '\u2028' || e === '\u2029') return i + 2
  const simple = SIMPLE_ESCAPES[e]
  if (simple !== undefined && !(e === '0' && /\d/.test(text[i + 2] ?? ''))) {
    b.escaped(simple, i)
    return i + 2
  }
  if (e === 'x') {
    const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(i + 2, i + 4))
    if (hex !== null) {
      b.escaped(String.fromCharCode(parseInt(hex[0], 16)), i)
      return i + 4
    }
  }
  if (e === 'u') {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2, i + 10))
    if (braced?.[1] !== undefined) {
      const cp = parseInt(braced[1], 16)
      b.escaped(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', i)
      return i + 2 + braced[0].length
    }
    const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(i + 2, i + 6))
    if (hex !== null) {
      b.escaped(String.fromCharCode(parseInt(hex[0], 16)), i)
      return i + 6
    }
  }
  b.escaped(e, i)
  return i + 2
}

/** Tokens that end an expression: after them a `/` divides, elsewhere it starts a regex. */
const endsExpression = (t: Tok | undefined): boolean =>
  t !== undefined &&
  (t.kind === 'ident' ||
    t.kind === 'number' ||
    t.kind === 'string' ||
    t.kind === 'template' ||
    t.kind === 'regex' ||
    (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')))

const tokenize = (text: string, lines: LineIndex, problems: Problem[]): Tok[] => {
  const toks: Tok[] = []
  const n = text.length
  let i = 0

  const readTemplate = (start: number, from: number): void => {
    // Reads template text from `from` up to the closing backtick or a `${`.
    const b = new MappedBuilder()
    let j = from
    let interpolated = false
    while (j < n) {
      const c = text[j]
      if (c === '`') {
        j++
        toks.push({ kind: 'template', start, end: j, text: '', value: b.done(), interpolated })
        i = j
        return
      }
      if (c === '\\') {
        j = readEscape(text, j, b)
        continue
      }
      if (c === '$' && text[j + 1] === '{') {
        // Keep `${expr}` as written (unmapped) and skip over the expression.
        interpolated = true
        const exprStart = j
        let depth = 0
        let k = j + 2
        while (k < n) {
          const d = text[k]
          if (d === '{') depth++
          else if (d === '}') {
            if (depth === 0) break
            depth--
          } else if (d === '"' || d === "'" || d === '`') {
            k = skipString(text, k)
            continue
          }
          k++
        }
        for (const ch of text.slice(exprStart, Math.min(k + 1, n))) b.push(ch, -1)
        j = k + 1
        continue
      }
      b.push(c ?? '', j)
      j++
    }
    problems.push(problemAt(lines, start, 'unterminated template literal'))
    toks.push({ kind: 'template', start, end: n, text: '', value: b.done(), interpolated })
    i = n
  }

  while (i < n) {
    const c = text[i] ?? ''
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++
      continue
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2)
      if (close < 0) {
        problems.push(problemAt(lines, i, 'unterminated comment'))
        i = n
      } else i = close + 2
      continue
    }
    if (/\s/.test(c) || c === '\ufeff') {
      i++
      continue
    }
    const start = i
    if (c === '"' || c === "'") {
      const b = new MappedBuilder()
      const read = readQuoted(text, i + 1, c, readEscape, b)
      i = read.end
      if (!read.closed) problems.push(problemAt(lines, start, 'unterminated string'))
      toks.push({ kind: 'string', start, end: i, text: '', value: b.done() })
      continue
    }
    if (c === '`') {
      readTemplate(start, i + 1)
      continue
    }
    if (isIdentStart(c)) {
      i++
      while (i < n && isIdentPart(text[i] ?? '')) i++
      toks.push({ kind: 'ident', start, end: i, text: text.slice(start, i) })
      continue
    }
    if (/\d/.test(c) || (c === '.' && /\d/.test(text[i + 1] ?? ''))) {
      i++
      while (i < n && /[\w.]/.test(text[i] ?? '')) i++
      toks.push({ kind: 'number', start, end: i, text: text.slice(start, i) })
      continue
    }
    if (c === '/' && !endsExpression(toks[toks.length - 1])) {
      // A regex literal: up to the unescaped `/` outside a class, on this line.
      let j = i + 1
      let inClass = false
      while (j < n && text[j] !== '\n') {
        const d = text[j]
        if (d === '\\') j++
        else if (d === '[') inClass = true
        else if (d === ']') inClass = false
        else if (d === '/' && !inClass) break
        j++
      }
      if (j < n && text[j] === '/') {
        j++
        while (j < n && /[a-z]/i.test(text[j] ?? '')) j++
        toks.push({ kind: 'regex', start, end: j, text: text.slice(start, j) })
        i = j
        continue
      }
    }
    toks.push({ kind: 'punct', start, end: i + 1, text: c })
    i++
  }
  return toks
}

/** Skips a quoted string starting at `i` (its quote); returns the offset after it. */
const skipString = (text: string, i: number): number => {
  const q = text[i]
  let j = i + 1
  while (j < text.length) {
    const c = text[j]
    if (c === '\\') j += 2
    else if (c === q) return j + 1
    else if (c === '\n' && q !== '`') return j
    else j++
  }
  return j
}

/** For every opening bracket token, the index of its closing one (or tokens.length). */
const matchBrackets = (toks: readonly Tok[], lines: LineIndex, problems: Problem[]): number[] => {
  const match = new Array<number>(toks.length).fill(-1)
  const stack: number[] = []
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
  toks.forEach((t, k) => {
    if (t.kind !== 'punct') return
    if (t.text === '(' || t.text === '[' || t.text === '{') stack.push(k)
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      // Pop to the matching opener (tolerating a stray closer).
      const want = pairs[t.text]
      // Look a few levels down only: a stray closer must not cost a scan of the whole stack.
      let top = stack.length - 1
      const floor = Math.max(-1, stack.length - 1 - 16)
      while (top > floor && toks[stack[top] ?? 0]?.text !== want) top--
      if (top === floor) top = -1
      if (top < 0) {
        problems.push(problemAt(lines, t.start, `unbalanced "${t.text}"`))
        return
      }
      while (stack.length > top + 1) {
        const open = stack.pop() ?? 0
        match[open] = k
      }
      const open = stack.pop() ?? 0
      match[open] = k
    }
  })
  for (const open of stack) {
    problems.push(problemAt(lines, toks[open]?.start ?? 0, `unclosed "${toks[open]?.text ?? ''}"`))
    match[open] = toks.length
  }
  return match
}

/** The top-level comma-separated arguments of the call whose `(` is at `open`. */
const splitArgs = (
  toks: readonly Tok[],
  match: readonly number[],
  open: number
): [number, number][] => {
  const close = match[open] ?? toks.length
  const args: [number, number][] = []
  let a = open + 1
  let k = open + 1
  while (k < close) {
    const t = toks[k]
    if (t === undefined) break
    const m = match[k] ?? -1
    if (m > k) {
      k = m + 1
      continue
    }
    if (t.kind === 'punct' && t.text === ',') {
      args.push([a, k])
      a = k + 1
    }
    k++
  }
  if (a < close) args.push([a, close])
  return args
}

interface ArgValue {
  value: Mapped
  literal: boolean
  /** The source of the argument, when not a literal. */
  source: string
  /** Offset of the argument's first token. */
  start: number
}

const isStringTok = (t: Tok | undefined): t is Tok & { value: Mapped } =>
  t !== undefined &&
  t.value !== undefined &&
  (t.kind === 'string' || (t.kind === 'template' && t.interpolated !== true))

/**
 * Evaluates an argument: a string, `[strings]` (joined), `a + b` (literals joined, a name of
 * `constants` as its text, other terms as `${term}`), `QUALIFY("x")` (with `qualifyIn`), or
 * anything else as `${source}`.
 */
const evalArg = (
  text: string,
  toks: readonly Tok[],
  match: readonly number[],
  [a, b]: [number, number],
  qualifyIn?: string,
  depth = 0,
  constants: Readonly<Record<string, Mapped>> = {}
): ArgValue | undefined => {
  const first = toks[a]
  const last = toks[b - 1]
  if (first === undefined || last === undefined || a >= b) return undefined
  const source = text.slice(first.start, last.end)
  const base = { source, start: first.start }
  if (depth > 16) {
    // Deeper than any real configuration: kept as an expression, never recursed into.
    const hole = `\${${source}}`
    return {
      ...base,
      value: { text: hole, map: new Array<number>(hole.length).fill(-1) },
      literal: false
    }
  }
  // ["part1", "part2"]
  if (first.kind === 'punct' && first.text === '[' && match[a] === b - 1) {
    const builder = new MappedBuilder()
    let literal = true
    for (const [x, y] of splitArgs(toks, match, a)) {
      const part = evalArg(text, toks, match, [x, y], qualifyIn, depth + 1, constants)
      if (part === undefined) continue
      builder.append(part.value)
      literal &&= part.literal
    }
    return { ...base, value: builder.done(), literal }
  }
  // QUALIFY("x")
  if (
    first.kind === 'ident' &&
    first.text === 'QUALIFY' &&
    toks[a + 1]?.text === '(' &&
    match[a + 1] === b - 1 &&
    isStringTok(toks[a + 2]) &&
    a + 3 === b - 1
  ) {
    const name = toks[a + 2]?.value?.text ?? ''
    if (qualifyIn !== undefined) {
      // Absolute (final dot) when the domain is known, so it is not qualified twice.
      const host = qualify(name, qualifyIn)
      const text = qualifyIn === '' && !name.endsWith('.') ? host : `${host}.`
      return { ...base, value: { text, map: [] }, literal: true }
    }
  }
  // Terms joined by top-level `+`.
  const terms: [number, number][] = []
  let s = a
  for (let k = a; k < b; k++) {
    const m = match[k] ?? -1
    if (m > k) {
      k = m
      continue
    }
    const t = toks[k]
    if (t?.kind === 'punct' && t.text === '+') {
      terms.push([s, k])
      s = k + 1
    }
  }
  terms.push([s, b])
  const builder = new MappedBuilder()
  let literal = true
  for (const [x, y] of terms) {
    const t = toks[x]
    if (t !== undefined && y === x + 1 && (t.kind === 'string' || t.kind === 'template')) {
      builder.append(t.value ?? { text: '', map: [] })
      if (t.interpolated === true) literal = false
      continue
    }
    // `"v=STSv1; id=" + ID` with `var ID = "20250701"` in this file: the id is that literal's
    // (mapped to it, so bump writes the new id there).
    const bound = t?.kind === 'ident' && y === x + 1 ? constants[t.text] : undefined
    if (bound !== undefined) {
      builder.append(bound)
      continue
    }
    const tl = toks[y - 1]
    const src = t === undefined || tl === undefined || y <= x ? '' : text.slice(t.start, tl.end)
    for (const ch of `\${${src}}`) builder.push(ch, -1)
    literal = false
  }
  return { ...base, value: builder.done(), literal }
}

/** `"example.com!tag"` → `example.com`. */
const domainName = (text: string): string | undefined => {
  const d = canonicalDomain(text.replace(/!.*$/, ''))
  return d === '' ? undefined : d
}

const domainOf = (v: ArgValue | undefined): string | undefined =>
  v === undefined || !v.literal ? undefined : domainName(v.value.text)

const valueStart = (v: ArgValue): number => v.value.map.find(m => m >= 0) ?? v.start

/** For every token, the index of the innermost bracket token open around it (-1: none). */
const enclosingBrackets = (toks: readonly Tok[], match: readonly number[]): number[] => {
  const parent = new Array<number>(toks.length).fill(-1)
  const stack: number[] = []
  toks.forEach((t, k) => {
    while (stack.length > 0 && (match[stack[stack.length - 1] ?? 0] ?? toks.length) < k) stack.pop()
    parent[k] = stack[stack.length - 1] ?? -1
    if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) {
      if ((match[k] ?? -1) > k) stack.push(k)
    }
  })
  return parent
}

const isPunct = (t: Tok | undefined, text: string): boolean =>
  t !== undefined && t.kind === 'punct' && t.text === text

/** Operators that continue an expression past an operand. */
const BINARY = new Set(['+', '-', '*', '/', '%', '?', ':', '|', '&', '^', '<', '>', '=', '!'])

/**
 * Where the expression starting at token `s` ends (exclusive): operands (literals, names,
 * bracketed groups, function expressions) with their member accesses, calls and indexes,
 * joined by operators; the end is the first token that continues nothing (`;`, `,`, a closer,
 * the next statement's first word).
 */
const expressionEnd = (toks: readonly Tok[], match: readonly number[], s: number): number => {
  const n = toks.length
  const after = (open: number): number => Math.min(Math.max(match[open] ?? n, open), n) + 1
  let k = s
  while (k < n) {
    while (k < n && toks[k]?.kind === 'punct' && ['!', '-', '+', '~'].includes(toks[k]?.text ?? ''))
      k++
    const t = toks[k]
    if (t === undefined) return k
    if (t.kind === 'punct') {
      if (t.text !== '(' && t.text !== '[' && t.text !== '{') return k
      k = after(k)
    } else if (t.kind === 'ident' && t.text === 'function') {
      k++
      if (toks[k]?.kind === 'ident') k++
      if (isPunct(toks[k], '(')) k = after(k)
      if (isPunct(toks[k], '{')) k = after(k)
    } else k++
    for (;;) {
      const u = toks[k]
      if (isPunct(u, '.') && toks[k + 1]?.kind === 'ident') k += 2
      else if ((isPunct(u, '(') || isPunct(u, '[')) && (match[k] ?? -1) > k) k = after(k)
      else break
    }
    const op = toks[k]
    if (op?.kind === 'punct' && BINARY.has(op.text)) k++
    else if (op?.kind === 'ident' && (op.text === 'in' || op.text === 'instanceof')) k++
    else return k
  }
  return Math.min(k, n)
}

/** A top-level `var`/`let`/`const` declarator: its name token and its value's tokens. */
interface Declaration {
  name: string
  nameTok: number
  value?: [number, number]
}

const DECLARE = new Set(['var', 'let', 'const'])

/** The declarators of the top-level `var`, `let` and `const` statements. */
const topDeclarations = (
  toks: readonly Tok[],
  match: readonly number[],
  parent: readonly number[]
): Declaration[] => {
  const out: Declaration[] = []
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]
    if (t?.kind !== 'ident' || !DECLARE.has(t.text) || parent[k] !== -1) continue
    if (isPunct(toks[k - 1], '.')) continue
    let j = k + 1
    for (;;) {
      const name = toks[j]
      if (name?.kind !== 'ident') break
      const d: Declaration = { name: name.text, nameTok: j }
      const eq = toks[j + 1]
      const next = toks[j + 2]
      if (isPunct(eq, '=') && !(isPunct(next, '=') && next?.start === eq?.end)) {
        const end = expressionEnd(toks, match, j + 2)
        d.value = [j + 2, end]
        j = end
      } else j++
      out.push(d)
      if (!isPunct(toks[j], ',')) break
      j++
    }
    k = Math.max(k, j - 1)
  }
  return out
}

/**
 * Names assigned anywhere outside their declaration (`DOMAIN = domain` in a template function,
 * `X += ...`, `i++`): such a name is bound to no one value.
 */
const reassignedNames = (toks: readonly Tok[], declared: ReadonlySet<number>): Set<string> => {
  const out = new Set<string>()
  toks.forEach((t, j) => {
    if (t.kind !== 'ident' || declared.has(j) || isPunct(toks[j - 1], '.')) return
    const a = toks[j + 1]
    const b = toks[j + 2]
    if (a?.kind !== 'punct') return
    const joined = b?.kind === 'punct' && b.start === a.end
    if (a.text === '=') {
      if (!(joined && (b.text === '=' || b.text === '>'))) out.add(t.text)
    } else if (joined && '+-*/%|&^'.includes(a.text) && b.text === '=') out.add(t.text)
    else if (joined && (a.text === '+' || a.text === '-') && b.text === a.text) out.add(t.text)
  })
  return out
}

/** `...NAME` (three `.` tokens before the name). */
const spread = (toks: readonly Tok[], j: number): boolean =>
  isPunct(toks[j - 1], '.') && isPunct(toks[j - 2], '.') && isPunct(toks[j - 3], '.')

/**
 * The names a list includes as items: `NAME` or `...NAME` standing alone as an argument of the
 * call whose `(` is `open` (from its argument `from` on) or as an item of an array inside it.
 */
const includedNames = (
  toks: readonly Tok[],
  match: readonly number[],
  parent: readonly number[],
  open: number,
  from: number
): string[] => {
  const names: string[] = []
  const close = match[open] ?? toks.length
  const args = splitArgs(toks, match, open)
  const start = args[from]?.[0] ?? close
  for (let j = start; j < close; j++) {
    const t = toks[j]
    if (t?.kind !== 'ident') continue
    const prev = toks[j - 1]
    const next = toks[j + 1]
    const standsAlone =
      (isPunct(prev, '(') || isPunct(prev, '[') || isPunct(prev, ',') || spread(toks, j)) &&
      (isPunct(next, ',') || isPunct(next, ']') || isPunct(next, ')'))
    if (!standsAlone) continue
    // Only items of this call or of arrays within it, not arguments of other calls.
    let p = parent[j] ?? -1
    while (p !== open && p >= 0 && isPunct(toks[p], '[')) p = parent[p] ?? -1
    if (p === open) names.push(t.text)
  }
  return names
}

export const parseDnscontrol: SourceParser = (text: string, ctx?: SourceContext): SourceFile =>
  guarded('dnscontrol', () => {
    const file = ctx?.file ?? ''
    const lines = new LineIndex(text)
    const problems: Problem[] = []
    const records: DnsRecord[] = []
    const toks = tokenize(text, lines, problems)
    const match = matchBrackets(toks, lines, problems)
    const parent = enclosingBrackets(toks, match)

    // Top-level names: literal text (a domain) or records (a group zones include).
    const declarations = topDeclarations(toks, match, parent)
    const reassigned = reassignedNames(toks, new Set(declarations.map(d => d.nameTok)))
    /** Top-level names bound to literal text, mapped to where it is written (record values). */
    const constants: Record<string, Mapped> = {}
    const groups: SharedScope['groups'] = {}
    /** For each token, the group declaration it lies in (-1: none). */
    const groupAt = new Array<number>(toks.length).fill(-1)
    declarations.forEach((d, i) => {
      if (d.value === undefined || reassigned.has(d.name)) return
      const [a, b] = d.value
      const first = toks[a]
      if (first?.kind === 'string' || (first?.kind === 'template' && b === a + 1)) {
        const v = evalArg(text, toks, match, d.value)
        if (v?.literal === true) constants[d.name] = v.value
        return
      }
      const isList = isPunct(first, '[')
      const isName = first?.kind === 'ident' && first.text !== 'function' && first.text !== 'new'
      if (!isList && !isName) return
      const uses: string[] = []
      if (isName && (b === a + 1 || (isPunct(toks[a + 1], '.') && toks[a + 2]?.text === 'concat')))
        uses.push(first.text)
      for (let j = a; j < b; j++) {
        groupAt[j] = i
        const t = toks[j]
        if (t?.kind !== 'ident' || j === a) continue
        const p = parent[j] ?? -1
        const inList = isPunct(toks[p], '[')
        const inConcat = isPunct(toks[p], '(') && toks[p - 1]?.text === 'concat'
        const prev = toks[j - 1]
        const next = toks[j + 1]
        if (
          (inList || inConcat) &&
          (isPunct(prev, '[') || isPunct(prev, '(') || isPunct(prev, ',') || spread(toks, j)) &&
          (isPunct(next, ',') || isPunct(next, ']') || isPunct(next, ')'))
        )
          uses.push(t.text)
      }
      groups[d.name] = { records: [], uses }
    })

    const domains = new Set<string>()
    let unnamed = false
    /** A D() call: its zone, where its arguments end, and the scope of its relative records. */
    type OpenZone = { zone: SharedScope['zones'][number]; close: number; scope: string }
    const zones: OpenZone[] = []
    /** Open D() calls, innermost last. */
    const stack: OpenZone[] = []

    for (let k = 0; k < toks.length; k++) {
      while (stack.length > 0 && (stack[stack.length - 1]?.close ?? 0) < k) stack.pop()
      const t = toks[k]
      if (t?.kind !== 'ident' || toks[k + 1]?.text !== '(') continue
      const prev = toks[k - 1]
      if (
        prev !== undefined &&
        (prev.text === '.' || (prev.kind === 'ident' && prev.text === 'function'))
      )
        continue
      const open = k + 1
      const args = splitArgs(toks, match, open)
      if (t.text === 'D' || t.text === 'D_EXTEND') {
        const a0 = args[0]
        const v = a0 === undefined ? undefined : evalArg(text, toks, match, a0)
        const first = a0 === undefined ? undefined : toks[a0[0]]
        // D(DOMAIN, ...): a name this file binds to literal text, else one to resolve later.
        const ref =
          a0 !== undefined && a0[1] === a0[0] + 1 && first?.kind === 'ident'
            ? first.text
            : undefined
        const bound = ref === undefined ? undefined : constants[ref]?.text
        const domain = domainOf(v) ?? (bound === undefined ? undefined : domainName(bound))
        const zone: OpenZone = {
          zone: {
            records: [],
            uses: includedNames(toks, match, parent, open, 1),
            ...(domain !== undefined && { domain }),
            ...(domain === undefined && ref !== undefined && { domainRef: ref }),
            ...(t.text === 'D_EXTEND' && { extend: true })
          },
          close: match[open] ?? toks.length,
          scope: `D@${t.start}`
        }
        if (t.text === 'D') {
          if (domain !== undefined) domains.add(domain)
          else unnamed = true
        }
        zones.push(zone)
        stack.push(zone)
        continue
      }
      if (t.text !== 'TXT' && t.text !== 'MX' && t.text !== 'CNAME') continue
      const call = stack[stack.length - 1]
      const zone = call?.zone
      const g = zone === undefined ? (groupAt[k] ?? -1) : -1
      const groupName = g >= 0 ? declarations[g]?.name : undefined
      const group = groupName === undefined ? undefined : groups[groupName]
      const [nameArg, ...rest] = args
      if (nameArg === undefined) continue
      const name = evalArg(text, toks, match, nameArg)
      if (name === undefined || !name.literal) continue
      // Inside a D whose domain is not known here, or in a group, owners stay relative.
      const origin = zone?.domain
      const owner = qualify(name.value.text, origin)
      if (repeatsOrigin(name.value.text, origin))
        problems.push(problemAt(lines, name.start, missingDotMessage(name.value.text, origin)))
      const valueArg = t.text === 'MX' ? rest[1] : rest[0]
      if (valueArg === undefined) {
        problems.push(problemAt(lines, t.start, `${t.text}() without a value`))
        continue
      }
      const v = evalArg(text, toks, match, valueArg, origin ?? '', 0, constants)
      if (v === undefined) continue
      let rec: DnsRecord
      if (t.text === 'TXT') {
        rec = makeRecord(lines, owner, 'TXT', v.value, valueStart(v))
      } else {
        const target = v.literal ? qualify(v.value.text, origin) : v.value.text
        if (v.literal && repeatsOrigin(v.value.text, origin))
          problems.push(problemAt(lines, v.start, missingDotMessage(v.value.text, origin)))
        rec = makeRecord(lines, owner, t.text, { text: target, map: [] }, valueStart(v))
      }
      if (!v.literal) rec.expression = v.source
      const pending: PendingRecord = {
        record: rec,
        name: name.value.text,
        ...(t.text !== 'TXT' && v.literal && { target: v.value.text })
      }
      if (group !== undefined && groupName !== undefined) {
        rec.group = groupName
        rec.scope = `var ${groupName}`
        group.records.push(pending)
      } else if (call !== undefined && zone?.domain === undefined) {
        rec.scope = call.scope
        call.zone.records.push(pending)
      }
      records.push(rec)
    }

    // What this file alone tells: the groups it declares, copied into the zones including them.
    const local: Names = {
      constant: () => undefined,
      group: n => {
        const g = groups[n]
        return g === undefined ? undefined : { file, ...g }
      }
    }
    const left: SharedScope['zones'] = []
    for (const { zone } of zones) {
      const r = resolveZone(zone, file, local)
      for (const a of r.added) records.push(a.record)
      if (r.left !== undefined) left.push(r.left)
    }
    // Names bound to nothing a zone could take (a registrar, a provider) are no group.
    for (const [name, g] of Object.entries(groups)) {
      if (g.records.length === 0 && g.uses.length === 0) delete groups[name]
    }
    const out: SourceFile = { format: 'dnscontrol', records, problems }
    if (domains.size === 1 && !unnamed) out.origin = [...domains][0] ?? ''
    if (domains.size > 1) out.zones = [...domains]
    const shared: SharedScope = {
      constants: Object.fromEntries(Object.entries(constants).map(([k, m]) => [k, m.text])),
      reassigned: [...reassigned],
      groups,
      domains: [...domains],
      zones: left
    }
    if (Object.keys(constants).length > 0 || Object.keys(groups).length > 0 || left.length > 0)
      out.shared = shared
    return out
  })
