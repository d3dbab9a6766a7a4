/**
 * The two views of the repository the pipeline reads: the working tree (the head), and a commit
 * (the base) through the gate's base source, which takes files the working tree holds unchanged
 * from the head's earlier reads instead of reading them again.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { BaseFileSource } from '../gate/ports.js'
import { listFiles } from './hosting.js'
import { MAX_SOURCE_BYTES, type FileView } from './model.js'

/** The working tree as a FileView, keeping what it read for the base's view of unchanged files. */
export interface WorkingTree extends FileView {
  /** The bytes an earlier read returned (null: not a readable file); undefined when not read. */
  readBefore(rel: string): Uint8Array | null | undefined
}

export const workingTree = (root: string): WorkingTree => {
  const seen = new Map<string, Uint8Array | null>()
  return {
    list: () => Promise.resolve(listFiles(root).files),
    // Synchronous reads: a repository's files are read one after another, and each asynchronous
    // read would cost four thread-pool round trips (open, stat, read, close).
    read: rel => {
      let bytes: Uint8Array | null = null
      try {
        const abs = path.join(root, rel)
        const s = statSync(abs)
        if (s.isFile() && s.size <= MAX_SOURCE_BYTES * 64) bytes = readFileSync(abs)
      } catch {
        // missing or unreadable: null
      }
      seen.set(rel, bytes)
      return Promise.resolve(bytes)
    },
    readBefore: rel => seen.get(rel)
  }
}

/** The base commit as the gate's source gives it; `list` is optional (the REST API has one). */
export type BaseSource = BaseFileSource & { list?: () => Promise<readonly string[]> }

/**
 * A commit as a FileView, through the gate's base source (its list, else the head's paths). A
 * file the source knows the working tree holds unchanged comes from the head's earlier read.
 */
export const commitView = (
  source: BaseSource,
  fallback: readonly string[],
  tree: WorkingTree
): FileView => ({
  list: async () => (source.list === undefined ? fallback : source.list()),
  read: async rel => {
    const before = source.sameAsWorktree?.(rel) === true ? tree.readBefore(rel) : undefined
    return before ?? source.read(rel)
  }
})
