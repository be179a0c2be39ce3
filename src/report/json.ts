import type { BaselineOutcome, LintResult, SuppressedFinding, SuppressionKind } from '../engine/types.js';
import type { Finding } from '../findings.js';
import type { TargetVersion } from '../version/types.js';
import type { VerifyResult } from '../verify/types.js';
import type { Mask } from './common.js';
import { noMask } from './common.js';
import { jsonText } from '../output/json.js';

/** One finding in the JSON report. Field names and order are a public contract: scripts parse them. */
export type JsonFinding = Pick<
  Finding,
  'file' | 'ruleId' | 'severity' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message'
> & { fix?: string; fixable?: true };

export interface JsonSuppressedFinding extends JsonFinding {
  suppression: {
    kind: SuppressionKind;
    reason: string | null;
    /** Where the suppression comment is written; absent for `disable`. */
    file?: string;
    line?: number;
  };
}

export interface JsonReport {
  findings: JsonFinding[];
  summary: {
    errors: number;
    warnings: number;
    notices: number;
    suppressed: number;
    files: number;
    /** The version asked for or detected (`2.10`, `2.10.4`). */
    targetAirflowVersion: string;
    /** The generated release whose facts the checks used (`2.10.5`). */
    knowledgeVersion: string;
    targetReason: string;
  };
  suppressed: JsonSuppressedFinding[];
  verify?: VerifyResult;
  /** Present when a baseline was applied. */
  baseline?: BaselineOutcome;
}

/** The machine-readable report (`--format json`, the action's `findings-file`). */
export function toJson(result: LintResult, options: { mask?: Mask | undefined } = {}): JsonReport {
  const mask = options.mask ?? noMask;
  const report: JsonReport = {
    findings: result.findings.map((finding) => jsonFinding(finding, mask)),
    summary: {
      errors: result.counts.error,
      warnings: result.counts.warning,
      notices: result.counts.notice,
      suppressed: result.suppressed.length,
      files: result.files.length,
      targetAirflowVersion: targetVersion(result.target),
      knowledgeVersion: result.target.knowledgeVersion,
      targetReason: mask(result.target.reason),
    },
    suppressed: result.suppressed.map((entry) => jsonSuppressed(entry, mask)),
  };
  if (result.verify) report.verify = maskVerify(result.verify, mask);
  if (result.baseline) {
    report.baseline = {
      file: mask(result.baseline.file),
      hidden: result.baseline.hidden,
      stale: result.baseline.stale.map((entry) => ({ ...entry, file: mask(entry.file), message: mask(entry.message) })),
    };
  }
  return report;
}

/** `toJson` as the text written to a file: two-space indented, with a final newline. */
// Safe for a runner log: see src/output/json.ts.
export function formatJson(result: LintResult, options: { mask?: Mask | undefined } = {}): string {
  return jsonText(toJson(result, options));
}

function targetVersion(target: TargetVersion): string {
  return target.requested === '' ? target.knowledgeVersion : target.requested;
}

function jsonFinding(finding: Finding, mask: Mask): JsonFinding {
  const out: JsonFinding = {
    file: mask(finding.file),
    ruleId: finding.ruleId,
    severity: finding.severity,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: mask(finding.message),
  };
  if (finding.fix !== undefined) out.fix = mask(finding.fix);
  if (finding.edits && finding.edits.length > 0) out.fixable = true;
  return out;
}

function jsonSuppressed(entry: SuppressedFinding, mask: Mask): JsonSuppressedFinding {
  const suppression: JsonSuppressedFinding['suppression'] = {
    kind: entry.kind,
    reason: entry.reason === undefined ? null : mask(entry.reason),
  };
  if (entry.file !== undefined) suppression.file = mask(entry.file);
  if (entry.line !== undefined) suppression.line = entry.line;
  return { ...jsonFinding(entry.finding, mask), suppression };
}

function maskVerify(verify: VerifyResult, mask: Mask): VerifyResult {
  return {
    ...verify,
    migrateCommand: mask(verify.migrateCommand),
    checks: verify.checks.map((check) => ({ ...check, detail: mask(check.detail) })),
    errorLines: verify.errorLines.map(mask),
  };
}
