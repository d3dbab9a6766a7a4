/**
 * The copy-paste workflows of examples/workflows/ (shown verbatim in the README), run the way the
 * runner runs them: each workflow is parsed, each step that uses the action is run from the
 * source in-process with INPUT_* from its `with:` (expressions such as `${{ matrix.shard }}`
 * expanded), GITHUB_EVENT_NAME and GITHUB_EVENT_PATH for one of the workflow's triggers,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, against example repositories: real git repositories for
 * the gate, examples/demo for code scanning, and for verification a repository of the test CA's
 * domain whose DNS and HTTPS are loopback servers. Every `${{ ... }}` of every workflow must name
 * something defined: a step's outputs the action declares, a matrix key, a job's outputs, an
 * event field.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { createDnsLookup } from '../../src/verify/dns.js'
import { createPolicyFetcher } from '../../src/verify/https.js'
import { runCli, type CliRun } from '../fixtures/layouts/cli.js'
import { startDnsServer, type TestDnsServer, type Zone } from '../verify/dns-server.js'
import { startHttpsServer, type TestServer } from '../verify/https-server.js'
import { DOMAIN, makeTestCertificates, type TestCertificates } from '../verify/test-ca.js'
import {
  committedFiles,
  healthyZone,
  NEW_ID,
  NEW_POLICY,
  OLD_ID,
  OLD_POLICY,
  setRecordId as setZoneRecordId,
  virtualClockPorts
} from '../verify/test-domain.js'
import {
  createOrigin,
  fakeGitHubApi,
  fixtureTree,
  payloads,
  PROJECT,
  runAction,
  shallowClone,
  tempDir,
  writeTree,
  type ActionRun
} from './helpers.js'

jest.setTimeout(60_000)

const WORKFLOWS = path.join(PROJECT, 'examples', 'workflows')
const ACTION = 'mta-sts-lint/mta-sts-lint@v1'
const ACTION_META = parseYaml(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

// ---------------------------------------------------------------------------------------------
// The workflow files

type Step = {
  id?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  if?: string
  permissions?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown[]> }
  outputs?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  file: string
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const load = (file: string): Workflow => {
  const doc = parseYaml(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Omit<Workflow, 'file'>
  return { ...doc, file }
}
const FILES = readdirSync(WORKFLOWS)
  .filter(f => f.endsWith('.yml'))
  .sort()
const needsOf = (job: Job): string[] => [job.needs ?? []].flat()
/** The steps that use the action, with their job. */
const actionSteps = (w: Workflow) =>
  Object.entries(w.jobs).flatMap(([jobId, job]) =>
    job.steps.filter(s => s.uses === ACTION).map(step => ({ jobId, job, step }))
  )
const onlyActionStep = (w: Workflow) => {
  const steps = actionSteps(w)
  expect(steps).toHaveLength(1)
  return steps[0]
}

// ---------------------------------------------------------------------------------------------
// Expressions: every `${{ ... }}` (and every `if:`) must name something defined

/** Event payload fields a workflow may read, per trigger (the shape GitHub sends). */
const EVENT_FIELDS: Record<string, unknown> = {
  pull_request: payloads.pullRequest('a', 'b'),
  merge_group: payloads.mergeGroup('a', 'b'),
  push: payloads.push('a', 'b', 'main'),
  workflow_run: {
    action: 'completed',
    workflow_run: { conclusion: 'success', head_sha: 'b', head_branch: 'main', name: 'Deploy' }
  },
  deployment_status: {
    deployment_status: { state: 'success', environment: 'production' },
    deployment: { sha: 'b', ref: 'main', environment: 'production' }
  },
  schedule: { schedule: '17 6 * * *' },
  workflow_dispatch: { inputs: {}, ref: 'refs/heads/main' }
}
const GITHUB_KEYS = ['event_name', 'run_id', 'token', 'sha', 'ref', 'repository', 'workspace']
const RUNNER_KEYS = ['temp', 'os', 'arch', 'name', 'tool_cache', 'debug']
const FUNCTIONS = ['always', 'cancelled', 'success', 'failure', 'contains', 'startsWith', 'format']

