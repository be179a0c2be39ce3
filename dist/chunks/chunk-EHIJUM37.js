import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/secret-spans.ts
var MASK = "***";
var SECRET_NAME = /(^|_)(password|passwd|pwd|passphrase|secret|token|credentials?|private_key|api_key|access_key|account_key|secret_key|fernet_key|keyfile_dict|keyfile_json|basic_auth|auth|dsn)(_cmd|_secret)?$/;
var SECRET_KEY_NAME = /(^|_)key$/;
function snakeCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toLowerCase();
}
function looksLikeSecretName(name) {
  return SECRET_NAME.test(snakeCase(name));
}
function looksLikeSecretKey(name) {
  const snake = snakeCase(name);
  return SECRET_NAME.test(snake) || SECRET_KEY_NAME.test(snake);
}
function secretRanges(value, place = {}) {
  const byName = place.secret === true || place.name !== void 0 && looksLikeSecretName(place.name);
  const ranges = [];
  if (place.name !== void 0 && /basic_auth/.test(snakeCase(place.name))) {
    ranges.push(...basicAuthPasswords(value));
  } else if (byName && !startsWithUrl(value) && !startsWithJson(value)) {
    const trimmed = trimmedRange(value);
    if (trimmed) ranges.push(trimmed);
  } else {
    ranges.push(...urlCredentials(value, byName), ...dsnSecrets(value), ...jsonSecrets(value));
    if (byName && startsWithJson(value) && ranges.length === 0) {
      const trimmed = trimmedRange(value);
      if (trimmed) ranges.push(trimmed);
    }
  }
  return mergeRanges(ranges);
}
function maskRanges(value, ranges) {
  let out = "";
  let at = 0;
  for (const range of mergeRanges(ranges)) {
    out += value.slice(at, range.start) + MASK;
    at = range.end;
  }
  return out + value.slice(at);
}
function maskValue(value, place = {}) {
  return maskRanges(value, secretRanges(value, place));
}
function secretTexts(value, place = {}) {
  return secretRanges(value, place).map((range) => value.slice(range.start, range.end));
}
function trimmedRange(value) {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  return end > start ? { start, end } : void 0;
}
function mergeRanges(ranges) {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
var SCHEME_CHAR = /[A-Za-z0-9+.-]/;
function startsWithUrl(value) {
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value);
  return scheme !== null && scheme[1].length <= 41;
}
function startsWithJson(value) {
  return /^\s*[[{]/.test(value);
}
var AUTHORITY_END = /* @__PURE__ */ new Set(["/", "?", "#", '"', "'", "<", ">", "`"]);
function urlCredentials(text, usernameIsSecret) {
  const ranges = [];
  let from = 0;
  for (; ; ) {
    const slashes = text.indexOf("//", from);
    if (slashes < 0) break;
    from = slashes + 2;
    if (!startsAuthority(text, slashes)) continue;
    const start = slashes + 2;
    let end = start;
    while (end < text.length && !AUTHORITY_END.has(text[end])) end += 1;
    let at = -1;
    for (let i = start; i < end; i += 1) if (text[i] === "@") at = i;
    if (at < start) at = sqlalchemyPasswordEnd(text, start, end);
    if (at < start) {
      const cut = cutPassword(text, start, end);
      if (cut) ranges.push(cut);
      continue;
    }
    const userinfo = text.slice(start, at);
    const colon = userinfo.indexOf(":");
    if (colon >= 0 && at > start + colon + 1) ranges.push({ start: start + colon + 1, end: at });
    else if (colon < 0 && usernameIsSecret && at > start) ranges.push({ start, end: at });
    from = Math.max(from, at + 1);
  }
  return ranges;
}
function startsAuthority(text, slashes) {
  if (slashes > 0 && text[slashes - 1] === ":") {
    let scheme = slashes - 1;
    while (scheme > 0 && SCHEME_CHAR.test(text[scheme - 1])) scheme -= 1;
    return scheme < slashes - 1 && /[A-Za-z]/.test(text[scheme]);
  }
  return slashes === 0 || /[\s"'=(]/.test(text[slashes - 1]);
}
function cutPassword(text, start, end) {
  if (end !== text.length && !/[\s"'`]/.test(text[end])) return void 0;
  if (text.indexOf("@", end) >= 0) return void 0;
  const colon = text.indexOf(":", start);
  if (colon < 0 || colon >= end) return void 0;
  let stop = colon + 1;
  while (stop < end && !/[\s]/.test(text[stop])) stop += 1;
  const password = text.slice(colon + 1, stop);
  if (password === "" || /^\d+$/.test(password)) return void 0;
  return { start: colon + 1, end: stop };
}
var PASSWORD_WORD_END = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", '"', "'", "?", "#"]);
function sqlalchemyPasswordEnd(text, start, authorityEnd) {
  if (text[authorityEnd] !== "/" || !text.slice(start, authorityEnd).includes(":")) return -1;
  const limit = Math.min(text.length, authorityEnd + 128);
  for (let i = authorityEnd; i < limit; i += 1) {
    const char = text[i];
    if (char === "@") return i;
    if (PASSWORD_WORD_END.has(char) || char === "/" && text[i + 1] === "/") return -1;
  }
  return -1;
}
var NAME_CHAR = /[A-Za-z0-9_]/;
var LETTER = /[A-Za-z]/;
var MAX_NAME = 64;
var MAX_BLANKS = 8;
function nextAssignment(text, from) {
  for (let equals = text.indexOf("=", from); equals >= 0; equals = text.indexOf("=", equals + 1)) {
    let nameEnd = equals;
    while (nameEnd > from && equals - nameEnd < MAX_BLANKS && (text[nameEnd - 1] === " " || text[nameEnd - 1] === "	")) nameEnd -= 1;
    if (nameEnd > from && (text[nameEnd - 1] === " " || text[nameEnd - 1] === "	")) continue;
    let start = nameEnd;
    while (start > from && nameEnd - start < MAX_NAME && NAME_CHAR.test(text[start - 1])) start -= 1;
    while (start < nameEnd && !LETTER.test(text[start])) start += 1;
    if (start < nameEnd) return { name: text.slice(start, nameEnd), end: equals + 1 };
  }
  return void 0;
}
var DSN_NAME = /^(pass|pwd|sharedaccesskey|sharedaccesssignature|sig)$/i;
function dsnSecrets(text) {
  const ranges = [];
  for (let match = nextAssignment(text, 0), from = 0; match !== void 0; match = nextAssignment(text, from)) {
    const name = match.name;
    from = match.end;
    if (!looksLikeSecretKey(name) && !DSN_NAME.test(name)) continue;
    let start = match.end;
    if (text[start] === "=" || text[start] === ">") continue;
    while (start < text.length && (text[start] === " " || text[start] === "	")) start += 1;
    const range = assignedValue(text, start);
    if (range.end > range.start) ranges.push(range);
    from = Math.max(from, range.end);
  }
  return ranges;
}
function assignedValue(text, start) {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return { start: start + 1, end: close < 0 ? text.length : close };
  }
  let end = start;
  while (end < text.length && !VALUE_END.has(text[end])) end += 1;
  return { start, end };
}
var VALUE_END = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", "&", ";", ",", '"', "'", "}", ")", "]"]);
function jsonSecrets(text) {
  const ranges = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char !== '"' && char !== "'") {
      i += 1;
      continue;
    }
    const keyEnd = stringEnd(text, i);
    if (text[keyEnd - 1] !== char || keyEnd - 1 === i) {
      i += 1;
      continue;
    }
    let j = keyEnd;
    while (j < text.length && /\s/.test(text[j])) j += 1;
    if (text[j] !== ":") {
      i += 1;
      continue;
    }
    if (!looksLikeSecretKey(text.slice(i + 1, keyEnd - 1))) {
      i = keyEnd;
      continue;
    }
    j += 1;
    while (j < text.length && /\s/.test(text[j])) j += 1;
    const value = jsonValueRange(text, j);
    if (value) ranges.push(value);
    i = Math.max(keyEnd, value?.end ?? j);
  }
  return ranges;
}
function stringEnd(text, open) {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}
function jsonValueRange(text, start) {
  const first = text[start];
  if (first === void 0) return void 0;
  if (first === '"' || first === "'") {
    const end2 = stringEnd(text, start);
    const close = text[end2 - 1] === first && end2 - 1 > start ? end2 - 1 : end2;
    return close > start + 1 ? { start: start + 1, end: close } : void 0;
  }
  if (first === "{" || first === "[") return { start, end: bracketEnd(text, start) };
  let end = start;
  while (end < text.length && !/[\s,}\]]/.test(text[end])) end += 1;
  const word = text.slice(start, end);
  return end > start && !/^(null|true|false|None|True|False)$/.test(word) ? { start, end } : void 0;
}
function bracketEnd(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"' || char === "'") {
      i = stringEnd(text, i) - 1;
    } else if (char === "{" || char === "[") {
      depth += 1;
    } else if (char === "}" || char === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}
