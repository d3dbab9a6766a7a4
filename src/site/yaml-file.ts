/**
 * A YAML file (a workflow, a Jekyll `_config.yml`) read for what it says and where it says it.
 * The `yaml` package (300 kB) is passed in by the caller, which loads it only when a repository
 * has such a file: this module imports its types alone, so the rules that import the site
 * modules do not load it.
 *
 * Hostile input is bounded: the caller reads files up to a size cap; nesting deeper than
 * MAX_YAML_DEPTH is refused before the document is built (the package builds nodes
 * recursively, and a few kilobytes of `- - - ...` would overflow the stack); aliases are
 * followed one node at a time and never expanded, so an alias bomb costs nothing.
 */
import type { Alias, CST, Document, Node } from 'yaml'

/** The `yaml` package, as `await import('yaml')` gives it. */
export type Yaml = typeof import('yaml')

/** Nesting deeper than this (collections in collections) is not read. */
export const MAX_YAML_DEPTH = 64

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units as editors and annotations count. */
  column: number
}

/** A mapping's pair: the key as text (undefined unless a scalar), its node, the value's node. */
export interface Entry {
  key: string | undefined
  keyNode: Node | null
  value: Node | null
}

/** The first document of a YAML file, with the few questions the site modules ask of it. */
export interface YamlFile {
  /** The document's root node; null when it is empty. */
  readonly root: Node | null
  /** A mapping's pairs in file order (aliases followed); undefined when `node` is no mapping. */
  entries(node: Node | null): readonly Entry[] | undefined
  /** The value of the last pair with this key (YAML keeps the last of duplicate keys). */
  get(node: Node | null, key: string): Node | null
  /** A sequence's items (aliases followed); undefined when `node` is no sequence. */
  items(node: Node | null): readonly (Node | null)[] | undefined
  /** A scalar's text as written, quotes and escapes resolved; undefined when no scalar. */
  scalar(node: Node | null): string | undefined
  /** True for no node, or a scalar meaning null (nothing, `~`, `null`). */
  isNull(node: Node | null): boolean
  /** True for a collection written in flow style (`[a, b]`, `{a: 1}`). */
  isFlow(node: Node | null): boolean
  /** Where a node's text starts: inside the quotes of a quoted scalar, below a block scalar's header. */
  start(node: Node): Position
  /** The comment after a one-line scalar, on its line (`# v4` after a pinned commit). */
  comment(node: Node): string | undefined
}

/** How deep collections nest in a parsed token stream, counted without recursion; stops past `limit`. */
const nesting = (tokens: readonly CST.Token[], limit: number): number => {
  let max = 0
  const stack: [CST.Token, number][] = tokens.map(t => [t, 0])
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [t, depth] = top
    if (depth > max) {
      max = depth
      if (max > limit) break
    }
    if (t.type === 'document') {
      if (t.value !== undefined) stack.push([t.value, depth + 1])
    } else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      for (const item of t.items) {
        if (item.key !== undefined && item.key !== null) stack.push([item.key, depth + 1])
        if (item.value !== undefined) stack.push([item.value, depth + 1])
      }
    }
  }
  return max
}

/**
 * The first document of `source` (a second one is ignored, as Jekyll's YAML loader does);
 * undefined when it is not valid YAML or nests deeper than MAX_YAML_DEPTH. Duplicate keys are
 * allowed, the last one counting, as Jekyll reads them.
 */
export const readYaml = (yaml: Yaml, source: string): YamlFile | undefined => {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  const lines = new yaml.LineCounter()
  let doc: Document.Parsed | undefined
  try {
    const tokens = [...new yaml.Parser(lines.addNewLine).parse(text)]
    if (nesting(tokens, MAX_YAML_DEPTH) > MAX_YAML_DEPTH) return undefined
    const composer = new yaml.Composer({ uniqueKeys: false, prettyErrors: false })
    for (const d of composer.compose(tokens, true, text.length)) {
      doc = d
      break
    }
  } catch {
    // The parser does not throw on bad input; this is a last guard against a crash.
    return undefined
  }
  if (doc === undefined || doc.errors.length > 0) return undefined
  const parsed = doc

  // Each alias points at the last node before it with its anchor: one walk finds them all. An
  // alias without one (set later, or never) makes the file invalid, as YAML loaders say.
  const targets = new Map<Alias, Node>()
  if (text.includes('*')) {
    const anchored = new Map<string, Node>()
    let dangling = false
    yaml.visit(parsed, {
      Node: (_, node) => {
        if (yaml.isAlias(node)) {
          const target = anchored.get(node.source)
          if (target === undefined) dangling = true
          else targets.set(node, target)
        } else if (node.anchor !== undefined) anchored.set(node.anchor, node)
      }
    })
    if (dangling) return undefined
  }
  const deref = (node: unknown): Node | null => {
    if (!yaml.isNode(node)) return null
    return yaml.isAlias(node) ? (targets.get(node) ?? null) : node
  }

  const scalar = (node: Node | null): string | undefined => {
    const n = deref(node)
    if (!yaml.isScalar(n)) return undefined
    // The composer sets `source` on every scalar it builds: its text before the schema makes
    // it a boolean or a number (`True` stays `True`, `~` stays `~`).
    return typeof n.source === 'string' ? n.source : ''
  }
  const entries = (node: Node | null): Entry[] | undefined => {
    const n = deref(node)
    if (!yaml.isMap(n)) return undefined
    return n.items.map(p => {
      const keyNode = yaml.isNode(p.key) ? p.key : null
      return { key: scalar(keyNode), keyNode, value: deref(p.value) }
    })
  }
  const at = (offset: number): Position => {
    const p = lines.linePos(offset)
    return { line: p.line, column: p.col }
  }
  return {
    root: deref(parsed.contents),
    entries,
    get: (node, key) => {
      let value: Node | null = null
      for (const e of entries(node) ?? []) if (e.key === key) value = e.value
      return value
    },
    items: node => {
      const n = deref(node)
      return yaml.isSeq(n) ? n.items.map(deref) : undefined
    },
    scalar,
    isNull: node => {
      const n = deref(node)
      return n === null || (yaml.isScalar(n) && n.value === null)
    },
    isFlow: node => {
      const n = deref(node)
      return (yaml.isMap(n) || yaml.isSeq(n)) && n.flow === true
    },
    start: node => {
      const offset = node.range?.[0] ?? 0
      if (!yaml.isScalar(node)) return at(offset)
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return at(offset + 1)
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        // The first character of the content, below the `|` or `>` line.
        let i = text.indexOf('\n', offset)
        while (i !== -1 && i < text.length && /\s/.test(text[i] ?? '')) i++
        if (i !== -1 && i < (node.range?.[1] ?? 0)) return at(i)
      }
      return at(offset)
    },
    comment: node => {
      if (!yaml.isScalar(node) || node.range === undefined || node.range === null) return undefined
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined
      const end = node.range[1]
      const eol = text.indexOf('\n', end)
      const rest = text.slice(end, eol === -1 ? text.length : eol)
      const m = /^[ \t]+#(.*)$/.exec(rest.replace(/\r$/, ''))
      return m?.[1]?.trim()
    }
  }
}
