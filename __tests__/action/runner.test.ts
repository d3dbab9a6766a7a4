import { describe, expect, it } from '@jest/globals'
import { EOL } from 'node:os'
import {
  command,
  createRunner,
  escapeData,
  escapeProperty,
  getInput,
  outputEntry,
  type RunnerIo
} from '../../src/action/runner.js'

/** A runner writing into arrays instead of the process, to read back what it wrote. */
const recording = (env: NodeJS.ProcessEnv = {}) => {
  const lines: string[] = []
  const files = new Map<string, string>()
  let failed = false
  const io: RunnerIo = {
    env,
    stdout: l => lines.push(l),
    append: (f, t) => files.set(f, (files.get(f) ?? '') + t),
    fail: () => {
      failed = true
    }
  }
  return { runner: createRunner(io), lines, files, failed: () => failed }
}

describe('the runner contract', () => {
  it('reads inputs as the runner sets them: INPUT_ + upper case, hyphens kept, trimmed', () => {
    const env = { 'INPUT_FAIL-ON': ' warning \n', INPUT_ROOT: 'site', INPUT_MY_INPUT: 'x' }
    expect(getInput('fail-on', env)).toBe('warning')
    expect(getInput('root', env)).toBe('site')
    expect(getInput('my input', env)).toBe('x')
    expect(getInput('sarif', env)).toBe('')
  })

  it('escapes data and properties so no text can end a command or forge another', () => {
    expect(escapeData('50% done\r\n::error::forged')).toBe('50%25 done%0D%0A::error::forged')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('writes annotations with title, file, line and column in the runner’s names', () => {
    expect(
      command('error', { title: 'policy-mode', file: 'a,b.txt', line: 3, col: 7 }, 'bad\nmode')
    ).toBe('::error title=policy-mode,file=a%2Cb.txt,line=3,col=7::bad%0Amode')
    expect(command('notice', {}, 'plain')).toBe('::notice::plain')
    expect(command('warning', { file: undefined, line: 2 }, 'x')).toBe('::warning line=2::x')

    const { runner, lines } = recording()
    runner.annotate('warning', 'w', { title: 'r', file: 'f', startLine: 1, startColumn: 2 })
    runner.annotate('notice', 'n')
    expect(lines).toEqual(['::warning title=r,file=f,line=1,col=2::w', '::notice::n'])
  })

  it('appends outputs to GITHUB_OUTPUT under a fresh delimiter each, values kept whole', () => {
    const { runner, files, lines } = recording({ GITHUB_OUTPUT: '/out' })
    runner.setOutput('errors', 2)
    runner.setOutput('report', 'line 1\nline 2')
    const text = files.get('/out') ?? ''
    const entries = [...text.matchAll(/^(\S+)<<(\S+)\r?\n([\s\S]*?)\r?\n\2\r?\n/gm)]
    expect(entries.map(m => [m[1], m[3]])).toEqual([
      ['errors', '2'],
      ['report', 'line 1\nline 2']
    ])
    expect(entries[0][2]).not.toBe(entries[1][2])
    expect(entries[0][2]).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/)
    expect(lines).toEqual([])
  })

  it('refuses an output value holding its delimiter rather than writing a forged output', () => {
    expect(() => outputEntry('x', 'a\nD\nevil<<D', 'D')).toThrow(/delimiter/)
    expect(outputEntry('x', 'v', 'D')).toBe(`x<<D${EOL}v${EOL}D${EOL}`)
  })

  it('falls back to the set-output command when the runner gives no output file', () => {
    const { runner, lines } = recording({})
    runner.setOutput('changed', 'true')
    expect(lines).toEqual(['', '::set-output name=changed::true'])
  })

  it('appends the job summary only when the runner gives a summary file', () => {
    const withFile = recording({ GITHUB_STEP_SUMMARY: '/sum' })
    expect(withFile.runner.appendSummary(() => '## a\n')).toBe(true)
    expect(withFile.runner.appendSummary(() => 'b\n')).toBe(true)
    expect(withFile.files.get('/sum')).toBe('## a\nb\n')
    const without = recording({ GITHUB_STEP_SUMMARY: '' })
    let rendered = false
    expect(
      without.runner.appendSummary(() => {
        rendered = true
        return 'x'
      })
    ).toBe(false)
    expect(without.files.size).toBe(0)
    expect(rendered).toBe(false)
  })

  it('fails the step with an error annotation', () => {
    const { runner, lines, failed } = recording()
    expect(failed()).toBe(false)
    runner.setFailed('2 findings\nat or above error')
    expect(failed()).toBe(true)
    expect(lines).toEqual(['::error::2 findings%0Aat or above error'])
  })
})
