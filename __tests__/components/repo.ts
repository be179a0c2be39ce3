// Loads a fixture repository the way the CLI does (discovery under a root), with paths relative to it.
import { loadInputs, type LoadedInputs } from '../../src/app/run-lint.js';
import { lint, type LintOutput } from '../../src/engine/lint.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { sourceKindOf } from '../../src/sources/kinds.js';
import type { Finding } from '../../src/findings.js';
import { expectationsOf } from '../helpers/lint.js';
import { resolveTarget } from '../../src/version/resolve.js';

export const REPOS = '__tests__/fixtures/repos';

export async function loadRepo(name: string, version: string, options: { discover?: boolean; compose?: string[]; helmValues?: string[] } = {}): Promise<LoadedInputs> {
  const root = `${REPOS}/${name}`;
  const inputs = await loadInputs({
    paths: [],
    root,
    airflowVersion: version,
    envFiles: [],
    discover: options.discover,
    compose: options.compose?.map((path) => `${root}/${path}`),
    helmValues: options.helmValues?.map((path) => `${root}/${path}`),
  });
  const strip = (path: string) => (path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  return {
    ...inputs,
    cfgFiles: inputs.cfgFiles.map((file) => ({ ...file, path: strip(file.path) })),
    sources: inputs.sources.map((file) => ({ ...file, path: strip(file.path) })),
  };
}

/** Lints a repository given as files (path → text), each file's kind taken from its name. */
export async function lintFiles(files: Record<string, string>, version: string): Promise<LintOutput> {
  const target = resolveTarget(version, undefined);
  const knowledge = await loadKnowledge(target.knowledgeVersion);
  const all = Object.entries(files).map(([path, text]) => ({ path, text, kind: sourceKindOf(path) ?? 'script' }));
  return lint({
    cfgFiles: all.filter((file) => file.kind === 'cfg'),
    sources: all.filter((file) => file.kind !== 'cfg'),
    knowledge,
    target,
  });
}

/** Reads a fixture repository's files (path → text), relative to it. */
export async function fixtureFiles(name: string): Promise<Record<string, string>> {
  const { readFile } = await import('node:fs/promises');
  const { glob } = await import('tinyglobby');
  const root = `${REPOS}/${name}`;
  const paths = await glob(['**/*'], { cwd: root, dot: true, onlyFiles: true });
  const files: Record<string, string> = {};
  for (const path of paths.sort()) files[path] = await readFile(`${root}/${path}`, 'utf8');
  return files;
}

/** The `# expect:` comments of every file, with the file they are in. */
export function repoExpectations(files: Record<string, string>): { file: string; line: number; ruleId: string }[] {
  return Object.entries(files)
    .flatMap(([file, text]) => expectationsOf(text).map((e) => ({ file, line: e.line, ruleId: e.ruleId })))
    .sort(byPlace);
}

export function repoFindings(findings: readonly Finding[], ruleIds: readonly string[]): { file: string; line: number; ruleId: string }[] {
  return findings.filter((f) => ruleIds.includes(f.ruleId)).map((f) => ({ file: f.file, line: f.line, ruleId: f.ruleId })).sort(byPlace);
}

function byPlace(a: { file: string; line: number; ruleId: string }, b: { file: string; line: number; ruleId: string }): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId);
}
