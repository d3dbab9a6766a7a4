/**
 * The `_smtp._tls` TLS-RPT record (RFC 8460 section 3): `v=TLSRPTv1`, then a required `rua` with
 * one or more comma-separated `mailto:` or `https:` URIs, then extension fields.
 */
import { scanTagRecord, type Tag, type TagRecord } from './tags.js'

export const TLSRPT_VERSION = 'TLSRPTv1'

export interface RuaUri {
  uri: string
  offset: number
}

export type RuaProblem =
  'empty' | 'no-scheme' | 'scheme' | 'unencoded' | 'bad-mailto' | 'bad-https' | 'whitespace'

export interface RuaIssue {
  problem: RuaProblem
  offset: number
  text: string
}

export interface TlsRptRecord extends TagRecord {
  index: number
  rua?: Tag
  uris: RuaUri[]
  ruaIssues: RuaIssue[]
}

/** Splits `rua` at commas (WSP allowed around each) and checks each URI. */
export const parseRua = (tag: Tag): { uris: RuaUri[]; issues: RuaIssue[] } => {
  const uris: RuaUri[] = []
  const issues: RuaIssue[] = []
  let pos = 0
  for (const raw of tag.value.split(',')) {
    const lead = raw.length - raw.trimStart().length
    const uri = raw.trim()
    const offset = tag.valueOffset + pos + lead
    pos += raw.length + 1
    if (uri.length === 0) {
      issues.push({ problem: 'empty', offset, text: tag.value.trim() === '' ? 'rua' : uri })
      continue
    }
    uris.push({ uri, offset })
    const ws = uri.search(/\s/)
    if (ws >= 0) {
      issues.push({ problem: 'whitespace', offset: offset + ws, text: uri })
      continue
    }
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1]
    if (scheme === undefined) {
      issues.push({ problem: 'no-scheme', offset, text: uri })
      continue
    }
    const lower = scheme.toLowerCase()
    if (lower !== 'mailto' && lower !== 'https') {
      issues.push({ problem: 'scheme', offset, text: uri })
      continue
    }
    const bang = uri.indexOf('!')
    if (bang >= 0) {
      issues.push({ problem: 'unencoded', offset: offset + bang, text: uri })
      continue
    }
    if (lower === 'mailto') {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(uri.slice(7).split('?')[0] ?? '')) {
        issues.push({ problem: 'bad-mailto', offset, text: uri })
      }
    } else {
      let ok: boolean
      try {
        ok = new URL(uri).hostname.length > 0
      } catch {
        ok = false
      }
      if (!ok) issues.push({ problem: 'bad-https', offset, text: uri })
    }
  }
  return { uris, issues }
}

export const parseTlsRptRecord = (text: string, index = 1): TlsRptRecord => {
  const rec = scanTagRecord(text, TLSRPT_VERSION) as TlsRptRecord
  rec.index = index
  rec.uris = []
  rec.ruaIssues = []
  const rua = rec.tags.find(t => t.name === 'rua')
  if (rua !== undefined) {
    rec.rua = rua
    const { uris, issues } = parseRua(rua)
    rec.uris = uris
    rec.ruaIssues = issues
  }
  return rec
}

export const looksLikeTlsRpt = (text: string): boolean => /^["'\s]*v\s*=\s*tlsrpt/i.test(text)

export interface TlsRptRRset {
  records: TlsRptRecord[]
  selected: TlsRptRecord[]
  effective?: TlsRptRecord
}

export const parseTlsRptRRset = (texts: readonly string[]): TlsRptRRset => {
  const records = texts.map((t, i) => parseTlsRptRecord(t, i + 1))
  const selected = records.filter(r => r.exactPrefix)
  const set: TlsRptRRset = { records, selected }
  if (selected.length === 1) set.effective = selected[0]
  else if (records.length === 1 && looksLikeTlsRpt(records[0].text)) set.effective = records[0]
  return set
}
