import type { RuleMeta } from '../rules/types.js';

/** Rules about the suppression comments themselves; they appear in the registry, SARIF and docs like any rule. */
export const SUPPRESSION_WITHOUT_REASON: RuleMeta = {
  id: 'APF901',
  alias: 'suppression-without-reason',
  description: 'A suppression comment does not say why the finding is acceptable.',
  severity: 'warning',
  tags: ['suppression'],
  versions: 'all',
  messages: {
    missingReason: 'The suppression of {{rules}} gives no reason; add one after "--".',
  },
};

export const UNKNOWN_RULE_IN_SUPPRESSION: RuleMeta = {
  id: 'APF902',
  alias: 'unknown-rule-in-suppression',
  description: 'A suppression comment names a rule that does not exist, or cannot be read.',
  severity: 'warning',
  tags: ['suppression'],
  versions: 'all',
  messages: {
    unknownRule: '"{{ref}}" is not a rule id or alias, so this suppression does not suppress it.',
    malformed:
      'This airflow-preflight comment is not a valid suppression; write "# airflow-preflight: disable=RULE[,RULE] -- reason" or "disable-file=…".',
  },
};

export const UNUSED_SUPPRESSION: RuleMeta = {
  id: 'APF903',
  alias: 'unused-suppression',
  description: 'A suppression comment suppresses nothing.',
  severity: 'notice',
  tags: ['suppression'],
  versions: 'all',
  messages: {
    unusedInline: 'The suppression of {{rule}} is unused: there is no {{rule}} finding on line {{line}}.',
    unusedFile: 'The file-wide suppression of {{rule}} is unused: this file has no {{rule}} finding.',
    noTarget: 'This suppression applies to no line; put it directly above the line it is for.',
    misplaced:
      'disable-file works only in the comment block at the top of the file; move it there, or use disable= above the line.',
  },
};

export const SUPPRESSION_RULES: readonly RuleMeta[] = [
  SUPPRESSION_WITHOUT_REASON,
  UNKNOWN_RULE_IN_SUPPRESSION,
  UNUSED_SUPPRESSION,
];
