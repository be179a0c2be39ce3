/** Airflow release numbers: `2.10`, `2.10.4`, and PEP 440 pre-releases such as `3.0.0rc1`. */
export interface ParsedVersion {
  major: number;
  minor: number;
  /** Absent for a minor like `2.10`. */
  patch?: number | undefined;
  /** Pre-release suffix (`a1`, `b2`, `rc1`), sorted before the release itself. */
  pre?: string | undefined;
}

const VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.(\d+)((?:a|b|rc)\d+)?)?$/;

/** Parses a version, or returns undefined when the text is not one. */
export function parseVersion(text: string): ParsedVersion | undefined {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: match[3] === undefined ? undefined : Number(match[3]),
    pre: match[4],
  };
}

/** Orders two versions (a missing patch counts as 0; a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  return compareParsed(mustParse(a), mustParse(b));
}

/** True when `version` is `min` or newer, e.g. versionAtLeast('2.10.4', '2.7') === true. */
export function versionAtLeast(version: string, min: string): boolean {
  return compareVersions(version, min) >= 0;
}

/** The `major.minor` of a version, e.g. `2.10` for `2.10.4`. */
export function minorOf(version: string): string {
  const parsed = mustParse(version);
  return `${parsed.major}.${parsed.minor}`;
}

export function compareParsed(a: ParsedVersion, b: ParsedVersion): number {
  const numbers = [a.major - b.major, a.minor - b.minor, (a.patch ?? 0) - (b.patch ?? 0)];
  const first = numbers.find((difference) => difference !== 0);
  if (first !== undefined) return Math.sign(first);
  return comparePre(a.pre, b.pre);
}

function comparePre(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const rank = (pre: string): [number, number] => {
    const match = /^(a|b|rc)(\d+)$/.exec(pre);
    return [['a', 'b', 'rc'].indexOf(match?.[1] ?? ''), Number(match?.[2] ?? 0)];
  };
  const [kindA, numberA] = rank(a);
  const [kindB, numberB] = rank(b);
  return Math.sign(kindA - kindB || numberA - numberB);
}

function mustParse(text: string): ParsedVersion {
  const parsed = parseVersion(text);
  if (!parsed) throw new InvalidVersionError(text);
  return parsed;
}

/** A version string that is not an Airflow release number; the message is one line for the user. */
export class InvalidVersionError extends Error {
  override readonly name = 'InvalidVersionError';
  constructor(readonly input: string) {
    super(`Invalid Airflow version "${input}": expected a release like 2.10.4 or a minor like 2.10.`);
  }
}
