/**
 * How the committed files get published: what the repo rules (pages-jekyll, policy-location)
 * read about a repository. The loader lists the files once and reads small text files on
 * demand; the rest is pure text analysis of GitHub Actions workflows and Jekyll's `_config.yml`,
 * line by line (the few keys that matter do not need a YAML parser, and the rules stay cheap to
 * load).
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { RepoContext } from '../rules/types.js'
import { SKIP_DIRS } from '../site/folders.js'
import { isPolicyPath, WELL_KNOWN_DIR } from '../site/well-known.js'
import { domainFromHost } from './discover.js'
/** Bounds of the file list: a huge tree costs at most this. */
export const MAX_FILES = 50_000
export const MAX_DEPTH = 10
/** `read()` returns files up to this size: workflows, CNAME, _config.yml, policies. */
export const MAX_READ_BYTES = 256 * 1024

export interface FileList {
  /** Posix paths relative to the root, sorted. */
  files: string[]
  /** True when a bound cut the list short. */
  truncated: boolean
}

/** Every file below the root (symbolic links not followed), without SKIP_DIRS, bounded. */
export const listFiles = (
  root: string,
  opts: { maxFiles?: number; maxDepth?: number } = {}
): FileList => {
  const maxFiles = opts.maxFiles ?? MAX_FILES
  const maxDepth = opts.maxDepth ?? MAX_DEPTH
  const files: string[] = []
  let truncated = false
  // Synchronous on purpose: thousands of folders walked one after another cost a thread-pool
  // round trip each when asynchronous, and nothing else runs meanwhile.
  const walk = (rel: string, depth: number): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (files.length >= maxFiles) {
        truncated = true
        return
      }
      const child = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) {
        if (depth < maxDepth) walk(child, depth + 1)
        else truncated = true
      } else if (e.isFile()) files.push(child)
    }
  }
  walk('', 0)
  return { files: files.sort(), truncated }
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * The context repo rules check: the file list, and `read()` for small UTF-8 files of that list
 * (anything else reads as undefined; paths outside the list are never opened).
 */
export const loadRepoContext = (
  root: string,
  policies: readonly { file: string; domain?: string }[],
  opts: { maxFiles?: number; maxDepth?: number; files?: readonly string[] } = {}
): RepoContext => {
  // The caller's listing, when it has one: the tree is walked once per run.
  const files = opts.files ?? listFiles(root, opts).files
  const known = new Set(files)
  const cache = new Map<string, string | undefined>()
  const read = (file: string): string | undefined => {
    if (!known.has(file)) return undefined
    if (cache.has(file)) return cache.get(file)
    let text: string | undefined
    try {
      const abs = path.join(root, file)
      if (statSync(abs).size <= MAX_READ_BYTES) text = decoder.decode(readFileSync(abs))
    } catch {
      text = undefined
    }
    cache.set(file, text)
    return text
  }
  return { files, read, policies, rootName: path.basename(path.resolve(root)) }
}

/** The policies discovery would find in a file list: every `.well-known/mta-sts.txt` and a root `mta-sts.txt`. */
const policiesIn = (files: readonly string[]): { file: string }[] =>
  files.filter(isPolicyPath).map(file => ({ file }))

/**
 * A context over files held in memory (tests, documentation examples). Without `policies`, the
 * policies are the files discovery would find, with no domain.
 */
export const repoFromFiles = (
  files: Readonly<Record<string, string>>,
  opts: { policies?: readonly { file: string; domain?: string }[]; rootName?: string } = {}
): RepoContext => {
  const list = Object.keys(files).sort()
  const ctx: RepoContext = {
    files: list,
    read: f => (Object.hasOwn(files, f) ? files[f] : undefined),
    policies: opts.policies ?? policiesIn(list)
  }
  if (opts.rootName !== undefined) ctx.rootName = opts.rootName
  return ctx
}

/**
 * Files written one after the other, each under a `==> path <==` line (the format of
 * `head file1 file2`), as documentation examples show a repository. Text before the first
 * header is ignored; a file's text ends with a newline unless it is empty.
 */
export const parseFileListing = (text: string): Record<string, string> => {
  const out: Record<string, string> = {}
  let current: string | undefined
  let lines: string[] = []
  const flush = (): void => {
    if (current === undefined) return
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
    out[current] = lines.length === 0 ? '' : `${lines.join('\n')}\n`
  }
  for (const line of text.split('\n')) {
    const m = /^==> (.+) <==$/.exec(line)
    if (m !== null) {
      flush()
      current = m[1]
      lines = []
    } else lines.push(line)
  }
  flush()
  return out
}

