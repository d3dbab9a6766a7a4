// The deployment verified in sections 6 and 7 of bench/run.mjs, served on 127.0.0.1 by this process
// (forked by the bench, never measured itself): a DNS server (wire protocol through dns-packet,
// UDP and TCP on one port) answering from the zone of bench/verify-fixtures.mjs, and one HTTPS
// server for all the mta-sts.<domain> hosts, each with a certificate of its own (chosen by SNI)
// signed by a CA made here at start-up (selfsigned).
//
// One wildcard cannot cover them all (`*.bench.test` matches mta-sts.bench.test, not
// mta-sts.d00001.bench.test), and a certificate naming 1,000 hosts would make every handshake
// parse them all. selfsigned takes ~14 ms a certificate here (over 10 s for 1,000), so it makes
// one as a template, and the others are that certificate with the host name and serial number
// replaced (same lengths) and re-signed by the CA with node:crypto, ~0.4 ms each. All RSA 2048 and
// SHA-256; every certificate is checked against the CA and its host before it is served.
//
// `node bench/verify-servers.mjs N` serves the first N domains. Over IPC it sends
// { ready: { dns, httpsPort, ca, setupMs } } once listening, and answers 'stats' with its
// counters, CPU time and event-loop use so far (the bench takes the difference around a run).
import { X509Certificate, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto'
import dgram from 'node:dgram'
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import { performance } from 'node:perf_hooks'
import dnsPacket from 'dns-packet'
import { generate } from 'selfsigned'
import {
  benchDomains,
  policyHost,
  policyText,
  ZONE_SUFFIX,
  zoneEntries
} from './verify-fixtures.mjs'

const setupStart = performance.now()
const count = Number(process.argv[2])
if (!Number.isInteger(count) || count < 1) throw new Error(`usage: verify-servers.mjs N (${count})`)
if (typeof process.send !== 'function') throw new Error('verify-servers.mjs runs forked, with IPC')

const stats = {
  dnsQueries: 0,
  dnsTcp: 0,
  handshakes: 0,
  requests: 0,
  notFound: 0
}

// ---------------------------------------------------------------------------------------------
// Certificates

const DAY = 24 * 60 * 60 * 1000
const at = ms => new Date(Math.floor(ms / 1000) * 1000)
const now = Date.now()

const ca = await generate([{ name: 'commonName', value: 'mta-sts-lint bench CA' }], {
  algorithm: 'sha256',
  keySize: 2048,
  notBeforeDate: at(now - 10 * DAY),
  notAfterDate: at(now + 365 * DAY),
  extensions: [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
  ]
})
const caKey = createPrivateKey(ca.private)
const caCert = new X509Certificate(ca.cert)
// One key pair for every leaf: only the names, serials and signatures differ.
const leafKeys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
})

const domains = benchDomains(count)
const templateHost = policyHost(
  `d${'0'.repeat(domains[0].length - ZONE_SUFFIX.length - 2)}.${ZONE_SUFFIX}`
)
const template = await generate([{ name: 'commonName', value: templateHost }], {
  algorithm: 'sha256',
  keySize: 2048,
  keyPair: { privateKey: leafKeys.privateKey, publicKey: leafKeys.publicKey },
  ca: { key: ca.private, cert: ca.cert },
  notBeforeDate: at(now - DAY),
  notAfterDate: at(now + 90 * DAY),
  extensions: [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 2, value: templateHost }] }
  ]
})

/** A DER element at `offset`: where its content starts and ends. */
const element = (der, offset) => {
  let len = der[offset + 1]
  let start = offset + 2
  if (len & 0x80) {
    const bytes = len & 0x7f
    len = der.readUIntBE(offset + 2, bytes)
    start += bytes
  }
  return { tag: der[offset], start, end: start + len }
}

const templateDer = new X509Certificate(template.cert).raw
const outer = element(templateDer, 0)
const tbs = element(templateDer, outer.start)
const tbsFirst = element(templateDer, tbs.start) // [0] version
const serial = element(templateDer, tbsFirst.end)
const signatureAlgorithm = element(templateDer, tbs.end)
const signature = element(templateDer, signatureAlgorithm.end) // BIT STRING: 0 unused bits, bytes
const SIG_BYTES = 256 // RSA 2048
if (
  tbsFirst.tag !== 0xa0 ||
  serial.tag !== 0x02 ||
  serial.end - serial.start < 6 ||
  signature.tag !== 0x03 ||
  signature.end !== templateDer.length ||
  signature.end - signature.start !== SIG_BYTES + 1
) {
  throw new Error('the template certificate is not laid out as expected')
}
const templateName = Buffer.from(templateHost, 'ascii')

/** The template with `host` (as long as the template's) and serial `n`, signed by the CA. */
const certificateFor = (host, n) => {
  const der = Buffer.from(templateDer)
  const name = Buffer.from(host, 'ascii')
  if (name.length !== templateName.length) throw new Error(`${host}: not the template's length`)
  let replaced = 0
  for (let pos = der.indexOf(templateName, tbs.start); pos !== -1 && pos < tbs.end;) {
    name.copy(der, pos)
    replaced++
    pos = der.indexOf(templateName, pos + name.length)
  }
  if (replaced !== 2)
    throw new Error(`${templateHost} found ${replaced} times (CN and SAN expected)`)
  der.writeUInt32BE(n, serial.end - 4)
  sign('sha256', der.subarray(outer.start, tbs.end), caKey).copy(der, der.length - SIG_BYTES)
  const x509 = new X509Certificate(der)
  if (!x509.verify(caCert.publicKey) || x509.checkHost(host) !== host) {
    throw new Error(`the certificate made for ${host} does not verify`)
  }
  return x509.toString()
}

