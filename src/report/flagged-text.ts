import type { Finding } from '../findings.js';
import type { Mask } from './common.js';

/**
 * The normalized, masked text of the line(s) a finding flags: what SARIF fingerprints and baselines match
 * on instead of line numbers, so inserting lines above a finding does not make it new.
 */
export function flaggedText(finding: Finding, lines: readonly string[] | undefined, mask: Mask): string {
  // Without the file's text, the message stands in: it carries no line number either.
  if (!lines) return `message:${normalize(finding.message)}`;
  // A half-open span that ends at column 1 does not include its last line.
  const last = finding.endLine > finding.line && finding.endColumn <= 1 ? finding.endLine - 1 : finding.endLine;
  const flagged = lines.slice(finding.line - 1, Math.max(finding.line, last));
  return flagged.map((line) => normalize(mask(line))).join('\n');
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
