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
import { sourceUnreadable } from './apf301-source-unreadable.js';
import { ignoredVariable } from './apf302-ignored-variable.js';
import { overrideConflict } from './apf303-override-conflict.js';
import { sharedValueMismatch } from './apf304-shared-value-mismatch.js';
import { valueAndCommand } from './apf305-value-and-command.js';
import { dbCommand } from './apf306-db-command.js';
import { concurrentMigrations } from './apf307-concurrent-migrations.js';
import { weakSubstitution } from './apf308-weak-substitution.js';
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
  sourceUnreadable,
  ignoredVariable,
  overrideConflict,
  sharedValueMismatch,
  valueAndCommand,
  dbCommand,
  concurrentMigrations,
  weakSubstitution,
];

/** Every rule id users can meet: the checks above and the rules about suppression comments. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), ...SUPPRESSION_RULES];
