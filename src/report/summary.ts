/**
 * The job summary (markdown): one row per domain, then every finding. Policy text comes from a
 * pull request and is untrusted: every cell is escaped, and the whole stays under GitHub's
 * 1 MiB step-summary limit.
 */
import { countFindings, type Finding } from '../finding.js'
import type { DomainReport } from '../repo/domain-report.js'
import { escapeMarkdown } from './escape.js'

/** GitHub rejects a step summary over 1 MiB; stay well below it. */
export const SUMMARY_LIMIT = 1000 * 1024

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

const cell = (s: string | number | undefined): string =>
  s === undefined || s === '' ? '—' : escapeMarkdown(String(s))

type Live = NonNullable<DomainReport['live']>

/** MX hosts whose STARTTLS probe found nothing wrong, of those probed: `2 of 2`. */
const starttlsCell = (hosts: Live['smtp']): string | undefined =>
  hosts === undefined || hosts.length === 0
    ? undefined
    : `${hosts.filter(h => h.failure === undefined).length} of ${hosts.length}`

/** Name servers serving the live id, of those asked: `3 of 4 serve it`. */
const serversCell = (survey: Live['authoritative'], id: string | undefined): string | undefined => {
  if (survey === undefined) return undefined
  if (survey.servers.length === 0) return survey.failure ?? 'none found'
  const serving = survey.servers.filter(s => id !== undefined && s.record?.id === id).length
  return `${serving} of ${survey.servers.length} serve it`
}

export interface SummaryInput {
  findings: readonly Finding[]
  domains: readonly DomainReport[]
  /** A line under the title: what was compared, e.g. "Gate: compared with base abc1234". */
  context?: string
  /** Links to rule documentation, by rule id. */
  docs?: (rule: string) => string | undefined
}

export const formatSummary = (input: SummaryInput): string => {
  const c = countFindings(input.findings)
  const out: string[] = ['## MTA-STS lint', '']
  if (input.context !== undefined) out.push(escapeMarkdown(input.context), '')
  out.push(
    `${c.errors} ${c.errors === 1 ? 'error' : 'errors'}, ${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}, ${c.notices} ${c.notices === 1 ? 'notice' : 'notices'}`,
    ''
  )
  if (input.domains.length > 0) {
    out.push('| domain | policy | mode | max_age | mx | id | id source | findings |')
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const d of input.domains) {
      const mine = countFindings(input.findings.filter(f => f.domain === d.domain))
      const status =
        mine.errors + mine.warnings + mine.notices === 0
          ? '✅'
          : `${mine.errors} ${ICON.error} ${mine.warnings} ${ICON.warning} ${mine.notices} ${ICON.notice}`
      out.push(
        `| ${cell(d.domain)} | ${cell(d.policyFile)} | ${cell(d.policy?.mode)} | ${cell(d.policy?.max_age)} | ${cell(d.policy?.mx.join(', '))} | ${cell(d.id)} | ${cell(d.idSource)} | ${status} |`
      )
    }
    out.push('')
  }
  // Failures first (errors, then warnings), so a long table starts with what needs doing.
  const liveCounts = (d: DomainReport) =>
    countFindings(input.findings.filter(f => f.domain === d.domain && f.url !== undefined))
  const verified = input.domains
    .filter(d => d.live !== undefined)
    .map(d => ({ d, c: liveCounts(d) }))
    .sort((a, b) => b.c.errors - a.c.errors || b.c.warnings - a.c.warnings)
    .map(x => x.d)
  if (verified.length > 0) {
    // What is deployed: one row per domain, its MX hosts beside the patterns that must cover them.
    out.push('### Deployed', '')
    // The STARTTLS and name-server columns only when a run probed them (--smtp, --authoritative).
    const smtp = verified.some(d => d.live?.smtp !== undefined)
    const servers = verified.some(d => d.live?.authoritative !== undefined)
    const extra = [...(smtp ? ['STARTTLS'] : []), ...(servers ? ['name servers'] : [])]
    const head = ['domain', 'HTTP', 'live id', 'served mode', 'max_age', 'certificate until']
    head.push('MX hosts', ...extra, 'findings')
    out.push(`| ${head.join(' | ')} |`, `|${' --- |'.repeat(head.length)}`)
    for (const d of verified) {
      const l = d.live as NonNullable<DomainReport['live']>
      const mine = countFindings(
        input.findings.filter(f => f.domain === d.domain && f.url !== undefined)
      )
      const status =
        mine.errors + mine.warnings + mine.notices === 0
          ? '✅'
          : `${mine.errors} ${ICON.error} ${mine.warnings} ${ICON.warning} ${mine.notices} ${ICON.notice}`
      const cells = [d.domain, l.status, l.id, l.policy?.mode, l.policy?.max_age]
      cells.push(l.certificate?.notAfter, l.mx?.join(', '))
      if (smtp) cells.push(starttlsCell(l.smtp))
      if (servers) cells.push(serversCell(l.authoritative, l.id))
      out.push(`| ${cells.map(cell).join(' | ')} | ${status} |`)
    }
    out.push('')
  }
  if (input.findings.length > 0) {
    out.push('| | rule | location | message |', '| --- | --- | --- | --- |')
    let size = Buffer.byteLength(out.join('\n'))
    let shown = 0
    for (const f of input.findings) {
      const where =
        f.file === undefined
          ? (f.url ?? f.domain ?? '')
          : `${f.file}${f.line === undefined ? '' : `:${f.line}`}${f.column === undefined ? '' : `:${f.column}`}`
      const link = input.docs?.(f.rule)
      const rule = link === undefined ? `\`${f.rule}\`` : `[\`${f.rule}\`](${link})`
      const row = `| ${ICON[f.severity]} | ${rule} | ${cell(where)} | ${cell(f.message)} |`
      const bytes = Buffer.byteLength(row) + 1
      if (size + bytes + 200 > SUMMARY_LIMIT) break
      out.push(row)
      size += bytes
      shown++
    }
    if (shown < input.findings.length) {
      out.push(
        '',
        `${input.findings.length - shown} more findings are in the JSON report and SARIF.`
      )
    }
  }
  return `${out.join('\n')}\n`
}
