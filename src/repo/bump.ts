/**
 * `bump`: a fresh id written wherever the repository keeps each domain's id, replacing exactly
 * the id's characters so quoting, line endings and formatting stay as they were.
 */
import { bumpId } from './sources/bump.js'
import type { LoadedConfig } from './config.js'
import { unreadIdRecord, type RepoModel } from './model.js'
import { readFileSync } from 'node:fs'

export interface BumpPlan {
  id: string
  writes: { file: string; text: string; domains: string[] }[]
  /** Domains that could not be bumped, with the reason, in words. */
  skipped: string[]
}

/** The offset of a 1-based line and column in a text. */
const offsetOf = (text: string, line: number, column: number): number => {
  let offset = 0
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset)
    if (nl < 0) return -1
    offset = nl + 1
  }
  return offset + column - 1
}

/** The span of an id value written at a position (a YAML scalar or an `id:` line value). */
const idSpanAt = (text: string, offset: number): [number, number] | undefined => {
  const m = /^(?:id\s*:\s*)?(["']?)([A-Za-z0-9]*)\1/.exec(text.slice(offset))
  if (m === null || m[2] === '') return undefined
  const start = offset + m[0].length - m[1].length - m[2].length
  return [start, start + m[2].length]
}

export const planBump = (
  model: RepoModel,
  domains: readonly string[],
  /** The new id: the gate's suggestion when there is one (it avoids ids the history used). */
  id: string,
  config: LoadedConfig,
  /** Reads a file of the working tree as text (default: from the root the model was built on). */
  read: (file: string) => string = file => readFileSync(file, 'utf8')
): BumpPlan => {
  const texts = new Map<string, string>()
  const touched = new Map<string, string[]>()
  const skipped: string[] = []
  const edits = new Map<string, [number, number][]>()
  const text = (file: string): string => {
    let t = texts.get(file)
    if (t === undefined) {
      t = read(file)
      texts.set(file, t)
    }
    return t
  }
  for (const d of domains) {
    const m = model.domains.find(x => x.domain === d)
    const src = m?.idSource
    if (m === undefined || src === undefined) {
      skipped.push(`${d}: the repository keeps no id for it (declare one in .mta-sts.yml)`)
      continue
    }
    if (src.computed === true) {
      skipped.push(`${d}: its id is computed from the policy (${src.file}) and changes by itself`)
      continue
    }
    if (src.delegatedTo !== undefined) {
      skipped.push(`${d}: its _mta-sts record is a CNAME to ${src.delegatedTo}; bump it there`)
      continue
    }
    const record = src.span === undefined ? unreadIdRecord(src) : undefined
    if (record !== undefined) {
      const where = src.line === undefined ? src.file : `${src.file} line ${src.line}`
      skipped.push(
        `${d}: ${where} writes its id as an expression this repository gives no value (${JSON.stringify(record)}); make the deployment publish ${id}, or keep the id in the repository so bump can write it`
      )
      continue
    }
    let file = src.file
    let span: [number, number] | undefined
    if (src.span !== undefined) {
      file = src.span.file
      span = [src.span.start, src.span.end]
    } else if (src.kind === 'config') {
      const at = config.lineOf(['domains', d, 'id'])
      if (at !== undefined) span = idSpanAt(text(file), offsetOf(text(file), at.line, at.column))
    } else if (src.kind === 'policy' && m.policyFile !== undefined) {
      const t = text(m.policyFile)
      const line = t.split(/\r?\n/).findIndex(l => /^id\s*:/.test(l))
      if (line >= 0) span = idSpanAt(t, offsetOf(t, line + 1, 1))
      file = m.policyFile
    }
    if (span === undefined) {
      skipped.push(
        `${d}: the id in ${file} could not be located exactly; change it by hand to ${id}`
      )
      continue
    }
    const list = edits.get(file) ?? []
    if (!list.some(([s]) => s === span[0])) list.push(span)
    edits.set(file, list)
    touched.set(file, [...(touched.get(file) ?? []), d])
  }
  const writes = [...edits].map(([file, spans]) => {
    // Apply from the end, so earlier offsets stay right.
    let t = text(file)
    for (const s of [...spans].sort((a, b) => b[0] - a[0])) t = bumpId(t, s, id)
    return { file, text: t, domains: touched.get(file) ?? [] }
  })
  return { id, writes, skipped }
}