const hasPath = (value: unknown, keys: string[]): boolean =>
  keys.every(k => {
    if (typeof value !== 'object' || value === null || !(k in value)) return false
    value = (value as Record<string, unknown>)[k]
    return true
  })

/** Every expression of a workflow, where it is: `${{ }}` in any string, and each `if:`. */
const expressionsOf = (w: Workflow) => {
  const out: { jobId?: string; stepIndex?: number; text: string }[] = []
  const strings = (value: unknown, at: { jobId?: string; stepIndex?: number }): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(/\$\{\{(.*?)\}\}/g)) out.push({ ...at, text: m[1] })
    } else if (Array.isArray(value)) value.forEach(v => strings(v, at))
    else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(v => strings(v, at))
    }
  }
  const bareIf = (value: string | undefined, at: { jobId?: string; stepIndex?: number }) => {
    if (value !== undefined && !value.includes('${{')) out.push({ ...at, text: value })
  }
  strings(w.on, {})
  for (const [jobId, job] of Object.entries(w.jobs)) {
    bareIf(job.if, { jobId })
    strings({ ...job, steps: [] }, { jobId })
    job.steps.forEach((step, stepIndex) => {
      bareIf(step.if, { jobId, stepIndex })
      strings(step, { jobId, stepIndex })
    })
  }
  return out
}

/** What is wrong with the references of a workflow's expressions ([] when all are defined). */
const undefinedReferences = (w: Workflow): string[] => {
  const problems: string[] = []
  const triggers = Object.keys(w.on)
  for (const e of expressionsOf(w)) {
    const job = e.jobId === undefined ? undefined : w.jobs[e.jobId]
    const where = `${w.file}${e.jobId === undefined ? '' : ` jobs.${e.jobId}`}${e.stepIndex === undefined ? '' : `.steps[${e.stepIndex}]`}`
    const code = e.text.replace(/'(?:[^']|'')*'/g, "''")
    for (const m of code.matchAll(/(?<![\w.-])([A-Za-z_][\w-]*)((?:\.[\w-]+)*)(\s*\()?/g)) {
      const [name, rest, call] = [m[1], m[2].split('.').slice(1), m[3]]
      const bad = (why: string) => problems.push(`${where}: ${name}.${rest.join('.')}: ${why}`)
      if (call !== undefined) {
        if (!FUNCTIONS.includes(name)) bad('unknown function')
        continue
      }
      if (['true', 'false', 'null'].includes(name)) continue
      if (name === 'github') {
        if (rest[0] === 'event') {
          if (!triggers.some(t => hasPath(EVENT_FIELDS[t], rest.slice(1)))) {
            bad(`no trigger of the workflow (${triggers.join(', ')}) sends this field`)
          }
        } else if (!GITHUB_KEYS.includes(rest[0])) bad('not a github context field used here')
      } else if (name === 'runner') {
        if (!RUNNER_KEYS.includes(rest[0])) bad('not a runner context field')
      } else if (name === 'matrix') {
        if (job?.strategy?.matrix?.[rest[0]] === undefined) bad('the job has no such matrix key')
      } else if (name === 'steps') {
        const steps = job?.steps ?? []
        const upTo = e.stepIndex ?? steps.length
        const step = steps.slice(0, upTo).find(s => s.id === rest[0])
        if (step === undefined) bad('no earlier step of the job has this id')
        else if (rest[1] === 'outputs') {
          if (step.uses === ACTION && !(rest[2] in ACTION_META.outputs)) {
            bad('action.yml declares no such output')
          }
        } else if (!['outcome', 'conclusion'].includes(rest[1])) bad('not a step field')
      } else if (name === 'needs') {
        const other = w.jobs[rest[0]]
        if (job === undefined || !needsOf(job).includes(rest[0]) || other === undefined) {
          bad('the job does not need that job')
        } else if (rest[1] === 'outputs') {
          if (other.outputs?.[rest[2]] === undefined) bad('that job has no such output')
        } else if (rest[1] !== 'result') bad('not a needs field')
      } else bad('unknown context')
    }
  }
  return problems
}

