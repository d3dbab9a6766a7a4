/**
 * GitHub Pages: the steps of a workflow read with the yaml package (positions, refs, version
 * comments, inputs), the version an action ref stands for, and CNAME files.
 */
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import {
  actionMajor,
  cnameDomain,
  isWorkflow,
  mayRunPages,
  pagesSteps,
  uploadPagesArtifactMajor,
  uploadPagesArtifactRelease,
  workflowSteps,
  type WorkflowStep
} from '../../src/site/github-pages.js'

/** A step as [action, ref, line, column, comment]. */
const brief = (s: WorkflowStep): unknown[] => [s.action, s.ref, s.line, s.column, s.comment]
/** A step's inputs as name: value@line:column. */
const inputs = (s: WorkflowStep): string[] =>
  [...s.inputs].map(([k, v]) => `${k}: ${v.value}@${v.line}:${v.column}`)
/** The steps of a workflow whose `steps:` list is `lines`, indented below one job. */
const steps = (...lines: string[]): WorkflowStep[] =>
  workflowSteps(
    yaml,
    ['jobs:', '  deploy:', '    steps:', ...lines.map(l => `      ${l}`)].join('\n')
  )

describe('workflowSteps', () => {
  it('finds uses, its position, ref, version comment and with inputs', () => {
    const wf = [
      'name: Pages', //                                                          1
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest', //                                          5
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Upload',
      '        uses: "actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa" # v3.0.1',
      '        with:', //                                                        10
      '          # the site',
      "          path: 'site' # built above",
      '          include-hidden-files: true',
      '        env:',
      '          X: y', //                                                       15
      '      - uses: actions/deploy-pages@v4',
      '        with: { token: abc, timeout: "600" }'
    ].join('\n')
    const steps = workflowSteps(yaml, wf)
    expect(steps.map(s => [s.action, s.ref, s.line, s.column, s.comment])).toEqual([
      ['actions/checkout', 'v4', 7, 15, undefined],
      [
        'actions/upload-pages-artifact',
        '56afc609e74202658d3ffba0e8f6dda462b719fa',
        9,
        16,
        'v3.0.1'
      ],
      ['actions/deploy-pages', 'v4', 16, 15, undefined]
    ])
    expect([...steps[1].inputs]).toEqual([
      ['path', { value: 'site', line: 12, column: 11 }],
      ['include-hidden-files', { value: 'true', line: 13, column: 11 }]
    ])
    expect([...steps[2].inputs].map(([k, v]) => [k, v.value, v.line])).toEqual([
      ['token', 'abc', 17],
      ['timeout', '600', 17]
    ])
  })

  it('reads steps listed at the indentation of steps:, and CRLF files', () => {
    const wf = [
      'jobs:',
      '  build:',
      '    steps:',
      '    - name: up',
      '      uses: actions/upload-pages-artifact@v4',
      '      with:',
      '        path: dist',
      '    - uses: actions/upload-pages-artifact@v4',
      '    - run: echo',
      '      with:',
      '        include-hidden-files: true'
    ].join('\r\n')
    const steps = workflowSteps(yaml, wf)
    expect(steps.map(s => [s.line, s.column, [...s.inputs.keys()]])).toEqual([
      [5, 13, ['path']],
      [8, 13, []]
    ])
  })
})

