/**
 * The DNS adapter of verification: DnsLookup over `node:dns/promises`. With `servers` (the
 * `--dns-server` values), every lookup goes to them; without, to the system's resolvers.
 *
 * CNAMEs are followed explicitly, one hop at a time: each name is asked for the records wanted
 * and for its CNAME at once. An authoritative server answers a TXT query at an alias with the
 * CNAME alone (resolveTxt then gives an empty list), a recursive one with the CNAME and the
 * target's records (resolveTxt gives the records and hides the alias), and a dangling alias
 * makes the query NXDOMAIN: the CNAME query tells the three apart, so the answer always names
 * the owner that holds the records and the aliases on the way.
 *
 * Each lookup runs on a resolver of its own, made (and given its servers) before its first
 * query: cancelling it on abort stops that lookup's queries and nobody else's, and no server list
 * changes under a running query. No lookup throws or leaves a rejection unhandled.
 */
import net from 'node:net'
import { Resolver } from 'node:dns/promises'
import { canonicalDomain } from '../domain-name.js'
import type { DnsAnswer, DnsErrorCode, DnsFailure, DnsLookup, MxHost } from './types.js'

export interface DnsLookupOptions {
  /** Servers every lookup goes to (`HOST`, `HOST:PORT`, `[V6]:PORT`); none: the system's. */
  servers?: readonly string[]
  /** How long a server is given to answer a query on the first try (later tries wait longer). */
  timeoutMs?: number
  /** How many times each server is asked before a query gives up. */
  tries?: number
}

export const DEFAULT_TIMEOUT_MS = 2000
export const DEFAULT_TRIES = 3
/** The longest CNAME chain followed; one more alias is reported as ECNAMELOOP. */
export const MAX_CNAMES = 8
/** Resolvers kept for reuse once their lookups are over (about the concurrency of a run). */
const MAX_IDLE_RESOLVERS = 64

const PORT = /^[0-9]{1,5}$/
const BRACKETED = /^\[([^\]]*)\](?::(.*))?$/

const checkPort = (s: string, port: string): string => {
  const n = Number(port)
  if (!PORT.test(port) || n < 1 || n > 65535) {
    throw new TypeError(`invalid DNS server "${s}": the port must be a number from 1 to 65535`)
  }
  return String(n)
}

/**
 * A DNS server as given on the command line or in the action's input, in the form
 * `Resolver.setServers` takes: `1.2.3.4`, `1.2.3.4:5353`, `2001:db8::53`, `[2001:db8::53]:5353`.
 * Anything else (a host name, a bad port, brackets round IPv4, a scoped address) throws a
 * TypeError with a one-line reason. Checked here because setServers does not check everything:
 * a port of 0 aborts the Node process, 65536 wraps round to 0.
 */
export const parseDnsServer = (s: string): string => {
  if (s === '') throw new TypeError('invalid DNS server "": empty')
  if (/\s/.test(s)) throw new TypeError(`invalid DNS server "${s}": it contains whitespace`)
  if (s.includes('%')) {
    throw new TypeError(
      `invalid DNS server "${s}": a scoped IPv6 address (with %) is not supported`
    )
  }
  const bracketed = BRACKETED.exec(s)
  if (bracketed !== null) {
    const [, address = '', port] = bracketed
    if (!net.isIPv6(address)) {
      throw new TypeError(
        `invalid DNS server "${s}": only an IPv6 address goes in brackets ([2001:db8::53]:5353)`
      )
    }
    return port === undefined ? address : `[${address}]:${checkPort(s, port)}`
  }
  if (net.isIPv6(s)) return s
  const colon = s.lastIndexOf(':')
  const host = colon === -1 ? s : s.slice(0, colon)
  if (net.isIPv4(host)) return colon === -1 ? host : `${host}:${checkPort(s, s.slice(colon + 1))}`
  if (host.includes(':')) {
    throw new TypeError(
      `invalid DNS server "${s}": not an IP address (an IPv6 address with a port goes in brackets: [2001:db8::53]:5353)`
    )
  }
  throw new TypeError(
    `invalid DNS server "${s}": not an IP address (a server is given by address, since finding it by name would need DNS itself)`
  )
}

