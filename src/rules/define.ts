import { DOCS_BASE } from '../version.js'
import type { Rule, RuleMeta, RuleTarget } from './types.js'

/** Declares a rule; its docs link is derived from its id, so every rule has one. */
export const defineRule = <T extends RuleTarget>(
  meta: Omit<RuleMeta, 'docs'> & { target: T },
  check: Rule<T>['check']
): Rule<T> => ({ meta: { ...meta, docs: `${DOCS_BASE}${meta.id}.md` }, check })
