/**
 * The gate's view of the outside world: file contents at the base commit and the history of a
 * file. Adapters: git (fetching the base on a shallow clone), the REST API (fallback).
 */

export interface BaseFileSource {
  /** A short description for messages, e.g. "git (fetched abc1234)" or "REST API". */
  readonly name: string
  /** The file's bytes at the base commit; null when it did not exist there. Throws when unreachable. */
  read(path: string): Promise<Uint8Array | null>
  /**
   * Every file path at the base commit, relative to the root, with `/` (to run discovery at the
   * base and so find renamed or deleted policies). Optional: an adapter may not list. Throws
   * a SourceError when it cannot.
   */
  list?(): Promise<string[]>
  /**
   * True when the working tree holds this file exactly as the base does, so a caller that read
   * it there already need not read it again. Optional, and only ever true when known for sure.
   */
  sameAsWorktree?(path: string): boolean
}

export interface FileVersion {
  commit: string
  /** Committer date of the commit that produced this version. */
  date: Date
  /** The file's bytes in that commit; null when the commit deleted it. */
  content: Uint8Array | null
  /** The file's path in that commit, relative to the root, when it differs (a rename). */
  path?: string
}

export interface HistorySource {
  /**
   * Versions of a file, newest first, starting at the base commit, at most `limit` of them.
   * `complete` is false when history was cut short (shallow clone that could not deepen, limit);
   * `reason` then says why, in words fit for a message. Throws a SourceError when the history
   * cannot be read at all.
   */
  versions(
    path: string,
    limit: number
  ): Promise<{ versions: FileVersion[]; complete: boolean; reason?: string }>
}

/** What went wrong reaching the base; the caller turns it into a notice and skips the gate. */
export type SourceErrorCode =
  /** `git` is not installed or not on PATH. */
  | 'git-missing'
  /** The root is not inside a git work tree. */
  | 'not-a-repository'
  /** The base commit is neither local nor on the remote (a force-push can drop it). */
  | 'unreachable'
  /** A command or request ran over its time bound. */
  | 'timeout'
  /** The REST API refused the token (401/403). */
  | 'auth'
  /** Anything else; the message says what. */
  | 'failed'

export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'SourceError'
  }
}

/** A result that never throws: adapters return their failures typed. */
export type SourceResult<T> = { ok: true; value: T } | { ok: false; error: SourceError }