/** A lookup as its messages name it: the record type and who was asked. */
export interface Asking {
  type: string
  /** `127.0.0.1:5353`, `the DNS servers asked (…)`, `the system resolver`. */
  who: string
  server?: string
  timeoutMs: number
  tries: number
}

export const codeOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined

const KNOWN: ReadonlySet<string> = new Set<DnsErrorCode>([
  'ENOTFOUND',
  'ENODATA',
  'ESERVFAIL',
  'EREFUSED',
  'ETIMEOUT',
  'ECONNREFUSED'
])

const via = (cnames: readonly string[], asked: string): string =>
  cnames.length === 0
    ? ''
    : ` (reached from ${asked} through CNAME${cnames.length === 1 ? '' : 's'} ${cnames.join(' → ')})`

/** A failure worded for a mail admin: who was asked, what it answered, about which name. */
export const failure = (
  asking: Asking,
  code: Exclude<DnsErrorCode, 'ECNAMELOOP'>,
  name: string,
  detail: { asked: string; cnames: readonly string[]; type?: string; nodeMessage?: string }
): DnsFailure => {
  const { who, timeoutMs, tries } = asking
  const type = detail.type ?? asking.type
  const path = via(detail.cnames, detail.asked)
  const message = ((): string => {
    switch (code) {
      case 'ENOTFOUND':
        return `${who} answered NXDOMAIN: ${name} does not exist${path}`
      case 'ENODATA':
        return `${who} answered NODATA: ${name} exists but has no ${type} record${path}`
      case 'ESERVFAIL':
        return `${who} answered SERVFAIL for ${name} ${type}${path}: the server could not resolve it (a broken delegation or a DNSSEC failure is the usual cause)`
      case 'EREFUSED':
        return `${who} answered REFUSED for ${name} ${type}${path}: the server will not answer this query (it does not serve this zone, or does not recurse for this client)`
      case 'ETIMEOUT':
        return `${who} did not answer the ${type} query for ${name}${path} (${
          tries === 1
            ? `no reply within ${timeoutMs} ms`
            : `no reply to ${tries} tries of ${timeoutMs} ms or more`
        })`
      case 'ECONNREFUSED':
        return `${who} refused the connection for ${name} ${type}${path}: no DNS server listens there`
      case 'EOTHER':
        return `${who} could not answer ${name} ${type}${path}: ${detail.nodeMessage ?? 'unknown error'}`
    }
  })()
  return { code, name, ...(asking.server === undefined ? {} : { server: asking.server }), message }
}

export const failureOf = (
  asking: Asking,
  e: unknown,
  name: string,
  detail: { asked: string; cnames: readonly string[]; type?: string }
): DnsFailure => {
  const code = codeOf(e)
  if (code !== undefined && KNOWN.has(code)) {
    return failure(asking, code as Exclude<DnsErrorCode, 'ECNAMELOOP'>, name, detail)
  }
  const nodeMessage = e instanceof Error ? e.message : String(e)
  return failure(asking, 'EOTHER', name, { ...detail, nodeMessage })
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }

export const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    value => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  )

/** An empty answer or NODATA: the name holds nothing of the type asked. */
const empty = <T>(r: Settled<T[]>): boolean =>
  r.ok ? r.value.length === 0 : codeOf(r.error) === 'ENODATA'

/** What the answers at the end of the chain give: the value, or the error and the type at fault. */
type Outcome<V> = { ok: true; value: V } | { ok: false; error: unknown; type: string }

/** How one lookup asks: a query per record type, and how their answers make the value. */
interface Plan<T, V> {
  type: string
  queries: readonly ((resolver: Resolver, name: string) => Promise<T[]>)[]
  combine: (answers: Settled<T[]>[]) => Outcome<V>
}

const NOTHING = { code: 'ENODATA' }

/**
 * Follows `asked`'s CNAMEs, asking each name for its records (the plan's queries) and for its
 * CNAME at once, and answers with the records of the first name that is no alias. Undefined when
 * `stopped` turned true meanwhile.
 */
