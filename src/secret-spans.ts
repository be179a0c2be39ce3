// Where a secret stands inside one value, by what the value is (an option whose name or Airflow's own
// `sensitive` flag says it holds a secret) and by its shape (a URL's userinfo, `password=` keys of a
// DSN or query string, JSON values under secret-sounding keys, `user:password` pairs). Masking
// replaces these ranges and nothing else, so a weak password such as `airflow` is hidden where it is
// the password and nowhere else (`apache-airflow` and `postgresql://` stay readable).
//
// Every scan here is a single pass with bounded look-back: values come from pull requests.

/** A half-open range of UTF-16 offsets in one value. */
export interface TextRange {
  start: number;
  end: number;
}

/** What the place a value was read from says about it. */
export interface SecretPlace {
  /** The option or variable name (any case); it decides basic-auth pairs and name-based secrets. */
  name?: string | undefined;
  /** The option holds a secret by meaning (Airflow marks it sensitive, or its name says so). */
  secret?: boolean | undefined;
}

export const MASK = '***';

/**
 * Names of options, variables and JSON keys that hold a secret whatever the knowledge data says
 * (providers, custom sections, connection extras). Matched on the snake_case form of the name.
 */
const SECRET_NAME =
  /(^|_)(password|passwd|pwd|passphrase|secret|token|credentials?|private_key|api_key|access_key|account_key|secret_key|fernet_key|keyfile_dict|keyfile_json|basic_auth|auth|dsn)(_cmd|_secret)?$/;
/** In JSON and DSN keys `key` alone, and any `…_key`, holds a secret too. */
const SECRET_KEY_NAME = /(^|_)key$/;

function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();
}

/** True for an option or variable name that says it holds a secret (`smtp_password`, `MY_API_TOKEN`). */
export function looksLikeSecretName(name: string): boolean {
  return SECRET_NAME.test(snakeCase(name));
}

/** True for a key inside a JSON value or DSN that holds a secret (`password`, `apiKey`, `client_secret`). */
export function looksLikeSecretKey(name: string): boolean {
  const snake = snakeCase(name);
  return SECRET_NAME.test(snake) || SECRET_KEY_NAME.test(snake);
}

/** The ranges of `value` that are secret, sorted and not overlapping. */
export function secretRanges(value: string, place: SecretPlace = {}): TextRange[] {
  const byName = place.secret === true || (place.name !== undefined && looksLikeSecretName(place.name));
  const ranges: TextRange[] = [];
  if (place.name !== undefined && /basic_auth/.test(snakeCase(place.name))) {
    ranges.push(...basicAuthPasswords(value));
  } else if (byName && !startsWithUrl(value) && !startsWithJson(value)) {
    const trimmed = trimmedRange(value);
    if (trimmed) ranges.push(trimmed);
  } else {
    ranges.push(...urlCredentials(value, byName), ...dsnSecrets(value), ...jsonSecrets(value));
    // A sensitive JSON value with no secret-sounding key left to mask is masked whole.
    if (byName && startsWithJson(value) && ranges.length === 0) {
      const trimmed = trimmedRange(value);
      if (trimmed) ranges.push(trimmed);
    }
  }
  return mergeRanges(ranges);
}

/** The value with every secret range replaced by the mask. */
export function maskRanges(value: string, ranges: readonly TextRange[]): string {
  let out = '';
  let at = 0;
  for (const range of mergeRanges(ranges)) {
    out += value.slice(at, range.start) + MASK;
    at = range.end;
  }
  return out + value.slice(at);
}

/** `maskRanges(value, secretRanges(value, place))`: the value as it may be shown. */
export function maskValue(value: string, place: SecretPlace = {}): string {
  return maskRanges(value, secretRanges(value, place));
}

/** The secret texts themselves, for the registry that masks free text (driver errors, messages). */
export function secretTexts(value: string, place: SecretPlace = {}): string[] {
  return secretRanges(value, place).map((range) => value.slice(range.start, range.end));
}

/**
 * Masks every secret a text shows by its shape alone (URL passwords, DSN keys, JSON keys): the
 * fallback for text whose origin is unknown, such as a driver's error message.
 */
export function maskShapes(text: string): string {
  return maskValue(text, {});
}

function trimmedRange(value: string): TextRange | undefined {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  return end > start ? { start, end } : undefined;
}

function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;

function startsWithUrl(value: string): boolean {
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value);
  return scheme !== null && (scheme[1] as string).length <= 41;
}

