/** GitHub workflow commands, for running the CLI inside a workflow step. */
import type { Finding } from '../finding.js'
import { escapeCommandData, escapeCommandProperty, escapeControls } from './escape.js'

export const formatGithub = (findings: readonly Finding[]): string =>
  findings
    .map(f => {
      const props: string[] = []
      if (f.file !== undefined) props.push(`file=${escapeCommandProperty(escapeControls(f.file))}`)
      if (f.line !== undefined) props.push(`line=${f.line}`)
      if (f.column !== undefined) props.push(`col=${f.column}`)
      props.push(`title=${escapeCommandProperty(f.rule)}`)
      const text = f.url === undefined ? f.message : `${f.message} (${f.url})`
      return `::${f.severity} ${props.join(',')}::${escapeCommandData(escapeControls(text))}\n`
    })
    .join('')
