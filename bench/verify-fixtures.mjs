// The deployed domains of section 6 of bench/run.mjs, shared by the servers that serve them
// (bench/verify-servers.mjs) and the process that verifies them (bench/verify-run.mjs): N distinct
// domains d0001.bench.test, d0002.bench.test, ..., each healthy: an _mta-sts record, its policy
// host mta-sts.<domain> at 127.0.0.1 serving an enforce policy that covers its MX, and a TLS-RPT
// record. No dependencies: the verifying process loads this and nothing else of the bench.

export const ZONE_SUFFIX = 'bench.test'
/** Every name has the same length (the servers patch one certificate per name into a template). */
export const NAME_DIGITS = 4
export const MAX_DOMAINS = 10 ** NAME_DIGITS - 1
export const RECORD_ID = '20250101T000000Z'
export const MAX_AGE = 604800

/** The i-th domain, 1-based: `d0001.bench.test`. */
export const benchDomain = i => {
  if (!Number.isInteger(i) || i < 1 || i > MAX_DOMAINS) {
    throw new RangeError(`bench domains are numbered 1 to ${MAX_DOMAINS}: ${i}`)
  }
  return `d${String(i).padStart(NAME_DIGITS, '0')}.${ZONE_SUFFIX}`
}

/** The first `n` domains. */
export const benchDomains = n => Array.from({ length: n }, (_, i) => benchDomain(i + 1))

export const mxHost = domain => `mail.${domain}`
export const policyHost = domain => `mta-sts.${domain}`

/** What mta-sts.<domain> serves at /.well-known/mta-sts.txt. */
export const policyText = domain =>
  `version: STSv1\nmode: enforce\nmx: ${mxHost(domain)}\nmax_age: ${MAX_AGE}\n`

/**
 * The zone of the first `n` domains: lower-case names (no trailing dot) to their records, in the
 * form bench/verify-servers.mjs answers from. A name not listed is NXDOMAIN; a listed name without
 * records of the type asked is NODATA (mta-sts.<domain> has an A record and no AAAA).
 */
export const benchZone = n => {
  const zone = new Map()
  for (const domain of benchDomains(n)) {
    zone.set(`_mta-sts.${domain}`, [{ type: 'TXT', strings: [`v=STSv1; id=${RECORD_ID}`] }])
    zone.set(policyHost(domain), [{ type: 'A', address: '127.0.0.1' }])
    zone.set(domain, [{ type: 'MX', exchange: mxHost(domain), priority: 10 }])
    zone.set(`_smtp._tls.${domain}`, [
      { type: 'TXT', strings: [`v=TLSRPTv1; rua=mailto:tls-reports@${domain}`] }
    ])
  }
  return zone
}

/** Why a verified domain is not the healthy deployment served here; undefined when it is. */
export const unhealthy = v => {
  if (v.findings.length > 0) {
    return v.findings.map(f => `${f.rule}/${f.severity}: ${f.message}`).join('; ')
  }
  const live = v.live
  const mx = JSON.stringify(live.mx)
  if (live.status !== 200) return `HTTP status ${live.status ?? 'none'}`
  if (live.id !== RECORD_ID) return `live id ${live.id ?? 'none'} (expected ${RECORD_ID})`
  if (live.policy?.mode !== 'enforce' || live.policy?.max_age !== MAX_AGE) {
    return `served policy ${JSON.stringify(live.policy)}`
  }
  if (mx !== JSON.stringify([mxHost(v.domain)])) return `live MX ${mx}`
  return undefined
}
