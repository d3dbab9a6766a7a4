/**
 * The test CA's domain as the end-to-end verification tests deploy it: its policies and ids, the
 * zone a loopback DNS server serves for it, and the ports a run verifies through, on a virtual
 * clock (only the wait's sleeps move it), so a wait of minutes takes no time.
 */
import type { VerificationPorts } from '../../src/verify/run-verification.js'
import type { Zone } from './dns-server.js'
import { DOMAIN, HOST } from './test-ca.js'

export const OLD_ID = '20250101T000000Z'
export const NEW_ID = '20250601T000000Z'

/** An enforce policy for the domain's one MX host. */
export const domainPolicy = (maxAge: number): string =>
  `version: STSv1\nmode: enforce\nmx: mail.${DOMAIN}\nmax_age: ${maxAge}\n`
export const OLD_POLICY = domainPolicy(604800)
export const NEW_POLICY = domainPolicy(1209600)

/** Publishes `id` in the zone's `_mta-sts` record. */
export const setRecordId = (zone: Zone, id: string): void => {
  zone[`_mta-sts.${DOMAIN}`] = [{ type: 'TXT', strings: [`v=STSv1; id=${id}`] }]
}

/**
 * A healthy deployment's records: the `_mta-sts` record with `id`, the policy host on 127.0.0.1,
 * the MX host the policies name, and a TLS-RPT record.
 */
export const healthyZone = (id: string): Zone => {
  const zone: Zone = {
    [HOST]: [{ type: 'A', address: '127.0.0.1' }],
    [DOMAIN]: [{ type: 'MX', exchange: `mail.${DOMAIN}`, priority: 10 }],
    [`_smtp._tls.${DOMAIN}`]: [{ type: 'TXT', strings: [`v=TLSRPTv1; rua=mailto:tls@${DOMAIN}`] }]
  }
  setRecordId(zone, id)
  return zone
}

/**
 * The files of a repository that commits the domain's policy (a Pages site) and its `_mta-sts`
 * record with `id` (a zone file beside the MX host and a TLS-RPT record).
 */
export const committedFiles = (policyText: string, id: string): Record<string, string> => ({
  '.well-known/mta-sts.txt': policyText,
  CNAME: HOST,
  '.nojekyll': '',
  [`dns/${DOMAIN}.zone`]: `$ORIGIN ${DOMAIN}.\n@ IN MX 10 mail.${DOMAIN}.\n_mta-sts IN TXT "v=STSv1; id=${id}"\n_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@${DOMAIN}"\n`
})

/** The probes a run uses; the clock and the rest are made by virtualClockPorts. */
type Probes = Pick<VerificationPorts, 'dns' | 'fetcher' | 'authoritative' | 'smtp'>

/**
 * Verification ports made fresh for each run from `probes()`, with a clock that starts now and
 * moves only when the wait sleeps; `onSleep` runs at each sleep, `onLog` sees each log line.
 */
export const virtualClockPorts =
  (probes: () => Probes, hooks: { onSleep?: () => void; onLog?: (line: string) => void } = {}) =>
  (log: (line: string) => void): Promise<VerificationPorts> => {
    let now = Date.now()
    return Promise.resolve({
      ...probes(),
      now: () => new Date(now),
      sleep: ms => {
        now += ms
        hooks.onSleep?.()
        return new Promise(resolve => setImmediate(resolve))
      },
      random: () => 0.5,
      log: line => {
        hooks.onLog?.(line)
        log(line)
      }
    })
  }
