import { defineRule } from './define.js'
import { andList, plural, quote } from '../message-format.js'
import type { AuthoritativeAnswer, AuthoritativeSurvey } from '../verify/types.js'

/** What one server answered to one question: a value to compare, or a failure to name. */
type Said = { answer: string } | { failure: string }

const recordSaid = (s: AuthoritativeAnswer): Said => {
  if (s.error !== undefined) return { failure: s.error }
  const r = s.record
  if (r === undefined) return { failure: 'it was not asked' }
  if (r.error !== undefined) return { failure: r.error }
  if (r.alias !== undefined) return { answer: `a CNAME to ${r.alias}` }
  const records = r.records ?? []
  if (records.length === 0) return { answer: 'no TXT record' }
  if (records.length === 1 && r.id !== undefined) return { answer: `id ${quote(r.id)}` }
  const listed = records.map(t => quote(t)).join(', ')
  return {
    answer: `${plural(records.length, 'TXT record')} ${listed}${r.id === undefined ? '' : ` (id ${quote(r.id)})`}`
  }
}

const hostSaid = (s: AuthoritativeAnswer): Said => {
  if (s.error !== undefined) return { failure: s.error }
  const h = s.host
  if (h === undefined) return { failure: 'it was not asked' }
  if (h.error !== undefined) return { failure: h.error }
  if (h.alias !== undefined) return { answer: `a CNAME to ${h.alias}` }
  const addresses = h.addresses ?? []
  return {
    answer: addresses.length === 0 ? 'no A or AAAA record' : `address ${addresses.join(', ')}`
  }
}

interface Comparison {
  /** Servers by what they answered, the most common answer first. */
  groups: [answer: string, servers: string[]][]
  /** Each server that gave no answer, and why. */
  failures: [server: string, why: string][]
}

const compare = (
  servers: readonly AuthoritativeAnswer[],
  said: (s: AuthoritativeAnswer) => Said,
  label: (s: AuthoritativeAnswer) => string
): Comparison => {
  const groups = new Map<string, string[]>()
  const failures: [string, string][] = []
  for (const s of servers) {
    const what = said(s)
    if ('failure' in what) failures.push([label(s), what.failure])
    else groups.set(what.answer, [...(groups.get(what.answer) ?? []), label(s)])
  }
  return { groups: [...groups.entries()].sort((a, b) => b[1].length - a[1].length), failures }
}

const groupText = ([answer, who]: [string, string[]]): string =>
  `${andList(who)} ${who.length === 1 ? 'serves' : 'serve'} ${answer}`

const failureText = (failures: Comparison['failures']): string[] =>
  failures.map(([server, why]) => `${server} failed: ${why}`)

const UNANSWERED =
  'Resolvers that pick a server that does not answer wait, retry another, and some give up: fix that server, or remove its NS record from the zone and from the delegation at the parent'

/** Why servers serve different answers, from their serials, and what to do. */
const causeAndFix = (survey: AuthoritativeSurvey, failures: number): string => {
  const serials = new Set(survey.servers.flatMap(s => (s.serial === undefined ? [] : [s.serial])))
  const also =
    failures > 0
      ? `; as for the servers that failed: ${UNANSWERED.charAt(0).toLowerCase()}${UNANSWERED.slice(1)}`
      : ''
  const senders = "Senders' resolvers each ask one of them, so some see one answer and some another"
  if (serials.size > 1) {
    return `${senders}. The serials differ, so the servers with the older serial have not loaded the current zone: right after a release, wait until every server has it (--wait does); if it lasts, those secondaries stopped transferring the zone (check NOTIFY and AXFR/IXFR from the primary, and that they allow it), and they will stop answering once the SOA expire time runs out${also}`
  }
  return `${senders}. The servers hold different data under the same zone version: a zone edited on one server without the others (several DNS providers each keeping a copy), or changed without a serial bump, so secondaries never fetched it; make the change on every server (or at the primary with a new serial)${also}`
}