describe('workflowSteps: YAML a line-based reading got wrong', () => {
  it('reads a step written as one flow mapping, and flow inputs at their keys', () => {
    const s = steps(
      '- { name: up, uses: actions/upload-pages-artifact@v4, with: { path: site, "include-hidden-files": true } }'
    )
    expect(s.map(brief)).toEqual([['actions/upload-pages-artifact', 'v4', 4, 27, undefined]])
    expect(inputs(s[0])).toEqual(['path: site@4:69', 'include-hidden-files: true@4:82'])
  })

  it('reads quoted keys (pointing at the name inside the quotes), and input names in any case', () => {
    const s = steps(
      '- "uses": actions/upload-pages-artifact@v4',
      "  'with':",
      '    "Include-Hidden-Files": "true"'
    )
    expect(s.map(brief)).toEqual([['actions/upload-pages-artifact', 'v4', 4, 17, undefined]])
    expect(inputs(s[0])).toEqual(['include-hidden-files: true@6:12'])
  })

  it('reads block scalars: the action below the header, the value trimmed', () => {
    const s = steps(
      '- uses: >-',
      '    actions/upload-pages-artifact@v4',
      '  with:',
      '    include-hidden-files: |',
      '      true',
      '    path: >',
      '      site'
    )
    expect(s.map(brief)).toEqual([['actions/upload-pages-artifact', 'v4', 5, 11, undefined]])
    expect(inputs(s[0])).toEqual(['include-hidden-files: true@7:11', 'path: site@9:11'])
  })

  it('does not take text in a run: script for a step', () => {
    const s = steps(
      '- run: |',
      '    cat <<EOF',
      '    - uses: actions/upload-pages-artifact@v4',
      '    EOF',
      '- uses: actions/checkout@v4'
    )
    expect(s.map(s => s.action)).toEqual(['actions/checkout'])
  })

  it('follows anchors and aliases, listing a shared step once, where it is written', () => {
    const wf = [
      'x-upload: &upload', //                                                     1
      '  uses: actions/upload-pages-artifact@v4',
      '  with: &inputs { path: site }',
      'jobs:',
      '  a:', //                                                                 5
      '    steps:',
      '      - *upload',
      '      - uses: actions/deploy-pages@v4',
      '        with: *inputs',
      '  b:', //                                                                10
      '    steps:',
      '      - *upload'
    ].join('\n')
    const s = workflowSteps(yaml, wf)
    expect(s.map(brief)).toEqual([
      ['actions/upload-pages-artifact', 'v4', 2, 9, undefined],
      ['actions/deploy-pages', 'v4', 8, 15, undefined]
    ])
    expect(inputs(s[1])).toEqual(['path: site@3:19'])
  })

  it('keeps comments out of values, and a quote inside a quoted value', () => {
    const s = steps(
      '- uses: actions/upload-pages-artifact@v4   #   pinned later  ',
      '  with:',
      "    path: 'it''s # here' # the site",
      '    # include-hidden-files: true',
      '    retention-days: 1 # one day'
    )
    expect(s.map(brief)).toEqual([['actions/upload-pages-artifact', 'v4', 4, 15, 'pinned later']])
    expect(inputs(s[0])).toEqual(["path: it's # here@6:11", 'retention-days: 1@8:11'])
  })

  it('reads the version comment of a commit pin', () => {
    const sha = '56afc609e74202658d3ffba0e8f6dda462b719fa'
    const s = steps(`- uses: actions/upload-pages-artifact@${sha} # v4`)
    expect(s.map(brief)).toEqual([['actions/upload-pages-artifact', sha, 4, 15, 'v4']])
    expect(actionMajor(s[0].ref, s[0].comment)).toBe(4)
    // A comment on the next line is not the version of this pin.
    const next = steps(`- uses: actions/upload-pages-artifact@${sha}`, '  # v3')
    expect(next[0].comment).toBeUndefined()
  })

  it('reads the first document only', () => {
    const wf = [
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '---',
      'jobs:',
      '  b:',
      '    steps:',
      '      - uses: actions/upload-pages-artifact@v4'
    ].join('\n')
    expect(workflowSteps(yaml, wf).map(s => s.action)).toEqual(['actions/checkout'])
  })

  it.each([
    [
      'a tab for indentation',
      'jobs:\n  a:\n    steps:\n\t- uses: actions/upload-pages-artifact@v4\n'
    ],
    ['an unclosed flow list', 'jobs:\n  a:\n    steps: [\n      - uses: x@v4\n'],
    ['a bad indentation', 'jobs:\n  a:\n    steps:\n      - uses: x@v4\n     with: {}\n'],
    ['an alias to nothing', 'jobs:\n  a:\n    steps:\n      - *nothing\n'],
    ['no mapping', '- just\n- a list\n'],
    ['nothing', ''],
    ['a stray NUL', 'jobs:\u0000\n']
  ])('finds no step, without throwing, in %s', (_, text) => {
    expect(workflowSteps(yaml, text)).toEqual([])
  })

  it('finds steps that run an action only, in the jobs of the workflow', () => {
    const s = workflowSteps(
      yaml,
      [
        'on: { workflow_call: { uses: actions/upload-pages-artifact@v4 } }',
        'jobs:',
        '  call:',
        '    uses: org/repo/.github/workflows/pages.yml@v1',
        '  build:',
        '    steps:',
        '      - run: echo',
        '      - uses: ""',
        '      - uses: [a, b]',
        '      - uses: ./local-action'
      ].join('\n')
    )
    expect(s.map(brief)).toEqual([['./local-action', '', 10, 15, undefined]])
  })
})