const follow = async <T, V>(
  resolver: Resolver,
  asking: Asking,
  asked: string,
  plan: Plan<T, V>,
  stopped: () => boolean
): Promise<DnsAnswer<V> | undefined> => {
  const cnames: string[] = []
  let name = asked
  for (;;) {
    const [alias, ...answers] = await Promise.all([
      settle(resolver.resolveCname(name)),
      ...plan.queries.map(q => settle(q(resolver, name)))
    ])
    if (stopped() || alias === undefined) return undefined
    const detail = { asked, cnames }
    const target =
      alias.ok && alias.value[0] !== undefined ? canonicalDomain(alias.value[0]) : undefined
    if (target !== undefined) {
      const loop = target === asked || cnames.includes(target)
      if (loop || cnames.length === MAX_CNAMES) {
        const chain = [asked, ...cnames, target].join(' → ')
        const error: DnsFailure = {
          code: 'ECNAMELOOP',
          name,
          ...(asking.server === undefined ? {} : { server: asking.server }),
          message: loop
            ? `${asking.who} answered a CNAME loop: ${chain}`
            : `${asking.who} answered a chain of more than ${MAX_CNAMES} CNAMEs: ${chain} (resolvers give up before the end)`
        }
        return { ok: false, error, cnames }
      }
      cnames.push(target)
      name = target
      continue
    }
    // No alias: the records (or the failure) are this name's own. When they are missing and the
    // CNAME query failed otherwise than by NODATA or NXDOMAIN, that failure is the answer: an
    // alias may hide behind it.
    const aliasCode = codeOf(alias.ok ? undefined : alias.error)
    if (!alias.ok && answers.every(empty) && aliasCode !== 'ENODATA' && aliasCode !== 'ENOTFOUND') {
      const error = failureOf(asking, alias.error, name, { ...detail, type: 'CNAME' })
      return { ok: false, error, cnames }
    }
    const outcome = plan.combine(answers)
    if (outcome.ok) return { ok: true, value: outcome.value, owner: name, cnames }
    const error = failureOf(asking, outcome.error, name, { ...detail, type: outcome.type })
    return { ok: false, error, cnames }
  }
}

/** One record type: its records, or the failure of its query. */
const single =
  <T, V>(type: string, value: (records: T[]) => V) =>
  ([answer]: Settled<T[]>[]): Outcome<V> => {
    if (answer === undefined || (answer.ok && answer.value.length === 0)) {
      return { ok: false, error: NOTHING, type }
    }
    return answer.ok
      ? { ok: true, value: value(answer.value) }
      : { ok: false, error: answer.error, type }
  }

/** A and AAAA: the addresses of either (IPv4 first); when both fail, the more telling failure. */
const bothFamilies = ([v4, v6]: Settled<string[]>[]): Outcome<string[]> => {
  const found = [v4, v6].flatMap(a => (a !== undefined && a.ok ? a.value : []))
  if (found.length > 0) return { ok: true, value: found }
  // A real failure (a timeout, SERVFAIL) speaks before a plain "no record".
  if (v4 !== undefined && !v4.ok && !empty(v4)) return { ok: false, error: v4.error, type: 'A' }
  if (v6 !== undefined && !v6.ok && !empty(v6)) return { ok: false, error: v6.error, type: 'AAAA' }
  return { ok: false, error: NOTHING, type: 'A or AAAA' }
}

const txtPlan: Plan<string[], string[]> = {
  type: 'TXT',
  queries: [(r, n) => r.resolveTxt(n)],
  // RFC 8461 3.1: a record's character-strings are joined with nothing between them.
  combine: single('TXT', records => records.map(strings => strings.join('')))
}

const mxPlan: Plan<{ exchange: string; priority: number }, MxHost[]> = {
  type: 'MX',
  queries: [(r, n) => r.resolveMx(n)],
  combine: single('MX', records =>
    records
      .map(({ exchange, priority }) => ({
        exchange: canonicalDomain(exchange),
        priority
      }))
      .sort((a, b) => a.priority - b.priority || a.exchange.localeCompare(b.exchange))
  )
}

const addressPlan: Plan<string, string[]> = {
  type: 'A/AAAA',
  queries: [(r, n) => r.resolve4(n), (r, n) => r.resolve6(n)],
  combine: bothFamilies
}

/** Who answers through these resolvers, in words for messages (`--dns-server`, or the system's). */
export const resolversWho = (servers: readonly string[]): string =>
  servers.length === 0
    ? 'the system resolver'
    : servers.length === 1
      ? servers[0]
      : `the DNS servers asked (${servers.join(', ')})`

