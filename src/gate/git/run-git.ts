/**
 * Running the `git` binary: one command at a time (no shell, bounded in time, messages in
 * English), its environment, and how its failures become SourceErrors and messages.
 */
import { execFile } from 'node:child_process'
import { SourceError } from '../ports.js'

/** The most output one git command (or one object) may give, in bytes. */
export const MAX_BUFFER = 256 * 1024 * 1024

/** A finished git command: its exit code and output. */
export interface Run {
  code: number
  stdout: Buffer
  stderr: string
}

/** A commit id shortened for messages. */
export const short = (sha: string): string => sha.slice(0, 7)

/** The last meaningful line of git's stderr, for a message. */
export const gitSays = (stderr: string): string => {
  const lines = stderr
    .split('\n')
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('hint:'))
  const last = lines.find(l => /^(fatal|error):/.test(l)) ?? lines[lines.length - 1] ?? ''
  return last.replace(/^(fatal|error): /, '')
}

// Messages in English whatever the locale; never wait for a password prompt.
export const gitEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  LC_ALL: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GCM_INTERACTIVE: 'never'
})

/** Runs git in `cwd`; resolves with the exit code, rejects only with a SourceError. */
export const git = (
  cwd: string,
  args: readonly string[],
  timeoutMs: number,
  input?: string
): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_BUFFER,
        windowsHide: true,
        env: gitEnv()
      },
      (err, stdout, stderr) => {
        const errText = stderr.toString('utf8')
        if (err === null) {
          resolve({ code: 0, stdout, stderr: errText })
          return
        }
        const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: unknown }
        const what = `git ${args[0] ?? ''}`
        if (e.code === 'ENOENT') {
          reject(new SourceError('git-missing', 'git is not installed (or not on PATH)'))
        } else if (e.killed === true) {
          reject(new SourceError('timeout', `${what} did not finish within ${timeoutMs / 1000} s`))
        } else if (typeof e.code === 'number') {
          resolve({ code: e.code, stdout, stderr: errText })
        } else {
          reject(new SourceError('failed', `${what} failed: ${e.message}`))
        }
      }
    )
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(input ?? '')
  })

/** Any failure as a SourceError (a SourceError as it is; anything else as 'failed'). */
export const asSourceError = (e: unknown): SourceError =>
  e instanceof SourceError ? e : new SourceError('failed', (e as Error).message)