function startsWithJson(value: string): boolean {
  return /^\s*[[{]/.test(value);
}

/** Characters that end a URL's authority, or the URL itself inside JSON or a sentence. */
const AUTHORITY_END = new Set(['/', '?', '#', '"', "'", '<', '>', '`']);

/**
 * The password of every `scheme://user:password@host` in the text; with `usernameIsSecret`, a
 * userinfo without a password is the credential itself (a Sentry DSN key, a `redis://token@host`).
 * The password may hold spaces or a line break (a value continued on the next line); both
 * SQLAlchemy's reading (no `@` in the password, `/` allowed) and urllib's (the last `@` of the
 * authority) are covered, so the range masked is the larger of the two.
 */
export function urlCredentials(text: string, usernameIsSecret: boolean): TextRange[] {
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const slashes = text.indexOf('//', from);
    if (slashes < 0) break;
    from = slashes + 2;
    if (!startsAuthority(text, slashes)) continue;
    const start = slashes + 2;
    let end = start;
    while (end < text.length && !AUTHORITY_END.has(text[end] as string)) end += 1;
    let at = -1;
    for (let i = start; i < end; i += 1) if (text[i] === '@') at = i;
    if (at < start) at = sqlalchemyPasswordEnd(text, start, end);
    if (at < start) {
      const cut = cutPassword(text, start, end);
      if (cut) ranges.push(cut);
      continue;
    }
    const userinfo = text.slice(start, at);
    const colon = userinfo.indexOf(':');
    if (colon >= 0 && at > start + colon + 1) ranges.push({ start: start + colon + 1, end: at });
    else if (colon < 0 && usernameIsSecret && at > start) ranges.push({ start, end: at });
    from = Math.max(from, at + 1);
  }
  return ranges;
}

/**
 * `//` starts an authority after `scheme:` (`postgresql://`), or on its own where a value begins
 * (`//user:password@host`: what is left of a URL whose scheme went into an option's name).
 */
function startsAuthority(text: string, slashes: number): boolean {
  if (slashes > 0 && text[slashes - 1] === ':') {
    let scheme = slashes - 1;
    while (scheme > 0 && SCHEME_CHAR.test(text[scheme - 1] as string)) scheme -= 1;
    return scheme < slashes - 1 && /[A-Za-z]/.test(text[scheme] as string);
  }
  return slashes === 0 || /[\s"'=(]/.test(text[slashes - 1] as string);
}

/**
 * `scheme://user:secret` with no `@` anywhere after it: a URL whose host went on to the next line
 * (a continuation line), quoted one line at a time. What follows the colon is a password unless it
 * is a port (digits only).
 */
function cutPassword(text: string, start: number, end: number): TextRange | undefined {
  if (end !== text.length && !/[\s"'`]/.test(text[end] as string)) return undefined;
  if (text.indexOf('@', end) >= 0) return undefined;
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon >= end) return undefined;
  let stop = colon + 1;
  while (stop < end && !/[\s]/.test(text[stop] as string)) stop += 1;
  const password = text.slice(colon + 1, stop);
  if (password === '' || /^\d+$/.test(password)) return undefined;
  return { start: colon + 1, end: stop };
}

const PASSWORD_WORD_END = new Set([' ', '\t', '\n', '\r', '"', "'", '?', '#']);

/** SQLAlchemy lets a password hold `/`: `user:pa/ss@host`. The `@` after it, within the same word. */
function sqlalchemyPasswordEnd(text: string, start: number, authorityEnd: number): number {
  if (text[authorityEnd] !== '/' || !text.slice(start, authorityEnd).includes(':')) return -1;
  // Bounded, so that text with many `://` and no white space stays linear.
  const limit = Math.min(text.length, authorityEnd + 128);
  for (let i = authorityEnd; i < limit; i += 1) {
    const char = text[i] as string;
    if (char === '@') return i;
    // White space ends the word; `//` starts the next URL.
    if (PASSWORD_WORD_END.has(char) || (char === '/' && text[i + 1] === '/')) return -1;
  }
  return -1;
}

/**
 * `name=value` and `name = value` with a secret-sounding name: `password=…` in a libpq DSN or a URL
 * query, `AccountKey=…;` in a connection string, `fernet_key = …` in a line configparser quotes.
 */
const NAME_CHAR = /[A-Za-z0-9_]/;
const LETTER = /[A-Za-z]/;
const MAX_NAME = 64;
const MAX_BLANKS = 8;

/**
 * The next `name =` at or after `from`, as `/([A-Za-z][A-Za-z0-9_]{0,63})[ \t]{0,8}=/g` finds it, by
 * looking back from each `=` (the regex would try up to 64 characters from every start).
 */
function nextAssignment(text: string, from: number): { name: string; end: number } | undefined {
  for (let equals = text.indexOf('=', from); equals >= 0; equals = text.indexOf('=', equals + 1)) {
    let nameEnd = equals;
    while (nameEnd > from && equals - nameEnd < MAX_BLANKS && (text[nameEnd - 1] === ' ' || text[nameEnd - 1] === '\t')) nameEnd -= 1;
    if (nameEnd > from && (text[nameEnd - 1] === ' ' || text[nameEnd - 1] === '\t')) continue;
    let start = nameEnd;
    while (start > from && nameEnd - start < MAX_NAME && NAME_CHAR.test(text[start - 1] as string)) start -= 1;
    while (start < nameEnd && !LETTER.test(text[start] as string)) start += 1;
    if (start < nameEnd) return { name: text.slice(start, nameEnd), end: equals + 1 };
  }
  return undefined;
}

/** Names connection strings use that the option-name rules do not cover. */
const DSN_NAME = /^(pass|pwd|sharedaccesskey|sharedaccesssignature|sig)$/i;

function dsnSecrets(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (let match = nextAssignment(text, 0), from = 0; match !== undefined; match = nextAssignment(text, from)) {
    const name = match.name;
    from = match.end;
    if (!looksLikeSecretKey(name) && !DSN_NAME.test(name)) continue;
    let start = match.end;
    // `==` compares, `=>` maps: neither assigns a value.
    if (text[start] === '=' || text[start] === '>') continue;
    while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start += 1;
    const range = assignedValue(text, start);
    if (range.end > range.start) ranges.push(range);
    // The value is not searched again for assignments: one pass over the text.
    from = Math.max(from, range.end);
  }
  return ranges;
}

/** A quoted value's content, or a bare value up to white space or a separator. */
function assignedValue(text: string, start: number): TextRange {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return { start: start + 1, end: close < 0 ? text.length : close };
  }
  let end = start;
  while (end < text.length && !VALUE_END.has(text[end] as string)) end += 1;
  return { start, end };
}

const VALUE_END = new Set([' ', '\t', '\n', '\r', '&', ';', ',', '"', "'", '}', ')', ']']);

/** Values under secret-sounding keys in JSON or a Python dict literal: `{"password": "…"}`. */
function jsonSecrets(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char !== '"' && char !== "'") {
      i += 1;
      continue;
    }
    const keyEnd = stringEnd(text, i);
    if (text[keyEnd - 1] !== char || keyEnd - 1 === i) {
      // An apostrophe in prose opens no string.
      i += 1;
      continue;
    }
    let j = keyEnd;
    while (j < text.length && /\s/.test(text[j] as string)) j += 1;
    if (text[j] !== ':') {
      // Not a key: a string that may hold JSON itself (configparser quotes a line as a Python string).
      i += 1;
      continue;
    }
    if (!looksLikeSecretKey(text.slice(i + 1, keyEnd - 1))) {
      i = keyEnd;
      continue;
    }
    j += 1;
    while (j < text.length && /\s/.test(text[j] as string)) j += 1;
    const value = jsonValueRange(text, j);
    if (value) ranges.push(value);
    i = Math.max(keyEnd, value?.end ?? j);
  }
  return ranges;
}

