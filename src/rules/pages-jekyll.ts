import { defineRule } from './define.js'
import type { RepoContext, Report } from './types.js'
import { siteRoot, sitePath } from '../site/folders.js'
import {
  BRANCH_SITE_ROOTS,
  JEKYLL_BUILD_PAGES,
  UPLOAD_PAGES_ARTIFACT,
  actionMajor,
  cnameDomain,
  uploadPagesArtifactMajor,
  uploadPagesArtifactRelease,
  type PagesStep
} from '../site/github-pages.js'
import {
  JEKYLL_CONFIG_NAMES,
  includesWellKnown,
  jekyllConfigFile,
  type JekyllConfig
} from '../site/jekyll.js'
import {
  POLICY_FILE,
  WELL_KNOWN_DIR,
  WELL_KNOWN_POLICY,
  WELL_KNOWN_URL_PATH,
  isWellKnownPolicy,
  policyUrl
} from '../site/well-known.js'
import { isMarkdownPage } from '../site/front-matter.js'
import { domainFromHost } from '../site/policy-host.js'

/** A value GitHub fills in at run time: nothing can be said about it here. */
const isExpression = (v: string): boolean => v.includes('${{')

const DROPS_DOT_FOLDERS = 'leaves out folders whose names start with "."'
const OUT_OF_ARTIFACT = 'leaves folders whose names start with "." out of the Pages artifact'

/** ` and https://mta-sts.example.com/.well-known/mta-sts.txt answers 404`, when the domain is known. */
const served = (domain: string | undefined): string =>
  domain === undefined ? '' : ` and ${policyUrl(domain)} answers 404`

/** The include list that brings `.well-known` back. */
const INCLUDE = `include: [${JSON.stringify(WELL_KNOWN_DIR)}]`

/** The policies named in a message: the first, and how many more. */
const which = (files: readonly string[]): string =>
  `${files[0]}${files.length > 1 ? ` (and ${files.length - 1} more)` : ''}`

/**
 * The `_config.yml` of a Jekyll site folder (or `_config.yaml`), if there is one; a config
 * the loader could not read (too large, not text) is one without `include`.
 */
const jekyllConfig = (ctx: RepoContext, site: string): JekyllConfig | undefined => {
  const file = jekyllConfigFile(ctx.files, site)
  return file === undefined ? undefined : (ctx.jekyllConfigs.get(file) ?? { file })
}

/** How to write the include list with `.well-known` added. */
const includeFix = (config: JekyllConfig): string => {
  const inc = config.include
  if (inc === undefined) return `add ${INCLUDE} to ${config.file}`
  if (inc.style === 'block') return `add "- ${WELL_KNOWN_DIR}" under include: in ${config.file}`
  const entries = [...inc.entries, WELL_KNOWN_DIR].map(e => JSON.stringify(e)).join(', ')
  return `write include: [${entries}] in ${config.file}`
}

/** Points at the include key of `_config.yml`, or at its first line. */
const atConfig = (config: JekyllConfig): Report => ({
  message: '',
  file: config.file,
  line: config.include?.line ?? 1,
  column: config.include?.column ?? 1
})

/**
 * What the version of the upload action is, for the message. A ref that names no version (a
 * branch, an unknown commit) is taken as the newest behaviour: v5 or later.
 */
const versionText = (step: PagesStep): string => {
  const ref = step.ref === '' ? '' : `@${step.ref.length > 12 ? step.ref.slice(0, 12) : step.ref}`
  const name = `${UPLOAD_PAGES_ARTIFACT}${ref}`
  const release = uploadPagesArtifactRelease(step.ref)
  const labelled = actionMajor(step.ref, step.comment)
  if (release !== undefined) {
    return labelled === actionMajor(release) ? name : `${name} (the ${release} commit)`
  }
  if (labelled !== undefined) return name
  if (/^[0-9a-f]{7,64}$/i.test(step.ref)) {
    return `${name} (a commit without a version comment, taken as v5 or later)`
  }
  return `${name} (${step.ref === '' ? 'no version' : 'a branch'}, taken as v5 or later)`
}

/** The way back for v4, which has no input that keeps hidden folders. */
const FROM_V4 = 'or go back to v3, which does not leave them out'

/** A repository named as a Pages site: `<user>.github.io` or `mta-sts.<domain>`. */
const pagesName = (name: string | undefined): boolean =>
  name !== undefined && (/\.github\.io$/i.test(name) || domainFromHost(name) !== undefined)

