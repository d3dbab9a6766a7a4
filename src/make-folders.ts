/**
 * `mkdir -p` for the files a run writes (reports, SARIF, the drift state), one level at a time.
 *
 * Not `mkdir(dir, { recursive: true })`: under /proc (e.g. `--output /proc/1/x/report.json`) Node
 * 20's recursive mkdir loops for ever, the sync form too, so a mistyped path hung the run. Made
 * level by level from the deepest folder that exists, each mkdir fails at once with the reason.
 */
import type { Stats } from 'node:fs'
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'

const codeOf = (e: unknown): string | undefined => (e as { code?: string } | undefined)?.code

/** What is at `at`: its stat, or undefined when nothing is (any other failure is thrown). */
const statOrNothing = async (at: string): Promise<Stats | undefined> => {
  try {
    return await stat(at)
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return undefined
    throw e
  }
}

/** Creates `dir` and its missing parents; throws the first failure (ENOTDIR, EACCES, ...). */
export const makeFolders = async (dir: string): Promise<void> => {
  const missing: string[] = []
  for (let at = path.resolve(dir); ;) {
    const found = await statOrNothing(at)
    if (found !== undefined) {
      if (found.isDirectory()) break
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR' })
    }
    missing.push(at)
    const parent = path.dirname(at)
    if (parent === at) break // the root itself is missing: mkdir below says why
    at = parent
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder)
    } catch (e) {
      // Made meanwhile by someone else (another shard writing beside this one): fine if a folder.
      if (codeOf(e) !== 'EEXIST' || (await statOrNothing(folder))?.isDirectory() !== true) throw e
    }
  }
}
