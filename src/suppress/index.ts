export { applySuppressions, resolveRuleList } from './apply.js';
export type { ApplyOptions, ApplyResult, ResolveRule } from './apply.js';
export { parseSuppressions } from './parse.js';
export type { ParseOptions, RuleReference, Suppression } from './parse.js';
export { SUPPRESSION_RULES, SUPPRESSION_WITHOUT_REASON, UNKNOWN_RULE_IN_SUPPRESSION, UNUSED_SUPPRESSION } from './rules.js';
