/** What the CLI needs from the outside world, passed in so tests can run it in-process. */
import type { VerifySettings } from '../check/verify-stage.js'
import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { makeFolders } from '../make-folders.js'

export interface CliIO {
  readFile(path: string): Promise<Uint8Array>
  isDirectory(path: string): Promise<boolean>
  /** Whether anything (a file, a folder) is at the path. */
  exists(path: string): Promise<boolean>
  readStdin(): Promise<Uint8Array>
  /** Writes a file, creating the folders on its path that are missing. */
  writeFile(path: string, data: string): Promise<void>
  stdout(s: string): void
  stderr(s: string): void
  env: Readonly<Record<string, string | undefined>>
  stdoutIsTTY: boolean
  /** Standard error is a terminal: verification draws its progress there. */
  stderrIsTTY?: boolean
  cwd: string
  /** What verification goes through (tests: loopback servers); default: real DNS and HTTPS. */
  verifyPorts?: VerifySettings['ports']
}

/** Files bigger than this are not policies; reading them whole would only cost time. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

const readStream = async (stream: NodeJS.ReadableStream): Promise<Uint8Array> => {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    total += b.length
    if (total > MAX_INPUT_BYTES) throw new Error(`input is over ${MAX_INPUT_BYTES} bytes`)
    chunks.push(b)
  }
  return Buffer.concat(chunks)
}

export const nodeIO = (): CliIO => ({
  readFile: async file => {
    const s = await stat(file)
    if (s.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    if (s.size > MAX_INPUT_BYTES) throw new Error(`${s.size} bytes is too large to be a policy`)
    return readFile(file)
  },
  isDirectory: async file => (await stat(file)).isDirectory(),
  exists: async file => {
    try {
      await stat(file)
      return true
    } catch {
      return false
    }
  },
  readStdin: () => readStream(process.stdin),
  writeFile: async (file, data) => {
    await makeFolders(path.dirname(file))
    await writeFile(file, data)
  },
  stdout: s => void process.stdout.write(s),
  stderr: s => void process.stderr.write(s),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd()
})
