/**
 * Zones whose domain or records are named by variables: DNSControl runs `dnsconfig.js` and every
 * file it `require`s in one global scope, so `D(DOMAIN, ...)` takes its domain from a
 * `var DOMAIN = "example.com"`, and a zone takes records from `var MTA_STS = [TXT(...)]` spread
 * into it, declared in the same file or another. The parser resolves what its file alone can
 * tell (resolveZone with that file's names) and leaves the rest in `shared`; linkSources resolves
 * that across the files of a repository. Pure: records in, records out.
 */
import { qualify } from './owner-names.js'
import type { DnsRecord, PendingRecord, SharedScope, SourceFile } from './types.js'

type Zone = SharedScope['zones'][number]

/** A pending record made absolute in `domain`, at the place it is written. */
export const requalify = (p: PendingRecord, domain: string): DnsRecord => {
  const rec: DnsRecord = { ...p.record, owner: qualify(p.name, domain) }
  delete rec.scope
  if (p.target !== undefined) rec.value = qualify(p.target, domain)
  return rec
}

/** Where resolveZone looks names up. */
export interface Names {
  /** The literal text a name is bound to. */
  constant(name: string): string | undefined
  /** The records a name is bound to, looked up from `home` (its own names first), and their file. */
  group(
    name: string,
    home: string
  ): { file: string; records: readonly PendingRecord[]; uses: readonly string[] } | undefined
}

export interface ZoneResolution {
  /** The zone's domain, when known now. */
  domain?: string
  /** Records of the zone made absolute, by the file they are written in. */
  added: { file: string; record: DnsRecord }[]
  /** The zone's own relative records that `added` replaces (its domain is known now). */
  replaced: DnsRecord[]
  /** What is still unresolved, for a wider scope to try; undefined when nothing is. */
  left?: Zone
}

/** Bounds the names a zone includes through others (a cycle, or a hostile configuration). */
const MAX_INCLUDED = 1000

/**
 * One zone resolved with the names given: its domain, its own records qualified in it, and the
 * records of every group it includes (and groups they include), qualified in it where written.
 */
export const resolveZone = (zone: Zone, home: string, names: Names): ZoneResolution => {
  const domain =
    zone.domain ?? (zone.domainRef === undefined ? undefined : names.constant(zone.domainRef))
  if (domain === undefined) return { added: [], replaced: [], left: zone }
  const out: ZoneResolution = { domain, added: [], replaced: [] }
  if (zone.domain === undefined) {
    for (const p of zone.records) {
      out.replaced.push(p.record)
      out.added.push({ file: home, record: requalify(p, domain) })
    }
  }
  const missing: string[] = []
  const seen = new Set<string>()
  const include = (list: readonly string[], from: string): void => {
    for (const name of list) {
      if (seen.has(name) || seen.size >= MAX_INCLUDED) continue
      seen.add(name)
      const g = names.group(name, from)
      if (g === undefined) {
        missing.push(name)
        continue
      }
      for (const p of g.records) out.added.push({ file: g.file, record: requalify(p, domain) })
      include(g.uses, g.file)
    }
  }
  include(zone.uses, home)
  if (missing.length > 0) {
    out.left = { domain, records: [], uses: missing, ...(zone.extend === true && { extend: true }) }
  }
  return out
}

/**
 * The files of a repository with their shared names resolved across files: a zone whose domain
 * another file binds gets absolute records, and a group another file declares is copied into
 * each zone that includes it, in the file that declares it (so findings and `bump` point there).
 * A name bound in several files to different values, or assigned anywhere outside its
 * declaration, resolves to nothing. Returns the files that changed.
 */
export const linkSources = (sources: ReadonlyMap<string, SourceFile>): Map<string, SourceFile> => {
  const shared = [...sources].filter(
    (e): e is [string, SourceFile & { shared: SharedScope }] => e[1].shared !== undefined
  )
  const changed = new Map<string, SourceFile>()
  if (!shared.some(([, s]) => s.shared.zones.length > 0)) return changed
  const reassigned = new Set(shared.flatMap(([, s]) => s.shared.reassigned))
  const constants = new Map<string, string | null>()
  const groups = new Map<string, { file: string; group: SharedScope['groups'][string] } | null>()
  for (const [file, s] of shared) {
    for (const [name, value] of Object.entries(s.shared.constants)) {
      const known = constants.get(name)
      constants.set(name, known === undefined || known === value ? value : null)
    }
    for (const [name, group] of Object.entries(s.shared.groups)) {
      groups.set(name, groups.has(name) ? null : { file, group })
    }
  }
  const names: Names = {
    constant: n => (reassigned.has(n) ? undefined : (constants.get(n) ?? undefined)),
    group: (n, from) => {
      const own = sources.get(from)?.shared?.groups[n]
      if (own !== undefined) return { file: from, ...own }
      const g = groups.get(n)
      return g == null ? undefined : { file: g.file, ...g.group }
    }
  }
  const replaced = new Set<DnsRecord>()
  const added = new Map<string, DnsRecord[]>()
  const origins = new Map<string, Set<string> | null>()
  for (const [file, s] of shared) {
    let domains: Set<string> | null = new Set(s.shared.domains)
    for (const zone of s.shared.zones) {
      const r = resolveZone(zone, file, names)
      for (const rec of r.replaced) replaced.add(rec)
      for (const a of r.added) added.set(a.file, [...(added.get(a.file) ?? []), a.record])
      if (r.domain === undefined) domains = null
      else if (zone.extend !== true) domains?.add(r.domain)
    }
    origins.set(file, domains)
  }
  for (const [file, s] of sources) {
    const more = added.get(file) ?? []
    const next: SourceFile = { ...s }
    if (more.length > 0 || s.records.some(r => replaced.has(r))) {
      next.records = [...s.records.filter(r => !replaced.has(r)), ...more]
    }
    // A file whose every zone is now named is about those domains.
    const domains = origins.get(file)
    if (s.origin === undefined && domains != null) {
      if (domains.size === 1) next.origin = [...domains][0]
      else if (domains.size > 1) next.zones = [...domains]
    }
    if (
      next.records !== s.records ||
      next.origin !== s.origin ||
      next.zones?.length !== s.zones?.length
    )
      changed.set(file, next)
  }
  return changed
}
