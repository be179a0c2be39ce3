import type { SeverityCounts } from '../engine/types.js';
import type { Severity } from '../findings.js';
import type { TargetVersion } from '../version/types.js';
import { joinLines } from '../regexp.js';

/** Masks secrets in a text that leaves the core; the caller passes `SecretRegistry#mask`. */
export type Mask = (text: string) => string;

export const noMask: Mask = (text) => text;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 notices` */
export function countsText(counts: SeverityCounts): string {
  return SEVERITIES.map((severity) => plural(counts[severity], severity)).join(', ');
}

/** `2 errors, 1 notice`: only the severities that occur. */
export function nonZeroCountsText(counts: SeverityCounts): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity))
    .join(', ');
}

/** `2 errors, 1 warning, 0 notices (3 suppressed)`: the closing line of every human-readable report. */
export function summaryLine(counts: SeverityCounts, suppressed: number): string {
  return `${countsText(counts)} (${suppressed} suppressed)`;
}

/** `Airflow 2.10 (checked against 2.10.5)`, or just the version when both agree. */
export function targetVersionText(target: TargetVersion): string {
  if (target.requested === target.knowledgeVersion || target.requested === '') {
    return `Airflow ${target.knowledgeVersion}`;
  }
  return `Airflow ${target.requested} (checked against ${target.knowledgeVersion})`;
}

/** Messages are one line in every report; a stray newline would break the `file:line:col` form. */
export function oneLine(text: string): string {
  return joinLines(text);
}
