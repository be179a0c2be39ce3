import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/secrets.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 8;
var SECRET_NAME = /(password|passwd|secret|secret_key|fernet_key|token|private_key|api_key|access_key|credentials?)(_cmd|_secret)?$/i;
function looksLikeSecretName(name) {
  return SECRET_NAME.test(name);
}
var SecretRegistry = class {
  secrets = /* @__PURE__ */ new Set();
  /** Built on first use after a change: masking runs once per finding, secrets are added once per file. */
  index;
  add(value) {
    if (value === void 0) return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH) return;
    this.insert(trimmed);
    const decoded = safeDecode(trimmed);
    if (decoded !== trimmed && decoded.length >= MIN_SECRET_LENGTH) this.insert(decoded);
  }
  /** Adds the password of a URL-like value (`scheme://user:password@host/db`). */
  addUrlPassword(value) {
    const password = urlPassword(value);
    if (password !== void 0) this.add(password);
  }
  /**
   * Registers a value read from an option or variable: for a URL only its password (the rest of a
   * metastore URL is no secret), otherwise all of it when the name says it holds a secret.
   */
  addValue(value, secretName) {
    if (URL_LIKE.test(value.trim())) this.addUrlPassword(value);
    else if (secretName) this.add(value);
  }
  values() {
    return [...this.maskIndex().ordered];
  }
  /**
   * Replaces every secret, longest first (so a secret that contains another is replaced whole), then
   * every URL password. Only secrets whose first characters occur in the text are tried, so the cost
   * follows the text, not the number of secrets (a run over many files registers thousands).
   */
  mask(text) {
    let out = text;
    for (const secret of this.maskIndex().candidates(text)) {
      if (out.includes(secret)) out = out.split(secret).join(MASK);
    }
    return maskUrlPasswords(out);
  }
  insert(secret) {
    if (this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.index = void 0;
  }
  maskIndex() {
    this.index ??= new MaskIndex(this.secrets);
    return this.index;
  }
};
var MaskIndex = class {
  ordered;
  byPrefix = /* @__PURE__ */ new Map();
  /** Secrets with a `*` can appear only once an earlier replacement has written the mask: always tried. */
  withMaskCharacter = [];
  constructor(secrets) {
    this.ordered = [...secrets].sort((a, b) => b.length - a.length);
    this.ordered.forEach((secret, rank) => {
      if (secret.includes("*")) this.withMaskCharacter.push(rank);
      const prefix = secret.slice(0, MIN_SECRET_LENGTH);
      const ranks = this.byPrefix.get(prefix);
      if (ranks) ranks.push(rank);
      else this.byPrefix.set(prefix, [rank]);
    });
  }
  /** The secrets that may occur in the text, in masking order. */
  candidates(text) {
    if (this.ordered.length === 0) return [];
    const ranks = new Set(this.withMaskCharacter);
    for (let i = 0; i + MIN_SECRET_LENGTH <= text.length; i += 1) {
      const found = this.byPrefix.get(text.slice(i, i + MIN_SECRET_LENGTH));
      if (found) for (const rank of found) ranks.add(rank);
    }
    return [...ranks].sort((a, b) => a - b).map((rank) => this.ordered[rank]);
  }
};
var URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
function urlPassword(value) {
  if (value === void 0) return void 0;
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/?#@\s]*:([^@\s]*)@/.exec(value.trim());
  const password = match?.[1];
  return password === void 0 || password === "" ? void 0 : password;
}
function maskUrlPasswords(text) {
  return text.replace(
    /([A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s]+)@/g,
    (_all, prefix, password) => password === MASK ? `${prefix}${password}@` : `${prefix}${MASK}@`
  );
}
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

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
  MASK,
  looksLikeSecretName,
  SecretRegistry,
  urlPassword,
  maskUrlPasswords,
  parseVersion,
  compareVersions,
  versionAtLeast,
  minorOf,
  compareParsed,
  InvalidVersionError
};
