import { configparserError } from './apf001-configparser-error.js';
import { interpolationError } from './apf002-interpolation-error.js';
import { SUPPRESSION_RULES } from '../suppress/rules.js';
import type { Rule, RuleMeta } from './types.js';

/** Every rule, in id order. Adding a rule is adding its module here, its doc and its test. */
export const RULES: readonly Rule[] = [configparserError, interpolationError];

/** Every rule id users can meet: the checks above and the rules about suppression comments. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), ...SUPPRESSION_RULES];