/** One past the closing quote of the string opening at `open` (backslash escapes honoured). */
function stringEnd(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** The secret part of a JSON value: a string's content, a whole object or array, or a bare word. */
function jsonValueRange(text: string, start: number): TextRange | undefined {
  const first = text[start];
  if (first === undefined) return undefined;
  if (first === '"' || first === "'") {
    const end = stringEnd(text, start);
    const close = text[end - 1] === first && end - 1 > start ? end - 1 : end;
    return close > start + 1 ? { start: start + 1, end: close } : undefined;
  }
  if (first === '{' || first === '[') return { start, end: bracketEnd(text, start) };
  let end = start;
  while (end < text.length && !/[\s,}\]]/.test(text[end] as string)) end += 1;
  const word = text.slice(start, end);
  // `null`, `true` and `false` hide nothing.
  return end > start && !/^(null|true|false|None|True|False)$/.test(word) ? { start, end } : undefined;
}

function bracketEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"' || char === "'") {
      i = stringEnd(text, i) - 1;
    } else if (char === '{' || char === '[') {
      depth += 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** `user1:password1,user2:password2` (`[celery] flower_basic_auth`): each password. */
function basicAuthPasswords(value: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const pair of value.split(',')) {
    const colon = pair.indexOf(':');
    if (colon >= 0) {
      const range = trimmedRange(pair.slice(colon + 1));
      if (range) ranges.push({ start: start + colon + 1 + range.start, end: start + colon + 1 + range.end });
    } else {
      // No colon: the whole entry may be a token; it is not a user name alone.
      const range = trimmedRange(pair);
      if (range) ranges.push({ start: start + range.start, end: start + range.end });
    }
    start += pair.length + 1;
  }
  return ranges;
}
