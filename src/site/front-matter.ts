/**
 * Jekyll front matter: the `---` ... `---` block at the top of a page, which Jekyll strips before
 * it serves the rest, and whose `permalink` says where the page is served. A policy kept as
 * `mta-sts.txt` (or `_pages/mta-sts.md`) with `permalink: /.well-known/mta-sts.txt` is served at
 * the policy URL without a `.well-known` folder. The YAML is read with the `yaml` package, which
 * the caller passes in (see yaml-file.ts).
 */
import { readYaml, type Position, type Yaml } from './yaml-file.js'

export interface FrontMatterSplit {
  /** The YAML between the two `---` lines. */
  yaml: string
  /** Where the body Jekyll serves starts, as an index into the text. */
  bodyStart: number
  /** The 1-based line the body starts on. */
  bodyLine: number
}

/**
 * Jekyll's own test (Document::YAML_FRONT_MATTER_REGEXP, `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)`
 * in Ruby's multi-line mode), with `^` and `$` at LF only as in Ruby. Its `\s*` after the closing
 * `---` also eats the blank lines that follow it: they are not served either.
 */
const FRONT_MATTER = /^---\s*\n([\s\S]*?)\n?(?<=\n)(?:---|\.\.\.)\s*(?=\n|(?![\s\S]))\n?/

/**
 * The front matter of a page and where its body starts; undefined when the text does not start
 * with one (Jekyll then copies the file as it is). A byte-order mark hides it from Jekyll too.
 */
export const splitFrontMatter = (text: string): FrontMatterSplit | undefined => {
  if (!text.startsWith('---')) return undefined
  const m = FRONT_MATTER.exec(text)
  if (m === null) return undefined
  const bodyStart = m[0].length
  let bodyLine = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1)) {
    bodyLine++
  }
  return { yaml: m[1], bodyStart, bodyLine }
}

/** True when a text may start with front matter that names a policy permalink: worth parsing. */
export const mayHavePolicyPermalink = (text: string): boolean =>
  text.startsWith('---') && /permalink/.test(text.slice(0, 4096))

export interface Permalink {
  /** The URL path, with the leading `/` Jekyll adds when it is missing. */
  path: string
  /** The value as written. */
  value: string
  /** 1-based position of the value in the file. */
  line: number
  column: number
}

export interface FrontMatter extends FrontMatterSplit {
  permalink?: Permalink
  /** True when the YAML is not valid: Jekyll says so, and serves the page at its own path. */
  invalid?: true
}

/** A page's front matter with its `permalink`, positions in the page's own lines. */
export const readFrontMatter = (yaml: Yaml, text: string): FrontMatter | undefined => {
  const split = splitFrontMatter(text)
  if (split === undefined) return undefined
  const doc = readYaml(yaml, split.yaml)
  if (doc === undefined) return { ...split, invalid: true }
  const node = doc.get(doc.root, 'permalink')
  const value = node === null ? undefined : doc.scalar(node)?.trim()
  if (node === null || value === undefined || value === '') return split
  // The YAML starts on the page's second line, below the opening `---`.
  const at: Position = doc.start(node)
  return {
    ...split,
    permalink: {
      path: value.startsWith('/') ? value : `/${value}`,
      value,
      line: at.line + 1,
      column: at.column
    }
  }
}

/** A permalink meant for the policy: one that names `mta-sts` (or `mta_sts`) at all. */
export const isPolicyPermalink = (p: string): boolean => /mta[-_.]?sts/i.test(p)

/** The extensions Jekyll converts from Markdown to HTML (its default `markdown_ext`). */
const MARKDOWN = /\.(?:markdown|mkdown|mkdn|mkd|md)$/i

/** True for a page Jekyll converts to HTML: its body is served inside `<p>` tags. */
export const isMarkdownPage = (file: string): boolean => MARKDOWN.test(file)

/** Files that may be pages with front matter: text, Markdown and HTML. */
export const mayBePage = (file: string): boolean =>
  /\.(?:txt|markdown|mkdown|mkdn|mkd|md|html?)$/i.test(file)
