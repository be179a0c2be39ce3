import type { SourceText } from '../engine/lint.js';
import type { LintResult } from '../engine/types.js';
import { DOCS_BASE_URL } from '../report/docs-url.js';
import { toRdJson, type RdJson } from '../report/rdjson.js';
import { TOOL_NAME, TOOL_URI } from '../tool.js';
import { sourceLines } from './source-lines.js';

/** `--format rdjson`: the findings for reviewdog (`reviewdog -f=rdjson`), fixes as suggestions. */
export function buildRdJson(result: LintResult, sources: readonly SourceText[], mask: (text: string) => string): RdJson {
  return toRdJson(result, { source: { name: TOOL_NAME, url: TOOL_URI }, docsBaseUrl: DOCS_BASE_URL, lines: sourceLines(sources), mask });
}
