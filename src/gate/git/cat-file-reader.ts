/**
 * The object reader: one long-lived `git cat-file --batch` process per opened repository, so
 * reading an object (a commit, a tree, a file's contents) costs no process of its own.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { SourceError } from '../ports.js'
import { MAX_BUFFER, gitEnv, gitSays } from './run-git.js'

/** An object as `git cat-file --batch` answers it. */
export interface GitObject {
  oid: string
  type: string
  content: Buffer
}

interface Waiting {
  name: string
  resolve: (o: GitObject | null) => void
  reject: (e: SourceError) => void
  timer: NodeJS.Timeout
  /** Once the header is read: the object's id and type, the header's length and the content's. */
  head?: { oid: string; type: string; at: number; size: number }
}

/** Lets Node exit while the child (or one of its pipes) is still open. */
const unref = (x: { unref?: () => void } | null | undefined): void => x?.unref?.()

/**
 * One long-lived `git cat-file --batch`, started on the first request. Requests go one at a time
 * (`<name>\n`; the answer is `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` and the
 * like, read as null), each bounded by the timeout: a request that runs over kills the process
 * (the next one starts a new process) and throws a SourceError. The process and its pipes are
 * unref'd, so a reader never closed does not keep Node alive (git exits when its stdin closes).
 * A running reader also finds what a later `git fetch` brings (git scans its packs again when
 * an object is missing), so fetching needs no new process.
 */
export class CatFile {
  private child: ChildProcessWithoutNullStreams | undefined
  private chunks: Buffer[] = []
  private buffered = 0
  private stderr = ''
  private waiting: Waiting | undefined
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly cwd: string,
    private readonly timeoutMs: number
  ) {}

  /** The object `name` names (an oid, `<commit>:<path>`, `<rev>^{commit}`); null when missing. */
  read(name: string): Promise<GitObject | null> {
    if (/[\n\r]/.test(name)) {
      return Promise.reject(new SourceError('failed', `cannot ask git for ${JSON.stringify(name)}`))
    }
    const next = this.queue.then(() => this.send(name))
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Starts the process now, ahead of the first request (git's start-up overlaps other work). */
  warm(): void {
    this.child ??= this.start()
  }

  /** Ends the process once the requests under way are answered; a later request starts anew. */
  close(): void {
    this.queue = this.queue.then(() => this.stop())
  }

  private stop(): void {
    const child = this.child
    this.child = undefined
    this.chunks = []
    this.buffered = 0
    if (child !== undefined) child.stdin.end()
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    this.child = child
    this.chunks = []
    this.buffered = 0
    this.stderr = ''
    const mine = (): boolean => this.child === child
    child.stdout.on('data', (chunk: Buffer) => {
      if (!mine()) return
      this.chunks.push(chunk)
      this.buffered += chunk.length
      this.parse()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (mine()) this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4096)
    })
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (!mine()) return
      this.fail(
        e.code === 'ENOENT'
          ? new SourceError('git-missing', 'git is not installed (or not on PATH)')
          : new SourceError('failed', `git cat-file failed: ${e.message}`)
      )
    })
    child.on('close', (code, signal) => {
      if (!mine()) return
      const says = gitSays(this.stderr)
      this.fail(
        new SourceError(
          'failed',
          `git cat-file ended (${signal ?? `exit code ${code ?? '?'}`})${says === '' ? '' : `: ${says}`}`
        )
      )
    })
    child.stdin.on('error', () => undefined)
    child.stdout.on('error', () => undefined)
    child.stderr.on('error', () => undefined)
    unref(child)
    unref(child.stdin as { unref?: () => void })
    unref(child.stdout as { unref?: () => void })
    unref(child.stderr as { unref?: () => void })
    return child
  }

  private send(name: string): Promise<GitObject | null> {
    return new Promise((resolve, reject) => {
      const child = this.child ?? this.start()
      const timer = setTimeout(() => {
        this.fail(
          new SourceError(
            'timeout',
            `git cat-file did not answer within ${this.timeoutMs / 1000} s (reading ${name})`
          )
        )
      }, this.timeoutMs)
      this.waiting = { name, resolve, reject, timer }
      child.stdin.write(`${name}\n`)
    })
  }

  /** Kills the process and rejects the request under way. */
  private fail(e: SourceError): void {
    const child = this.child
    this.child = undefined
    this.chunks = []
    this.buffered = 0
    child?.kill('SIGKILL')
    const w = this.waiting
    this.waiting = undefined
    if (w !== undefined) {
      clearTimeout(w.timer)
      w.reject(e)
    }
  }

  private settle(o: GitObject | null, used: number): void {
    const rest = this.joined().subarray(used)
    this.chunks = rest.length === 0 ? [] : [rest]
    this.buffered = rest.length
    const w = this.waiting as Waiting
    this.waiting = undefined
    clearTimeout(w.timer)
    w.resolve(o)
  }

  /** The buffered output as one buffer. */
  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)]
    return this.chunks[0]
  }

  /** Takes the answer to the request under way off the buffered output, once it is all there. */
  private parse(): void {
    const w = this.waiting
    if (w === undefined) return
    if (w.head === undefined) {
      const all = this.joined()
      const eol = all.indexOf(0x0a)
      if (eol === -1) return
      const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(all.toString('utf8', 0, eol))
      if (m === null) {
        // "<name> missing", "<name> ambiguous": no content follows.
        this.settle(null, eol + 1)
        return
      }
      const size = Number(m[3])
      if (size > MAX_BUFFER) {
        this.fail(new SourceError('failed', `${w.name} is too large to read (${size} bytes)`))
        return
      }
      w.head = { oid: m[1], type: m[2], at: eol + 1, size }
    }
    const { oid, type, at, size } = w.head
    if (this.buffered < at + size + 1) return
    const all = this.joined()
    this.settle({ oid, type, content: all.subarray(at, at + size) }, at + size + 1)
  }
}
