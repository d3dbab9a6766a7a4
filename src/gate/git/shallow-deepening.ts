/**
 * Deepening a shallow clone for file histories: step by step (one `git fetch --deepen=N` a
 * step, a bounded number of steps), and only when a file's history is cut short. Logs may run
 * side by side; a deepening fetch runs alone.
 */
import type { Repo } from './repository.js'
import { asSourceError, git, gitSays } from './run-git.js'

/** Whether the clone was deepened; when not, why, in words fit for a message. */
export type Deepened = { ok: true } | { ok: false; reason: string }

/**
 * The deepening of one repository's clone towards commit `sha`. A deepening fetch runs alone,
 * since it rewrites the shallow file the logs are judged against: it waits for the logs under
 * way, and logs started meanwhile wait for it.
 */
export class ShallowDeepening {
  /** How many steps have run (all of them once a fetch failed). */
  private step = 0
  /** Logs under way. */
  private readonly logs = new Set<Promise<unknown>>()
  /** The chain of deepening fetches (each waits for the logs before it). */
  private deepening: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly repo: Repo,
    private readonly sha: string,
    /** Each number is one `git fetch --deepen=N`. */
    private readonly steps: readonly number[]
  ) {}

  /** How many steps have run so far: what a log that starts now runs at. */
  get stepsTaken(): number {
    return this.step
  }

  /** Runs a log, after any deepening under way, side by side with other logs. */
  async shared<T>(task: () => Promise<T>): Promise<T> {
    await this.deepening
    const p = task()
    this.logs.add(p)
    try {
      return await p
    } finally {
      this.logs.delete(p)
    }
  }

  /** Deepens once past `seen` (the step the caller's log ran at); false when it cannot. */
  deepenPast(seen: number): Promise<Deepened> {
    return this.alone(async () => {
      // Another call deepened since that log ran: its log only needs running again.
      if (this.step > seen) return { ok: true }
      if (this.step >= this.steps.length) return { ok: false, reason: this.exhausted() }
      return this.fetchDeeper()
    })
  }

  /** Runs `task` once the logs under way are done, with no log or other deepening beside it. */
  private alone<T>(task: () => Promise<T>): Promise<T> {
    const p = this.deepening.then(async () => {
      await Promise.allSettled([...this.logs])
      return task()
    })
    this.deepening = p.catch(() => undefined)
    return p
  }

  /** Why the clone will not be deepened further, every step having run. */
  private exhausted(): string {
    const total = this.steps.reduce((a, b) => a + b, 0)
    return this.steps.length === 0
      ? 'the clone is shallow'
      : `the clone is shallow, and ${total} more commits did not reach the file's first commit`
  }

  /** The next step's fetch; a failure ends the deepening for good. */
  private async fetchDeeper(): Promise<Deepened> {
    const { repo } = this
    const f = await git(
      repo.cwd,
      [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        '--quiet',
        `--deepen=${this.steps[this.step]}`,
        repo.remote,
        this.sha
      ],
      repo.fetchTimeoutMs
    ).catch((e: unknown) => ({
      code: -1,
      stdout: Buffer.alloc(0),
      stderr: asSourceError(e).message
    }))
    if (f.code !== 0) {
      this.step = this.steps.length
      return {
        ok: false,
        reason: `the clone is shallow and could not be deepened (${gitSays(f.stderr)})`
      }
    }
    this.step++
    return { ok: true }
  }
}
