// The shell side of `lint --fix`: runs the fix passes over the files the lint read, then writes each
// changed file atomically, or (dry run) returns the unified diffs instead of writing anything.
import { lintInputs, withTexts, type LoadedInputs, type RunLintOptions, type RunLintOutput } from '../app/run-lint.js';
import type { Mask } from '../report/common.js';
import { unifiedDiff } from './diff.js';
import { fixLoop, type FixFile } from './fix-loop.js';
import { writeFileAtomic } from './write-atomic.js';

export interface FixRun {
  /** The lint of the fixed texts (what is left to do by hand). */
  after: RunLintOutput;
  /** Paths of the files changed (or, in a dry run, that would change), in the order read. */
  changedFiles: string[];
  fixedCount: number;
  /** Unified diffs, in a dry run; empty otherwise. */
  diffs: string[];
}

export async function runFix(
  inputs: LoadedInputs,
  options: Pick<RunLintOptions, 'root' | 'disable' | 'strictSuppressions' | 'project'>,
  fix: { dryRun: boolean; mask: Mask },
): Promise<FixRun> {
  const files: FixFile[] = [
    ...inputs.cfgFiles.map((file) => ({ path: file.path, kind: 'cfg', text: file.text })),
    ...inputs.sources.map((file) => ({ path: file.path, kind: file.kind, text: file.text })),
    ...inputs.envFiles.map((file) => ({ path: file.path, kind: 'env', text: file.text })),
  ];
  const outcome = fixLoop(files, (texts) => lintInputs(withTexts(inputs, texts), options).result);
  const changedFiles = files.map((file) => file.path).filter((path) => outcome.changed.has(path));
  const diffs: string[] = [];
  for (const path of changedFiles) {
    const after = outcome.changed.get(path) ?? '';
    if (fix.dryRun) diffs.push(unifiedDiff(path, files.find((file) => file.path === path)?.text ?? '', after, fix.mask));
    else await writeFileAtomic(path, after);
  }
  return { after: lintInputs(withTexts(inputs, outcome.changed), options), changedFiles, fixedCount: outcome.fixed.length, diffs };
}