export default defineRule(
  {
    id: 'dns-inconsistent',
    severity: 'error',
    target: 'live',
    rfc: 'RFC 8461 3.1, 8',
    description:
      "(--authoritative) the zone's name servers disagree on the _mta-sts record or the policy host's addresses"
  },
  ({ domain, authoritative: survey }, report) => {
    if (survey === undefined) return
    const stsName = `_mta-sts.${domain}`
    const host = `mta-sts.${domain}`
    if (survey.failure !== undefined) {
      report({
        severity: 'notice',
        message: `${survey.failure}; the zone's name servers were not compared`,
        url: stsName
      })
      return
    }
    const servers = survey.servers
    if (servers.length === 0) return
    const zone = survey.zone ?? domain
    const serials = new Set(servers.flatMap(s => (s.serial === undefined ? [] : [s.serial])))
    const label = (s: AuthoritativeAnswer): string => {
      const details = [
        ...(s.address === undefined ? [] : [s.address]),
        ...(serials.size > 1 && s.serial !== undefined ? [`serial ${s.serial}`] : [])
      ]
      return details.length === 0 ? s.server : `${s.server} (${details.join(', ')})`
    }
    const counted = `${servers.length === 1 ? 'the name server' : `the ${servers.length} name servers`} of ${zone}`
    const record = {
      name: stsName,
      what: 'the _mta-sts record',
      c: compare(servers, recordSaid, label)
    }
    const hostAddresses = {
      name: host,
      what: "the policy host's addresses",
      c: compare(servers, hostSaid, label)
    }
    if (record.c.groups.length === 0 && hostAddresses.c.groups.length === 0) {
      // No server could be asked from here: a network that blocks DNS to anything but its own
      // resolvers looks the same as a zone whose servers are all down (which other rules see).
      report({
        severity: 'notice',
        message: `none of ${counted} answered directly (${failureText(record.c.failures).join('; ')}), so what each serves is unknown: if resolvers do find the records, this network may block DNS queries to other servers than its own`,
        url: stsName
      })
      return
    }
    const failing = (c: Comparison): string => c.failures.map(([server]) => server).join('\n')
    const [recordGroup] = record.c.groups
    const [hostGroup] = hostAddresses.c.groups
    if (
      recordGroup !== undefined &&
      hostGroup !== undefined &&
      record.c.groups.length === 1 &&
      hostAddresses.c.groups.length === 1 &&
      record.c.failures.length > 0 &&
      failing(record.c) === failing(hostAddresses.c)
    ) {
      // The servers that answered agree on both, and the same servers failed both: one problem.
      const [id, who] = recordGroup
      const answered = `${andList(who)} ${who.length === 1 ? 'serves' : 'serve'} ${id} and ${hostGroup[0]}`
      report({
        message: `${counted} do not all answer for ${stsName} and ${host}: ${[answered, ...failureText(record.c.failures)].join('; ')}. ${UNANSWERED}`,
        url: stsName
      })
      return
    }
    for (const q of [record, hostAddresses]) {
      if (q.c.groups.length === 0) {
        report({
          severity: 'notice',
          message: `none of ${counted} answered for ${q.name} (${failureText(q.c.failures).join('; ')}), so whether they agree on ${q.what} is unknown`,
          url: q.name
        })
        continue
      }
      if (q.c.groups.length === 1 && q.c.failures.length === 0) continue
      const parts = [...q.c.groups.map(groupText), ...failureText(q.c.failures)].join('; ')
      const cause = q.c.groups.length > 1 ? causeAndFix(survey, q.c.failures.length) : UNANSWERED
      report({
        message: `${counted} ${q.c.groups.length > 1 ? 'disagree on' : 'do not all answer for'} ${q.what} (${q.name}): ${parts}. ${cause}`,
        url: q.name
      })
    }
  }
)
