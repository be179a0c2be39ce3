// Which repository files hold configuration that reaches Airflow, and what kind each is.

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

/** Glob patterns of every source discovered by default, besides airflow.cfg. */
export const SOURCE_PATTERNS: readonly string[] = [
  '**/.env',
  '**/*.env',
  '**/docker-compose*.yml',
  '**/docker-compose*.yaml',
  '**/compose*.yml',
  '**/compose*.yaml',
  '**/values*.yml',
  '**/values*.yaml',
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/Containerfile',
  '**/*.sh',
];

/** The kind of source a path names, or undefined for files that are not read. */
export function sourceKindOf(path: string): SourceKind | undefined {
  const name = path.split('/').at(-1) ?? path;
  if (name === 'airflow.cfg' || name.endsWith('.cfg')) return 'cfg';
  if (name === '.env' || name.endsWith('.env')) return 'env';
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return 'compose';
  if (/^values.*\.ya?ml$/i.test(name)) return 'helm';
  if (/^(Dockerfile(\..+)?|.+\.dockerfile|Containerfile)$/i.test(name)) return 'dockerfile';
  if (name.endsWith('.sh')) return 'script';
  return undefined;
}
