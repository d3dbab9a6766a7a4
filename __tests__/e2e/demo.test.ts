/**
 * The example repository lints as its README says: the findings table in
 * examples/demo/README.md is exactly what `check --root examples/demo` reports, in order.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT } from './helpers.js'
import { runCli, type JsonReport } from '../fixtures/layouts/cli.js'

const README = path.join(PROJECT, 'examples', 'demo', 'README.md')

/** The rows between the findings markers: file, line, severity, rule. */
const documented = (): string[][] => {
  const text = readFileSync(README, 'utf8')
  const start = text.indexOf('<!-- findings:start -->')
  const end = text.indexOf('<!-- findings:end -->')
  expect(start).toBeGreaterThan(0)
  expect(end).toBeGreaterThan(start)
  return text
    .slice(start, end)
    .split('\n')
    .filter(l => l.startsWith('|') && !/^\|\s*(file|-)/.test(l))
    .map(l =>
      l
        .split('|')
        .slice(1, -1)
        .map(c => c.trim().replace(/^`|`$/g, ''))
    )
}

describe('examples/demo', () => {
  it('reports exactly the findings its README lists, and exits 1 at the default fail-on', async () => {
    const r = await runCli(['check', '--root', 'examples/demo', '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as JsonReport
    const found = report.findings.map(f => [
      f.file ?? '',
      f.line === null ? '' : String(f.line),
      f.severity,
      f.rule
    ])
    expect(found).toEqual(documented())
  })

  it('the quick start, npm start, exits 0', async () => {
    const r = await runCli(['check', '--root', 'examples/demo', '--fail-on', 'never'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/✖ 11 problems \(8 errors, 1 warning, 2 notices\)/)
  })
})
