/**
 * The `_mta-sts` TXT record (RFC 8461 section 3.1) and the RRset rule: of all TXT records at
 * `_mta-sts.<domain>`, those not starting with exactly `v=STSv1;` are discarded, and exactly one
 * must remain.
 */
import { scanTagRecord, type Tag, type TagRecord } from './tags.js'

export const STS_VERSION = 'STSv1'

export interface StsRecord extends TagRecord {
  /** 1-based position of this record among the records given. */
  index: number
  /** The first id tag (a repeated id: the first wins, section 3.2 last paragraph). */
  id?: Tag
}

/** 1 to 32 of A-Z a-z 0-9. */
export const isValidId = (id: string): boolean => /^[A-Za-z0-9]{1,32}$/.test(id)

/** The id a record's text declares (the first id tag), however well-formed the rest. */
export const idOf = (text: string): string | undefined => parseStsRecord(text).id?.value

export const parseStsRecord = (text: string, index = 1): StsRecord => {
  const rec = scanTagRecord(text, STS_VERSION) as StsRecord
  rec.index = index
  const id = rec.tags.find(t => t.name === 'id')
  if (id !== undefined) rec.id = id
  return rec
}

/** Looks like an attempt at an MTA-STS record, even if not one a sender would select. */
export const looksLikeSts = (text: string): boolean =>
  /^["'\s]*v\s*=\s*sts/i.test(text) || /^\s*id=/.test(text)

export interface StsRRset {
  records: StsRecord[]
  /** Records a sender selects: those starting exactly `v=STSv1;`. */
  selected: StsRecord[]
  /** Records that are not MTA-STS records at all (SPF, verification tokens). */
  unrelated: StsRecord[]
  /** The one record in effect, when exactly one is selected and it is valid. */
  effective?: StsRecord
}

export const parseStsRRset = (texts: readonly string[]): StsRRset => {
  const records = texts.map((t, i) => parseStsRecord(t, i + 1))
  const selected = records.filter(r => r.exactPrefix)
  const unrelated =
    records.length > 1 ? records.filter(r => !r.exactPrefix && !looksLikeSts(r.text)) : []
  const set: StsRRset = { records, selected, unrelated }
  if (selected.length === 1) set.effective = selected[0]
  else if (records.length === 1) set.effective = records[0]
  return set
}
