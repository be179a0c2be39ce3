import { configparserError } from './apf001-configparser-error.js';
import { interpolationError } from './apf002-interpolation-error.js';
import { optionMoved } from './apf201-option-moved.js';
import { optionNotRead } from './apf202-option-not-read.js';
import { movedOptionConflict } from './apf203-moved-option-conflict.js';
import { optionRemoved } from './apf204-option-removed.js';
import { defaultChanged } from './apf205-default-changed.js';
import { unknownOption } from './apf206-unknown-option.js';
import { unknownSection } from './apf207-unknown-section.js';
import { invalidValue } from './apf208-invalid-value.js';
import { restatesDefaults } from './apf209-restates-defaults.js';
import { SUPPRESSION_RULES } from '../suppress/rules.js';
import type { Rule, RuleMeta } from './types.js';

/** Every rule, in id order. Adding a rule is adding its module here, its doc and its test. */
export const RULES: readonly Rule[] = [
  configparserError,
  interpolationError,
  optionMoved,
  optionNotRead,
  movedOptionConflict,
  optionRemoved,
  defaultChanged,
  unknownOption,
  unknownSection,
  invalidValue,
  restatesDefaults,
];

/** Every rule id users can meet: the checks above and the rules about suppression comments. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), ...SUPPRESSION_RULES];
