// Baselines: `--write-baseline FILE` records today's findings, `--baseline FILE` hides them later.
// A finding is matched by rule, file (relative to the root) and the normalized text of its line, the way
// SARIF partial fingerprints are, so lines inserted above it do not bring it back. Matching counts:
// two identical findings in the baseline hide at most two.
import { createHash } from 'node:crypto';
import { countBySeverity, type LintResult, type StaleBaselineEntry, type SuppressedFinding } from '../engine/types.js';
import { compareFindings, type Finding } from '../findings.js';
import { relativeToRoot } from '../project-config/apply.js';
import { flaggedText } from '../report/flagged-text.js';
import type { Mask } from '../report/common.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  /** Relative to the repository root, `/` separators. */
  file: string;
  /** sha256 of rule, file and the normalized masked line text: no secret or line content is stored. */
  fingerprint: string;
  line: number;
  message: string;
}

export interface BaselineFile {
  version: number;
  tool: 'airflow-preflight';
  entries: BaselineEntry[];
}

export interface BaselineContext {
  root: string;
  /** Lines of every file read, by reported path. */
  lines: ReadonlyMap<string, readonly string[]>;
  mask: Mask;
}

export function baselineEntry(finding: Finding, context: BaselineContext): BaselineEntry {
  const file = relativeToRoot(finding.file, context.root);
  const text = flaggedText(finding, context.lines.get(finding.file), context.mask);
  const fingerprint = createHash('sha256').update(`${finding.ruleId}\0${file}\0${text}`).digest('hex');
  return { ruleId: finding.ruleId, file, fingerprint, line: finding.line, message: context.mask(finding.message) };
}

export function buildBaseline(result: LintResult, context: BaselineContext): BaselineFile {
  return { version: BASELINE_VERSION, tool: 'airflow-preflight', entries: result.findings.map((finding) => baselineEntry(finding, context)) };
}

export function formatBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Validates a baseline file's text; `path` only names the file in the message. Throws an Error with one line. */
export function parseBaseline(path: string, text: string): BaselineFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${path}: not a baseline file (not valid JSON); write one with --write-baseline`);
  }
  const file = data as Partial<BaselineFile> | null;
  if (!file || typeof file !== 'object' || file.tool !== 'airflow-preflight' || !Array.isArray(file.entries)) {
    throw new Error(`${path}: not an airflow-preflight baseline file; write one with --write-baseline`);
  }
  if (file.version !== BASELINE_VERSION) throw new Error(`${path}: baseline version ${String(file.version)} is not supported (expected ${BASELINE_VERSION}); write it again with --write-baseline`);
  const entries = file.entries.filter(isEntry);
  if (entries.length !== file.entries.length) throw new Error(`${path}: a baseline entry lacks ruleId, file or fingerprint; write it again with --write-baseline`);
  return { version: BASELINE_VERSION, tool: 'airflow-preflight', entries };
}

function isEntry(entry: unknown): entry is BaselineEntry {
  const candidate = entry as Partial<BaselineEntry> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.ruleId === 'string' &&
    typeof candidate.file === 'string' &&
    typeof candidate.fingerprint === 'string' &&
    typeof candidate.line === 'number' &&
    typeof candidate.message === 'string'
  );
}

/** Hides the findings the baseline records; its entries that match nothing are reported as stale. */
export function applyBaseline<T extends LintResult>(result: T, baseline: BaselineFile, path: string, context: BaselineContext): T {
  const unmatched = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const list = unmatched.get(entry.fingerprint);
    if (list) list.push(entry);
    else unmatched.set(entry.fingerprint, [entry]);
  }
  const hidden: SuppressedFinding[] = [];
  const files = result.files.map((report) => {
    const kept: Finding[] = [];
    const baselined: SuppressedFinding[] = [];
    for (const finding of report.findings) {
      const candidates = unmatched.get(baselineEntry(finding, context).fingerprint);
      if (candidates && candidates.length > 0) {
        candidates.shift();
        baselined.push({ finding, kind: 'baseline', reason: `recorded in the baseline ${path}` });
      } else kept.push(finding);
    }
    hidden.push(...baselined);
    return { ...report, findings: kept, suppressed: [...report.suppressed, ...baselined] };
  });
  const stale: StaleBaselineEntry[] = [...unmatched.values()]
    .flat()
    .map(({ ruleId, file, line, message }) => ({ ruleId, file, line, message }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const findings = files.flatMap((report) => report.findings).sort(compareFindings);
  return {
    ...result,
    files,
    findings,
    suppressed: [...result.suppressed, ...hidden],
    counts: countBySeverity(findings),
    baseline: { file: path, hidden: hidden.length, stale },
  };
}
