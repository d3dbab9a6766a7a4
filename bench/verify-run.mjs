// One measured process of section 6 of bench/run.mjs: verifies the first N bench domains as the
// CLI's `verify` and `check --verify` do (src/check/verify-stage.ts: verifyDomains with
// VERIFY_CONCURRENCY, CERT_EXPIRY_DAYS, the Public Suffix check loaded for the run, the real DNS
// and HTTPS adapters, the real clock), with the DNS server and the CA of bench/verify-servers.mjs
// in place of the system's resolvers and trust store, and the CLI's default --timeout (60 s).
//
// `node bench/verify-run.mjs <verify core bundle> N`, with BENCH_DNS (127.0.0.1:PORT),
// BENCH_HTTPS_PORT and BENCH_CA_FILE set. Prints one JSON line: { setupMs, verifyMs, verifyCpuMs
// (this process's CPU time while verifying, all threads), verifyBusy (the share of that time its
// event loop was busy), domains, unhealthy: [{ domain, why }] (the first 5),
// unhealthyCount }. Exits 0 whatever it found (the bench judges), 2 on a usage error.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { benchDomains, unhealthy } from './verify-fixtures.mjs'

const started = performance.now()
const [bundle, n] = process.argv.slice(2)
const count = Number(n)
const { BENCH_DNS: dnsServer, BENCH_HTTPS_PORT: port, BENCH_CA_FILE: caFile } = process.env
if (!bundle || !Number.isInteger(count) || count < 1 || !dnsServer || !port || !caFile) {
  console.error('usage: BENCH_DNS=… BENCH_HTTPS_PORT=… BENCH_CA_FILE=… verify-run.mjs BUNDLE N')
  process.exit(2)
}

const core = await import(pathToFileURL(bundle).href)
const ports = {
  dns: core.createDnsLookup({ servers: [dnsServer] }),
  fetcher: core.createPolicyFetcher({ port: Number(port), ca: readFileSync(caFile, 'utf8') }),
  now: () => new Date(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random,
  log: () => undefined
}
const settings = {
  timeoutMs: 60_000,
  waitSeconds: 0,
  certExpiryDays: core.CERT_EXPIRY_DAYS,
  concurrency: core.VERIFY_CONCURRENCY,
  isPublicSuffix: await core.loadPublicSuffixCheck()
}
const domains = benchDomains(count).map(domain => ({ domain }))

const verifyStart = performance.now()
const cpuStart = process.cpuUsage()
const eluStart = performance.eventLoopUtilization()
const verified = await core.verifyDomains(domains, settings, ports)
const cpu = process.cpuUsage(cpuStart)
const elu = performance.eventLoopUtilization(eluStart)
const verifyEnd = performance.now()

const bad = verified
  .map(v => ({ domain: v.domain, why: unhealthy(v) }))
  .filter(b => b.why !== undefined)
process.stdout.write(
  JSON.stringify({
    setupMs: verifyStart - started,
    verifyMs: verifyEnd - verifyStart,
    verifyCpuMs: (cpu.user + cpu.system) / 1000,
    verifyBusy: elu.utilization,
    domains: verified.length,
    unhealthy: bad.slice(0, 5),
    unhealthyCount: bad.length
  }) + '\n'
)
