import { createColors } from 'picocolors';
import type { BaselineOutcome, LintResult } from '../engine/types.js';
import { countBySeverity } from '../engine/types.js';
import type { Finding, Severity } from '../findings.js';
import type { VerifyResult } from '../verify/types.js';
import type { Mask } from './common.js';
import { noMask, nonZeroCountsText, oneLine, summaryLine, targetVersionText } from './common.js';
import { visible } from '../output/text.js';

export interface TextOptions {
  /** Colour the output (the CLI passes true for a TTY that does not set NO_COLOR). */
  color: boolean;
  /** Errors only: warnings and notices are left out of the list, the summary line still counts them. */
  quiet: boolean;
  mask?: Mask | undefined;
}

type Colors = ReturnType<typeof createColors>;

/**
 * The terminal report: findings grouped by file, one aligned line each in the
 * `file:line:col  severity  message  rule-id` form that editors and problem matchers jump to.
 */
export function formatText(result: LintResult, options: TextOptions): string {
  const c = createColors(options.color);
  const mask = options.mask ?? noMask;
  const shown = result.findings.filter((finding) => !options.quiet || finding.severity === 'error');
  const out: string[] = [];

  const locationWidth = Math.max(0, ...shown.map((finding) => location(finding).length));
  for (const [file, findings] of groupByFile(shown)) {
    out.push(fileBlock(file, findings, locationWidth, c, mask), '');
  }
  if (shown.length === 0) out.push(c.green(options.quiet ? 'No errors found.' : 'No problems found.'), '');

  if (!options.quiet) {
    out.push(`Target ${targetVersionText(result.target)}: ${line(result.target.reason, mask)}`);
    if (result.target.notice) out.push(c.yellow(line(result.target.notice, mask)));
    if (result.verify) out.push(...verifyLines(result.verify, c, mask));
  }
  if (result.baseline) out.push(...baselineLines(result.baseline, c, mask));
  out.push(c.bold(colorCounts(summaryLine(result.counts, result.suppressed.length), result, c)));
  return `${out.join('\n')}\n`;
}

const MESSAGE_ALIGN_LIMIT = 80;

function fileBlock(file: string, findings: readonly Finding[], locationWidth: number, c: Colors, mask: Mask): string {
  const messages = findings.map((finding) => line(finding.message, mask));
  // Rule ids line up for short messages; a long one would push every other id off the screen.
  const messageWidth = Math.min(MESSAGE_ALIGN_LIMIT, Math.max(...messages.map((message) => message.length)));
  const lines = [`${c.underline(line(file, mask))} ${c.dim(`(${nonZeroCountsText(countBySeverity(findings))})`)}`];
  const folded = foldedNotices(findings);
  findings.forEach((finding, index) => {
    const fold = folded.get(finding);
    if (fold === 'hidden') return;
    if (fold !== undefined) {
      lines.push(c.dim(`  … ${fold.count} more ${finding.ruleId} notices in this file (lines ${fold.lines}); --format json lists every one`));
      return;
    }
    const message = messages[index] ?? '';
    const columns = [
      line(location(finding), mask).padEnd(locationWidth),
      paint(finding.severity, finding.severity.padEnd('warning'.length), c),
      message.padEnd(messageWidth),
      c.dim(finding.ruleId),
    ];
    lines.push(columns.join('  '));
    if (finding.fix) lines.push(c.dim(`  fix: ${line(finding.fix, mask)}`));
  });
  return lines.join('\n');
}

/** A rule with more notices than this in one file shows the first few and one line for the rest. */
const FOLD_NOTICES_AFTER = 10;
const NOTICES_SHOWN = 3;

/**
 * Notices of one rule repeated in a file (a 2,400-line dump restating defaults): the first NOTICES_SHOWN stay,
 * the next becomes one line with the count and the lines, the rest are hidden. Errors and warnings are never folded.
 */
function foldedNotices(findings: readonly Finding[]): Map<Finding, 'hidden' | { count: number; lines: string }> {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.severity !== 'notice') continue;
    byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  }
  const folded = new Map<Finding, 'hidden' | { count: number; lines: string }>();
  for (const group of byRule.values()) {
    if (group.length <= FOLD_NOTICES_AFTER) continue;
    const rest = group.slice(NOTICES_SHOWN);
    const lines = rest.slice(0, 12).map((finding) => finding.line).join(', ') + (rest.length > 12 ? ', …' : '');
    rest.forEach((finding, index) => folded.set(finding, index === 0 ? { count: rest.length, lines } : 'hidden'));
  }
  return folded;
}

/** Repository text as part of one terminal line: masked, newlines folded, control characters visible. */
function line(text: string, mask: Mask): string {
  return visible(oneLine(mask(text)));
}

function location(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

function paint(severity: Severity, text: string, c: Colors): string {
  if (severity === 'error') return c.red(text);
  if (severity === 'warning') return c.yellow(text);
  return c.blue(text);
}

function colorCounts(line: string, result: LintResult, c: Colors): string {
  if (result.counts.error > 0) return c.red(line);
  if (result.counts.warning > 0) return c.yellow(line);
  return line;
}

function baselineLines(baseline: BaselineOutcome, c: Colors, mask: Mask): string[] {
  const lines = [`Baseline ${mask(baseline.file)}: ${baseline.hidden} known finding(s) hidden, ${baseline.stale.length} stale entr${baseline.stale.length === 1 ? 'y' : 'ies'}.`];
  for (const entry of baseline.stale) {
    lines.push(c.dim(`  stale: ${oneLine(mask(entry.file))}:${entry.line}  ${entry.ruleId}  ${oneLine(mask(entry.message))} (no longer found; remove it or write the baseline again)`));
  }
  return lines;
}

function verifyLines(verify: VerifyResult, c: Colors, mask: Mask): string[] {
  const status = verify.verified ? c.green('verified') : c.red('failed');
  const lines = [
    `Verify (${verify.provider}, Airflow ${verify.airflowVersion}, ${line(verify.migrateCommand, mask)}): ${status}`,
    `  tables: ${verify.foundTables.length} found, ${verify.expectedTables.length} expected` +
      (verify.missingTables.length > 0 ? `, missing ${line(verify.missingTables.join(', '), mask)}` : ''),
    `  migration head: ${line(verify.migrationHead ?? 'none', mask)} (expected ${verify.expectedHead ?? 'unknown'})`,
  ];
  for (const check of verify.checks) {
    const mark = check.ok ? c.green('ok  ') : c.red('FAIL');
    lines.push(`  ${mark} ${line(check.name, mask)}: ${line(check.detail, mask)}`);
  }
  for (const entry of verify.replacedOptions ?? []) {
    lines.push(c.dim(`  not used as written: ${line(entry.option, mask)} (${line(entry.source, mask)}): ${line(entry.replacement, mask)}`));
  }
  for (const error of verify.errorLines) lines.push(c.red(`  ${line(error, mask)}`));
  return lines;
}
