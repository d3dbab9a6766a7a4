/**
 * The drift state on disk (`--state FILE`, the action's `state` input): pure JSON, versioned,
 * read before verification and written after it, atomically (a temporary file in the same
 * folder, then a rename). A file that is not ours, or that this version cannot read, fails the
 * run with one line and is never overwritten.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { CheckError } from '../check-error.js'
import { makeFolders } from '../make-folders.js'
import { emptyState, STATE_TOOL, STATE_VERSION, type DriftState } from './drift.js'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const OPTIONAL_STRINGS = [
  'id',
  'idFirstSeen',
  'policyDigest',
  'policyFirstSeen',
  'notAfter',
  'notAfterFirstSeen'
] as const

/** Why a domain's entry is not one this version wrote, or undefined when it is. */
const entryProblem = (e: unknown): string | undefined => {
  if (!isObject(e)) return 'is not an object'
  for (const k of OPTIONAL_STRINGS) {
    if (e[k] !== undefined && typeof e[k] !== 'string') return `${k} is not a string`
  }
  if (e.policy !== undefined && (!isObject(e.policy) || !Array.isArray(e.policy.mx))) {
    return 'policy is not a policy'
  }
  if (!Array.isArray(e.digestsUnderId) || !e.digestsUnderId.every(d => typeof d === 'string')) {
    return 'digestsUnderId is not a list of strings'
  }
  if (
    !Array.isArray(e.history) ||
    !e.history.every(
      h =>
        isObject(h) &&
        typeof h.id === 'string' &&
        typeof h.policy === 'string' &&
        typeof h.firstSeen === 'string'
    )
  ) {
    return 'history is not a list of { id, policy, firstSeen }'
  }
  return undefined
}

/** The state a file holds, or why it is not one (the message names no file). */
export const parseState = (text: string): DriftState => {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`, { cause: e })
  }
  if (!isObject(data) || data.tool !== STATE_TOOL) {
    throw new Error(`not an ${STATE_TOOL} state file (no "tool": "${STATE_TOOL}")`)
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    throw new Error(`its version ${JSON.stringify(data.version)} is not a version number`)
  }
  if (data.version > STATE_VERSION) {
    throw new Error(
      `its version ${data.version} is newer than this ${STATE_TOOL} reads (${STATE_VERSION}); upgrade ${STATE_TOOL} or give another file`
    )
  }
  if (!isObject(data.domains)) throw new Error('it has no "domains" object')
  for (const [domain, entry] of Object.entries(data.domains)) {
    const problem = entryProblem(entry)
    if (problem !== undefined) throw new Error(`its entry for ${domain}: ${problem}`)
  }
  return data as unknown as DriftState
}

/** The state kept in `file`; an empty one when there is no file yet (the first run). */
export const readStateFile = async (file: string): Promise<DriftState> => {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyState()
    throw new CheckError(`state file ${file}: cannot be read (${(e as Error).message})`)
  }
  try {
    return parseState(text)
  } catch (e) {
    throw new CheckError(
      `state file ${file}: ${(e as Error).message}; it was left as it is (give another --state file, or remove this one to start afresh)`
    )
  }
}

/** Writes the state: a temporary file beside `file`, then renamed over it (its folder made). */
export const writeStateFile = async (file: string, state: DriftState): Promise<void> => {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await makeFolders(dir)
    await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`)
    await rename(temp, file)
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw new CheckError(`state file ${file}: cannot be written (${(e as Error).message})`)
  }
}
