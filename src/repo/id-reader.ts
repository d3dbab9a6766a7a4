/** Reading a domain's id out of one version of the file that keeps it (for the gate's history). */
import path from 'node:path'
import { policyFacts } from '../policy/effective.js'
import { parsePolicy } from '../policy/parse.js'
import { idOf } from '../record/sts.js'
import type { DomainModel, IdSource } from './model.js'
import { findRecord, parseSource } from './sources/index.js'

const decoder = new TextDecoder()

/**
 * Other files the id is read with: the one keeping the id's characters when the record refers
 * to them (a `.tfvars` value or a `variable` default beside the `.tf` file).
 */
export const idInputFiles = (src: IdSource): string[] =>
  src.span !== undefined && src.span.file !== src.file ? [src.span.file] : []

/**
 * The id of a domain as one version of its id source says it, read with the versions of its
 * input files (idInputFiles) of the same time. `yaml` is the YAML library, loaded by the caller
 * when the id is kept in the config file.
 */
export const idReader =
  (m: DomainModel, src: IdSource, yaml: typeof import('yaml') | undefined) =>
  (
    bytes: Uint8Array,
    inputs: ReadonlyMap<string, Uint8Array | null> = new Map()
  ): string | undefined => {
    const t = decoder.decode(bytes)
    if (src.kind === 'config') {
      const doc = yaml?.parse(t) as { domains?: Record<string, { id?: unknown }> } | undefined
      const id = doc?.domains?.[m.domain]?.id
      return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
    }
    // Only the facts are needed here, not the rules.
    if (src.kind === 'policy')
      return policyFacts(parsePolicy(bytes)).extensions.find(e => e.name === 'id')?.value
    // Inputs are siblings of the id source (Terraform reads a folder): known by their names.
    const siblings = new Map<string, string>()
    for (const [file, content] of inputs) {
      if (content !== null) siblings.set(path.posix.basename(file), decoder.decode(content))
    }
    const parsed = parseSource(src.file, t, siblings.size > 0 ? { siblings } : {})
    if (parsed === undefined) return undefined
    const rec = findRecord(parsed, m.domain, 'TXT', '_mta-sts').find(
      r => r.value.startsWith('v=STSv1') && (src.group === undefined || r.group === src.group)
    )
    // An id still written as an expression is not an id the history can compare.
    const id = rec === undefined || rec.computed === true ? undefined : idOf(rec.value)
    return id === undefined || id.includes('${') ? undefined : id
  }
