import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  InvalidVersionError,
  compareParsed,
  compareVersions,
  minorOf,
  parseVersion
} from "./chunk-LFHQEB3S.js";

// src/cli/usage-error.ts
var UsageError = class extends Error {
};

// src/knowledge/data/index.ts
var knowledgeLoaders = {
  "2.7.3": async () => (await import("./airflow-2.7.3-ALPNBQOL.js")).default,
  "2.8.4": async () => (await import("./airflow-2.8.4-A4HITIRY.js")).default,
  "2.9.3": async () => (await import("./airflow-2.9.3-CQAWB6OJ.js")).default,
  "2.10.5": async () => (await import("./airflow-2.10.5-NNATX6ZI.js")).default,
  "2.11.2": async () => (await import("./airflow-2.11.2-GP2PO5IL.js")).default,
  "3.0.6": async () => (await import("./airflow-3.0.6-4RUJ7OPB.js")).default,
  "3.1.8": async () => (await import("./airflow-3.1.8-UAWMZAOY.js")).default,
  "3.2.2": async () => (await import("./airflow-3.2.2-D6SM72HC.js")).default,
  "3.3.2": async () => (await import("./airflow-3.3.2-JDJELSPX.js")).default
};

// src/knowledge/load.ts
function knownVersions() {
  return Object.keys(knowledgeLoaders).sort(compareVersions);
}
async function loadKnowledge(version) {
  const loader = knowledgeLoaders[version];
  if (!loader) {
    throw new Error(`No Airflow knowledge data for ${version}; known releases: ${knownVersions().join(", ")}.`);
  }
  return loader();
}

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
  UsageError,
  knownVersions,
  loadKnowledge,
  resolveTarget
};
