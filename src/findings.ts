import type { Span } from './reader/types.js';

export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** One problem found in one file, at one place. Messages never contain an unmasked secret. */
export interface Finding {
  /** Path as given by the user / relative to the repository root, with `/` separators. */
  file: string;
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** How to fix it, one sentence. */
  fix?: string | undefined;
  /** Other places this finding concerns (for example the overridden line in airflow.cfg). */
  related?: RelatedLocation[] | undefined;
  /**
   * A safe automatic fix, as text edits of this finding's file (ESLint-style): applied together by
   * `lint --fix`, offered as suggestions in rdjson. Absent when the rule knows no fix that keeps
   * everything else Airflow reads unchanged.
   */
  edits?: TextEdit[] | undefined;
}

/**
 * Replace the text in `span` (half-open; empty for an insertion) with `text`. A `\n` in `text` is written
 * as the file's own line break. When `expected` is given, the fix is skipped unless the span holds exactly it.
 */
export interface TextEdit {
  span: Span;
  text: string;
  expected?: string | undefined;
}

export interface RelatedLocation {
  file: string;
  span: Span;
  message: string;
}

export function findingAt(
  base: Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>,
  span: Span,
): Finding {
  return {
    ...base,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
}

/** File, line, column, rule: the order of every report. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId);
}

/**
 * Code-unit order: the same on every machine (localeCompare follows the runner's locale) and free of
 * the collator's start-up cost, a tenth of a one-file lint.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
