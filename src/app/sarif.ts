import type { SourceText } from '../engine/lint.js';
import type { LintResult } from '../engine/types.js';
import { sourceLines } from './source-lines.js';
import { ALL_RULE_METAS } from '../rules/registry.js';
import { gzipSync } from 'node:zlib';
import { MAX_SARIF_RESULTS, toSarif, type SarifLog } from '../report/sarif.js';
import { DOCS_BASE_URL } from '../report/docs-url.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../tool.js';

/** GitHub refuses a SARIF upload larger than this once gzipped. */
const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;

/**
 * The SARIF log for a lint run, with every registered rule described, within GitHub's upload limits:
 * at most 25,000 results, and fewer when the gzipped file would pass 10 MB.
 */
export function buildSarif(result: LintResult, sources: readonly SourceText[], mask: (text: string) => string): SarifLog {
  const lines = sourceLines(sources);
  const build = (maxResults: number) =>
    toSarif(result, ALL_RULE_METAS, { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI, docsBaseUrl: DOCS_BASE_URL }, { sources: lines, mask, maxResults });
  let maxResults = MAX_SARIF_RESULTS;
  for (;;) {
    const log = build(maxResults);
    const size = gzipSync(JSON.stringify(log)).length;
    const count = log.runs[0]?.results.length ?? 0;
    if (size <= MAX_GZIPPED_BYTES || count === 0) return log;
    maxResults = Math.floor((count * MAX_GZIPPED_BYTES * 0.9) / size);
  }
}
