import type { SourceText } from '../engine/lint.js';
import { splitPythonLines } from '../reader/python-text.js';

/** Every file's lines by reported path: what fingerprints, baselines and SARIF snippets quote. */
export function sourceLines(sources: readonly SourceText[]): Map<string, string[]> {
  return new Map(sources.map((source) => [source.path, splitPythonLines(source.text)]));
}