describe('the example workflows', () => {
  it('are all shown in the README, verbatim', () => {
    const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8')
    expect(FILES.length).toBeGreaterThanOrEqual(7)
    for (const file of FILES) {
      const text = readFileSync(path.join(WORKFLOWS, file), 'utf8')
      expect(readme).toContain(
        `<!-- example:${file}:start -->\n\n\`\`\`yaml\n${text}\`\`\`\n\n<!-- example:${file}:end -->`
      )
    }
  })

  it.each(FILES)('%s: every expression names something defined', file => {
    expect(undefinedReferences(load(file))).toEqual([])
  })

  it('the reference check finds what is not defined', () => {
    const bad: Workflow = {
      file: 'bad.yml',
      on: { push: null },
      jobs: {
        a: {
          steps: [
            { uses: ACTION, id: 'lint', with: { root: '${{ matrix.folder }}' } },
            { run: 'echo ${{ steps.lint.outputs.error-count }} ${{ steps.later.outputs.x }}' },
            { id: 'later', run: 'echo ${{ github.event.workflow_run.head_sha }}' },
            { if: "steps.lint.outputs.changed == 'true' && runner.nope", run: 'true' }
          ]
        },
        b: { if: "needs.a.outputs.changed == 'true'", steps: [{ run: '${{ secret.x }}' }] }
      }
    }
    expect(undefinedReferences(bad)).toEqual([
      'bad.yml jobs.a.steps[0]: matrix.folder: the job has no such matrix key',
      'bad.yml jobs.a.steps[1]: steps.lint.outputs.error-count: action.yml declares no such output',
      'bad.yml jobs.a.steps[1]: steps.later.outputs.x: no earlier step of the job has this id',
      'bad.yml jobs.a.steps[2]: github.event.workflow_run.head_sha: no trigger of the workflow (push) sends this field',
      'bad.yml jobs.a.steps[3]: runner.nope: not a runner context field',
      'bad.yml jobs.b: needs.a.outputs.changed: the job does not need that job',
      'bad.yml jobs.b.steps[0]: secret.x: unknown context'
    ])
  })

  it.each(FILES)('%s: every job has the permissions its steps need, and no more', file => {
    const w = load(file)
    for (const [jobId, job] of Object.entries(w.jobs)) {
      const permissions = job.permissions ?? w.permissions
      expect([jobId, permissions?.contents]).toEqual([jobId, 'read'])
      const steps = job.steps
      const suggest = steps.some(s => s.uses === ACTION && s.with?.suggest === true)
      const sarif = steps.some(s => s.uses?.startsWith('github/codeql-action/upload-sarif@'))
      expect([jobId, permissions?.['pull-requests']]).toEqual([
        jobId,
        suggest ? 'write' : undefined
      ])
      expect([jobId, permissions?.['security-events']]).toEqual([
        jobId,
        sarif ? 'write' : undefined
      ])
      const granted = Object.entries(permissions ?? {}).filter(([, v]) => v === 'write')
      expect(granted.map(([k]) => k).sort()).toEqual(
        [...(suggest ? ['pull-requests'] : []), ...(sarif ? ['security-events'] : [])].sort()
      )
    }
  })

  it.each(FILES)('%s: the action steps give only inputs action.yml declares', file => {
    for (const { step } of actionSteps(load(file))) {
      expect(Object.keys(step.with ?? {}).filter(k => !(k in ACTION_META.inputs))).toEqual([])
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Running the steps

let tmp: string
let temp: string
beforeAll(() => {
  tmp = tempDir('mta-sts-lint-examples-')
  temp = path.join(tmp, 'runner-temp')
  mkdirSync(temp)
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A `with:` value as the runner passes it: a string, its expressions evaluated. */
const expand = (value: unknown, context: Record<string, string>): string =>
  String(value).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expr: string) => {
    const v = context[expr]
    if (v === undefined) throw new Error(`the test cannot evaluate \${{ ${expr} }}`)
    return v
  })

const inputsOf = (step: Step, context: Record<string, string> = {}): Record<string, string> =>
  Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [
      k,
      expand(v, { 'runner.temp': temp, ...context })
    ])
  )

const rulesOf = (run: ActionRun): string[] =>
  [...new Set(run.annotations.map(a => a.title ?? ''))].filter(t => t !== '').sort()

describe('pull-request.yml and push.yml: the id gate', () => {
  const PAGES = fixtureTree('pages-site')
  const POLICY = '.well-known/mta-sts.txt'
  const ZONE = 'dns/example.com.zone'
  const LONGER = PAGES[POLICY].replace(/max_age: \d+/, 'max_age: 1209600')
  const BUMPED = PAGES[ZONE].replace('20240301T000000Z', '20240401T000000Z')

  /** A repository, and a branch changing the policy (with the id too when `bump`). */
  const change = (name: string, bump: boolean) => {
    const origin = createOrigin(path.join(tmp, name))
    const base = origin.commit(PAGES, { date: '2024-03-01T00:00:00Z' })
    origin.branch('feature')
    const head = origin.commit({ [POLICY]: LONGER, ...(bump && { [ZONE]: BUMPED }) })
    origin.push()
    origin.checkout('main')
    origin.push()
    return { origin, base, head, ws: shallowClone(origin, path.join(tmp, `${name}-ws`), 'feature') }
  }

  it('runs on pull requests and merge queues', () => {
    expect(Object.keys(load('pull-request.yml').on).sort()).toEqual(['merge_group', 'pull_request'])
  })

  it('fails a pull request that changes the policy without a new id, naming the id to write', async () => {
    const { step } = onlyActionStep(load('pull-request.yml'))
    const { origin, base, head, ws } = change('pr-same-id', false)
    // A read-only token (as for a fork): suggest cannot post, the annotation carries the line.
    const api = await fakeGitHubApi(origin.bare, 403)
    try {
      const run = await runAction({
        workspace: ws,
        event: 'pull_request',
        payload: payloads.pullRequest(base, head),
        inputs: inputsOf(step),
        env: { GITHUB_API_URL: api.url }
      })
      expect(run.code).toBe(1)
      expect(rulesOf(run)).toContain('id-not-changed')
      expect(run.outputs.changed).toBe('true')
      expect(run.outputs['new-id']).toMatch(/^\d{8}T\d{6}Z$/)
      const annotation = run.annotations.find(a => a.title === 'id-not-changed')
      expect(annotation?.file).toBe(ZONE)
      expect(run.summary).toContain('id-not-changed')
    } finally {
      await api.close()
    }
  })

  it('fails the same change in a merge queue', async () => {
    const { step } = onlyActionStep(load('pull-request.yml'))
    const { base, head, ws } = change('mq-same-id', false)
    const run = await runAction({
      workspace: ws,
      event: 'merge_group',
      payload: payloads.mergeGroup(base, head),
      inputs: { ...inputsOf(step), suggest: 'false' }
    })
    expect(run.code).toBe(1)
    expect(rulesOf(run)).toContain('id-not-changed')
  })

  it('passes a pull request that changes the policy and its id', async () => {
    const { step } = onlyActionStep(load('pull-request.yml'))
    const { base, head, ws } = change('pr-new-id', true)
    const run = await runAction({
      workspace: ws,
      event: 'pull_request',
      payload: payloads.pullRequest(base, head),
      inputs: inputsOf(step)
    })
    expect(run.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.changed).toBe('true')
    expect(run.outputs['new-id']).toBeUndefined()
  })

  it('push.yml gates a push and writes the report the upload step names', async () => {
    const w = load('push.yml')
    const { jobId, step } = onlyActionStep(w)
    expect(step.id).toBe('mta-sts')
    const { base, head, ws } = change('push', true)
    const run = await runAction({
      workspace: ws,
      event: 'push',
      payload: payloads.push(base, head, 'feature'),
      inputs: inputsOf(step)
    })
    expect(run.code).toBe(0)
    expect(run.outputs.changed).toBe('true')
    const report = run.outputs.report
    expect(report).toBe(path.join(temp, 'mta-sts.json'))
    const json = JSON.parse(readFileSync(report, 'utf8')) as { version: number; domains: unknown[] }
    expect(json.version).toBe(1)
    expect(json.domains).toHaveLength(1)
    const upload = w.jobs[jobId].steps.find(s => s.uses?.startsWith('actions/upload-artifact@'))
    expect(expand(upload?.with?.path, { 'steps.mta-sts.outputs.report': report })).toBe(report)
  })
})

describe('code-scanning.yml: SARIF for upload-sarif', () => {
  it('writes SARIF for examples/demo where upload-sarif reads it, also when the step fails', async () => {
    const w = load('code-scanning.yml')
    const { jobId, step } = onlyActionStep(w)
    const origin = createOrigin(path.join(tmp, 'demo'))
    cpSync(path.join(PROJECT, 'examples', 'demo'), origin.work, { recursive: true })
    const base = origin.commit({})
    const head = origin.commit({ 'README.md': '# demo\n' })
    origin.push()
    const ws = shallowClone(origin, path.join(tmp, 'demo-ws'))
    const run = await runAction({
      workspace: ws,
      event: 'push',
      payload: payloads.push(base, head, 'main'),
      inputs: inputsOf(step)
    })
    expect(run.code).toBe(1)
    const upload = w.jobs[jobId].steps.find(s =>
      s.uses?.startsWith('github/codeql-action/upload-sarif@')
    )
    expect(upload?.if).toContain('!cancelled()')
    expect(upload?.with?.sarif_file).toBe(step.with?.sarif)
    const sarif = JSON.parse(
      readFileSync(path.join(ws, String(upload?.with?.sarif_file)), 'utf8')
    ) as {
      version: string
      runs: {
        results: {
          ruleId: string
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
        }[]
      }[]
    }
    expect(sarif.version).toBe('2.1.0')
    const results = sarif.runs[0].results
    expect(results.map(r => r.ruleId)).toContain('policy-mode')
    expect(results.map(r => r.locations[0].physicalLocation.artifactLocation.uri)).toContain(
      'sites/example.net/.well-known/mta-sts.txt'
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Verification: loopback DNS and HTTPS for the test CA's domain

let certs: TestCertificates
let dns: TestDnsServer
let site: TestServer
let served = OLD_POLICY
const zone: Zone = healthyZone(OLD_ID)
const setRecordId = (id: string): void => setZoneRecordId(zone, id)

beforeAll(async () => {
  certs = await makeTestCertificates()
  dns = await startDnsServer(zone)
  site = await startHttpsServer(certs.valid, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end(served)
  })
})
afterAll(async () => {
  await Promise.all([dns.close(), site.close()])
})

/** Ports to the loopback servers; the clock moves only when the wait sleeps. */
const ports = (onLog?: (line: string) => void) =>
  virtualClockPorts(
    () => ({
      dns: createDnsLookup({ servers: [dns.address], timeoutMs: 500, tries: 1 }),
      fetcher: createPolicyFetcher({ port: site.port, ca: certs.ca })
    }),
    onLog === undefined ? {} : { onLog }
  )

/** The checkout of a repository that commits the test domain's policy and its id. */
const checkout = (name: string, policyText: string, id: string): string => {
  const root = path.join(tmp, name)
  writeTree(root, committedFiles(policyText, id))
  return root
}

describe('post-release.yml and post-release-event.yml: verification after a release', () => {
  it('post-release.yml verifies after the deploy job, waiting for the policy, then the id', async () => {
    const w = load('post-release.yml')
    const { jobId, step } = onlyActionStep(w)
    expect(needsOf(w.jobs[jobId])).toEqual(['deploy'])
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const ws = checkout('released', NEW_POLICY, NEW_ID)
    let attempts = 0
    // The deployment lands while the step waits: the policy after one check, the id after two.
    const deploying = ports(() => {
      attempts++
      if (attempts === 1) served = NEW_POLICY
      if (attempts === 2) setRecordId(NEW_ID)
    })
    try {
      const run = await runAction({
        workspace: ws,
        event: 'push',
        payload: EVENT_FIELDS.push,
        inputs: inputsOf(step),
        verifyPorts: deploying
      })
      expect(run.annotations.filter(a => a.level === 'error')).toEqual([])
      expect(run.code).toBe(0)
      expect(attempts).toBe(2)
      expect(run.stdout).toMatch(/attempt 1: the served policy is not yet the committed one/)
      expect(run.summary).toContain('### Deployed')
    } finally {
      served = OLD_POLICY
      setRecordId(OLD_ID)
    }
  })

  it('post-release.yml fails when the deployment never matches the commit', async () => {
    const { step } = onlyActionStep(load('post-release.yml'))
    const ws = checkout('never-released', NEW_POLICY, NEW_ID)
    const run = await runAction({
      workspace: ws,
      event: 'push',
      inputs: inputsOf(step),
      verifyPorts: ports()
    })
    expect(run.code).toBe(1)
    expect(rulesOf(run)).toEqual(expect.arrayContaining(['id-mismatch', 'policy-mismatch']))
  })

  it.each([
    ['workflow_run', EVENT_FIELDS.workflow_run],
    ['deployment_status', EVENT_FIELDS.deployment_status]
  ])('post-release-event.yml verifies on %s', async (event, payload) => {
    const w = load('post-release-event.yml')
    expect(Object.keys(w.on)).toContain(event)
    const { job, step } = onlyActionStep(w)
    expect(job.if).toContain(`github.event_name == '${event}'`)
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const run = await runAction({
      workspace: checkout(`event-${event}`, OLD_POLICY, OLD_ID),
      event,
      payload,
      inputs: inputsOf(step),
      verifyPorts: ports()
    })
    expect(run.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(run.code).toBe(0)
  })
})

describe('scheduled-drift.yml: verification on a schedule with a state kept in the cache', () => {
  it('keeps the state the cache steps save, and finds a policy changed under the same id', async () => {
    const w = load('scheduled-drift.yml')
    expect(Object.keys(w.on)).toContain('schedule')
    const { jobId, step } = onlyActionStep(w)
    const steps = w.jobs[jobId].steps
    const restore = steps.find(s => s.uses?.startsWith('actions/cache/restore@'))
    const save = steps.find(s => s.uses?.startsWith('actions/cache/save@'))
    const state = String(step.with?.state)
    expect([restore?.with?.path, save?.with?.path]).toEqual([state, state])
    expect(steps.indexOf(restore as Step)).toBeLessThan(steps.indexOf(step))
    expect(steps.indexOf(save as Step)).toBeGreaterThan(steps.indexOf(step))
    // Each run saves under a key of its own; the next restores the latest by its prefix.
    expect(String(save?.with?.key)).toContain('${{ github.run_id }}')
    expect(save?.with?.key).toBe(restore?.with?.key)
    expect(String(save?.with?.key).startsWith(String(restore?.with?.['restore-keys']))).toBe(true)
    expect(save?.if).toContain('!cancelled()')

    served = OLD_POLICY
    setRecordId(OLD_ID)
    const ws = checkout('scheduled', OLD_POLICY, OLD_ID)
    const inputs = inputsOf(step)
    const scheduled = { event: 'schedule', payload: EVENT_FIELDS.schedule, inputs }
    try {
      const first = await runAction({ workspace: ws, ...scheduled, verifyPorts: ports() })
      expect(first.code).toBe(0)
      const kept = JSON.parse(readFileSync(path.join(ws, state), 'utf8')) as {
        domains: Record<string, { id: string }>
      }
      expect(kept.domains[DOMAIN].id).toBe(OLD_ID)
      served = NEW_POLICY
      const second = await runAction({ workspace: ws, ...scheduled, verifyPorts: ports() })
      expect(second.code).toBe(1)
      expect(rulesOf(second)).toContain('id-not-changed')
    } finally {
      served = OLD_POLICY
    }
  })
})

describe('sharded.yml: a matrix of shards, then merge', () => {
  it('each domain is verified by exactly one shard, and the merge job decides', async () => {
    const w = load('sharded.yml')
    const { jobId, job, step } = onlyActionStep(w)
    const shards = (job.strategy?.matrix?.shard ?? []).map(String)
    expect(shards.length).toBeGreaterThan(1)
    served = OLD_POLICY
    setRecordId(OLD_ID)
    const ws = checkout('sharded', OLD_POLICY, OLD_ID)
    const others = ['unknown.test', 'absent.test', 'nowhere.test']
    writeTree(ws, {
      [String(step.with?.['domains-file'])]: `# ours\n${[DOMAIN, ...others].join('\n')}\n`
    })
    const reports: string[] = []
    const seen: string[] = []
    for (const shard of shards) {
      const inputs = inputsOf(step, { 'matrix.shard': shard })
      const run = await runAction({
        workspace: ws,
        event: 'schedule',
        payload: EVENT_FIELDS.schedule,
        inputs,
        verifyPorts: ports()
      })
      // fail-on: never: a shard does not fail; the merge job decides.
      expect(run.code).toBe(0)
      const upload = w.jobs[jobId].steps.find(s => s.uses?.startsWith('actions/upload-artifact@'))
      expect(expand(upload?.with?.path, { 'runner.temp': temp, 'matrix.shard': shard })).toBe(
        inputs.report
      )
      const report = JSON.parse(readFileSync(inputs.report, 'utf8')) as {
        domains: { domain: string }[]
      }
      seen.push(...report.domains.map(d => d.domain))
      reports.push(inputs.report)
    }
    expect(seen.sort()).toEqual([DOMAIN, ...others].sort())

    // The merge job: download-artifact puts every shard's report into reports/.
    const merge = w.jobs.merge
    expect(needsOf(merge)).toEqual([jobId])
    expect(merge.if).toContain('!cancelled()')
    const checkoutPath = String(merge.steps[0].with?.path)
    const mergeDir = path.join(tmp, 'merge')
    mkdirSync(path.join(mergeDir, 'reports'), { recursive: true })
    for (const r of reports) copyFileSync(r, path.join(mergeDir, 'reports', path.basename(r)))
    const cliPath = `${checkoutPath}/${(JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['mta-sts-lint']}`
    const commands = merge.steps.filter(s => s.run !== undefined).map(s => String(s.run))
    expect(commands).toHaveLength(2)
    const results: CliRun[] = []
    for (const command of commands) {
      const [node, script, ...args] = command.trim().split(/\s+/)
      expect([node, script]).toEqual(['node', cliPath])
      const expanded = args.flatMap(a =>
        a === 'reports/*.json'
          ? readdirSync(path.join(mergeDir, 'reports')).map(f => `reports/${f}`)
          : [a]
      )
      results.push(await runCli(expanded, { cwd: mergeDir }))
    }
    // The first keeps the joined report (--fail-on never), the second fails on the errors.
    expect(results.map(r => r.code)).toEqual([0, 1])
    const merged = JSON.parse(readFileSync(path.join(mergeDir, 'mta-sts.json'), 'utf8')) as {
      domains: { domain: string }[]
      findings: { rule: string; domain: string }[]
    }
    expect(merged.domains.map(d => d.domain).sort()).toEqual([DOMAIN, ...others].sort())
    expect(merged.findings.filter(f => f.domain === DOMAIN)).toEqual([])
    expect(results[1].stdout).toMatch(/^::error /m)
  })
})
