import { compareVersions, parseVersion } from './compare.js';
import type { DetectedVersion, VersionCandidate, VersionSourceKind } from './types.js';
import { replaceDollarReferences } from '../regexp.js';

/** A repository file handed to the detector (the shell does the file gathering). */
export interface SourceFile {
  path: string;
  text: string;
}

/** Glob patterns of the files the detector reads; the shells gather them (e.g. with tinyglobby). */
export const VERSION_FILE_PATTERNS: readonly string[] = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile',
  '**/docker-compose*.yml',
  '**/docker-compose*.yaml',
  '**/compose*.yml',
  '**/compose*.yaml',
  '**/*values*.yml',
  '**/*values*.yaml',
  '**/.env',
  '**/requirements*.txt',
  '**/requirements*.in',
  '**/constraints*.txt',
  '**/pyproject.toml',
];

/**
 * Which source wins when files disagree: the image that runs beats Python pins.
 * Lower rank wins; within a rank the most frequent version, then the newest, then the first by path and line.
 */
const PRECEDENCE: Record<VersionSourceKind, { rank: number; label: string }> = {
  dockerfile: { rank: 0, label: 'Dockerfile FROM lines' },
  // A .env image name overrides the `${AIRFLOW_IMAGE_NAME:-…}` default of a compose file.
  env: { rank: 1, label: '.env image names' },
  compose: { rank: 2, label: 'compose images' },
  helm: { rank: 3, label: 'Helm values' },
  requirements: { rank: 4, label: 'requirements/constraints pins' },
  pyproject: { rank: 5, label: 'pyproject.toml pins' },
};

/** The kind of source a path is, or undefined when the detector does not read it. */
export function versionSourceKind(path: string): VersionSourceKind | undefined {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  if (/^(Dockerfile(\..+)?|.+\.dockerfile|Containerfile)$/i.test(name)) return 'dockerfile';
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return 'compose';
  if (isValuesFile(name)) return 'helm';
  if (name === '.env') return 'env';
  if (/^(requirements.*\.(txt|in)|constraints.*\.txt)$/i.test(name)) return 'requirements';
  if (name === 'pyproject.toml') return 'pyproject';
  return undefined;
}

/** Finds the Airflow version the repository pins, or undefined when no file names one. */
export function detectAirflowVersion(files: readonly SourceFile[]): DetectedVersion | undefined {
  const candidates = files
    .flatMap(findCandidates)
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  const chosen = choose(candidates);
  if (!chosen) return undefined;
  return {
    version: chosen.version,
    file: chosen.file,
    line: chosen.line,
    reason: explain(chosen, candidates),
    candidates,
  };
}

/** Every place one file names an Airflow version. */
export function findCandidates(file: SourceFile): VersionCandidate[] {
  const kind = versionSourceKind(file.path);
  if (!kind) return [];
  const lines = file.text.split(/\r?\n/);
  const found: VersionCandidate[] = [];
  const args = new Map<string, string>();
  lines.forEach((raw, index) => {
    const version = matchLine(kind, raw, args);
    if (version) found.push({ version, file: file.path, line: index + 1, kind, evidence: evidenceOf(raw) });
  });
  return found;
}

function matchLine(kind: VersionSourceKind, raw: string, args: Map<string, string>): string | undefined {
  const line = stripComment(raw).trim();
  if (!line) return undefined;
  switch (kind) {
    case 'dockerfile':
      return matchDockerfile(line, args);
    case 'compose':
      return /^-?\s*image\s*:/.test(line) ? imageVersion(expand(line.replace(/^-?\s*image\s*:/, ''), args)) : undefined;
    case 'env':
      return /^(export\s+)?\w+\s*=/.test(line) ? imageVersion(line.replace(/^(export\s+)?\w+\s*=/, '')) : undefined;
    case 'helm':
      return matchHelm(line);
    case 'requirements':
      return matchPin(line);
    case 'pyproject':
      return matchPyproject(line);
  }
}

/** `FROM [--platform=…] apache/airflow:TAG [AS name]`, with `ARG`s declared before it expanded. */
function matchDockerfile(line: string, args: Map<string, string>): string | undefined {
  const arg = /^ARG\s+(\w+)(?:=(.*))?$/i.exec(line);
  if (arg?.[1] !== undefined) {
    if (arg[2] !== undefined) args.set(arg[1], unquote(arg[2].trim()));
    return undefined;
  }
  const from = /^FROM\s+(?:--\S+\s+)*(\S+)/i.exec(line);
  return from?.[1] === undefined ? undefined : imageVersion(expand(from[1], args));
}

