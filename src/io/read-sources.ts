// Finds and reads the files besides airflow.cfg that configure Airflow: discovered under the root by
// default, or named one by one (--compose, --helm-values, --dockerfile).
import { sourceKindOf, SOURCE_PATTERNS, type RepoFile, type SourceKind } from '../sources/kinds.js';
import { UsageError } from '../cli/usage-error.js';
import { discoverFiles } from './discover.js';
import { readSource } from './read-source.js';
import { trimTrailing } from '../regexp.js';

export interface SourceSelection {
  root: string;
  /** Look for compose files, Helm values, .env files, Dockerfiles and scripts under the root. */
  discover: boolean;
  compose?: readonly string[] | undefined;
  helmValues?: readonly string[] | undefined;
  dockerfiles?: readonly string[] | undefined;
}

export async function readSources(selection: SourceSelection): Promise<RepoFile[]> {
  const files = new Map<string, RepoFile>();
  const selected: [string, SourceKind][] = [
    ...(selection.compose ?? []).map((path): [string, SourceKind] => [path, 'compose']),
    ...(selection.helmValues ?? []).map((path): [string, SourceKind] => [path, 'helm']),
    ...(selection.dockerfiles ?? []).map((path): [string, SourceKind] => [path, 'dockerfile']),
  ];
  for (const [path, kind] of selected) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    files.set(normalise(path), { path: normalise(path), text: source.text, kind, selected: true });
  }
  if (selection.discover) {
    for (const found of await discoverFiles(selection.root, SOURCE_PATTERNS)) {
      const path = normalise(joinPath(selection.root, found));
      const kind = sourceKindOf(path);
      if (kind === undefined || kind === 'cfg' || files.has(path)) continue;
      const source = await readSource(path);
      // A discovered file that cannot be read is skipped: the user did not ask for it.
      if (!source.ok) continue;
      if (kind === 'script' && !/\bairflow\b/.test(source.text)) continue;
      files.set(path, { path, text: source.text, kind });
    }
  }
  // Compose looks for its project's .env next to the compose file even when only that file is named.
  for (const file of [...files.values()].filter((f) => f.kind === 'compose' && f.selected)) {
    const dotenv = joinPath(file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '.', '.env');
    if (files.has(dotenv)) continue;
    const source = await readSource(dotenv);
    if (source.ok) files.set(dotenv, { path: dotenv, text: source.text, kind: 'env' });
  }
  return [...files.values()];
}

export function joinPath(root: string, path: string): string {
  return root === '.' || root === '' ? path : `${trimTrailing(root, '/')}/${path}`;
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
