/** One domain as the reports show it: where its policy and id are kept, and their values. */
import type { EffectivePolicy } from '../policy/effective.js'
import type { LiveReport } from '../verify/types.js'

export interface DomainReport {
  domain: string
  policyFile?: string
  /** Where the id is kept (`file:line`, or a CNAME delegation). */
  idSource?: string
  id?: string
  policy?: EffectivePolicy
  /** What verification observed live (design section 3). */
  live?: LiveReport
}