function basicAuthPasswords(value) {
  const ranges = [];
  let start = 0;
  for (const pair of value.split(",")) {
    const colon = pair.indexOf(":");
    if (colon >= 0) {
      const range = trimmedRange(pair.slice(colon + 1));
      if (range) ranges.push({ start: start + colon + 1 + range.start, end: start + colon + 1 + range.end });
    } else {
      const range = trimmedRange(pair);
      if (range) ranges.push({ start: start + range.start, end: start + range.end });
    }
    start += pair.length + 1;
  }
  return ranges;
}

// src/secrets.ts
var DISTINCTIVE_LENGTH = 8;
var PLAIN_WORD_LENGTH = 16;
var WEAK_MIN_LENGTH = 3;
function isDistinctiveSecret(secret) {
  if (secret.length < DISTINCTIVE_LENGTH) return false;
  return /[^A-Za-z]/.test(secret) || secret.length >= PLAIN_WORD_LENGTH;
}
var SecretRegistry = class {
  secrets = /* @__PURE__ */ new Set();
  /** Built on first use after a change: masking runs once per finding, secrets are added once per file. */
  index;
  /**
   * Registers the secrets of a value read from an option or variable. `place` says what the value is:
   * `true` or `{ secret: true }` for an option that holds a secret by meaning, `{ name }` to let the
   * name decide (and to read basic-auth pairs); `false` or `{}` for shape alone (URL passwords,
   * DSN keys, JSON keys).
   */
  addValue(value, place = {}) {
    const where = typeof place === "boolean" ? { secret: place } : place;
    for (const secret of secretTexts(value, where)) this.add(secret);
  }
  /** Registers the password of a URL-like value (`scheme://user:password@host…`). */
  addUrlPassword(value) {
    if (value !== void 0) this.addValue(value, {});
  }
  /** Registers one secret text as it stands (and its URL-decoded form, and each of its lines). */
  add(value) {
    if (value === void 0) return;
    const trimmed = value.trim();
    if (trimmed === "") return;
    this.insert(trimmed);
    const decoded = safeDecode(trimmed);
    if (decoded !== trimmed) this.insert(decoded);
    if (trimmed.includes("\n")) {
      for (const line of trimmed.split("\n")) if (line.trim() !== "") this.insert(line.trim());
    }
  }
  /** True when the text, trimmed, is one of the secrets. */
  isSecret(text) {
    return this.secrets.has(text.trim());
  }
  /** The distinctive secrets, for `core.setSecret` (the runner masks each wherever it occurs). */
  values() {
    return [...this.maskIndex().ordered];
  }
  /**
   * Masks output text of unknown structure: every distinctive secret wherever it occurs (longest
   * first, so a secret that contains another is replaced whole), then every secret the text shows by
   * its shape (URL passwords, DSN keys, JSON keys). Only secrets whose first characters occur in the
   * text are tried, so the cost follows the text, not the number of secrets.
   */
  mask(text) {
    let out = text;
    for (const secret of this.maskIndex().candidates(text)) {
      if (out.includes(secret)) out = out.split(secret).join(MASK);
    }
    out = maskShapesKeepingMask(out);
    const weak = this.maskIndex().weak;
    return weak.length === 0 ? out : maskWeakValues(out, weak);
  }
  /**
   * Masks a piece of repository text quoted in a message (a value, a line): all of it when it is a
   * secret, else as `mask` does. A weak secret inside a longer text is left alone: `airflow` may be
   * the password and also the user, the database and half the paths.
   */
  maskField(text) {
    return this.isSecret(text) ? MASK : this.mask(text);
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
  /** The other secrets: masked only where they stand as a whole value (maskWeakValues). */
  weak;
  byPrefix = /* @__PURE__ */ new Map();
  /** Secrets with a `*` can appear only once an earlier replacement has written the mask: always tried. */
  withMaskCharacter = [];
  constructor(secrets) {
    this.ordered = [...secrets].filter(isDistinctiveSecret).sort((a, b) => b.length - a.length);
    this.weak = [...secrets].filter((secret) => !isDistinctiveSecret(secret) && secret !== MASK && secret.length >= WEAK_MIN_LENGTH);
    this.ordered.forEach((secret, rank) => {
      if (secret.includes("*")) this.withMaskCharacter.push(rank);
      const prefix = secret.slice(0, DISTINCTIVE_LENGTH);
      const ranks = this.byPrefix.get(prefix);
      if (ranks) ranks.push(rank);
      else this.byPrefix.set(prefix, [rank]);
    });
  }
  /** The distinctive secrets that may occur in the text, in masking order. */
  candidates(text) {
    if (this.ordered.length === 0) return [];
    const ranks = new Set(this.withMaskCharacter);
    for (let i = 0; i + DISTINCTIVE_LENGTH <= text.length; i += 1) {
      const found = this.byPrefix.get(text.slice(i, i + DISTINCTIVE_LENGTH));
      if (found) for (const rank of found) ranks.add(rank);
    }
    return [...ranks].sort((a, b) => a - b).map((rank) => this.ordered[rank]);
  }
};
function maskWeakValues(text, weak) {
  const ranges = [];
  for (const secret of weak) {
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      if (standsAsValue(text, at, at + secret.length)) ranges.push({ start: at, end: at + secret.length });
    }
  }
  return ranges.length === 0 ? text : maskRanges(text, ranges);
}
function standsAsValue(text, start, end) {
  const after = text[end];
  if (after !== void 0 && !/[\s'",;&)}\]#]/.test(after)) return false;
  let before = start - 1;
  while (before >= 0 && before > start - 9 && (text[before] === " " || text[before] === "	")) before -= 1;
  let mark = text[before];
  if ((mark === '"' || mark === "'") && before > 0) {
    before -= 1;
    while (before >= 0 && (text[before] === " " || text[before] === "	")) before -= 1;
    mark = text[before];
  }
  return mark === "=" || mark === ":";
}
function maskShapesKeepingMask(text) {
  const ranges = shapeRanges(text).filter((range) => text.slice(range.start, range.end) !== MASK);
  return ranges.length === 0 ? text : maskRanges(text, ranges);
}
function shapeRanges(text) {
  return secretRanges(text, {});
}
function urlPassword(value) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  const range = urlCredentials(trimmed, false).find((candidate) => trimmed.indexOf("://") < candidate.start);
  return range ? trimmed.slice(range.start, range.end) : void 0;
}
function maskUrlPasswords(text) {
  const ranges = urlCredentials(text, false).filter((range) => text.slice(range.start, range.end) !== MASK);
  return ranges.length === 0 ? text : maskRanges(text, ranges);
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
  looksLikeSecretName,
  maskValue,
  secretTexts,
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
