// Which repository files hold configuration that reaches Airflow, and what kind each is.
import { VERSION_FILE_PATTERNS, versionSourceKind } from '../version/detect.js';

/** `cfg`: airflow.cfg; `env`: dotenv; `compose`, `helm` (values), `dockerfile`; `script`: shell scripts with commands. */
export type SourceKind = 'cfg' | 'env' | 'compose' | 'helm' | 'dockerfile' | 'script';

/** A repository file read for linting (path relative to the root, `/` separators). */
export interface RepoFile {
  path: string;
  text: string;
  kind: SourceKind;
  /** Named by the user (a flag or input) rather than discovered: taken as the kind given, without guessing. */
  selected?: boolean | undefined;
}

/** Glob patterns of every source discovered by default, besides airflow.cfg: the files that may pin a version, and scripts. */
export const SOURCE_PATTERNS: readonly string[] = [
  // Python pins only name a version; every other version source also configures Airflow.
  ...VERSION_FILE_PATTERNS.filter((pattern) => !/requirements|constraints|pyproject/.test(pattern)),
  '**/*.env',
  '**/*.sh',
];

/** The kind of source a path names, or undefined for files that are not read. */
export function sourceKindOf(path: string): SourceKind | undefined {
  const name = path.split('/').at(-1) ?? path;
  if (name.endsWith('.cfg')) return 'cfg';
  if (name.endsWith('.env')) return 'env';
  if (name.endsWith('.sh')) return 'script';
  const kind = versionSourceKind(name);
  return kind === 'compose' || kind === 'helm' || kind === 'dockerfile' ? kind : undefined;
}
