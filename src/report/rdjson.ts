// reviewdog's diagnostic format (rdjson: one DiagnosticResult; reviewdog/proto/rdf/reviewdog.proto).
// Its columns count UTF-8 bytes, ours UTF-16 code units: each position is converted with the line's text.
import type { LintResult } from '../engine/types.js';
import type { Finding, Severity, TextEdit } from '../findings.js';
import type { Position, Span } from '../reader/types.js';
import type { Mask } from './common.js';
import { noMask } from './common.js';
import { ruleDocUrl } from './docs-url.js';

export interface RdPosition {
  line: number;
  column: number;
}

export interface RdRange {
  start: RdPosition;
  end: RdPosition;
}

export interface RdDiagnostic {
  message: string;
  location: { path: string; range: RdRange };
  severity: 'ERROR' | 'WARNING' | 'INFO';
  code: { value: string; url: string };
  suggestions?: { range: RdRange; text: string }[];
}

export interface RdJson {
  source: { name: string; url: string };
  severity?: 'ERROR' | 'WARNING' | 'INFO';
  diagnostics: RdDiagnostic[];
}

const SEVERITY: Record<Severity, RdDiagnostic['severity']> = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' };

export interface RdJsonOptions {
  source: { name: string; url: string };
  docsBaseUrl: string;
  /** Every file's lines by reported path, to turn UTF-16 columns into UTF-8 byte columns. */
  lines: ReadonlyMap<string, readonly string[]>;
  mask?: Mask | undefined;
}

export function toRdJson(result: LintResult, options: RdJsonOptions): RdJson {
  const mask = options.mask ?? noMask;
  const diagnostics = result.findings.map((finding) => diagnostic(finding, options.lines.get(finding.file), options.docsBaseUrl, mask));
  const worst = result.counts.error > 0 ? 'ERROR' : result.counts.warning > 0 ? 'WARNING' : result.counts.notice > 0 ? 'INFO' : undefined;
  return { source: options.source, ...(worst ? { severity: worst } : {}), diagnostics };
}

function diagnostic(finding: Finding, lines: readonly string[] | undefined, docsBaseUrl: string, mask: Mask): RdDiagnostic {
  const span: Span = { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } };
  const fix = finding.fix === undefined ? '' : ` Fix: ${finding.fix}`;
  const out: RdDiagnostic = {
    message: mask(`${finding.message}${fix}`),
    location: { path: mask(finding.file), range: byteRange(span, lines) },
    severity: SEVERITY[finding.severity],
    code: { value: finding.ruleId, url: ruleDocUrl(finding.ruleId, docsBaseUrl) },
  };
  const suggestions = (finding.edits ?? []).filter((edit) => !revealsSecret(edit, mask));
  // A suggestion that would quote a secret is left out whole: a masked one would write the mask into the file.
  if (suggestions.length > 0 && suggestions.length === (finding.edits ?? []).length) {
    out.suggestions = suggestions.map((edit) => ({ range: byteRange(edit.span, lines), text: edit.text }));
  }
  return out;
}

function revealsSecret(edit: TextEdit, mask: Mask): boolean {
  return mask(edit.text) !== edit.text;
}

function byteRange(span: Span, lines: readonly string[] | undefined): RdRange {
  return { start: bytePosition(span.start, lines), end: bytePosition(span.end, lines) };
}

/** Column in UTF-8 bytes (1-based) of a column in UTF-16 code units, on the same line. */
function bytePosition(position: Position, lines: readonly string[] | undefined): RdPosition {
  const line = lines?.[position.line - 1];
  if (line === undefined) return { line: position.line, column: position.column };
  const before = line.slice(0, Math.max(0, position.column - 1));
  return { line: position.line, column: Buffer.byteLength(before, 'utf8') + 1 };
}
