import { defineRule } from './define.js'
import { looksLikeSts } from '../record/sts.js'
import type { DnsFailure } from '../verify/types.js'

/** What a failed lookup (not NXDOMAIN or NODATA) means for senders, and what to look at. */
const failureMessage = (queried: string, f: DnsFailure): string => {
  const who = f.server === undefined ? 'the name server' : `name server ${f.server}`
  // The DNS adapter's own messages already say who answered (a server, the servers asked, the
  // system resolver): then they are said as they are.
  const namesWho =
    f.server !== undefined
      ? f.message.includes(f.server)
      : /^the (system resolver|DNS servers asked)\b/.test(f.message)
  const said = namesWho
    ? f.message
    : f.code !== 'ETIMEOUT'
      ? `${who} answered ${f.message}`
      : f.server === undefined
        ? f.message
        : `${who} gave no answer (${f.message})`
  const at = f.name.toLowerCase() === queried.toLowerCase() ? '' : ` (at ${f.name})`
  const fix =
    f.code === 'ETIMEOUT'
      ? 'check that every name server of the zone answers'
      : f.code === 'ECNAMELOOP'
        ? 'point the CNAME at the name that holds the record, not back along the chain'
        : f.code === 'EREFUSED'
          ? 'check that the zone is served by the name servers it is delegated to'
          : 'check the zone on its name servers (a lame delegation, or a DNSSEC signature that does not validate, gives this answer)'
  return `the TXT lookup of ${queried} failed${at}: ${said}; senders that get this answer find no policy (MTA-STS is off for them): ${fix}`
}

export default defineRule(
  {
    id: 'txt-missing',
    severity: 'error',
    target: 'record',
    rfc: 'RFC 8461 3.1',
    description:
      'no _mta-sts record (error live), or the repository keeps no record for the domain (notice: the id gate cannot run)'
  },
  ({ rrset, origin, domain, owner, lookupFailure, expectedIn, policyWithoutDomain }, report) => {
    const queried = domain === undefined ? '_mta-sts.<domain>' : `_mta-sts.${domain}`
    if (lookupFailure !== undefined) {
      report({ message: failureMessage(queried, lookupFailure) })
      return
    }
    if (rrset.records.length === 1 || rrset.selected.length > 0) return
    if (rrset.records.some(r => looksLikeSts(r.text))) return
    // Through a CNAME, the record is published (or missing) at its target.
    const name =
      owner === undefined || owner.toLowerCase() === queried.toLowerCase()
        ? queried
        : `${owner} (the CNAME target of ${queried})`
    if (rrset.records.length === 0 && origin === 'repo' && expectedIn !== undefined) {
      // Fail closed: the config says where the id is, and the gate would otherwise skip the domain.
      report({
        message: `the config names ${expectedIn} as the file that keeps the _mta-sts record of ${domain ?? 'the domain'}, but it holds none, so the id gate cannot check the id: add the record there ("_mta-sts" TXT "v=STSv1; id=<id>"), or correct the path`
      })
      return
    }
    if (rrset.records.length === 0 && origin === 'repo' && policyWithoutDomain !== undefined) {
      const file = JSON.stringify(policyWithoutDomain)
      report({
        message: `no domain is known for the policy ${file} (no CNAME file beside its site root holds mta-sts.<domain>, no folder is named so, and .mta-sts.yml names none), so its record cannot be looked for, the id gate cannot check that its id changes with it, and verify cannot fetch it; name the domain in .mta-sts.yml: "domains: {<domain>: {policy: ${file}, record: <zone or DNS file>}}" (or "id: <id>" in place of record)`,
        severity: 'notice'
      })
      return
    }
    if (rrset.records.length === 0 && origin === 'repo') {
      report({
        message: `this repository keeps no _mta-sts record for ${domain ?? 'the domain'}, so the id gate cannot check that the id changes with the policy; declare where the id lives in .mta-sts.yml: "domains: {${domain ?? '<domain>'}: {record: <zone or DNS file>}}" or "{id: <id>}"`,
        severity: 'notice'
      })
      return
    }
    report({
      message:
        rrset.records.length === 0
          ? `there is no TXT record at ${name}, so senders never look for the policy; publish "v=STSv1; id=<id>" there`
          : `none of the ${rrset.records.length} TXT records at ${name} starts with "v=STSv1;", so senders find no policy; publish "v=STSv1; id=<id>"`,
      line: 1,
      column: 1
    })
  }
)
