/** SARIF 2.1.0, as GitHub code scanning reads it. */
import { pathToFileURL } from 'node:url'
import type { Finding, Severity } from '../finding.js'
import type { RuleMeta } from '../rules/types.js'
import { TOOL_NAME, VERSION } from '../version.js'

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'note' }

/**
 * Where a finding's file is for code scanning: a path relative to the repository root with `/`
 * (given against `%SRCROOT%`), or, for a file outside the repository, its absolute path.
 */
export type SarifLocation = { relative: string } | { absolute: string }

export interface SarifOptions {
  /** Maps a finding's file to its location; by default the file is already repository-relative. */
  locate?: (file: string) => SarifLocation
}

/** A relative path as a URI reference: each segment percent-encoded (`#`, `?`, `%` included). */
const relativeUri = (p: string): string => p.split('/').map(encodeURIComponent).join('/')

const artifactLocation = (loc: SarifLocation): Record<string, string> =>
  'relative' in loc
    ? { uri: relativeUri(loc.relative), uriBaseId: '%SRCROOT%' }
    : { uri: pathToFileURL(loc.absolute).href }

export const formatSarif = (
  findings: readonly Finding[],
  rules: readonly RuleMeta[],
  opts: SarifOptions = {}
): string => {
  const locate = opts.locate ?? ((file: string): SarifLocation => ({ relative: file }))
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results = findings.map(f => {
    const text = f.url === undefined ? f.message : `${f.message} (${f.url})`
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: { text }
    }
    const i = index.get(f.rule)
    if (i !== undefined) result.ruleIndex = i
    if (f.file !== undefined) {
      // Code scanning wants a region on every result with a file: a finding about the whole
      // file (no line) points at its first line. Lines and columns are 1-based.
      const region: Record<string, number> = { startLine: Math.max(1, f.line ?? 1) }
      if (f.line !== undefined && f.column !== undefined) {
        region.startColumn = Math.max(1, f.column)
      }
      result.locations = [
        { physicalLocation: { artifactLocation: artifactLocation(locate(f.file)), region } }
      ]
    }
    return result
  })
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            informationUri: 'https://github.com/mta-sts-lint/mta-sts-lint',
            rules: rules.map(r => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: r.docs,
              help: { text: `${r.description} (${r.rfc}). See ${r.docs}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: [r.target, 'mta-sts'] }
            }))
          }
        },
        results
      }
    ]
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
