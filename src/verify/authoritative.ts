/**
 * `--authoritative`: every name server of the zone that holds `_mta-sts.<domain>`, asked directly
 * for that record, for the policy host's addresses (`mta-sts.<domain>` A/AAAA) and for the zone's
 * SOA serial. Resolvers cache, and each picks one of the servers: a release that reached some
 * servers only, or a secondary that stopped taking zone transfers, shows here before senders see
 * it (RFC 8461 section 8's post-release check "or query authoritative servers").
 *
 * Pure orchestration over the injected lookups: the zone cut and the name servers' addresses come
 * through the resolvers verification uses, the rest from each server itself. Every lookup is cut
 * off at the domain's deadline; what a server did not answer by then is reported as such.
 */
import { lintRecords } from '../lint.js'
import { bounded } from './bounded.js'
import type {
  AuthoritativeAnswer,
  AuthoritativeLookup,
  AuthoritativeSurvey,
  DnsAnswer,
  DnsLookup,
  Served
} from './types.js'

export interface SurveyDeps {
  dns: DnsLookup
  authoritative: AuthoritativeLookup
  signal: AbortSignal
  /** Why a lookup cut off by the signal gave no answer (the domain's time limit ran out). */
  cutOff: () => string
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** The address a server is asked at: its first IPv4 address (hosted runners rarely have IPv6). */
const addressToAsk = (addresses: readonly string[]): string | undefined =>
  addresses.find(a => !a.includes(':')) ?? addresses[0]

export const surveyAuthoritative = async (
  domain: string,
  deps: SurveyDeps
): Promise<AuthoritativeSurvey> => {
  const { signal, cutOff } = deps
  const stsName = `_mta-sts.${domain}`
  const host = `mta-sts.${domain}`
  const answer = <T>(start: () => Promise<DnsAnswer<T>>, name: string): Promise<DnsAnswer<T>> =>
    bounded(
      start,
      signal,
      () => ({ ok: false, error: { code: 'ETIMEOUT', name, message: cutOff() }, cnames: [] }),
      e => ({ ok: false, error: { code: 'EOTHER', name, message: errorText(e) }, cnames: [] })
    )
  const served = <T>(start: () => Promise<Served<T>>, name: string): Promise<Served<T>> =>
    bounded(
      start,
      signal,
      () => ({ kind: 'error', error: { code: 'ETIMEOUT', name, message: cutOff() } }),
      e => ({ kind: 'error', error: { code: 'EOTHER', name, message: errorText(e) } })
    )

  const zone = await answer(() => deps.authoritative.zoneOf(stsName, signal), stsName)
  if (!zone.ok) {
    return {
      failure: `the name servers of ${stsName} could not be found: ${zone.error.message}`,
      servers: []
    }
  }
  const { zone: zoneName, nameServers } = zone.value

  const ask = async (server: string): Promise<AuthoritativeAnswer> => {
    const addresses = await answer(() => deps.dns.addresses(server, signal), server)
    if (!addresses.ok) {
      return { server, error: `its address could not be found: ${addresses.error.message}` }
    }
    const address = addressToAsk(addresses.value)
    if (address === undefined) return { server, error: 'it has no A or AAAA record' }
    const [serial, txt, hostAddresses] = await Promise.all([
      served(() => deps.authoritative.serial(address, zoneName, signal), zoneName),
      served(() => deps.authoritative.txt(address, stsName, signal), stsName),
      served(() => deps.authoritative.addresses(address, host, signal), host)
    ])
    const out: AuthoritativeAnswer = { server, address }
    if (serial.kind === 'records') out.serial = serial.value
    else if (serial.kind === 'error' && ['ENODATA', 'ENOTFOUND'].includes(serial.error.code)) {
      // Every zone has an SOA at its apex: a server without one does not serve the zone, and
      // answers its names with referrals that look like "no record".
      out.error = `it serves no SOA record for ${zoneName}: it does not serve the zone (a lame delegation)`
    }
    if (txt.kind === 'records') {
      const id = lintRecords(txt.value).record.id
      out.record = { records: txt.value, ...(id !== undefined && { id }) }
    } else {
      out.record = txt.kind === 'alias' ? { alias: txt.target } : { error: txt.error.message }
    }
    out.host =
      hostAddresses.kind === 'records'
        ? { addresses: hostAddresses.value }
        : hostAddresses.kind === 'alias'
          ? { alias: hostAddresses.target }
          : { error: hostAddresses.error.message }
    return out
  }

  return { zone: zoneName, servers: await Promise.all(nameServers.map(ask)) }
}