describe('pagesSteps', () => {
  it('keeps the Pages actions, named in any case, with the workflow file', () => {
    const wf = steps(
      '- uses: actions/checkout@v4',
      '- uses: Actions/Upload-Pages-Artifact@v3',
      '- uses: actions/deploy-pages@v4',
      '- uses: actions/jekyll-build-pages@v1'
    )
    expect(wf).toHaveLength(4)
    const text = [
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: Actions/Upload-Pages-Artifact@v3'
    ].join('\n')
    expect(pagesSteps(yaml, '.github/workflows/p.yml', text)).toMatchObject([
      { action: 'actions/upload-pages-artifact', ref: 'v3', file: '.github/workflows/p.yml' }
    ])
  })

  it.each([
    ['.github/workflows/pages.yml', true],
    ['.github/workflows/pages.yaml', true],
    ['.github/workflows/sub/pages.yml', false],
    ['docs/.github/workflows/pages.yml', false],
    ['.github/workflows/pages.json', false]
  ])('isWorkflow(%j) is %s', (file, want) => {
    expect(isWorkflow(file)).toBe(want)
  })

  it('parses only a workflow that names a Pages action', () => {
    expect(mayRunPages('steps:\n  - uses: actions/Deploy-Pages@v4\n')).toBe(true)
    expect(mayRunPages('steps:\n  - uses: actions/checkout@v4\n')).toBe(false)
  })
})

describe('actionMajor', () => {
  it.each([
    ['v4', undefined, 4],
    ['v3.0.1', undefined, 3],
    ['V5', undefined, 5],
    ['4', undefined, 4],
    ['main', undefined, undefined],
    ['56afc609e74202658d3ffba0e8f6dda462b719fa', undefined, undefined],
    ['56afc609e74202658d3ffba0e8f6dda462b719fa', 'v3.0.1', 3],
    ['56afc609e74202658d3ffba0e8f6dda462b719fa', 'tag=v4', 4],
    ['56afc609e74202658d3ffba0e8f6dda462b719fa', 'pin@v3', 3],
    ['56afc609e74202658d3ffba0e8f6dda462b719fa', '4.0.0', 4],
    ['56afc609e74202658d3ffba0e8f6dda462b719fa', 'pinned by ops', undefined],
    ['main', 'v3', undefined]
  ])('%s # %s is %s', (ref, comment, major) => {
    expect(actionMajor(ref, comment)).toBe(major)
  })
})

describe('uploadPagesArtifactMajor', () => {
  const V3 = '56afc609e74202658d3ffba0e8f6dda462b719fa'
  const V4 = '7b1f4a764d45c48632c6b24a0339c27f5614fb0b'
  const V5 = 'fc324d3547104276b827a68afc52ff2a11cc49c9'
  it.each([
    // Release commits are known by their hash, whatever the comment says.
    [V3, undefined, 3, 'v3.0.1'],
    [V3, 'v4', 3, 'v3.0.1'],
    [V4, undefined, 4, 'v4.0.0'],
    [V4.toUpperCase(), undefined, 4, 'v4.0.0'],
    [V4.slice(0, 7), undefined, 4, 'v4.0.0'],
    [V5, undefined, 5, 'v5.0.0'],
    ['84bb4cd4b733d5c320c9c9cfbc354937524f4d64', undefined, 1, 'v1.0.10'],
    // Other refs are read as actionMajor reads them.
    [V4.slice(0, 6), undefined, undefined, undefined],
    ['0123456789abcdef0123456789abcdef01234567', undefined, undefined, undefined],
    ['0123456789abcdef0123456789abcdef01234567', 'v5.0.0', 5, undefined],
    ['v4', undefined, 4, undefined],
    ['main', undefined, undefined, undefined]
  ])('%s # %s is %s (%s)', (ref, comment, major, release) => {
    expect(uploadPagesArtifactMajor(ref, comment)).toBe(major)
    expect(uploadPagesArtifactRelease(ref)).toBe(release)
  })
})

describe('cnameDomain', () => {
  it.each([
    ['mta-sts.example.com', 'example.com'],
    ['MTA-STS.Example.COM.\n', 'example.com'],
    ['mta-sts.example.com\r\nignored', 'example.com'],
    ['www.example.com', undefined],
    ['', undefined]
  ])('cnameDomain(%j) is %s', (text, want) => {
    expect(cnameDomain(text)).toBe(want)
  })
})
