/**
 * The verify stage's settings: which concurrency wins (the flag or input, then the config's
 * verify.concurrency, then 16), seen as the most domains in flight at once.
 */
import { describe, expect, it } from '@jest/globals'
import { runVerifyStage, VERIFY_CONCURRENCY } from '../../src/check/verify-stage.js'
import type { DnsAnswer } from '../../src/verify/types.js'
import type { VerificationPorts } from '../../src/verify/run-verification.js'

const absent = (name: string): DnsAnswer<never> => ({
  ok: false,
  error: { code: 'ENOTFOUND', name, message: 'NXDOMAIN' },
  cnames: []
})

/**
 * Ports whose `_mta-sts` TXT lookup (one a domain) holds each domain for a few turns of the event loop and
 * counts how many are held at once; every other lookup finds nothing, so no fetch follows.
 */
const counting = (): { ports: () => Promise<VerificationPorts>; peak: () => number } => {
  let now = 0
  let peak = 0
  const ports = (): Promise<VerificationPorts> =>
    Promise.resolve({
      dns: {
        txt: async name => {
          if (!name.startsWith('_mta-sts.')) return Promise.resolve(absent(name))
          now++
          peak = Math.max(peak, now)
          for (let i = 0; i < 5; i++) await new Promise(resolve => setImmediate(resolve))
          now--
          return absent(name)
        },
        addresses: host => Promise.resolve(absent(host)),
        mx: domain => Promise.resolve(absent(domain))
      },
      fetcher: {
        fetch: domain => Promise.resolve({ url: `https://mta-sts.${domain}/`, elapsedMs: 0 })
      },
      now: () => new Date('2026-01-01T00:00:00Z'),
      sleep: () => Promise.resolve(),
      random: () => 0.5,
      log: () => undefined
    })
  return { ports, peak: () => peak }
}

const domains = Array.from({ length: 40 }, (_, i) => ({ domain: `d${i}.example` }))
const base = { dnsServers: [], timeoutMs: 10_000, waitSeconds: 0 }

describe('runVerifyStage concurrency', () => {
  it.each<[string, number | undefined, number | undefined, number]>([
    ['nothing set: the default', undefined, undefined, VERIFY_CONCURRENCY],
    ["the config's verify.concurrency", undefined, 3, 3],
    ['the flag or input over the config', 5, 3, 5],
    ['the flag alone', 1, undefined, 1]
  ])('%s', async (_, flag, config, want) => {
    const c = counting()
    const result = await runVerifyStage(
      domains,
      { ...base, ports: c.ports, ...(flag !== undefined && { concurrency: flag }) },
      config === undefined ? {} : { concurrency: config }
    )
    expect(result.domains).toHaveLength(domains.length)
    expect(c.peak()).toBe(want)
  })
})
