/**
 * A real DNS server on 127.0.0.1 for the tests: it speaks the wire protocol (dns-packet) over UDP
 * and TCP on one random port and answers from a zone given as data. It behaves as an
 * authoritative server does: a name it does not hold is NXDOMAIN, a name without records of the
 * type asked is an empty NOERROR answer (NODATA), and a CNAME is answered alone unless the record
 * asks the server to chase it (as recursive resolvers and in-zone authoritative servers do).
 * Over UDP, an answer longer than the client's buffer (EDNS payload size, else 512) goes out
 * truncated (TC bit, no records), so the client asks again over TCP. Every query is logged.
 */
import dgram from 'node:dgram'
import net from 'node:net'
import dnsPacket from 'dns-packet'
import type { Answer, DecodedPacket, Packet, Question, RecordType } from 'dns-packet'

export type ZoneEntry =
  /** One TXT record: its character-strings, each sent as one (at most 255 bytes). */
  | { type: 'TXT'; strings: string[] }
  | { type: 'A' | 'AAAA'; address: string }
  /** `chase`: answer with the CNAME and what the target holds (chains and loops bounded). */
  | { type: 'CNAME'; target: string; chase?: boolean }
  | { type: 'MX'; exchange: string; priority: number }
  | { type: 'NS'; host: string }
  | { type: 'SOA'; serial: number }
  /** How a question of `type` (`*`: any) is answered: an error code, or never. */
  | { type: RecordType | '*'; fail: 'SERVFAIL' | 'REFUSED' | 'NXDOMAIN' | 'NOTIMP' | 'silent' }

/** Names (lower case, no trailing dot) to what they hold; a name not listed is NXDOMAIN. */
export type Zone = Record<string, ZoneEntry[]>

export interface LoggedQuery {
  transport: 'udp' | 'tcp'
  name: string
  type: string
}

export interface TestDnsServer {
  /** `<host>:<port>` (127.0.0.1 unless another loopback address was asked for) */
  readonly address: string
  readonly port: number
  /** Every query received, in order. */
  readonly queries: LoggedQuery[]
  /** The queries received for one name (case-insensitive) and type, if given. */
  count(name: string, type?: string, transport?: 'udp' | 'tcp'): number
  /** Forgets the queries logged so far. */
  reset(): void
  close(): Promise<void>
}

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const
const CHASE_LIMIT = 10

const norm = (name: string): string => name.toLowerCase().replace(/\.$/, '')

/** The records answering `q` from `zone`, or how the question fails. */
const lookUp = (zone: Zone, q: Question): { rcode: number; answers: Answer[] } | 'silent' => {
  const answers: Answer[] = []
  let name = norm(q.name)
  for (let hop = 0; hop <= CHASE_LIMIT; hop++) {
    const entries = zone[name]
    // A chased CNAME to a name that does not exist: NXDOMAIN beside the chain (RFC 6604).
    if (entries === undefined) return { rcode: RCODE.NXDOMAIN, answers }
    const fail = entries.find(e => 'fail' in e && (e.type === '*' || e.type === q.type))
    if (fail !== undefined && 'fail' in fail) {
      if (fail.fail === 'silent') return 'silent'
      return { rcode: RCODE[fail.fail], answers: hop === 0 ? [] : answers }
    }
    const own = entries.filter(e => !('fail' in e) && e.type === q.type)
    answers.push(...own.map(e => record(name, e)))
    const cname = entries.find(e => e.type === 'CNAME' && !('fail' in e))
    if (q.type === 'CNAME' || cname === undefined || !('target' in cname)) break
    answers.push(record(name, cname))
    if (cname.chase !== true) break
    name = norm(cname.target)
  }
  return { rcode: RCODE.NOERROR, answers }
}

const record = (name: string, e: ZoneEntry): Answer => {
  const base = { name, ttl: 300, class: 'IN' as const }
  if ('fail' in e) throw new Error('not a record')
  switch (e.type) {
    case 'TXT':
      return { ...base, type: 'TXT', data: e.strings.map(s => Buffer.from(s, 'utf8')) }
    case 'A':
    case 'AAAA':
      return { ...base, type: e.type, data: e.address }
    case 'CNAME':
      return { ...base, type: 'CNAME', data: e.target }
    case 'MX':
      return { ...base, type: 'MX', data: { exchange: e.exchange, preference: e.priority } }
    case 'NS':
      return { ...base, type: 'NS', data: e.host }
    case 'SOA':
      return {
        ...base,
        type: 'SOA',
        data: {
          mname: `ns.${name}`,
          rname: `hostmaster.${name}`,
          serial: e.serial,
          refresh: 3600,
          retry: 600,
          expire: 604800,
          minimum: 300
        }
      }
  }
}

