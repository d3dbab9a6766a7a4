// The deployed domains of sections 6 and 7 of bench/run.mjs, shared by the servers that serve
// them (bench/verify-servers.mjs), the process that verifies them (bench/verify-run.mjs) and the
// bench that checks the results: N distinct domains d00001.bench.test, d00002.bench.test, ...,
// each healthy: an _mta-sts record, its policy host mta-sts.<domain> at 127.0.0.1 serving an
// enforce policy that covers its MX, and a TLS-RPT record. The zone is a rule, not a table, so
// the servers hold nothing per domain but its certificate. No dependencies.

export const ZONE_SUFFIX = 'bench.test'
/** Every name has the same length (the servers patch one certificate per name into a template). */
export const NAME_DIGITS = 5
export const MAX_DOMAINS = 10 ** NAME_DIGITS - 1
export const RECORD_ID = '20250101T000000Z'
export const MAX_AGE = 604800

/** The i-th domain, 1-based: `d00001.bench.test`. */
export const benchDomain = i => {
  if (!Number.isInteger(i) || i < 1 || i > MAX_DOMAINS) {
    throw new RangeError(`bench domains are numbered 1 to ${MAX_DOMAINS}: ${i}`)
  }
  return `d${String(i).padStart(NAME_DIGITS, '0')}.${ZONE_SUFFIX}`
}

/** The first `n` domains. */
export const benchDomains = n => Array.from({ length: n }, (_, i) => benchDomain(i + 1))

/** The number of `domain` when it is one of the first `n` (lower case, no trailing dot), else 0. */
export const benchIndex = (domain, n) => {
  const m = /^d([0-9]+)\.bench\.test$/.exec(domain)
  if (m === null || m[1].length !== NAME_DIGITS) return 0
  const i = Number(m[1])
  return i >= 1 && i <= n ? i : 0
}

export const mxHost = domain => `mail.${domain}`
export const policyHost = domain => `mta-sts.${domain}`

/** What mta-sts.<domain> serves at /.well-known/mta-sts.txt. */
export const policyText = domain =>
  `version: STSv1\nmode: enforce\nmx: ${mxHost(domain)}\nmax_age: ${MAX_AGE}\n`

/**
 * What the zone of the first `n` domains holds at `name` (lower case, no trailing dot), in the
 * form bench/verify-servers.mjs answers from; undefined for a name not held (NXDOMAIN). A held
 * name without records of the type asked is NODATA (mta-sts.<domain> has an A record, no AAAA).
 */
export const zoneEntries = (name, n) => {
  const rule = [
    ['_mta-sts.', () => [{ type: 'TXT', strings: [`v=STSv1; id=${RECORD_ID}`] }]],
    ['mta-sts.', () => [{ type: 'A', address: '127.0.0.1' }]],
    ['_smtp._tls.', d => [{ type: 'TXT', strings: [`v=TLSRPTv1; rua=mailto:tls-reports@${d}`] }]],
    ['', d => [{ type: 'MX', exchange: mxHost(d), priority: 10 }]]
  ].find(([prefix]) => name.startsWith(prefix))
  const domain = name.slice(rule[0].length)
  return benchIndex(domain, n) === 0 ? undefined : rule[1](domain)
}

/** Why a verified domain is not the healthy deployment served here; undefined when it is. */
export const unhealthy = v => {
  if (v.findings.length > 0) {
    return v.findings.map(f => `${f.rule}/${f.severity}: ${f.message}`).join('; ')
  }
  const live = v.live
  if (live === undefined) return 'nothing observed live'
  const mx = JSON.stringify(live.mx)
  if (live.status !== 200) return `HTTP status ${live.status ?? 'none'}`
  if (live.id !== RECORD_ID) return `live id ${live.id ?? 'none'} (expected ${RECORD_ID})`
  if (live.policy?.mode !== 'enforce' || live.policy?.max_age !== MAX_AGE) {
    return `served policy ${JSON.stringify(live.policy)}`
  }
  if (mx !== JSON.stringify([mxHost(v.domain)])) return `live MX ${mx}`
  return undefined
}
