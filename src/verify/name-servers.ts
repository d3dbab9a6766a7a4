/**
 * The authoritative adapter of verification (`--authoritative`): AuthoritativeLookup over
 * `node:dns/promises`.
 *
 * - `zoneOf` finds the zone cut through the resolvers every other lookup uses (the `--dns-server`
 *   values when given, as the design says every lookup, NS included, goes there): it walks up from
 *   the name asking each name for its NS and CNAME records at once. A name that is an alias is no
 *   zone apex (a CNAME cannot sit beside NS records), so the walk goes on above it: the records at
 *   an alias are served by the zone that holds the alias.
 * - The other lookups ask one name server itself, on the authoritative port (53; tests give
 *   another), with a resolver of their own whose only server is that one. A CNAME is reported as
 *   the alias and not followed: its target is another zone's, or a CDN's whose answers vary by
 *   design, so only what this zone's servers serve is compared.
 *
 * Node's resolver sets the RD bit; an authoritative server that does not recurse answers from its
 * zone all the same. No lookup throws; an abort answers at once with ETIMEOUT.
 */
import net from 'node:net'
import { Resolver } from 'node:dns/promises'
import { canonicalDomain } from '../domain-name.js'
import {
  codeOf,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_TRIES,
  failure,
  failureOf,
  parseDnsServer,
  resolversWho,
  settle,
  type Asking,
  type Settled
} from './dns.js'
import type { AuthoritativeLookup, DnsAnswer, Served, ZoneServers } from './types.js'

export interface AuthoritativeLookupOptions {
  /** The resolvers the zone cut is found through (`--dns-server`); none: the system's. */
  servers?: readonly string[]
  /** The port name servers are asked on (default 53). */
  port?: number
  timeoutMs?: number
  tries?: number
}

export const AUTHORITATIVE_PORT = 53

/** NODATA or NXDOMAIN: the name holds nothing of the type asked. */
const absent = (r: Settled<unknown[]>): boolean => {
  if (r.ok) return r.value.length === 0
  const code = codeOf(r.error)
  return code === 'ENODATA' || code === 'ENOTFOUND'
}

const sorted = (values: string[]): string[] => [...values].sort()

/**
 * Runs `work` on a fresh resolver; an abort cancels its queries and answers with `onAbort()`.
 * Never rejects: a throw becomes `onError(e)`.
 */
const withResolver = async <T>(
  make: () => Resolver,
  signal: AbortSignal | undefined,
  work: (r: Resolver) => Promise<T>,
  onAbort: () => T,
  onError: (e: unknown) => T
): Promise<T> => {
  if (signal?.aborted === true) return onAbort()
  let resolver: Resolver
  try {
    resolver = make()
  } catch (e) {
    return onError(e)
  }
  let onAbortEvent: (() => void) | undefined
  const abortion = new Promise<T>(resolve => {
    onAbortEvent = () => {
      resolver.cancel()
      resolve(onAbort())
    }
    signal?.addEventListener('abort', onAbortEvent, { once: true })
  })
  try {
    return await Promise.race([work(resolver).catch(onError), abortion])
  } finally {
    if (onAbortEvent !== undefined) signal?.removeEventListener('abort', onAbortEvent)
  }
}

