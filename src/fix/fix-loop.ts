// `lint --fix`: lint, apply every finding's edits that do not touch another's, lint the new texts again,
// until no finding offers an edit that applies (ESLint's passes). Pure: texts in, texts out.
import type { LintResult } from '../engine/types.js';
import type { Finding } from '../findings.js';
import { applyFindingEdits } from './apply-edits.js';

/** Enough for every move into one new section (one insertion point per pass) in a real file; then it stops. */
export const MAX_FIX_PASSES = 100;

export interface FixFile {
  path: string;
  /** `cfg` files count lines as Python does (\r too); YAML and dotenv files by \n. */
  kind: string;
  text: string;
}

export interface FixLoopResult {
  /** The new text of every file a fix changed, by path. */
  changed: Map<string, string>;
  /** One entry per applied finding, in the order applied (rule and file; lines are those of its pass). */
  fixed: Finding[];
  passes: number;
}

export function fixLoop(files: readonly FixFile[], lintTexts: (texts: ReadonlyMap<string, string>) => LintResult): FixLoopResult {
  const originals = new Map(files.map((file) => [file.path, file]));
  const texts = new Map<string, string>();
  const fixed: Finding[] = [];
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const result = lintTexts(texts);
    const byFile = new Map<string, Finding[]>();
    for (const finding of result.findings) {
      if (!finding.edits?.length || !originals.has(finding.file)) continue;
      const list = byFile.get(finding.file) ?? [];
      list.push(finding);
      byFile.set(finding.file, list);
    }
    let appliedThisPass = 0;
    for (const [path, findings] of byFile) {
      const file = originals.get(path);
      if (!file) continue;
      const current = texts.get(path) ?? file.text;
      const outcome = applyFindingEdits(current, findings, file.kind === 'cfg' ? 'python' : 'lf');
      if (outcome.applied.length === 0 || outcome.text === current) continue;
      texts.set(path, outcome.text);
      fixed.push(...outcome.applied);
      appliedThisPass += outcome.applied.length;
    }
    passes += 1;
    if (appliedThisPass === 0) break;
  }
  const changed = new Map([...texts].filter(([path, text]) => text !== originals.get(path)?.text));
  return { changed, fixed, passes };
}
