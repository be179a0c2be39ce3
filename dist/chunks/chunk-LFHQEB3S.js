import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/version/compare.ts
var VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.(\d+)((?:a|b|rc)\d+)?)?$/;
function parseVersion(text) {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return void 0;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: match[3] === void 0 ? void 0 : Number(match[3]),
    pre: match[4]
  };
}
function compareVersions(a, b) {
  return compareParsed(mustParse(a), mustParse(b));
}
function versionAtLeast(version, min) {
  return compareVersions(version, min) >= 0;
}
function minorOf(version) {
  const parsed = mustParse(version);
  return `${parsed.major}.${parsed.minor}`;
}
function compareParsed(a, b) {
  const numbers = [a.major - b.major, a.minor - b.minor, (a.patch ?? 0) - (b.patch ?? 0)];
  const first = numbers.find((difference) => difference !== 0);
  if (first !== void 0) return Math.sign(first);
  return comparePre(a.pre, b.pre);
}
function comparePre(a, b) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  const rank = (pre) => {
    const match = /^(a|b|rc)(\d+)$/.exec(pre);
    return [["a", "b", "rc"].indexOf(match?.[1] ?? ""), Number(match?.[2] ?? 0)];
  };
  const [kindA, numberA] = rank(a);
  const [kindB, numberB] = rank(b);
  return Math.sign(kindA - kindB || numberA - numberB);
}
function mustParse(text) {
  const parsed = parseVersion(text);
  if (!parsed) throw new InvalidVersionError(text);
  return parsed;
}
var InvalidVersionError = class extends Error {
  constructor(input) {
    super(`Invalid Airflow version "${input}": expected a release like 2.10.4 or a minor like 2.10.`);
    this.input = input;
  }
  input;
  name = "InvalidVersionError";
};

export {
  parseVersion,
  compareVersions,
  versionAtLeast,
  minorOf,
  compareParsed,
  InvalidVersionError
};
