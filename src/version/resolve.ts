import { knownVersions } from '../knowledge/load.js';
import { compareParsed, compareVersions, InvalidVersionError, minorOf, parseVersion } from './compare.js';
import type { ParsedVersion } from './compare.js';
import type { DetectedVersion, TargetVersion } from './types.js';

export { compareVersions, InvalidVersionError, versionAtLeast } from './compare.js';

/**
 * Chooses the Airflow version to check against, and the generated knowledge release for it.
 *
 * - `requested` (a full version `2.10.4` or a minor `2.10`) wins over `detected`.
 * - Within a known minor, the newest known patch is used without a notice.
 * - A minor without data maps to the nearest known release, with a notice: the newest release of
 *   the same major that is not newer, else the oldest newer one (beyond the matrix: its newest or oldest).
 * - With neither, the newest known release is used, with a notice.
 *
 * Throws InvalidVersionError (one-line message) when `requested` is not a version.
 */
export function resolveTarget(
  requested: string | undefined,
  detected: DetectedVersion | undefined,
  knownReleases: readonly string[] = knownVersions(),
): TargetVersion {
  const known = [...knownReleases].sort(compareVersions);
  const newest = known.at(-1);
  if (newest === undefined) throw new Error('No Airflow knowledge data is available.');
  const wanted = requested?.trim();
  if (wanted) {
    const parsed = parseVersion(wanted);
    if (!parsed) throw new InvalidVersionError(wanted);
    const target = mapToKnown(wanted, parsed, known, 'input', `airflow-version is set to ${wanted}`);
    return withMismatchNotice(target, detected);
  }
  if (detected) {
    const parsed = parseVersion(detected.version);
    if (parsed) return mapToKnown(detected.version, parsed, known, 'detected', detected.reason);
  }
  return {
    requested: newest,
    knowledgeVersion: newest,
    how: 'fallback',
    reason: `no Airflow version was given or found in the repository, so the newest known release ${newest} is used`,
    notice: `No Airflow version was given or detected; checking against Airflow ${newest}, the newest known release. Set airflow-version to check another.`,
  };
}

function mapToKnown(
  requested: string,
  parsed: ParsedVersion,
  known: readonly string[],
  how: TargetVersion['how'],
  reason: string,
): TargetVersion {
  const sameMinor = known.filter((v) => minorOf(v) === `${parsed.major}.${parsed.minor}`);
  const newestOfMinor = sameMinor.at(-1);
  if (newestOfMinor !== undefined) {
    return { requested, knowledgeVersion: newestOfMinor, how, reason };
  }
  const nearest = nearestKnown(parsed, known);
  return {
    requested,
    knowledgeVersion: nearest,
    how,
    reason,
    notice: `No generated data for Airflow ${parsed.major}.${parsed.minor}; checking against ${nearest}, the nearest known release.`,
  };
}

function nearestKnown(parsed: ParsedVersion, known: readonly string[]): string {
  const all = known.map((version) => ({ version, parsed: parseVersion(version) as ParsedVersion }));
  const sameMajor = all.filter((entry) => entry.parsed.major === parsed.major);
  const pool = sameMajor.length > 0 ? sameMajor : all;
  const notNewer = pool.filter((entry) => compareParsed(entry.parsed, parsed) <= 0);
  const chosen = notNewer.at(-1) ?? pool.find((entry) => compareParsed(entry.parsed, parsed) > 0) ?? pool.at(-1);
  return (chosen as { version: string }).version;
}

/** A version set by hand that disagrees with the repository's own pin deserves a word. */
function withMismatchNotice(target: TargetVersion, detected: DetectedVersion | undefined): TargetVersion {
  if (!detected) return target;
  const parsedDetected = parseVersion(detected.version);
  if (!parsedDetected) return target;
  if (minorOf(target.requested) === `${parsedDetected.major}.${parsedDetected.minor}`) return target;
  const mismatch = `airflow-version ${target.requested} differs from Airflow ${detected.version} found at ${detected.file}:${detected.line}.`;
  return { ...target, notice: target.notice ? `${target.notice} ${mismatch}` : mismatch };
}
