// What both shells (CLI and action) do to lint: find and read the files, load the target version's
// knowledge, run the core. Returns data; printing is the shell's job.
import { lint, type LintOutput, type SourceText } from '../engine/lint.js';
import { discoverFiles, isDynamicPattern } from '../io/discover.js';
import { parseEnvTexts, readEnvTexts } from '../io/env-file.js';
import { readSource } from '../io/read-source.js';
import { joinPath, readSources } from '../io/read-sources.js';
import type { EnvEntry } from '../config/effective.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { RepoFile } from '../sources/kinds.js';
import type { TargetVersion } from '../version/types.js';
import { sourceKindOf } from '../sources/kinds.js';
import { UsageError } from '../cli/usage-error.js';
import { loadTarget } from './load-target.js';
import { applyProjectConfig, globMatcher } from '../project-config/apply.js';
import { EMPTY_PROJECT_CONFIG, type ProjectConfig } from '../project-config/types.js';

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
  /** `.airflow-preflight.yaml`: rule settings, ignore globs, airflow-version (the flag wins). */
  project?: ProjectConfig | undefined;
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
  /** The dotenv files `env` was read from (--env-file, and .env files named as paths). */
  envFiles: SourceText[];
  knowledge: AirflowKnowledge;
  target: TargetVersion;
}

export async function runLint(options: RunLintOptions): Promise<RunLintOutput & { inputs: LoadedInputs }> {
  const project = options.project ?? EMPTY_PROJECT_CONFIG;
  const inputs = await loadInputs({ ...options, airflowVersion: options.airflowVersion ?? project.airflowVersion });
  return { ...lintInputs(inputs, options), inputs };
}

/** Lints inputs already read (again, after --fix edited their texts). */
export function lintInputs(inputs: LoadedInputs, options: Pick<RunLintOptions, 'root' | 'disable' | 'strictSuppressions' | 'project'>): RunLintOutput {
  const linted = lint({
    cfgFiles: inputs.cfgFiles,
    sources: inputs.sources,
    env: inputs.env,
    knowledge: inputs.knowledge,
    target: inputs.target,
    disable: options.disable,
    strictSuppressions: options.strictSuppressions,
  });
  // `disable` (a flag) already dropped its rules inside lint, so the file cannot bring them back.
  const result = applyProjectConfig(linted, options.project ?? EMPTY_PROJECT_CONFIG, { root: options.root });
  return { result, sources: [...inputs.cfgFiles, ...inputs.sources, ...inputs.envFiles] };
}

/** The same inputs with some files' texts replaced (by path); dotenv entries are read again from their new text. */
export function withTexts(inputs: LoadedInputs, texts: ReadonlyMap<string, string>): LoadedInputs {
  const replace = <T extends { path: string; text: string }>(file: T): T => {
    const text = texts.get(file.path);
    return text === undefined ? file : { ...file, text };
  };
  const envFiles = inputs.envFiles.map(replace);
  return { ...inputs, cfgFiles: inputs.cfgFiles.map(replace), sources: inputs.sources.map(replace), envFiles, env: parseEnvTexts(envFiles) };
}

export async function loadInputs(options: Omit<RunLintOptions, 'disable' | 'strictSuppressions'>): Promise<LoadedInputs> {
  const discover = options.discover ?? options.paths.length === 0;
  const ignored = globMatcher(options.project?.ignore ?? [], options.root);
  // A compose file, values file, Dockerfile or .env named as a path is read as what it is, not as a cfg.
  const named = byKind((await resolveNamedPaths(options.paths, options.root)).filter((path) => !ignored(path)));
  const read = await readSources({
    root: options.root,
    discover,
    compose: [...(options.compose ?? []), ...named.compose],
    helmValues: [...(options.helmValues ?? []), ...named.helm],
    dockerfiles: [...(options.dockerfiles ?? []), ...named.dockerfile],
  });
  const sources = read.filter((source) => !ignored(source.path));
  const hasComponents = sources.some((source) => source.kind === 'compose' || source.kind === 'helm');
  const cfgPaths = options.paths.length > 0 ? named.cfg : (await discoverCfgFiles(options.root, discover, hasComponents)).filter((path) => !ignored(path));
  const cfgFiles: SourceText[] = [];
  for (const path of cfgPaths) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    cfgFiles.push({ path: source.path, text: source.text });
  }
  const envFiles = await readEnvTexts([...options.envFiles, ...named.env]);
  const env = parseEnvTexts(envFiles);
  const versionFiles = sources.map((source) => ({ path: source.path, text: source.text }));
  const { knowledge, target } = await loadTarget(options.airflowVersion, options.root, versionFiles);
  return { cfgFiles, sources, env, envFiles, knowledge, target };
}

/** Every airflow.cfg under the root, when the user named no path. */
async function discoverCfgFiles(root: string, discover: boolean, hasComponents: boolean): Promise<string[]> {
  const found = discover ? await discoverFiles(root, ['**/airflow.cfg']) : [];
  if (found.length === 0 && !hasComponents) {
    throw new UsageError(`no airflow.cfg found under ${root}; give the path of the file to lint`);
  }
  return found.map((path) => joinPath(root, path));
}

/** Explicit files are taken as given; globs are searched under the root. */
async function resolveNamedPaths(paths: readonly string[], root: string): Promise<string[]> {
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

interface NamedPaths {
  cfg: string[];
  compose: string[];
  helm: string[];
  dockerfile: string[];
  env: string[];
}

/** Sorts named paths by what they hold; anything not recognised by its name is read as a cfg. */
function byKind(paths: readonly string[]): NamedPaths {
  const named: NamedPaths = { cfg: [], compose: [], helm: [], dockerfile: [], env: [] };
  for (const path of paths) {
    const kind = sourceKindOf(path);
    if (kind === 'compose' || kind === 'helm' || kind === 'dockerfile' || kind === 'env') named[kind].push(path);
    else named.cfg.push(path);
  }
  return named;
}

/** Splits a comma- or newline-separated input (`disable`, `config`) into items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