/** The answer to one query packet, or undefined when the server stays silent. */
const respond = (
  zone: Zone,
  query: DecodedPacket,
  transport: 'udp' | 'tcp'
): Buffer | undefined => {
  const q = query.questions?.[0]
  if (q === undefined) return undefined
  const result = lookUp(zone, q)
  if (result === 'silent') return undefined
  const flags = dnsPacket.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED)
  const reply: Packet = {
    type: 'response',
    id: query.id,
    flags: flags | result.rcode,
    questions: [q],
    answers: result.answers
  }
  const full = dnsPacket.encode(reply)
  if (transport === 'tcp') return full
  const opt = query.additionals?.find(a => a.type === 'OPT')
  const limit = opt !== undefined && 'udpPayloadSize' in opt ? opt.udpPayloadSize : 512
  if (full.length <= limit) return full
  const truncated = { ...reply, answers: [], flags: reply.flags! | dnsPacket.TRUNCATED_RESPONSE }
  return dnsPacket.encode(truncated)
}

export interface DnsServerOptions {
  /** The loopback address to listen on (default 127.0.0.1). */
  host?: string
  /** The port (UDP and TCP); default: a free one. */
  port?: number
}

export const startDnsServer = async (
  zone: Zone,
  opts: DnsServerOptions = {}
): Promise<TestDnsServer> => {
  const host = opts.host ?? '127.0.0.1'
  const queries: LoggedQuery[] = []
  const handle = (buf: Buffer, transport: 'udp' | 'tcp'): Buffer | undefined => {
    let query: DecodedPacket
    try {
      query = dnsPacket.decode(buf)
    } catch {
      return undefined
    }
    const q = query.questions?.[0]
    if (q !== undefined) queries.push({ transport, name: norm(q.name), type: q.type })
    return respond(zone, query, transport)
  }

  const sockets = new Set<net.Socket>()
  const tcp = net.createServer(socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let pending = Buffer.alloc(0)
    socket.on('data', chunk => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const len = pending.readUInt16BE(0)
        const out = handle(pending.subarray(2, 2 + len), 'tcp')
        pending = pending.subarray(2 + len)
        if (out === undefined) continue
        const framed = Buffer.alloc(2 + out.length)
        framed.writeUInt16BE(out.length, 0)
        out.copy(framed, 2)
        socket.write(framed)
      }
    })
  })

  // One port for both transports: take a free UDP port, then listen on it over TCP (again with
  // another port when TCP finds it taken).
  let udp: dgram.Socket
  let port: number
  for (let attempt = 0; ; attempt++) {
    const socket = dgram.createSocket('udp4')
    socket.on('message', (msg, rinfo) => {
      const out = handle(msg, 'udp')
      if (out !== undefined) socket.send(out, rinfo.port, rinfo.address)
    })
    const bound = await new Promise<boolean>(resolve => {
      socket.once('error', () => resolve(false))
      socket.bind(opts.port ?? 0, host, () => resolve(true))
    })
    if (!bound) throw new Error(`UDP port ${opts.port} of ${host} is taken`)
    const candidate = socket.address().port
    const listened = await new Promise<boolean>(resolve => {
      const onError = (): void => resolve(false)
      tcp.once('error', onError)
      tcp.listen(candidate, host, () => {
        tcp.off('error', onError)
        resolve(true)
      })
    })
    if (listened) {
      udp = socket
      port = candidate
      break
    }
    await new Promise<void>(resolve => socket.close(() => resolve()))
    if (opts.port !== undefined) throw new Error(`TCP port ${opts.port} of ${host} is taken`)
    if (attempt === 5) throw new Error('no port free for both UDP and TCP')
  }

  return {
    address: `${host}:${port}`,
    port,
    queries,
    count: (name, type, transport) =>
      queries.filter(
        q =>
          q.name === norm(name) &&
          (type === undefined || q.type === type) &&
          (transport === undefined || q.transport === transport)
      ).length,
    reset: () => void queries.splice(0),
    close: async () => {
      for (const s of sockets) s.destroy()
      await Promise.all([
        new Promise<void>(resolve => udp.close(() => resolve())),
        new Promise<void>(resolve => tcp.close(() => resolve()))
      ])
    }
  }
}

/**
 * Name servers on 127.0.0.2, 127.0.0.3, ... (one per zone given), all on one port, as the
 * authoritative servers of a zone are on port 53 of their own addresses. Tries a few ports when
 * one is taken on a later address.
 */
export const startNameServers = async (
  zones: readonly Zone[]
): Promise<{ servers: TestDnsServer[]; port: number; close(): Promise<void> }> => {
  for (let attempt = 0; ; attempt++) {
    const servers: TestDnsServer[] = []
    try {
      for (const [i, zone] of zones.entries()) {
        const port = servers[0]?.port
        servers.push(
          await startDnsServer(zone, {
            host: `127.0.0.${i + 2}`,
            ...(port !== undefined && { port })
          })
        )
      }
      const close = async () => void (await Promise.all(servers.map(s => s.close())))
      return { servers, port: servers[0]?.port ?? 0, close }
    } catch (e) {
      await Promise.all(servers.map(s => s.close()))
      if (attempt === 5) throw e
    }
  }
}

/**
 * A loopback port nothing listens on (UDP and TCP): a query sent there is refused (ICMP port
 * unreachable, then a TCP RST).
 */
export const closedPort = async (): Promise<number> => {
  const probe = dgram.createSocket('udp4')
  await new Promise<void>(resolve => probe.bind(0, '127.0.0.1', () => resolve()))
  const { port } = probe.address()
  await new Promise<void>(resolve => probe.close(() => resolve()))
  return port
}
