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

/**
 * The commits the release tags of actions/upload-pages-artifact point at (v0.1.0 to v5.0.0, read
 * from the action's repository), so a step pinned to one is known without a version comment.
 */
const UPLOAD_PAGES_ARTIFACT_RELEASES: readonly (readonly [string, string])[] = [
  ['5abd6d2e035406f412d089536ee922a104d12f2b', 'v0.1.0'],
  ['9bd2be689963d897ab0e2bf68e8d7485beee7436', 'v1.0.0'],
  ['ceec27c96bc4983b4e6c48bee599d67014b8db2e', 'v1.0.1'],
  ['f4e69017a716d2d729b620cba1f4016257fedec6', 'v1.0.2'],
  ['6a57e48bf6d74ddc95cf0cfa136a09fff27067b8', 'v1.0.3'],
  ['a597aecd27af1cf14095ccaa29169358e3d91e28', 'v1.0.4'],
  ['4506126207ed04f7c31e67d0b20154fc373f2505', 'v1.0.5'],
  ['c8641e80048cf33d329c39df3bcc53196178335a', 'v1.0.6'],
  ['253fd476ed429e83b7aae64a92a75b4ceb1a17cf', 'v1.0.7'],
  ['64bcae551a7b18bcb9a09042ddf1960979799187', 'v1.0.8'],
  ['66b63f4a7de003f4f00cc8e9af4b83b8f2abdb96', 'v1.0.9'],
  ['84bb4cd4b733d5c320c9c9cfbc354937524f4d64', 'v1.0.10'],
  ['a753861a5debcf57bf8b404356158c8e1e33150c', 'v2.0.0'],
  ['0252fc4ba7626f0298f0cf00902a25c6afc77fa8', 'v3.0.0'],
  ['56afc609e74202658d3ffba0e8f6dda462b719fa', 'v3.0.1'],
  ['7b1f4a764d45c48632c6b24a0339c27f5614fb0b', 'v4.0.0'],
  ['fc324d3547104276b827a68afc52ff2a11cc49c9', 'v5.0.0']
]

/** The release of actions/upload-pages-artifact a commit ref is (`v4.0.0`), if it is one. */
export const uploadPagesArtifactRelease = (ref: string): string | undefined => {
  if (!/^[0-9a-f]{7,40}$/i.test(ref)) return undefined
  const r = ref.toLowerCase()
  return UPLOAD_PAGES_ARTIFACT_RELEASES.find(([commit]) => commit.startsWith(r))?.[1]
}

/**
 * The major version of an actions/upload-pages-artifact ref: a release commit by its hash
 * (whatever its comment says), else as `actionMajor` reads it.
 */
export const uploadPagesArtifactMajor = (ref: string, comment?: string): number | undefined => {
  const release = uploadPagesArtifactRelease(ref)
  return release === undefined ? actionMajor(ref, comment) : actionMajor(release)
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
