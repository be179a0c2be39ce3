// What both shells (CLI and action) do to lint: find and read the files, load the target version's
// knowledge, run the core. Returns data; printing is the shell's job.
import { lint, type LintOutput, type SourceText } from '../engine/lint.js';
import { discoverFiles, isDynamicPattern } from '../io/discover.js';
import { readEnvFiles } from '../io/env-file.js';
import { readSource } from '../io/read-source.js';
import { joinPath, readSources } from '../io/read-sources.js';
import type { EnvEntry } from '../config/effective.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { RepoFile } from '../sources/kinds.js';
import type { TargetVersion } from '../version/types.js';
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
  /** Compose files, Helm values files and Dockerfiles named explicitly (each is read whatever its name). */
  compose?: readonly string[] | undefined;
  helmValues?: readonly string[] | undefined;
  dockerfiles?: readonly string[] | undefined;
  /**
   * Look for compose files, Helm values, .env files, Dockerfiles and scripts under the root. Default: only
   * when no cfg path is given (naming files means linting those files).
   */
  discover?: boolean | undefined;
}

export interface RunLintOutput {
  result: LintOutput;
  /** Every file read (cfg files and the other sources), for reporters that quote lines. */
  sources: SourceText[];
}

/** The files a lint reads, and the target version's facts: what `lint` and `explain` both need. */
export interface LoadedInputs {
  cfgFiles: SourceText[];
  sources: RepoFile[];
  env: EnvEntry[];
  knowledge: AirflowKnowledge;
  target: TargetVersion;
}

export async function runLint(options: RunLintOptions): Promise<RunLintOutput> {
  const inputs = await loadInputs(options);
  const result = lint({
    cfgFiles: inputs.cfgFiles,
    sources: inputs.sources,
    env: inputs.env,
    knowledge: inputs.knowledge,
    target: inputs.target,
    disable: options.disable,
    strictSuppressions: options.strictSuppressions,
  });
  return { result, sources: [...inputs.cfgFiles, ...inputs.sources] };
}

export async function loadInputs(options: Omit<RunLintOptions, 'disable' | 'strictSuppressions'>): Promise<LoadedInputs> {
  const discover = options.discover ?? options.paths.length === 0;
  const sources = await readSources({
    root: options.root,
    discover,
    compose: options.compose,
    helmValues: options.helmValues,
    dockerfiles: options.dockerfiles,
  });
  const hasComponents = sources.some((source) => source.kind === 'compose' || source.kind === 'helm');
  const files = await resolvePaths(options.paths, options.root, discover, hasComponents);
  const cfgFiles: SourceText[] = [];
  for (const path of files) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    cfgFiles.push({ path: source.path, text: source.text });
  }
  const env = await readEnvFiles(options.envFiles);
  const versionFiles = sources.map((source) => ({ path: source.path, text: source.text }));
  const { knowledge, target } = await loadTarget(options.airflowVersion, options.root, versionFiles);
  return { cfgFiles, sources, env, knowledge, target };
}

/** Explicit files are taken as given; globs and the default are searched under the root. */
async function resolvePaths(paths: readonly string[], root: string, discover: boolean, hasComponents: boolean): Promise<string[]> {
  if (paths.length === 0) {
    const found = discover ? await discoverFiles(root, ['**/airflow.cfg']) : [];
    if (found.length === 0 && !hasComponents) {
      throw new UsageError(`no airflow.cfg found under ${root}; give the path of the file to lint`);
    }
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


/** Splits a comma- or newline-separated input (`disable`, `config`) into items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