/** Helm chart values: `defaultAirflowTag: "2.10.4"`, `airflowVersion: 2.10.4`. */
function matchHelm(line: string): string | undefined {
  const match = /^(?:defaultAirflowTag|airflowVersion)\s*:\s*(\S+)/.exec(line);
  return match?.[1] === undefined ? undefined : releaseOf(unquote(match[1]));
}

/** `apache-airflow==X` (any spelling PEP 503 normalises to it, with or without extras). */
function matchPin(text: string): string | undefined {
  const match = /(?:^|["'\s,])apache[-_.]airflow\s*(?:\[[^\][]*\]\s*)?===?\s*([0-9][^\s;,"'#]*)/i.exec(text);
  return match?.[1] === undefined ? undefined : releaseOf(match[1]);
}

/** PEP 621 dependency strings, and Poetry's `apache-airflow = "2.10.4"` / `{ version = "==2.10.4" }`. */
function matchPyproject(line: string): string | undefined {
  const pin = matchPin(line);
  if (pin) return pin;
  const poetry = /^["']?apache[-_.]airflow["']?\s*=\s*(\S.*)$/i.exec(line);
  if (poetry?.[1] === undefined) return undefined;
  const value = /version\s*=\s*["']([^"']+)["']/.exec(poetry[1])?.[1] ?? unquote(poetry[1].trim());
  return releaseOf(value.replace(/^==?/, ''));
}

/** The Airflow release in an `apache/airflow:TAG` image reference (tags like `2.10.4-python3.11`, `slim-2.9.3`). */
function imageVersion(text: string): string | undefined {
  const match = /(?:^|[\s"'/=:-])apache\/airflow:([\w.-]+)/.exec(` ${unquote(text.trim())}`);
  if (match?.[1] === undefined) return undefined;
  const tag = match[1].replace(/^slim-/, '').replace(/-python\d+(?:\.\d+)?$/, '');
  return releaseOf(tag);
}

/** Only full releases pin a version (`2.10.4`, `3.0.0rc1`); `latest` or `2.10` say nothing exact. */
function releaseOf(text: string): string | undefined {
  const parsed = parseVersion(text);
  return parsed?.patch === undefined ? undefined : text;
}

/** Expands `${NAME}`, `$NAME`, `${NAME:-default}` and `${NAME-default}` the way Docker and Compose do. */
function expand(text: string, values: ReadonlyMap<string, string>): string {
  return replaceDollarReferences(text, (inner, braced, whole) => {
    const reference = braced ? /^(\w+)(?::?-(.*))?$/s.exec(inner) : [inner, inner];
    if (!reference) return undefined;
    return values.get(reference[1] ?? '') ?? reference[2] ?? whole;
  });
}

function stripComment(line: string): string {
  if (/^\s*#/.test(line)) return '';
  const comment = /\s#/.exec(line);
  return comment ? line.slice(0, comment.index).trimEnd() : line;
}

function unquote(text: string): string {
  return text.replace(/^["']|["']$/g, '');
}

function evidenceOf(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

function choose(candidates: readonly VersionCandidate[]): VersionCandidate | undefined {
  const bestRank = Math.min(...candidates.map((c) => PRECEDENCE[c.kind].rank));
  const top = candidates.filter((c) => PRECEDENCE[c.kind].rank === bestRank);
  const counts = new Map<string, number>();
  for (const c of top) counts.set(c.version, (counts.get(c.version) ?? 0) + 1);
  const versions = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareVersions(b, a),
  );
  return top.find((c) => c.version === versions[0]);
}

function explain(chosen: VersionCandidate, candidates: readonly VersionCandidate[]): string {
  const base = `detected from ${chosen.file}:${chosen.line} (${chosen.evidence})`;
  const others = candidates.filter((c) => c.version !== chosen.version);
  if (others.length === 0) return base;
  const listed = others
    .slice(0, 3)
    .map((c) => `${c.version} at ${c.file}:${c.line}`)
    .join(', ');
  const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
  const sameKind = others.every((c) => c.kind === chosen.kind);
  const rule = sameKind
    ? 'the version named most often wins, then the newest'
    : `${PRECEDENCE[chosen.kind].label} take precedence, then the version named most often, then the newest`;
  return `${base}; other files name ${listed}${more}, and ${rule}`;
}

/** `values.*\.ya?ml$` (a name with `values` and a YAML ending after it), without that regex's backtracking. */
function isValuesFile(name: string): boolean {
  const at = name.toLowerCase().indexOf('values');
  return at >= 0 && /\.ya?ml$/i.test(name.slice(at + 'values'.length));
}
