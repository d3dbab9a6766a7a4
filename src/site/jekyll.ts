/**
 * Jekyll, which GitHub Pages runs on a branch without `.nojekyll` and `actions/jekyll-build-pages`
 * runs always: it leaves out every file and folder whose name starts with a dot, `.well-known`
 * too, unless the site's `_config.yml` lists it under `include`. The config is read with the
 * `yaml` package, which the caller passes in (see yaml-file.ts).
 */
import { sitePath } from './folders.js'
import { WELL_KNOWN_DIR } from './well-known.js'
import { readYaml, type Yaml } from './yaml-file.js'

/** The config files Jekyll reads in a site folder, the first one found counting. */
export const JEKYLL_CONFIG_NAMES = ['_config.yml', '_config.yaml'] as const

/** The config file of a site folder (`""` for the root) among `files`, if there is one. */
export const jekyllConfigFile = (
  files: ReadonlySet<string> | readonly string[],
  site: string
): string | undefined => {
  const has = (f: string): boolean => ('has' in files ? files.has(f) : files.includes(f))
  return JEKYLL_CONFIG_NAMES.map(n => sitePath(site, n)).find(has)
}

export interface JekyllInclude {
  /** 1-based position of the `include` key. */
  line: number
  column: number
  /** The entries, as text; entries that are not text (a list, a map) are left out. */
  entries: string[]
  /** How the list is written: `[a, b]` (or one value), or `- a` items below the key. */
  style: 'flow' | 'block'
}

export interface JekyllConfig {
  /** The file, relative to the root. */
  file: string
  /** Its top-level `include`, when it has one. */
  include?: JekyllInclude
  /**
   * True when it is not valid YAML (or nests absurdly deep): Jekyll stops the build on it, so
   * nothing can be said about what the site publishes.
   */
  invalid?: true
}

/** A Jekyll config file read: its top-level `include:` (the last one, as YAML keeps it). */
export const readJekyllConfig = (yaml: Yaml, file: string, text: string): JekyllConfig => {
  const doc = readYaml(yaml, text)
  if (doc === undefined) return { file, invalid: true }
  let found: JekyllInclude | undefined
  for (const e of doc.entries(doc.root) ?? []) {
    if (e.key !== 'include' || e.keyNode === null) continue
    const position = doc.start(e.keyNode)
    const items = doc.items(e.value)
    const one = doc.scalar(e.value)
    if (items !== undefined) {
      // Jekyll skips entries that are not text; an empty one matches every path.
      const entries = items.flatMap(i => (doc.isNull(i) ? [] : (doc.scalar(i) ?? [])))
      found = { ...position, entries, style: doc.isFlow(e.value) ? 'flow' : 'block' }
    } else if (doc.isNull(e.value)) {
      // `include:` with nothing after it: the list is to be written below.
      found = { ...position, entries: [], style: 'block' }
    } else {
      found = { ...position, entries: one === undefined ? [] : [one], style: 'flow' }
    }
  }
  return found === undefined ? { file } : { file, include: found }
}

/**
 * True when one of Jekyll's `include` entries brings `.well-known` back: Jekyll keeps an entry
 * when a pattern matches its path (fnmatch) or the path starts with the pattern.
 */
export const includesWellKnown = (entries: readonly string[]): boolean =>
  entries.some(raw => {
    const e = raw.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '')
    if (e === '' || e === '.' || WELL_KNOWN_DIR.startsWith(e)) return true
    if (!/[*?[]/.test(e)) return false
    const re = e
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')
    try {
      return new RegExp(`^${re}$`).test(WELL_KNOWN_DIR)
    } catch {
      return false
    }
  })
