/**
 * The id gate's data: one domain's state at the base and at the head, the history of its id and
 * policy, and the context the gate rules check. Plain data, no I/O.
 */
import type { EffectivePolicy } from '../policy/effective.js'

/** A place in a file at the head, relative to the root with `/`; 1-based. */
export interface Position {
  file: string
  line?: number
  column?: number
}

/** A domain as one commit (or the working tree) has it. */
export interface DomainState {
  /** The effective policy; undefined when the domain has no policy there. */
  policy?: EffectivePolicy
  /** The policy file, relative to the root. */
  policyFile?: string
  /** The policy file's bytes, to tell a byte-only change from no change at all (optional). */
  policyBytes?: Uint8Array
  /** The id of the domain's _mta-sts record as the repository keeps it. */
  id?: string
  /** True when the id is computed from the policy content (Terraform `md5(...)`): it always changes with it. */
  idComputed?: boolean
  /**
   * The record as kept when its id is an expression the repository gives no value
   * (`v=STSv1; id=${var.policy_id}` with no default or .tfvars): set only at deployment, so the
   * gate cannot tell whether it changed.
   */
  idUnread?: string
  /** Where the id is written (the id source line), at the head. */
  idLocation?: Position
  /**
   * Where the id's characters are when the record refers to them from elsewhere (a Terraform
   * variable set in a `.tfvars` file), at the head.
   */
  idValueLocation?: Position
  /**
   * At the head: the base's policy file of the domain, still in the repository but serving the
   * domain no more (what named the domain, a CNAME file say, is gone or changed), and how the
   * base knew the domain (`CNAME file CNAME`).
   */
  detached?: { policyFile: string; foundBy: string }
  /**
   * The policy file is one no site serves at `/.well-known/mta-sts.txt` (a root `mta-sts.txt`
   * beside a site's pages, a misspelt folder): senders never fetched it, so none cached it.
   */
  unserved?: boolean
  /**
   * Whether the domain's _mta-sts record exists. Default: an id or a computed id is known.
   * Set it to false for a record removed from a source that still exists.
   */
  record?: boolean
}

/** The domain's state at one commit of the history. */
export interface HistoryEntry {
  commit?: string
  /** Committer date of the commit; the state holds from then until the next newer entry. */
  date: Date
  /** The id then; undefined when there was no record (or no id source). */
  id?: string
  /** The effective policy then; undefined when there was none. */
  policy?: EffectivePolicy
}

export interface DomainHistory {
  /** Newest first; the first entry is the state at the base commit. */
  entries: HistoryEntry[]
  /** False when history was cut short (shallow clone that could not deepen, a limit). */
  complete: boolean
  /** Why it is incomplete, in words fit for a message. */
  reason?: string
}

export interface DomainInput {
  /** The domain; for an unnamed policy, its file at the base (for messages and ordering). */
  domain: string
  /**
   * A policy no domain is known for (no CNAME, config entry or folder name says whose it is):
   * only its removal is judged, and findings carry no domain.
   */
  unnamed?: boolean
  /** The working tree. */
  head: DomainState
  /** The base commit; undefined when the domain did not exist there at all (a new domain). */
  base?: DomainState
  /** History of the domain's id source and policy up to the base; undefined when unavailable. */
  history?: DomainHistory
  /**
   * The config entry that names the domain at the head: where a finding points when neither the
   * id source nor the policy file is left.
   */
  configLocation?: Position
}

/** What the gate rules see: one domain, with the comparison already made. */
export interface GateContext extends DomainInput {
  now: Date
  /** The effective policy changed since the base (added, removed, or different values). */
  changed: boolean
  /** What changed, in words (`mode "testing" → "enforce"`); empty when nothing did. */
  changes: string[]
  /** A fresh id (UTC `YYYYMMDDTHHMMSSZ`) that no known state of any domain uses. */
  suggestedId: string
  /** The line and column findings point at, in the file the engine records. */
  at: { line?: number; column?: number }
  /** Where the id is kept, in words for a message: `"dns/example.com.zone" line 12`. */
  idWhere: string
  /** Other domains served by the same policy file at the head. */
  sharedWith: string[]
}