// Every certificate and its TLS context are made now (~0.4 + ~0.5 ms, ~18 KB a domain), not at
// the handshake: a context made then cost the servers as much CPU as the rest of their work for
// the domain, enough to set the pace of a run.
const contexts = new Map(
  domains.map((domain, i) => {
    const host = policyHost(domain)
    const cert = certificateFor(host, i + 1)
    return [host, tls.createSecureContext({ key: leafKeys.privateKey, cert })]
  })
)

// ---------------------------------------------------------------------------------------------
// DNS: authoritative answers from the zone (NXDOMAIN for a name not held, NODATA for a type not
// held), over UDP (truncated, TC, when longer than the client's buffer) and TCP.

const norm = name => name.toLowerCase().replace(/\.$/, '')
const RCODE_NXDOMAIN = 3

const record = (name, e) => {
  const base = { name, ttl: 300, class: 'IN' }
  switch (e.type) {
    case 'TXT':
      return { ...base, type: 'TXT', data: e.strings.map(s => Buffer.from(s, 'utf8')) }
    case 'A':
      return { ...base, type: 'A', data: e.address }
    case 'MX':
      return { ...base, type: 'MX', data: { exchange: e.exchange, preference: e.priority } }
  }
  throw new Error(`no ${e.type} records here`)
}

const respond = (buf, transport) => {
  let query
  try {
    query = dnsPacket.decode(buf)
  } catch {
    return undefined
  }
  const q = query.questions?.[0]
  if (q === undefined) return undefined
  stats.dnsQueries++
  if (transport === 'tcp') stats.dnsTcp++
  const name = norm(q.name)
  const entries = zoneEntries(name, count)
  const answers = (entries ?? []).filter(e => e.type === q.type).map(e => record(name, e))
  const reply = {
    type: 'response',
    id: query.id,
    flags:
      dnsPacket.AUTHORITATIVE_ANSWER |
      ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) |
      (entries === undefined ? RCODE_NXDOMAIN : 0),
    questions: [q],
    answers
  }
  const full = dnsPacket.encode(reply)
  if (transport === 'tcp') return full
  const opt = query.additionals?.find(a => a.type === 'OPT')
  const limit = opt?.udpPayloadSize ?? 512
  if (full.length <= limit) return full
  return dnsPacket.encode({
    ...reply,
    answers: [],
    flags: reply.flags | dnsPacket.TRUNCATED_RESPONSE
  })
}

const tcp = net.createServer(socket => {
  socket.on('error', () => undefined)
  let pending = Buffer.alloc(0)
  socket.on('data', chunk => {
    pending = Buffer.concat([pending, chunk])
    while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
      const len = pending.readUInt16BE(0)
      const out = respond(pending.subarray(2, 2 + len), 'tcp')
      pending = pending.subarray(2 + len)
      if (out === undefined) continue
      const framed = Buffer.alloc(2 + out.length)
      framed.writeUInt16BE(out.length, 0)
      out.copy(framed, 2)
      socket.write(framed)
    }
  })
})

// One port for both transports: a free UDP port, then TCP on it (another pair when it is taken).
let dnsPort
for (let attempt = 0; dnsPort === undefined; attempt++) {
  const udp = dgram.createSocket('udp4')
  udp.on('message', (msg, rinfo) => {
    const out = respond(msg, 'udp')
    if (out !== undefined) udp.send(out, rinfo.port, rinfo.address)
  })
  await new Promise(resolve => udp.bind(0, '127.0.0.1', resolve))
  const candidate = udp.address().port
  const listening = await new Promise(resolve => {
    const onError = () => resolve(false)
    tcp.once('error', onError)
    tcp.listen(candidate, '127.0.0.1', () => {
      tcp.off('error', onError)
      resolve(true)
    })
  })
  if (listening) dnsPort = candidate
  else if (attempt === 5) throw new Error('no port free for both UDP and TCP')
  else await new Promise(resolve => udp.close(resolve))
}

// ---------------------------------------------------------------------------------------------
// HTTPS: the policy of the domain named by SNI and Host, 404 for anything else.

const site = https.createServer(
  {
    key: leafKeys.privateKey,
    cert: template.cert,
    SNICallback: (servername, cb) => cb(null, contexts.get(norm(servername)))
  },
  (req, res) => {
    stats.requests++
    res.on('error', () => undefined)
    const host = norm((req.headers.host ?? '').replace(/:\d+$/, ''))
    const sni = req.socket.servername
    if (req.url === '/.well-known/mta-sts.txt' && host === sni && contexts.has(host)) {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(policyText(host.slice('mta-sts.'.length)))
    } else {
      stats.notFound++
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found\n')
    }
  }
)
site.on('secureConnection', socket => {
  stats.handshakes++
  socket.on('error', () => undefined)
})
site.on('tlsClientError', () => undefined)
site.on('clientError', (_err, socket) => socket.destroy())
await new Promise(resolve => site.listen(0, '127.0.0.1', resolve))

// ---------------------------------------------------------------------------------------------

process.on('message', message => {
  if (message !== 'stats') return
  const cpu = process.cpuUsage()
  const elu = performance.eventLoopUtilization()
  process.send({
    stats: { ...stats, cpuMs: (cpu.user + cpu.system) / 1000, busyMs: elu.active }
  })
})
// The bench going away (or disconnecting) ends this process.
process.on('disconnect', () => process.exit(0))

process.send({
  ready: {
    dns: `127.0.0.1:${dnsPort}`,
    httpsPort: site.address().port,
    ca: ca.cert,
    setupMs: performance.now() - setupStart
  }
})
