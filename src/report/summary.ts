import type { FileReport, LintResult, SeverityCounts } from '../engine/types.js';
import { countBySeverity } from '../engine/types.js';
import type { Finding } from '../findings.js';
import { parallelSummaryBlocks } from '../verify/parallel/summary.js';
import type { VerifyResult } from '../verify/types.js';
import { omittedAnnotationsText } from './annotations.js';
import type { Mask } from './common.js';
import { countsText, noMask, nonZeroCountsText, plural, targetVersionText } from './common.js';
import { ruleDocUrl } from './docs-url.js';
import { markdownCode, markdownFence, markdownInline } from '../output/markdown.js';

export { escapeMarkdown } from '../output/markdown.js';

/** GitHub refuses a step summary over 1 MiB; stay below it so the caller can add a line or two. */
export const SUMMARY_BYTE_BUDGET = 1_000_000;

/** Room kept for the note that says the table was cut. */
const TRUNCATION_NOTE_BYTES = 600;

export interface SummaryOptions {
  docsBaseUrl: string;
  /** Findings left out of the annotations (from `planAnnotations`). */
  omitted?: SeverityCounts | undefined;
  findingsFile?: string | undefined;
  sarifFile?: string | undefined;
  mask?: Mask | undefined;
  /** Size limit in bytes (UTF-8); the findings tables are cut, with a note, to fit. */
  maxBytes?: number | undefined;
}

const TABLE_HEAD = '| Rule | Line | Severity | Message |\n| --- | ---: | --- | --- |';

/** The job summary (markdown): counts, the target version, one findings table per file and the verify results. */
export function buildSummary(result: LintResult, options: SummaryOptions): string {
  const mask = options.mask ?? noMask;
  const head = headBlocks(result, options, mask);
  const tail = [...(result.verify ? verifyBlocks(result.verify, options.docsBaseUrl, mask) : []), ...filesFooter(options, mask)];
  const fixed = byteLength([...head, ...tail].join('\n\n'));
  const budget = (options.maxBytes ?? SUMMARY_BYTE_BUDGET) - fixed - TRUNCATION_NOTE_BYTES;
  const body = findingsBlocks(result, options, mask, budget);
  return `${[...head, ...body, ...tail].join('\n\n')}\n`;
}

function headBlocks(result: LintResult, options: SummaryOptions, mask: Mask): string[] {
  const blocks = [
    '## airflow-preflight',
    `**${countsText(result.counts)}** (${result.suppressed.length} suppressed) in ${plural(result.files.length, 'file')}.`,
    `Target: **${targetVersionText(result.target)}**, ${inline(result.target.reason, mask)}.`,
  ];
  if (result.target.notice) blocks.push(`> ${inline(result.target.notice, mask)}`);
  const omitted = options.omitted && omittedAnnotationsText(options.omitted, { total: result.findings.length, summary: false });
  if (omitted) blocks.push(`> [!NOTE]\n> ${omitted} Every finding is listed below.`);
  return blocks;
}

/** One heading and table per file with findings, cut when the byte budget runs out. */
function findingsBlocks(result: LintResult, options: SummaryOptions, mask: Mask, budget: number): string[] {
  const blocks: string[] = [];
  let remaining = budget;
  let shown = 0;
  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    const heading = fileHeading(file, mask);
    const rows: string[] = [];
    let size = byteLength(heading) + byteLength(TABLE_HEAD) + 4;
    for (const finding of file.findings) {
      const row = findingRow(finding, options.docsBaseUrl, mask);
      if (size + byteLength(row) + 1 > remaining) break;
      rows.push(row);
      size += byteLength(row) + 1;
    }
    if (rows.length > 0) blocks.push(`${heading}\n\n${TABLE_HEAD}\n${rows.join('\n')}`);
    remaining -= size;
    shown += rows.length;
    if (rows.length < file.findings.length) break;
  }
  const total = result.findings.length;
  if (shown < total) blocks.push(truncationNote(shown, total, options.findingsFile, mask));
  const clean = result.files.filter((file) => file.findings.length === 0);
  if (clean.length > 0) blocks.push(`No findings in ${clean.map((file) => code(fileLabel(file, mask))).join(', ')}.`);
  return blocks;
}

function fileHeading(file: FileReport, mask: Mask): string {
  const suppressed = file.suppressed.length > 0 ? ` (${file.suppressed.length} suppressed)` : '';
  return `### ${code(mask(file.file))}: ${nonZeroCountsText(countBySeverity(file.findings))}${suppressed}`;
}

