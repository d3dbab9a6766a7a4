/**
 * Every rule, in the order findings are listed by `mta-sts-lint rules`. Ids are never reused:
 * a retired rule stays here as a comment so its id is not handed out again.
 */
import policySyntax from './policy-syntax.js'
import policyVersion from './policy-version.js'
import policyMode from './policy-mode.js'
import policyMaxAge from './policy-max-age.js'
import policyMaxAgeShort from './policy-max-age-short.js'
import policyMxMissing from './policy-mx-missing.js'
import policyMxPattern from './policy-mx-pattern.js'
import policyMxWildcard from './policy-mx-wildcard.js'
import policyMxPlaceholder from './policy-mx-placeholder.js'
import policyDuplicateField from './policy-duplicate-field.js'
import policyUnknownField from './policy-unknown-field.js'
import policyLineEndings from './policy-line-endings.js'
import policyTooLarge from './policy-too-large.js'
import policyIdField from './policy-id-field.js'
import mxNotCovered from './mx-not-covered.js'
import mxPatternUnused from './mx-pattern-unused.js'
import txtSyntax from './txt-syntax.js'
import txtId from './txt-id.js'
import txtMultiple from './txt-multiple.js'
import txtDuplicateField from './txt-duplicate-field.js'
import txtMissing from './txt-missing.js'
import txtUnknownField from './txt-unknown-field.js'
import txtUnrelatedRecord from './txt-unrelated-record.js'
import tlsrptSyntax from './tlsrpt-syntax.js'
import tlsrptDuplicateField from './tlsrpt-duplicate-field.js'
import tlsrptMissing from './tlsrpt-missing.js'
import idNotChanged from './id-not-changed.js'
import idReused from './id-reused.js'
import idWithoutChange from './id-without-change.js'
import unsafeRemoval from './unsafe-removal.js'
import policyLocation from './policy-location.js'
import pagesJekyll from './pages-jekyll.js'
import idMismatch from './id-mismatch.js'
import policyMismatch from './policy-mismatch.js'
import policyFetch from './policy-fetch.js'
import policyHttpStatus from './policy-http-status.js'
import policyRedirect from './policy-redirect.js'
import policyContentType from './policy-content-type.js'
import tlsCertificate from './tls-certificate.js'
import tlsCertificateExpiring from './tls-certificate-expiring.js'
import dnsInconsistent from './dns-inconsistent.js'
import smtpStarttls from './smtp-starttls.js'
import smtpCertificateExpiring from './smtp-certificate-expiring.js'
import type { Rule, RuleTarget } from './types.js'

export const RULES: readonly Rule[] = [
  policySyntax,
  policyVersion,
  policyMode,
  policyMaxAge,
  policyMaxAgeShort,
  policyMxMissing,
  policyMxPattern,
  policyMxWildcard,
  policyMxPlaceholder,
  policyDuplicateField,
  policyUnknownField,
  policyLineEndings,
  policyTooLarge,
  policyIdField,
  mxNotCovered,
  mxPatternUnused,
  txtSyntax,
  txtId,
  txtMultiple,
  txtDuplicateField,
  txtMissing,
  txtUnknownField,
  txtUnrelatedRecord,
  tlsrptSyntax,
  tlsrptDuplicateField,
  tlsrptMissing,
  idNotChanged,
  idReused,
  idWithoutChange,
  unsafeRemoval,
  policyLocation,
  pagesJekyll,
  idMismatch,
  policyMismatch,
  policyFetch,
  policyHttpStatus,
  policyRedirect,
  policyContentType,
  tlsCertificate,
  tlsCertificateExpiring,
  dnsInconsistent,
  smtpStarttls,
  smtpCertificateExpiring
]

const byTarget = new Map<RuleTarget, Rule[]>()
for (const r of RULES) byTarget.set(r.meta.target, [...(byTarget.get(r.meta.target) ?? []), r])

export const rulesFor = <T extends RuleTarget>(target: T): readonly Rule<T>[] =>
  (byTarget.get(target) ?? []) as unknown as Rule<T>[]

/** Ids of the policy rules that weigh a policy against one domain's facts (RuleMeta.needs). */
export const DOMAIN_POLICY_RULES: ReadonlySet<string> = new Set(
  RULES.filter(r => r.meta.target === 'policy' && (r.meta.needs?.length ?? 0) > 0).map(
    r => r.meta.id
  )
)

export const ruleById = (id: string): Rule | undefined => RULES.find(r => r.meta.id === id)
