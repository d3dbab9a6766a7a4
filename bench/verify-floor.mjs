// The floor of section 6 of bench/run.mjs: what Node's own modules cost for the I/O a
// verification of the bench domains does, with nothing of this project in the process. Per
// domain, as src/verify does it: the 9 DNS queries of node:dns/promises at once on a resolver
// from a pool (_mta-sts TXT, mta-sts A and AAAA, the domain's MX, _smtp._tls TXT, and each of
// those names' CNAME), then one node:https GET of the policy over a TLS connection made with a
// secure context shared by the run (TLS 1.2 or newer, the bench's CA), the peer certificate read
// and checked for the host. Concurrency 16, as the tool's default. No deadline, no lint, no
// report: a lower bound for any verification built on these modules, not a competitor.
//
// `BENCH_DNS=… BENCH_HTTPS_PORT=… BENCH_CA_FILE=… node bench/verify-floor.mjs N` prints the one
// JSON line bench/verify-run.mjs prints: { setupMs, verifyMs, verifyCpuMs, verifyBusy, domains,
// unhealthy, unhealthyCount }. A domain is unhealthy when its answers are not the zone's (so the
// floor cannot pass by doing less than the tool).
import { Resolver } from 'node:dns/promises'
import { readFileSync } from 'node:fs'
import https from 'node:https'
import { performance } from 'node:perf_hooks'
import tls from 'node:tls'
import { benchDomains, mxHost, policyHost, policyText, RECORD_ID } from './verify-fixtures.mjs'

const started = performance.now()
const count = Number(process.argv[2])
const { BENCH_DNS: dnsServer, BENCH_HTTPS_PORT: portText, BENCH_CA_FILE: caFile } = process.env
if (!Number.isInteger(count) || count < 1 || !dnsServer || !portText || !caFile) {
  console.error('usage: BENCH_DNS=… BENCH_HTTPS_PORT=… BENCH_CA_FILE=… verify-floor.mjs N')
  process.exit(2)
}
const port = Number(portText)
const CONCURRENCY = 16
const secureContext = tls.createSecureContext({
  ca: readFileSync(caFile, 'utf8'),
  minVersion: 'TLSv1.2'
})

const idle = []
const newResolver = () => {
  const r = new Resolver({ timeout: 2000, tries: 3 })
  r.setServers([dnsServer])
  return r
}
const resolver = () => idle.pop() ?? newResolver()
const settle = p =>
  p.then(
    value => ({ value }),
    error => ({ error })
  )

/** GET the policy of `host`: status, body and whether the certificate is trusted and for `host`. */
const get = host =>
  new Promise(resolve => {
    const req = https.request({
      host: '127.0.0.1',
      port,
      path: '/.well-known/mta-sts.txt',
      headers: { host, accept: 'text/plain' },
      createConnection: () =>
        tls.connect({
          host: '127.0.0.1',
          port,
          servername: host,
          minVersion: 'TLSv1.2',
          rejectUnauthorized: false,
          checkServerIdentity: () => undefined,
          secureContext
        })
    })
    req.on('error', error => resolve({ error }))
    req.on('response', res => {
      const socket = res.socket
      const cert = socket.getPeerX509Certificate()
      const certOk = socket.authorized && cert?.checkHost(host) !== undefined
      const chunks = []
      res.on('data', c => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode, certOk, body: Buffer.concat(chunks).toString('utf8') })
      )
    })
    req.end()
  })

/** Why `domain`'s answers are not the zone's; undefined when they are. */
const verifyOne = async domain => {
  const r = resolver()
  const host = policyHost(domain)
  const [sts, , a, , , mx, , rpt] = await Promise.all([
    settle(r.resolveTxt(`_mta-sts.${domain}`)),
    settle(r.resolveCname(`_mta-sts.${domain}`)),
    settle(r.resolve4(host)),
    settle(r.resolve6(host)),
    settle(r.resolveCname(host)),
    settle(r.resolveMx(domain)),
    settle(r.resolveCname(domain)),
    settle(r.resolveTxt(`_smtp._tls.${domain}`)),
    settle(r.resolveCname(`_smtp._tls.${domain}`))
  ])
  idle.push(r)
  if (sts.value?.[0]?.join('') !== `v=STSv1; id=${RECORD_ID}`) return 'the _mta-sts record'
  if (a.value?.[0] !== '127.0.0.1') return 'the policy host address'
  if (mx.value?.[0]?.exchange !== mxHost(domain)) return 'the MX'
  if (!rpt.value?.[0]?.join('').startsWith('v=TLSRPTv1;')) return 'the TLS-RPT record'
  const got = await get(host)
  if (got.error !== undefined) return `the policy: ${got.error.message}`
  if (got.status !== 200 || !got.certOk || got.body !== policyText(domain)) return 'the policy'
  return undefined
}

const domains = benchDomains(count)
const verifyStart = performance.now()
const cpuStart = process.cpuUsage()
const eluStart = performance.eventLoopUtilization()
const bad = []
let next = 0
await Promise.all(
  Array.from({ length: Math.min(CONCURRENCY, count) }, async () => {
    while (next < domains.length) {
      const domain = domains[next++]
      const why = await verifyOne(domain)
      if (why !== undefined) bad.push({ domain, why })
    }
  })
)
const cpu = process.cpuUsage(cpuStart)
const elu = performance.eventLoopUtilization(eluStart)
process.stdout.write(
  JSON.stringify({
    setupMs: verifyStart - started,
    verifyMs: performance.now() - verifyStart,
    verifyCpuMs: (cpu.user + cpu.system) / 1000,
    verifyBusy: elu.utilization,
    domains: count,
    unhealthy: bad.slice(0, 5),
    unhealthyCount: bad.length
  }) + '\n'
)