/** Files that say another host than GitHub Pages publishes a site folder. */
const OTHER_HOSTS = [
  'netlify.toml',
  '_redirects',
  '_headers',
  'vercel.json',
  'wrangler.toml',
  'wrangler.json',
  'wrangler.jsonc',
  'staticwebapp.config.json'
]
const otherHost = (ctx: RepoContext, site: string): boolean =>
  OTHER_HOSTS.some(n => ctx.files.includes(sitePath(site, n)) || ctx.files.includes(n))

/**
 * Pages (front matter) that Jekyll does not serve as the policy: Jekyll turned off, so the front
 * matter is served too; or Markdown, which Jekyll converts to HTML.
 */
const checkPages = (ctx: RepoContext, report: (r: Report) => void): void => {
  for (const p of ctx.policies) {
    if (p.bodyLine === undefined) continue
    const url = p.domain === undefined ? WELL_KNOWN_URL_PATH : policyUrl(p.domain)
    const site = p.siteRoot ?? ''
    if (p.frontMatterServed === true) {
      const nojekyll = sitePath(site, '.nojekyll')
      const at = `/${site === '' ? p.file : p.file.slice(site.length + 1)}`
      report({
        message:
          isWellKnownPolicy(p.file) && p.permalink === undefined
            ? `${p.file} starts with Jekyll front matter, but ${nojekyll} turns Jekyll off, so senders get its ${p.bodyLine - 1} front matter lines too and reject the policy; remove the front matter`
            : `${p.file} relies on Jekyll (front matter${p.permalink === undefined ? '' : ` with permalink ${p.permalink.value}`}), but ${nojekyll} turns Jekyll off, so the file is served as it is at ${at}, front matter included, and ${url} answers 404; delete ${nojekyll} if nothing else needs it, or put the policy without front matter in ${sitePath(site, WELL_KNOWN_POLICY)}`,
        file: p.file,
        line: 1,
        column: 1
      })
    } else if (isMarkdownPage(p.file)) {
      const name = p.file.slice(p.file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '.txt')
      report({
        message: `Jekyll converts ${p.file} from Markdown to HTML, so ${p.permalink?.path === WELL_KNOWN_URL_PATH ? url : 'its URL'} answers "<p>version: STSv1 ...</p>", which no sender reads as a policy; rename it to ${name === POLICY_FILE ? POLICY_FILE : name} (${p.permalink === undefined ? 'a .txt page is served as written' : 'the permalink keeps the URL'})`,
        file: p.file,
        line: 1,
        column: 1
      })
    }
  }
}