export const createDnsLookup = (opts: DnsLookupOptions = {}): DnsLookup => {
  const servers = (opts.servers ?? []).map(parseDnsServer)
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const tries = opts.tries ?? DEFAULT_TRIES
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
    throw new TypeError(
      `invalid DNS timeout ${timeoutMs}: a whole number of milliseconds, 1 or more`
    )
  }
  if (!Number.isInteger(tries) || tries < 1) {
    throw new TypeError(`invalid DNS tries ${tries}: a whole number, 1 or more`)
  }
  const who = resolversWho(servers)
  const base = { who, timeoutMs, tries, ...(servers.length === 1 ? { server: servers[0] } : {}) }

  const newResolver = (): Resolver => {
    const resolver = new Resolver({ timeout: timeoutMs, tries })
    if (servers.length > 0) resolver.setServers(servers)
    return resolver
  }
  // One resolver per signal (a domain's lookups share its deadline) while it has lookups running:
  // an abort cancels that domain's queries and no other's. When its last lookup ends, the resolver
  // goes back to a pool for the next signal (a new c-ares channel and its socket cost more than
  // the queries of a domain on loopback); a cancelled one is dropped. Lookups without a signal
  // share one resolver that is never cancelled.
  const bySignal = new WeakMap<AbortSignal, { resolver: Resolver; lookups: number }>()
  const idle: Resolver[] = []
  let unsignalled: Resolver | undefined
  const acquire = (signal: AbortSignal | undefined): Resolver => {
    if (signal === undefined) return (unsignalled ??= newResolver())
    let held = bySignal.get(signal)
    if (held === undefined) {
      held = { resolver: idle.pop() ?? newResolver(), lookups: 0 }
      bySignal.set(signal, held)
    }
    held.lookups++
    return held.resolver
  }
  const release = (signal: AbortSignal | undefined, cancelled: boolean): void => {
    const held = signal === undefined ? undefined : bySignal.get(signal)
    if (signal === undefined || held === undefined || --held.lookups > 0) return
    bySignal.delete(signal)
    if (!cancelled && idle.length < MAX_IDLE_RESOLVERS) idle.push(held.resolver)
  }

  /**
   * Runs one lookup on its signal's resolver. An abort cancels the queries of that signal and
   * answers at once with ETIMEOUT; whatever the lookup then settles to is dropped.
   */
  const run = async <T, V>(
    input: string,
    plan: Plan<T, V>,
    signal: AbortSignal | undefined
  ): Promise<DnsAnswer<V>> => {
    const { type } = plan
    const asking: Asking = { ...base, type }
    const asked = canonicalDomain(input)
    const fail = (e: unknown): DnsAnswer<V> => ({
      ok: false,
      error: failureOf(asking, e, asked, { asked, cnames: [] }),
      cnames: []
    })
    const abortAnswer = (): DnsAnswer<V> => {
      // AbortSignal.timeout's reason: a DOMException named TimeoutError (of any realm).
      const reason: unknown = signal?.reason
      const why =
        typeof reason === 'object' &&
        reason !== null &&
        'name' in reason &&
        reason.name === 'TimeoutError'
          ? 'the time allowed for the lookup ran out'
          : 'the lookup was cancelled'
      const error = failure(asking, 'ETIMEOUT', asked, { asked, cnames: [] })
      error.message = `${who} gave no answer to the ${type} query for ${asked} before ${why}`
      return { ok: false, error, cnames: [] }
    }
    if (signal?.aborted === true) return abortAnswer()
    let resolver: Resolver
    try {
      resolver = acquire(signal)
    } catch (e) {
      return fail(e)
    }
    let aborted = false
    let onAbort: (() => void) | undefined
    const abortion = new Promise<DnsAnswer<V>>(resolve => {
      onAbort = () => {
        aborted = true
        resolver.cancel()
        resolve(abortAnswer())
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    })
    const lookup = follow(resolver, asking, asked, plan, () => aborted).then(
      answer => answer ?? abortAnswer(),
      fail
    )
    try {
      return await Promise.race([lookup, abortion])
    } finally {
      if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort)
      release(signal, aborted)
    }
  }

  return {
    txt: (name, signal) => run(name, txtPlan, signal),
    addresses: (host, signal) => run(host, addressPlan, signal),
    mx: (domain, signal) => run(domain, mxPlan, signal)
  }
}
