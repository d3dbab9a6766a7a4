/** What a check is asked to do (typed settings from the CLI or the action) and what it returns. */
import type { SeveritySetting } from '../finding.js'
import type { BaseResolution } from '../gate/base.js'
import type { RestOptions } from '../gate/rest.js'
import type { RunResult } from '../repo/pipeline.js'
import type { VerifySettings } from './verify-stage.js'

export interface GateSettings {
  /** The base commit or ref, as resolved from the event or given (`--base`, input `base`). */
  base: BaseResolution
  /** The REST API fallback for when git cannot read the base (the action has a token). */
  rest?: Omit<RestOptions, 'sha'>
  /** How to fix a base that cannot be read, in the adapter's words (inputs or flags). */
  unreadableFix: string
}

export interface CheckSettings {
  /** Absolute path of the folder to check. */
  root: string
  /** Absolute path of the config file, when one is named. */
  configPath?: string
  /** Severity settings that win over the config file's (`--rule`). */
  severities?: Readonly<Record<string, SeveritySetting>>
  /** The repository's name, for `mta-sts.<domain>` repositories (default: the root's name). */
  rootName?: string
  /** The id gate; absent: the gate does not run. */
  gate?: GateSettings
  /** Find which files with findings the change touched (the action shows those first). */
  findTouchedFiles?: boolean
  /** Verify the deployed state of every domain too (`--verify`, input `verify`). */
  verify?: VerifySettings
  now?: Date
  /** The time the gate's suggested id is written from (default: now); see RunOptions.idTime. */
  idTime?: Date
}

export interface CheckReport extends RunResult {
  /** Files (relative to the root) with findings that differ from the base. */
  touchedFiles: ReadonlySet<string>
}
