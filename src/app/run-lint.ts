// What both shells (CLI and action) do to lint: find and read the files, load the target version's
// knowledge, run the core. Returns data; printing is the shell's job.
import { lint, type LintOutput, type SourceText } from '../engine/lint.js';
import { discoverFiles, isDynamicPattern } from '../io/discover.js';
import { readEnvFiles } from '../io/env-file.js';
import { readSource } from '../io/read-source.js';
import { UsageError } from '../cli/usage-error.js';
import { loadTarget } from './load-target.js';

export interface RunLintOptions {
  /** Files or globs; empty means every airflow.cfg under `root`. */
  paths: readonly string[];
  root: string;
  airflowVersion?: string | undefined;
  envFiles: readonly string[];
  disable: readonly string[];
  strictSuppressions: boolean;
}

export interface RunLintOutput {
  result: LintOutput;
  sources: SourceText[];
}

export async function runLint(options: RunLintOptions): Promise<RunLintOutput> {
  const files = await resolvePaths(options.paths, options.root);
  const sources: SourceText[] = [];
  for (const path of files) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    sources.push({ path: source.path, text: source.text });
  }
  const env = await readEnvFiles(options.envFiles);
  const { knowledge, target } = await loadTarget(options.airflowVersion, options.root);
  const result = lint({
    cfgFiles: sources,
    env,
    knowledge,
    target,
    disable: options.disable,
    strictSuppressions: options.strictSuppressions,
  });
  return { result, sources };
}

/** Explicit files are taken as given; globs and the default are searched under the root. */
async function resolvePaths(paths: readonly string[], root: string): Promise<string[]> {
  if (paths.length === 0) {
    const found = await discoverFiles(root, ['**/airflow.cfg']);
    if (found.length === 0) throw new UsageError(`no airflow.cfg found under ${root}; give the path of the file to lint`);
    return found.map((path) => joinPath(root, path));
  }
  const files: string[] = [];
  for (const path of paths) {
    if (!isDynamicPattern(path)) {
      files.push(path);
      continue;
    }
    const matched = await discoverFiles(root, [path]);
    if (matched.length === 0) throw new UsageError(`${path}: the pattern matches no file`);
    files.push(...matched.map((match) => joinPath(root, match)));
  }
  return [...new Set(files)];
}

function joinPath(root: string, path: string): string {
  return root === '.' || root === '' ? path : `${root.replace(/\/+$/, '')}/${path}`;
}

/** Splits a comma- or newline-separated input (`disable`, `config`) into items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
