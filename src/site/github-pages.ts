/**
 * How GitHub Pages publishes a site: from a branch (its root or `docs/`, named by a `CNAME`
 * file), or by a workflow whose steps run the Pages actions. Workflows are read with the `yaml`
 * package, which the caller passes in (see yaml-file.ts).
 */
import { domainFromHost } from './policy-host.js'
import type { Node } from 'yaml'
import { readYaml, type Yaml, type YamlFile } from './yaml-file.js'

/** The folders GitHub Pages publishes from a branch: its root or `docs/`. */
export const BRANCH_SITE_ROOTS = ['', 'docs'] as const

/** The `mta-sts.<domain>` a GitHub Pages CNAME file holds (first line; no newline needed). */
export const cnameDomain = (text: string): string | undefined =>
  domainFromHost(text.split(/\r?\n/)[0] ?? '')

/** The workflows GitHub runs: `.github/workflows/*.yml` and `*.yaml`. */
export const isWorkflow = (file: string): boolean =>
  /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file)

/** The Pages actions, lower case, as `WorkflowStep.action` holds them. */
export const UPLOAD_PAGES_ARTIFACT = 'actions/upload-pages-artifact'
export const DEPLOY_PAGES = 'actions/deploy-pages'
export const JEKYLL_BUILD_PAGES = 'actions/jekyll-build-pages'
const PAGES_ACTIONS: ReadonlySet<string> = new Set([
  UPLOAD_PAGES_ARTIFACT,
  DEPLOY_PAGES,
  JEKYLL_BUILD_PAGES
])

/**
 * True when a workflow's text names a Pages action: only such a workflow is worth parsing (a
 * name spelt with YAML escapes, `"actions\/deploy-pages"`, is not recognised).
 */
export const mayRunPages = (text: string): boolean =>
  /upload-pages-artifact|deploy-pages|jekyll-build-pages/i.test(text)

export interface StepInput {
  /** The value as the action reads it: text, surrounding white space trimmed. */
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
  /** The step's `with:` inputs, by name in lower case (input names are case-insensitive). */
  inputs: ReadonlyMap<string, StepInput>
}

const stepOf = (doc: YamlFile, step: Node): WorkflowStep | undefined => {
  const uses = doc.get(step, 'uses')
  const value = doc.scalar(uses)?.trim()
  if (uses === null || value === undefined || value === '') return undefined
  const at = value.indexOf('@')
  const { line, column } = doc.start(uses)
  const out: WorkflowStep = {
    action: at === -1 ? value : value.slice(0, at),
    ref: at === -1 ? '' : value.slice(at + 1),
    line,
    column,
    inputs: new Map()
  }
  const comment = doc.comment(uses)
  if (comment !== undefined) out.comment = comment
  const inputs = out.inputs as Map<string, StepInput>
  for (const e of doc.entries(doc.get(step, 'with')) ?? []) {
    const v = e.value === null ? '' : doc.scalar(e.value)
    if (e.key === undefined || e.keyNode === null || v === undefined) continue
    inputs.set(e.key.toLowerCase(), { value: v.trim(), ...doc.start(e.keyNode) })
  }
  return out
}

/**
 * Every step of a workflow that runs an action (`jobs.<id>.steps[*].uses`), with its `with:`
 * inputs, in file order; none when the text is not valid YAML (GitHub does not run it either).
 * A step shared through an anchor is listed once, where it is written.
 */
export const workflowSteps = (yaml: Yaml, text: string): WorkflowStep[] => {
  const doc = readYaml(yaml, text)
  if (doc === undefined) return []
  const seen = new Set<unknown>()
  const steps: WorkflowStep[] = []
  for (const job of doc.entries(doc.get(doc.root, 'jobs')) ?? []) {
    for (const step of doc.items(doc.get(job.value, 'steps')) ?? []) {
      if (step === null || seen.has(step)) continue
      seen.add(step)
      const s = stepOf(doc, step)
      if (s !== undefined) steps.push(s)
    }
  }
  return steps.sort((a, b) => a.line - b.line || a.column - b.column)
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

export interface PagesStep extends WorkflowStep {
  /** The workflow file, relative to the root. */
  file: string
}

/** The steps of one workflow that run a Pages action, the action in lower case. */
export const pagesSteps = (yaml: Yaml, file: string, text: string): PagesStep[] =>
  workflowSteps(yaml, text).flatMap(s => {
    const action = s.action.toLowerCase()
    return PAGES_ACTIONS.has(action) ? [{ ...s, action, file }] : []
  })
