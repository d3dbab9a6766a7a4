/**
 * An HCL body read from tokens: attributes (`name = expression`, kept as token ranges) and
 * blocks (`type "label" ... { body }`), nested to a bounded depth.
 */
import type { Tok } from './hcl-lexer.js'

export interface Attr {
  kind: 'attr'
  name: string
  /** Token indices [from, to) of the expression. */
  expr: [number, number]
}

export interface Block {
  kind: 'block'
  type: string
  labels: string[]
  body: Item[]
  start: number
}

export type Item = Attr | Block

/** Index of the bracket closing the one at `k`, or `end`. */
export const closeOf = (toks: readonly Tok[], k: number, end: number): number => {
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

export const parseBody = (toks: readonly Tok[], from: number, to: number, depth = 0): Item[] => {
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

/** The first attribute called `name` in a body. */
export const attributeNamed = (body: readonly Item[] | undefined, name: string): Attr | undefined =>
  body?.find((i): i is Attr => i.kind === 'attr' && i.name === name)

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
