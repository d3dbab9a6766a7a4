/** The eslint-style terminal format: `file:line:col  severity  message  rule-id`, then a summary. */
import { countFindings, type Finding } from '../finding.js'
import { escapeTerminal } from './escape.js'

export interface TextOptions {
  color: boolean
  /** Shown as the location of findings without a file (e.g. `<stdin>`). */
  label?: string
}

const paint = (on: boolean, code: string, s: string): string =>
  on ? `\u001b[${code}m${s}\u001b[0m` : s

const SEVERITY_COLOR = { error: '31', warning: '33', notice: '36' } as const

const location = (f: Finding, label: string | undefined): string => {
  const file = f.file ?? f.url ?? label ?? ''
  const pos =
    f.line === undefined ? '' : `:${f.line}${f.column === undefined ? '' : `:${f.column}`}`
  return escapeTerminal(file) + pos
}

export const formatText = (findings: readonly Finding[], opts: TextOptions): string => {
  const lines = findings.map(f =>
    [
      location(f, opts.label),
      paint(opts.color, SEVERITY_COLOR[f.severity], f.severity),
      escapeTerminal(f.message),
      paint(opts.color, '2', f.rule)
    ].join('  ')
  )
  const c = countFindings(findings)
  const total = c.errors + c.warnings + c.notices
  const counts = `${c.errors} ${c.errors === 1 ? 'error' : 'errors'}, ${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}, ${c.notices} ${c.notices === 1 ? 'notice' : 'notices'}`
  const summary =
    total === 0
      ? paint(opts.color, '32', '✔ no problems')
      : paint(
          opts.color,
          c.errors > 0 ? '31;1' : c.warnings > 0 ? '33;1' : '36;1',
          `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${counts})`
        )
  return [...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n')
}
