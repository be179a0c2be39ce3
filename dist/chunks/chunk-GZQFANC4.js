import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  knownVersions
} from "./chunk-RRJEZCB6.js";
import {
  InvalidVersionError,
  compareParsed,
  compareVersions,
  minorOf,
  parseVersion
} from "./chunk-EHIJUM37.js";

// src/version/resolve.ts
function resolveTarget(requested, detected, knownReleases = knownVersions()) {
  const known = [...knownReleases].sort(compareVersions);
  const newest = known.at(-1);
  if (newest === void 0) throw new Error("No Airflow knowledge data is available.");
  const wanted = requested?.trim();
  if (wanted) {
    const parsed = parseVersion(wanted);
    if (!parsed) throw new InvalidVersionError(wanted);
    const target = mapToKnown(wanted, parsed, known, "input", `airflow-version is set to ${wanted}`);
    return withMismatchNotice(target, detected);
  }
  if (detected) {
    const parsed = parseVersion(detected.version);
    if (parsed) return mapToKnown(detected.version, parsed, known, "detected", detected.reason);
  }
  return {
    requested: newest,
    knowledgeVersion: newest,
    how: "fallback",
    reason: `no Airflow version was given or found in the repository, so the newest known release ${newest} is used`,
    notice: `No Airflow version was given or detected; checking against Airflow ${newest}, the newest known release. Set airflow-version to check another.`
  };
}
function mapToKnown(requested, parsed, known, how, reason) {
  const sameMinor = known.filter((v) => minorOf(v) === `${parsed.major}.${parsed.minor}`);
  const newestOfMinor = sameMinor.at(-1);
  if (newestOfMinor !== void 0) {
    return { requested, knowledgeVersion: newestOfMinor, how, reason };
  }
  const nearest = nearestKnown(parsed, known);
  return {
    requested,
    knowledgeVersion: nearest,
    how,
    reason,
    notice: `No generated data for Airflow ${parsed.major}.${parsed.minor}; checking against ${nearest}, the nearest known release.`
  };
}
function nearestKnown(parsed, known) {
  const all = known.map((version) => ({ version, parsed: parseVersion(version) }));
  const sameMajor = all.filter((entry) => entry.parsed.major === parsed.major);
  const pool = sameMajor.length > 0 ? sameMajor : all;
  const notNewer = pool.filter((entry) => compareParsed(entry.parsed, parsed) <= 0);
  const chosen = notNewer.at(-1) ?? pool.find((entry) => compareParsed(entry.parsed, parsed) > 0) ?? pool.at(-1);
  return chosen.version;
}
function withMismatchNotice(target, detected) {
  if (!detected) return target;
  const parsedDetected = parseVersion(detected.version);
  if (!parsedDetected) return target;
  if (minorOf(target.requested) === `${parsedDetected.major}.${parsedDetected.minor}`) return target;
  const mismatch = `airflow-version ${target.requested} differs from Airflow ${detected.version} found at ${detected.file}:${detected.line}.`;
  return { ...target, notice: target.notice ? `${target.notice} ${mismatch}` : mismatch };
}

export {
  resolveTarget
};
