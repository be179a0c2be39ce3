import type { Finding, Severity } from '../findings.js';
import type { TargetVersion } from '../version/types.js';
import type { VerifyResult } from '../verify/types.js';

/** How a finding came to be left out of the report. */
/** `baseline`: recorded in the baseline file given with --baseline / the baseline input. */
export type SuppressionKind = 'inline' | 'file' | 'disable' | 'baseline';

export interface SuppressedFinding {
  finding: Finding;
  kind: SuppressionKind;
  /** The reason written after `--` in the suppression comment; undefined when none was given. */
  reason: string | undefined;
  /** Where the suppression is written (file, line), for inline and file suppressions. */
  file?: string | undefined;
  line?: number | undefined;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  notice: number;
}

export interface FileReport {
  /** Path as reported (relative to the working directory, `/` separators). */
  file: string;
  /** `cfg`, `env`, `compose`, `helm`, `dockerfile`. */
  kind: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export interface LintResult {
  target: TargetVersion;
  files: FileReport[];
  /** Every reported (not suppressed) finding, sorted by file, line, column. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
  counts: SeverityCounts;
  verify?: VerifyResult | undefined;
  /** Set when a baseline was applied: what it hid, and its entries that matched nothing. */
  baseline?: BaselineOutcome | undefined;
}

/** A baseline entry that no current finding matched: the problem was fixed, or its line changed. */
export interface StaleBaselineEntry {
  ruleId: string;
  file: string;
  /** The line the finding was on when the baseline was written (for people; matching ignores it). */
  line: number;
  message: string;
}

export interface BaselineOutcome {
  file: string;
  hidden: number;
  stale: StaleBaselineEntry[];
}

export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Inclusive: `fail-on: warning` fails on warnings and errors. */
export function reachesFailLevel(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const rank: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };
  return rank[severity] >= rank[failOn];
}