// ---------------------------------------------------------------------------------------------
// Workflows

export interface StepInput {
  /** Unquoted, without a trailing comment; `|` or `>` for a block scalar. */
  value: string
  /** 1-based position of the input's name. */
  line: number
  column: number
}

export interface WorkflowStep {
  /** `owner/repo[/path]` as written before the `@`. */
  action: string
  /** The ref after `@`: a tag (`v4`), a commit, a branch; empty when there is none. */
  ref: string
  /** The comment after the `uses:` value, which often names the version of a pinned commit. */
  comment?: string
  /** 1-based position of the action name. */
  line: number
  column: number
  /** The step's `with:` inputs, by name. */
  inputs: ReadonlyMap<string, StepInput>
}

const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0
const isBlank = (line: string): boolean => /^\s*(#.*)?$/.test(line)

/** A `key: rest` line (optionally a list item `- key: rest`): the key's column and text. */
const KEY_LINE = /^(\s*)(-\s+)?(["']?)([A-Za-z0-9_.-]+)\3\s*:(?:\s+(.*?)|\s*)$/
interface KeyLine {
  column: number
  key: string
  rest: string
  item: boolean
}
const keyLine = (line: string): KeyLine | undefined => {
  const m = KEY_LINE.exec(line)
  if (m === null) return undefined
  return {
    column: m[1].length + (m[2]?.length ?? 0),
    key: m[4],
    rest: m[5] ?? '',
    item: m[2] !== undefined
  }
}

/** A plain or quoted YAML scalar as written on one line, without its comment. */
const scalar = (rest: string): { value: string; comment?: string } => {
  const t = rest.trim()
  const q = /^(["'])(.*?)\1\s*(?:#\s*(.*))?$/.exec(t)
  if (q !== null) return q[3] === undefined ? { value: q[2] } : { value: q[2], comment: q[3] }
  const c = /^(.*?)(?:\s+#\s*(.*))?$/.exec(t)
  const value = (c?.[1] ?? t).trim()
  return c?.[2] === undefined ? { value } : { value, comment: c[2].trim() }
}

/** Splits a one-line flow mapping `{ a: 1, b: "x" }` into its pairs. */
const flowPairs = (text: string): [string, string][] => {
  const inner = /^\{(.*)\}\s*(#.*)?$/.exec(text.trim())?.[1]
  if (inner === undefined) return []
  return inner
    .split(',')
    .map(p => /^\s*(["']?)([A-Za-z0-9_.-]+)\1\s*:\s*(.*?)\s*$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => [m[2], scalar(m[3]).value])
}

/**
 * Every step of a workflow that runs an action (`uses:`), with its `with:` inputs. Reads block
 * YAML as workflows are written; a step written as one flow mapping is not seen.
 */
export const workflowSteps = (text: string): WorkflowStep[] => {
  const lines = text.split(/\r?\n/)
  const steps: WorkflowStep[] = []
  lines.forEach((line, i) => {
    const k = keyLine(line)
    if (k === undefined || k.key !== 'uses') return
    const { value, comment } = scalar(k.rest)
    const at = value.indexOf('@')
    const step: WorkflowStep = {
      action: at === -1 ? value : value.slice(0, at),
      ref: at === -1 ? '' : value.slice(at + 1),
      line: i + 1,
      column: line.indexOf(value, k.column + 4) + 1,
      inputs: new Map()
    }
    if (comment !== undefined) step.comment = comment
    // The step's other keys sit at the same column; the block ends at a line left of it.
    const col = k.column
    const sibling = (j: number): KeyLine | undefined => {
      const s = keyLine(lines[j])
      return s !== undefined && s.column === col ? s : undefined
    }
    let start = i
    if (!k.item) {
      for (let j = i - 1; j >= 0; j--) {
        if (isBlank(lines[j])) continue
        const s = sibling(j)
        if (s !== undefined && s.item) {
          start = j
          break
        }
        if (indentOf(lines[j]) < col && s === undefined) break
        start = j
      }
    }
    let end = i
    for (let j = i + 1; j < lines.length; j++) {
      if (isBlank(lines[j])) continue
      const s = sibling(j)
      if (indentOf(lines[j]) > col || (s !== undefined && !s.item)) end = j
      else break
    }
    const inputs = step.inputs as Map<string, StepInput>
    for (let j = start; j <= end; j++) {
      const w = sibling(j)
      if (w?.key !== 'with') continue
      if (w.rest.startsWith('{')) {
        for (const [name, v] of flowPairs(w.rest)) {
          inputs.set(name, { value: v, line: j + 1, column: lines[j].indexOf(name) + 1 })
        }
        continue
      }
      let inner: number | undefined
      for (let n = j + 1; n <= end; n++) {
        if (isBlank(lines[n])) continue
        const ind = indentOf(lines[n])
        if (ind <= col) break
        inner ??= ind
        const p = keyLine(lines[n])
        if (p === undefined || p.column !== inner || p.item) continue
        inputs.set(p.key, { value: scalar(p.rest).value, line: n + 1, column: p.column + 1 })
      }
    }
    steps.push(step)
  })
  return steps
}

/**
 * The major version an action ref stands for: `v4`, `v4.0.1`, or a commit whose comment names
 * it (`# v3.0.1`, `# tag=v4`); undefined for a branch or an unlabelled commit.
 */
export const actionMajor = (ref: string, comment?: string): number | undefined => {
  const tag = /^v?(\d+)(?:\.\d+){0,2}$/i.exec(ref)
  if (tag !== null) return Number(tag[1])
  if (comment !== undefined && /^[0-9a-f]{7,64}$/i.test(ref)) {
    const c =
      /(?:^|[\s=@:])v(\d+)(?:\.\d+){0,2}\b/i.exec(comment) ?? /^(\d+)\.\d+(?:\.\d+)?$/.exec(comment)
    if (c !== null) return Number(c[1])
  }
  return undefined
}

/** The Pages actions, lower case, as `WorkflowStep.action` holds them. */
export const UPLOAD_PAGES_ARTIFACT = 'actions/upload-pages-artifact'
export const DEPLOY_PAGES = 'actions/deploy-pages'
export const JEKYLL_BUILD_PAGES = 'actions/jekyll-build-pages'

export interface PagesStep extends WorkflowStep {
  /** The workflow file, relative to the root. */
  file: string
}

/** The workflows GitHub runs: `.github/workflows/*.yml` and `*.yaml`. */
export const isWorkflow = (file: string): boolean =>
  /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file)

/** Every step of every workflow that runs one of the Pages actions. */
export const pagesSteps = (ctx: RepoContext): PagesStep[] => {
  const out: PagesStep[] = []
  for (const file of ctx.files) {
    if (!isWorkflow(file)) continue
    const text = ctx.read(file)
    if (text === undefined) continue
    for (const s of workflowSteps(text)) {
      const action = s.action.toLowerCase()
      if (
        action === UPLOAD_PAGES_ARTIFACT ||
        action === DEPLOY_PAGES ||
        action === JEKYLL_BUILD_PAGES
      ) {
        out.push({ ...s, action, file })
      }
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Jekyll

export interface JekyllInclude {
  /** 1-based position of the `include` key. */
  line: number
  column: number
  entries: string[]
  /** How the list is written: `[a, b]` on the key's line, or `- a` items below it. */
  style: 'flow' | 'block'
}

/** The top-level `include:` of a Jekyll `_config.yml` (the last one, as YAML keeps it). */
export const jekyllInclude = (text: string): JekyllInclude | undefined => {
  const lines = text.split(/\r?\n/)
  let found: JekyllInclude | undefined
  for (let i = 0; i < lines.length; i++) {
    const m = /^(["']?)include\1\s*:\s*(.*)$/.exec(lines[i])
    if (m === null) continue
    let rest = m[2].trim()
    if (rest.startsWith('[')) {
      // A flow list may run over several lines.
      let j = i
      while (!/\]\s*(#.*)?$/.test(rest) && j + 1 < lines.length) rest += ` ${lines[++j].trim()}`
      const inner = /^\[(.*)\]/.exec(rest)?.[1] ?? ''
      const entries = inner
        .split(',')
        .map(e => scalar(e).value)
        .filter(e => e !== '')
      found = { line: i + 1, column: 1, entries, style: 'flow' }
    } else if (rest !== '' && !rest.startsWith('#')) {
      found = { line: i + 1, column: 1, entries: [scalar(rest).value], style: 'flow' }
    } else {
      const entries: string[] = []
      for (let j = i + 1; j < lines.length; j++) {
        if (isBlank(lines[j])) continue
        const item = /^\s*-\s*(.*)$/.exec(lines[j])
        if (item === null) break
        entries.push(scalar(item[1]).value)
      }
      found = { line: i + 1, column: 1, entries, style: 'block' }
    }
  }
  return found
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

/** The `mta-sts.<domain>` a GitHub Pages CNAME file holds (first line; no newline needed). */
export const cnameDomain = (text: string): string | undefined =>
  domainFromHost(text.split(/\r?\n/)[0] ?? '')

/** The folders GitHub Pages publishes from a branch: its root or `docs/`. */
export const BRANCH_SITE_ROOTS = ['', 'docs'] as const