function fileLabel(file: FileReport, mask: Mask): string {
  const suppressed = file.suppressed.length;
  return suppressed > 0 ? `${mask(file.file)} (${suppressed} suppressed)` : mask(file.file);
}

function findingRow(finding: Finding, docsBaseUrl: string, mask: Mask): string {
  const rule = `[${finding.ruleId}](${ruleDocUrl(finding.ruleId, docsBaseUrl)})`;
  const fix = finding.fix ? `<br>Fix: ${inline(finding.fix, mask)}` : '';
  return `| ${rule} | ${finding.line} | ${finding.severity} | ${inline(finding.message, mask)}${fix} |`;
}

function truncationNote(shown: number, total: number, findingsFile: string | undefined, mask: Mask): string {
  const where = findingsFile ? ` ${code(mask(findingsFile))} lists them all.` : '';
  return `> [!WARNING]\n> The tables stop after ${shown} of ${plural(total, 'finding')} to stay within GitHub's 1 MiB summary limit.${where}`;
}

function filesFooter(options: SummaryOptions, mask: Mask): string[] {
  const files = [
    ...(options.findingsFile ? [`${code(mask(options.findingsFile))} (JSON)`] : []),
    ...(options.sarifFile ? [`${code(mask(options.sarifFile))} (SARIF)`] : []),
  ];
  return files.length > 0 ? [`Full results: ${files.join(', ')}.`] : [];
}

function verifyBlocks(verify: VerifyResult, docsBaseUrl: string, mask: Mask): string[] {
  const blocks = [
    `### Metastore verification: ${verify.verified ? 'passed' : 'failed'}`,
    `Provider ${code(verify.provider)}, Airflow ${inline(verify.airflowVersion, mask)}, created with ${code(mask(verify.migrateCommand))}.`,
    [
      '| Tables expected | Tables found | Missing tables | Migration head | Expected head |',
      '| ---: | ---: | --- | --- | --- |',
      `| ${verify.expectedTables.length} | ${verify.foundTables.length} | ${verify.missingTables.map(cell).join(', ') || 'none'} | ${cell(verify.migrationHead ?? 'none')} | ${cell(verify.expectedHead ?? 'unknown')} |`,
    ].join('\n'),
  ];
  if (verify.checks.length > 0) {
    const rows = verify.checks.map((check) => {
      const rule = check.ruleId ? ` ([${check.ruleId}](${ruleDocUrl(check.ruleId, docsBaseUrl)}))` : '';
      return `| ${inline(check.name, mask)} | ${check.ok ? 'passed' : '**failed**'} | ${inline(check.detail, mask)}${rule} |`;
    });
    blocks.push(['| Check | Result | Detail |', '| --- | --- | --- |', ...rows].join('\n'));
  }
  const replaced = verify.replacedOptions ?? [];
  if (replaced.length > 0) {
    const rows = replaced.map((entry) => `| ${inline(entry.option, mask)} | ${inline(entry.source, mask)} | ${inline(entry.replacement, mask)} |`);
    blocks.push(['Not used as written during verify:', '', '| Option | Where | Instead |', '| --- | --- | --- |', ...rows].join('\n'));
  }
  if (verify.parallel !== undefined) blocks.push(...parallelSummaryBlocks(verify.parallel, (text) => inline(text, mask)));
  const timings = Object.entries(verify.timings);
  if (timings.length > 0) {
    blocks.push(`Timings: ${timings.map(([phase, ms]) => `${inline(phase, mask)} ${duration(ms)}`).join(', ')}.`);
  }
  if (verify.errorLines.length > 0) {
    blocks.push(`<details><summary>Airflow's error output</summary>\n\n${markdownFence(verify.errorLines, mask)}\n\n</details>`);
  }
  return blocks;
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Text from findings as one line of markdown: no markup, no HTML, no table breaks. */
function inline(text: string, mask: Mask): string {
  return markdownInline(text, mask);
}

/** A code span (outside tables) for a path or command. */
function code(text: string): string {
  return markdownCode(text);
}

/** A code span in a table cell, unless a `|` or `\\` could end the cell inside it; then escaped text. */
function cell(text: string): string {
  return /[|\\]/.test(text) ? markdownInline(text) : markdownCode(text);
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