export default defineRule(
  {
    id: 'pages-jekyll',
    severity: 'error',
    target: 'repo',
    rfc: 'RFC 8461 3.3',
    description: `a GitHub Pages build drops ${WELL_KNOWN_DIR}: Jekyll without .nojekyll or include, upload-pages-artifact v4 (no way to keep it), or v5+ without include-hidden-files: true`
  },
  (ctx, report) => {
    checkPages(ctx, report)
    const policies = ctx.policies.filter(p => isWellKnownPolicy(p.file))
    if (policies.length === 0) return
    const domainOf = (file: string): string | undefined =>
      policies.find(p => p.file === file)?.domain
    const steps = ctx.pagesSteps

    // Pages deployed by a workflow: the artifact action drops hidden folders from v4 on. v4
    // always does (it has no include-hidden-files input; GitHub ignores an input an action does
    // not declare); v5 added the input, and keeps them only when it is "true" (compared without
    // regard to case, as GitHub compares strings).
    for (const step of steps) {
      if (step.action !== UPLOAD_PAGES_ARTIFACT) continue
      const major = uploadPagesArtifactMajor(step.ref, step.comment)
      if (major !== undefined && major < 4) continue
      const hidden = step.inputs.get('include-hidden-files')
      const kept =
        hidden !== undefined && (/^true$/i.test(hidden.value) || isExpression(hidden.value))
      if (major !== 4 && kept) continue
      const upload = step.inputs.get('path')?.value ?? '_site/'
      let affected = policies.map(p => p.file)
      if (!isExpression(upload)) {
        const dir = siteRoot(upload)
        const under = affected.filter(f => dir === '' || f.startsWith(`${dir}/`))
        // A committed folder without the policy is some other site; a folder that is not
        // committed is build output, which the build may have copied the policy into.
        if (under.length > 0) affected = under
        else if (ctx.files.some(f => f.startsWith(`${dir}/`))) continue
      }
      const what = `${OUT_OF_ARTIFACT}, so ${which(affected)} is not published${served(domainOf(affected[0]))}`
      if (major === 4) {
        // The version is what to change: at the uses line.
        report({
          message:
            hidden === undefined
              ? `${versionText(step)} ${what}; v4 has no input that keeps them: move this step to v5 and add "include-hidden-files: true" under "with:", ${FROM_V4}`
              : `${versionText(step)} has no include-hidden-files input (it came with v5), so it ignores "include-hidden-files: ${hidden.value}" and ${what}; move this step to v5${kept ? '' : ' and write "include-hidden-files: true"'}, ${FROM_V4}`,
          file: step.file,
          line: step.line,
          column: step.column
        })
      } else if (hidden !== undefined) {
        report({
          message: `include-hidden-files: ${hidden.value} ${what}; write "include-hidden-files: true"`,
          file: step.file,
          line: hidden.line,
          column: hidden.column
        })
      } else {
        report({
          message: `${versionText(step)} ${what}; add "include-hidden-files: true" under "with:" of this step`,
          file: step.file,
          line: step.line,
          column: step.column
        })
      }
    }

    // Jekyll run by a workflow: actions/jekyll-build-pages ignores .nojekyll; only include helps.
    for (const step of steps) {
      if (step.action !== JEKYLL_BUILD_PAGES) continue
      const source = step.inputs.get('source')?.value ?? './'
      if (isExpression(source)) continue
      const site = siteRoot(source)
      const policy = sitePath(site, WELL_KNOWN_POLICY)
      if (!policies.some(p => p.file === policy)) continue
      const config = jekyllConfig(ctx, site)
      // A config that is not valid YAML stops the build: Jekyll itself says so.
      if (config?.invalid === true) continue
      if (config?.include !== undefined && includesWellKnown(config.include.entries)) continue
      const what = `${JEKYLL_BUILD_PAGES} builds ${site === '' ? 'the repository' : `${site}/`} with Jekyll, which ${DROPS_DOT_FOLDERS} (this action does not read .nojekyll), so ${policy} is not published${served(domainOf(policy))}`
      if (config === undefined) {
        report({
          message: `${what}; create ${sitePath(site, JEKYLL_CONFIG_NAMES[0])} holding ${INCLUDE}`,
          file: step.file,
          line: step.line,
          column: step.column
        })
      } else {
        report({ ...atConfig(config), message: `${what}; ${includeFix(config)}` })
      }
    }

    // Pages built from a branch, which GitHub does with Jekyll unless .nojekyll says not to.
    if (steps.length > 0) return
    for (const site of BRANCH_SITE_ROOTS) {
      const policy = sitePath(site, WELL_KNOWN_POLICY)
      if (!policies.some(p => p.file === policy)) continue
      const nojekyll = sitePath(site, '.nojekyll')
      if (ctx.files.includes(nojekyll)) continue
      const cnameFile = sitePath(site, 'CNAME')
      const hasCname = ctx.files.includes(cnameFile)
      const cnameText = ctx.read(cnameFile)
      const cname = cnameText === undefined ? undefined : cnameDomain(cnameText)
      const config = jekyllConfig(ctx, site)
      // A CNAME file (whatever it holds) or a _config.yml: a Pages site. A repository named as
      // one, with no other host's files, may be one whose custom domain is set in its settings.
      const maybe =
        !hasCname &&
        config === undefined &&
        site === '' &&
        pagesName(ctx.rootName) &&
        !otherHost(ctx, site)
      if (!hasCname && config === undefined && !maybe) continue
      if (config?.invalid === true) continue
      if (config?.include !== undefined && includesWellKnown(config.include.entries)) continue
      const domain =
        domainOf(policy) ?? cname ?? (maybe ? domainFromHost(ctx.rootName ?? '') : undefined)
      const what = `GitHub Pages builds this site with Jekyll, which ${DROPS_DOT_FOLDERS}, so ${policy} is not published${served(domain)}`
      if (maybe) {
        report({
          message: `If GitHub Pages publishes this repository from a branch (its name says it may): ${what}; add an empty file ${nojekyll} (or a ${sitePath(site, JEKYLL_CONFIG_NAMES[0])} holding ${INCLUDE})`,
          file: policy,
          line: 1,
          column: 1,
          severity: 'warning'
        })
      } else if (config !== undefined) {
        report({
          ...atConfig(config),
          message: `${what}; ${includeFix(config)}, or add an empty file ${nojekyll}`
        })
      } else {
        report({
          message: `${what}; add an empty file ${nojekyll} (or a ${sitePath(site, JEKYLL_CONFIG_NAMES[0])} holding ${INCLUDE})`,
          file: cnameFile,
          line: 1,
          column: 1
        })
      }
    }
  }
)
