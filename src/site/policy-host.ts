/**
 * Naming conventions of MTA-STS sites: the policy host `mta-sts.<domain>` (in a CNAME file, a
 * folder or a repository name) names the domain the policy serves.
 */
import { canonicalDomain } from '../domain-name.js'

// The top label is a TLD: letters, or an A-label (`xn--`), never digits or another hyphen.
const MTA_STS_HOST = /^mta-sts\.((?:[a-z0-9-]+\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}))$/i

/** `mta-sts.example.com` (as in a CNAME file or a folder name) gives `example.com`. */
export const domainFromHost = (host: string): string | undefined =>
  MTA_STS_HOST.exec(canonicalDomain(host))?.[1]
