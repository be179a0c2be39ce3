import type { SourceText } from '../engine/lint.js';
import type { LintResult } from '../engine/types.js';
import { sourceLines } from './source-lines.js';
import { ALL_RULE_METAS } from '../rules/registry.js';
import { toSarif, type SarifLog } from '../report/sarif.js';
import { DOCS_BASE_URL } from '../report/docs-url.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../tool.js';

/** The SARIF log for a lint run, with every registered rule described. */
export function buildSarif(result: LintResult, sources: readonly SourceText[], mask: (text: string) => string): SarifLog {
  const lines = sourceLines(sources);
  return toSarif(
    result,
    ALL_RULE_METAS,
    { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI, docsBaseUrl: DOCS_BASE_URL },
    { sources: lines, mask },
  );
}
