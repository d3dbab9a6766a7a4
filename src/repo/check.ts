/**
 * The repository pipeline shared by `mta-sts-lint check` and the action: discover the
 * committed policies, lint each. (The id gate and verification build on this.)
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Finding, SeveritySetting } from '../finding.js'
import { lintPolicy } from '../lint.js'
import { loadPublicSuffixCheck, needsPublicSuffix } from '../public-suffix.js'
import type { DomainReport } from '../report/json.js'
import { discoverPolicies } from './discover.js'

/** A problem with the run itself (exit 2), not a finding. */
export class CheckError extends Error {}

export interface CheckOptions {
  severities?: Readonly<Record<string, SeveritySetting>>
}

export interface CheckResult {
  findings: Finding[]
  domains: DomainReport[]
  /** Every policy file linted, relative to the root. */
  files: string[]
}

export const checkRepository = async (
  root: string,
  opts: CheckOptions = {}
): Promise<CheckResult> => {
  const policies = await discoverPolicies(root)
  if (policies.length === 0) {
    throw new CheckError(
      'no MTA-STS policy found (looked for **/.well-known/mta-sts.txt and a root mta-sts.txt)'
    )
  }
  const findings: Finding[] = []
  const domains: DomainReport[] = []
  let isPublicSuffix: ((n: string) => boolean) | undefined
  for (const p of policies) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(path.join(root, p.file))
    } catch (e) {
      throw new CheckError(`cannot read "${p.file}": ${(e as Error).message}`)
    }
    const base = {
      file: p.file,
      ...(opts.severities !== undefined && { severities: opts.severities }),
      ...(p.domain !== undefined && { domain: p.domain })
    }
    let lint = lintPolicy(bytes, base)
    if (needsPublicSuffix(lint.policy.mx)) {
      // Loaded only when a wildcard pattern needs it: the list costs start-up time.
      isPublicSuffix ??= await loadPublicSuffixCheck()
      lint = lintPolicy(bytes, { ...base, isPublicSuffix })
    }
    findings.push(...lint.findings)
    if (p.domain !== undefined) {
      domains.push({ domain: p.domain, policyFile: p.file, policy: lint.policy })
    }
  }
  return { findings, domains, files: policies.map(p => p.file) }
}