export const createAuthoritativeLookup = (
  opts: AuthoritativeLookupOptions = {}
): AuthoritativeLookup => {
  const servers = (opts.servers ?? []).map(parseDnsServer)
  const port = opts.port ?? AUTHORITATIVE_PORT
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const tries = opts.tries ?? DEFAULT_TRIES
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TypeError(`invalid authoritative port ${port}: a number from 1 to 65535`)
  }
  const resolverWho = resolversWho(servers)

  const resolverOf = (list: readonly string[]) => (): Resolver => {
    const r = new Resolver({ timeout: timeoutMs, tries })
    if (list.length > 0) r.setServers(list)
    return r
  }
  const asking = (who: string, type: string, server?: string): Asking => ({
    who,
    type,
    timeoutMs,
    tries,
    ...(server !== undefined && { server })
  })
  const cutOff = (a: Asking, name: string) => {
    const error = failure(a, 'ETIMEOUT', name, { asked: name, cnames: [] })
    error.message = `${a.who} gave no answer to the ${a.type} query for ${name} before the time allowed ran out`
    return error
  }

  const zoneOf = (input: string, signal?: AbortSignal): Promise<DnsAnswer<ZoneServers>> => {
    const asked = canonicalDomain(input)
    const a = asking(resolverWho, 'NS', servers.length === 1 ? servers[0] : undefined)
    const fail = (e: unknown, name = asked): DnsAnswer<ZoneServers> => ({
      ok: false,
      error: failureOf(a, e, name, { asked: name, cnames: [] }),
      cnames: []
    })
    return withResolver(
      resolverOf(servers),
      signal,
      async resolver => {
        const labels = asked.split('.')
        for (let i = 0; i < labels.length; i++) {
          const name = labels.slice(i).join('.')
          const [ns, alias] = await Promise.all([
            settle(resolver.resolveNs(name)),
            settle(resolver.resolveCname(name))
          ])
          if (alias.ok && alias.value.length > 0) continue
          if (ns.ok && ns.value.length > 0) {
            const nameServers = [...new Set(ns.value.map(canonicalDomain))].sort()
            return { ok: true, value: { zone: name, nameServers }, owner: name, cnames: [] }
          }
          if (!absent(ns)) return fail(ns.ok ? { code: 'ENODATA' } : ns.error, name)
        }
        return fail({ code: 'ENOTFOUND' })
      },
      () => ({ ok: false, error: cutOff(a, asked), cnames: [] }),
      e => fail(e)
    )
  }

  /** One name server, asked directly: `plan` turns the answers into what it serves. */
  const direct = <T>(
    address: string,
    input: string,
    type: string,
    queries: (r: Resolver, name: string) => Promise<Settled<unknown[]>>[],
    value: (answers: Settled<unknown[]>[]) => T | undefined,
    signal: AbortSignal | undefined
  ): Promise<Served<T>> => {
    const name = canonicalDomain(input)
    const target = net.isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`
    const who = port === AUTHORITATIVE_PORT ? address : target
    const a = asking(who, type, who)
    const fail = (e: unknown, t = type): Served<T> => ({
      kind: 'error',
      error: failureOf(a, e, name, { asked: name, cnames: [], type: t })
    })
    return withResolver(
      resolverOf([target]),
      signal,
      async resolver => {
        const [alias, ...answers] = await Promise.all([
          settle(resolver.resolveCname(name)),
          ...queries(resolver, name)
        ])
        if (alias === undefined) return fail({ code: 'EOTHER' })
        if (alias.ok && alias.value[0] !== undefined) {
          return { kind: 'alias', target: canonicalDomain(alias.value[0]) }
        }
        // A real failure (a timeout, SERVFAIL, REFUSED) speaks before "no record".
        const failed = answers.find(r => !r.ok && !absent(r))
        if (failed !== undefined && !failed.ok) {
          if (answers.every(r => !r.ok || r.value.length === 0)) return fail(failed.error)
        }
        if (answers.every(absent) && !alias.ok && !absent(alias)) {
          return fail(alias.error, 'CNAME')
        }
        const v = value(answers)
        return v === undefined ? fail({ code: 'ENODATA' }) : { kind: 'records', value: v }
      },
      () => ({ kind: 'error', error: cutOff(a, name) }),
      e => fail(e)
    )
  }

  const records = (r: Settled<unknown[]> | undefined): unknown[] =>
    r !== undefined && r.ok ? r.value : []

  return {
    zoneOf,
    serial: (address, zone, signal) =>
      direct(
        address,
        zone,
        'SOA',
        (r, n) => [settle(r.resolveSoa(n).then(soa => [soa]))],
        ([soa]) => {
          const first = records(soa)[0] as { serial: number } | undefined
          return first?.serial
        },
        signal
      ),
    txt: (address, name, signal) =>
      direct(
        address,
        name,
        'TXT',
        (r, n) => [settle(r.resolveTxt(n))],
        // RFC 8461 3.1: a record's character-strings are joined with nothing between them.
        ([txt]) => sorted((records(txt) as string[][]).map(strings => strings.join(''))),
        signal
      ),
    addresses: (address, host, signal) =>
      direct(
        address,
        host,
        'A/AAAA',
        (r, n) => [settle(r.resolve4(n)), settle(r.resolve6(n))],
        ([v4, v6]) => [...sorted(records(v4) as string[]), ...sorted(records(v6) as string[])],
        signal
      )
  }
}
