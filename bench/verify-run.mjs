// One measured process of sections 6 and 7 of bench/run.mjs, with the DNS server and the CA of
// bench/verify-servers.mjs in place of the system's resolvers and trust store (BENCH_DNS
// 127.0.0.1:PORT, BENCH_HTTPS_PORT, BENCH_CA_FILE set). Two forms:
//
// `node bench/verify-run.mjs <verify core bundle> N` (section 6) verifies the first N bench
// domains as the CLI's `verify` and `check --verify` do (src/check/verify-stage.ts: verifyDomains
// with VERIFY_CONCURRENCY, CERT_EXPIRY_DAYS, the Public Suffix check loaded for the run, the real
// DNS and HTTPS adapters, the real clock) and the CLI's default --timeout (60 s). Prints one JSON
// line: { setupMs, verifyMs, verifyCpuMs (this process's CPU time while verifying, all threads),
// verifyBusy (the share of that time its event loop was busy), domains, unhealthy: [{ domain,
// why }] (the first 5), unhealthyCount }.
//
// `node bench/verify-run.mjs <CLI core bundle> --cli ARG...` (section 7) runs the CLI itself,
// runCli(ARG..., nodeIO()) from src/cli, with one change: its verification goes through the real
// DNS and HTTPS adapters made with the bench's DNS server, port and CA (the `verifyPorts` of
// CliIO that tests use), so `verify --domains-file FILE --shard I/N --format json --output OUT`
// reads, shards, verifies and writes its report as a user's run does. Prints one JSON line last:
// { setupMs, cliMs (the runCli call), cliCpuMs, cliBusy (event-loop use during it), exitCode }.
//
// Exits 0 whatever it found (the bench judges), 2 on a usage error.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { benchDomains, unhealthy } from './verify-fixtures.mjs'

const started = performance.now()
const [bundle, n, ...cliArgs] = process.argv.slice(2)
const cli = n === '--cli'
const count = Number(n)
const { BENCH_DNS: dnsServer, BENCH_HTTPS_PORT: port, BENCH_CA_FILE: caFile } = process.env
if (
  !bundle ||
  !(cli || (Number.isInteger(count) && count >= 1)) ||
  !dnsServer ||
  !port ||
  !caFile
) {
  console.error(
    'usage: BENCH_DNS=… BENCH_HTTPS_PORT=… BENCH_CA_FILE=… verify-run.mjs BUNDLE (N | --cli ARG...)'
  )
  process.exit(2)
}

const core = await import(pathToFileURL(bundle).href)
/** The ports src/check/verify-stage.ts makes, with the bench's servers and CA. */
const benchPorts = log => ({
  dns: core.createDnsLookup({ servers: [dnsServer] }),
  fetcher: core.createPolicyFetcher({ port: Number(port), ca: readFileSync(caFile, 'utf8') }),
  now: () => new Date(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random,
  log
})

if (cli) {
  const cliStart = performance.now()
  const cpuStart = process.cpuUsage()
  const eluStart = performance.eventLoopUtilization()
  const exitCode = await core.runCli(cliArgs, {
    ...core.nodeIO(),
    verifyPorts: async log => benchPorts(log)
  })
  const cpu = process.cpuUsage(cpuStart)
  process.stdout.write(
    '\n' +
      JSON.stringify({
        setupMs: cliStart - started,
        cliMs: performance.now() - cliStart,
        cliCpuMs: (cpu.user + cpu.system) / 1000,
        cliBusy: performance.eventLoopUtilization(eluStart).utilization,
        exitCode
      }) +
      '\n'
  )
} else {
  const ports = benchPorts(() => undefined)
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
}
