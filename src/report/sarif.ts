/** SARIF 2.1.0, as GitHub code scanning reads it. */
import type { Finding, Severity } from '../finding.js'
import type { RuleMeta } from '../rules/types.js'
import { TOOL_NAME, VERSION } from '../version.js'

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'note' }

export const formatSarif = (findings: readonly Finding[], rules: readonly RuleMeta[]): string => {
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
      const region: Record<string, number> = {}
      if (f.line !== undefined) region.startLine = f.line
      if (f.column !== undefined) region.startColumn = f.column
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
            ...(f.line !== undefined && { region })
          }
        }
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
