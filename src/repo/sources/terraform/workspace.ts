/**
 * The files a Terraform configuration is read from: the parsed file and, parsed on first use,
 * its siblings (`*.tf` for `variable` defaults and `locals`, `*.tfvars` for variable values,
 * in the order Terraform loads them).
 */
import { baseName } from '../owner-names.js'
import type { LineIndex } from '../mapped-text.js'
import type { Problem } from '../parser-output.js'
import { type Attr, attributeNamed, type Block, type Item, parseBody } from './hcl-body.js'
import { lex, type Tok } from './hcl-lexer.js'

export interface ParsedFile {
  index: number
  name: string
  text: string
  toks: Tok[]
  body: Item[]
}

/** A file lexed and read into a body; its problems are reported when `lines` is given. */
export const parseFile = (
  index: number,
  name: string,
  text: string,
  lines?: LineIndex,
  problems?: Problem[]
): ParsedFile => {
  const toks = lex(text, 0, text.length, lines, problems)
  return { index, name, text, toks, body: parseBody(toks, 0, toks.length) }
}

const isTfvars = (name: string): boolean => /\.tfvars$/i.test(name)
const isAutoTfvars = (name: string): boolean =>
  /^terraform\.tfvars$/i.test(baseName(name)) || /\.auto\.tfvars$/i.test(name)

export class Workspace {
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
    const f = parseFile(this.files.length, name, text)
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
      const attr = attributeNamed(f?.body, name)
      if (f !== undefined && attr !== undefined) found = { file: f, attr }
    }
    if (found !== undefined) return found
    for (const n of names) {
      if (isAutoTfvars(n)) continue
      const f = this.file(n)
      const attr = attributeNamed(f?.body, name)
      if (f !== undefined && attr !== undefined) return { file: f, attr }
    }
    for (const f of this.tfFiles()) {
      for (const b of f.body) {
        if (b.kind !== 'block' || b.type !== 'variable' || b.labels[0] !== name) continue
        const attr = attributeNamed(b.body, 'default')
        if (attr !== undefined) return { file: f, attr }
      }
    }
    return undefined
  }

  /** A `resource` or `data` block by its type and name, in this file or a sibling `.tf`. */
  block(
    kind: 'resource' | 'data',
    type: string,
    name: string
  ): { file: ParsedFile; block: Block } | undefined {
    for (const f of this.tfFiles()) {
      for (const b of f.body) {
        if (b.kind === 'block' && b.type === kind && b.labels[0] === type && b.labels[1] === name)
          return { file: f, block: b }
      }
    }
    return undefined
  }

  local(name: string): { file: ParsedFile; attr: Attr } | undefined {
    for (const f of this.tfFiles()) {
      for (const b of f.body) {
        if (b.kind !== 'block' || b.type !== 'locals') continue
        const attr = attributeNamed(b.body, name)
        if (attr !== undefined) return { file: f, attr }
      }
    }
    return undefined
  }
}
