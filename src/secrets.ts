/**
 * Secrets are masked where they stand, at the point they are read:
 *
 * - `maskValue(value, { name, secret })` (src/secret-spans.ts) shows one value with its secret
 *   ranges replaced: the whole value of a secret option, a URL's password, a DSN's `password=`, a
 *   JSON value under a secret-sounding key, the passwords of `user:password` pairs. Use it wherever a
 *   value is printed next to the option it belongs to (parse, explain, rule data).
 * - `SecretRegistry` remembers the secret texts found that way (`addValue`) for text whose structure
 *   is unknown (a driver's error, a rule's sentence): `maskField` for a piece of repository text quoted
 *   in a message, `mask` for whole output text.
 *
 * A weak password such as `postgres` is masked where it stands as the password (and where a message
 * quotes exactly it), never as a word elsewhere: `postgresql://` and `apache-airflow` stay readable.
 */
import { MASK, maskRanges, secretRanges, secretTexts, urlCredentials, type SecretPlace, type TextRange } from './secret-spans.js';

export { looksLikeSecretName, looksLikeSecretKey, MASK, maskShapes, maskValue, secretRanges, type SecretPlace } from './secret-spans.js';

/**
 * A secret at least this long that is not a plain word (it holds a digit or a symbol, or is very long)
 * is distinctive: replaced wherever it occurs in any output, and handed to the runner's own masking.
 */
const DISTINCTIVE_LENGTH = 8;
const PLAIN_WORD_LENGTH = 16;
const WEAK_MIN_LENGTH = 3;

export function isDistinctiveSecret(secret: string): boolean {
  if (secret.length < DISTINCTIVE_LENGTH) return false;
  return /[^A-Za-z]/.test(secret) || secret.length >= PLAIN_WORD_LENGTH;
}

export class SecretRegistry {
  private readonly secrets = new Set<string>();
  /** Built on first use after a change: masking runs once per finding, secrets are added once per file. */
  private index: MaskIndex | undefined;

  /**
   * Registers the secrets of a value read from an option or variable. `place` says what the value is:
   * `true` or `{ secret: true }` for an option that holds a secret by meaning, `{ name }` to let the
   * name decide (and to read basic-auth pairs); `false` or `{}` for shape alone (URL passwords,
   * DSN keys, JSON keys).
   */
  addValue(value: string, place: SecretPlace | boolean = {}): void {
    const where = typeof place === 'boolean' ? { secret: place } : place;
    for (const secret of secretTexts(value, where)) this.add(secret);
  }

  /** Registers the password of a URL-like value (`scheme://user:password@host…`). */
  addUrlPassword(value: string | undefined): void {
    if (value !== undefined) this.addValue(value, {});
  }

  /** Registers one secret text as it stands (and its URL-decoded form, and each of its lines). */
  add(value: string | undefined): void {
    if (value === undefined) return;
    const trimmed = value.trim();
    if (trimmed === '') return;
    this.insert(trimmed);
    // A password appears URL-encoded in the URL and decoded in driver errors.
    const decoded = safeDecode(trimmed);
    if (decoded !== trimmed) this.insert(decoded);
    // A value continued over several lines may be quoted one line at a time.
    if (trimmed.includes('\n')) for (const line of trimmed.split('\n')) if (line.trim() !== '') this.insert(line.trim());
  }

  /** True when the text, trimmed, is one of the secrets. */
  isSecret(text: string): boolean {
    return this.secrets.has(text.trim());
  }

  /** The distinctive secrets, for `core.setSecret` (the runner masks each wherever it occurs). */
  values(): string[] {
    return [...this.maskIndex().ordered];
  }

  /**
   * Masks output text of unknown structure: every distinctive secret wherever it occurs (longest
   * first, so a secret that contains another is replaced whole), then every secret the text shows by
   * its shape (URL passwords, DSN keys, JSON keys). Only secrets whose first characters occur in the
   * text are tried, so the cost follows the text, not the number of secrets.
   */
  mask(text: string): string {
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
  maskField(text: string): string {
    return this.isSecret(text) ? MASK : this.mask(text);
  }

  private insert(secret: string): void {
    if (this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.index = undefined;
  }

  private maskIndex(): MaskIndex {
    this.index ??= new MaskIndex(this.secrets);
    return this.index;
  }
}

/** Distinctive secrets sorted longest first, grouped by their first DISTINCTIVE_LENGTH characters; weak ones apart. */
class MaskIndex {
  readonly ordered: readonly string[];
  /** The other secrets: masked only where they stand as a whole value (maskWeakValues). */
  readonly weak: readonly string[];
  private readonly byPrefix = new Map<string, number[]>();
  /** Secrets with a `*` can appear only once an earlier replacement has written the mask: always tried. */
  private readonly withMaskCharacter: number[] = [];

  constructor(secrets: Iterable<string>) {
    this.ordered = [...secrets].filter(isDistinctiveSecret).sort((a, b) => b.length - a.length);
    // One or two characters cannot be told from the text around them.
    this.weak = [...secrets].filter((secret) => !isDistinctiveSecret(secret) && secret !== MASK && secret.length >= WEAK_MIN_LENGTH);
    this.ordered.forEach((secret, rank) => {
      if (secret.includes('*')) this.withMaskCharacter.push(rank);
      const prefix = secret.slice(0, DISTINCTIVE_LENGTH);
      const ranks = this.byPrefix.get(prefix);
      if (ranks) ranks.push(rank);
      else this.byPrefix.set(prefix, [rank]);
    });
  }

  /** The distinctive secrets that may occur in the text, in masking order. */
  candidates(text: string): string[] {
    if (this.ordered.length === 0) return [];
    const ranks = new Set<number>(this.withMaskCharacter);
    for (let i = 0; i + DISTINCTIVE_LENGTH <= text.length; i += 1) {
      const found = this.byPrefix.get(text.slice(i, i + DISTINCTIVE_LENGTH));
      if (found) for (const rank of found) ranks.add(rank);
    }
    return [...ranks].sort((a, b) => a - b).map((rank) => this.ordered[rank] as string);
  }
}

/**
 * A weak secret where it stands as a value: after `=` or `:` (and white space), up to the end of the
 * text, a quote, a comma, a bracket or white space — `fernet_key = airflow` in a line configparser
 * quotes. Inside a word, a path or a URL's scheme (`postgresql://`, `/opt/airflow`) it stays.
 */
function maskWeakValues(text: string, weak: readonly string[]): string {
  const ranges: TextRange[] = [];
  for (const secret of weak) {
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      if (standsAsValue(text, at, at + secret.length)) ranges.push({ start: at, end: at + secret.length });
    }
  }
  return ranges.length === 0 ? text : maskRanges(text, ranges);
}

function standsAsValue(text: string, start: number, end: number): boolean {
  const after = text[end];
  if (after !== undefined && !/[\s'",;&)}\]#]/.test(after)) return false;
  let before = start - 1;
  while (before >= 0 && before > start - 9 && (text[before] === ' ' || text[before] === '\t')) before -= 1;
  let mark = text[before];
  // A quoted value: `"password": "airflow"`, `token='airflow'`.
  if ((mark === '"' || mark === "'") && before > 0) {
    before -= 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before -= 1;
    mark = text[before];
  }
  return mark === '=' || mark === ':';
}

/** Shape masking that leaves an already masked `***` as it is. */
function maskShapesKeepingMask(text: string): string {
  const ranges = shapeRanges(text).filter((range) => text.slice(range.start, range.end) !== MASK);
  return ranges.length === 0 ? text : maskRanges(text, ranges);
}

function shapeRanges(text: string): TextRange[] {
  return secretRanges(text, {});
}

/** The password part of `scheme://user:password@host…`, as written. */
export function urlPassword(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  const range = urlCredentials(trimmed, false).find((candidate) => trimmed.indexOf('://') < candidate.start);
  return range ? trimmed.slice(range.start, range.end) : undefined;
}

/** Replaces the password of every URL in the text with the mask. */
export function maskUrlPasswords(text: string): string {
  const ranges = urlCredentials(text, false).filter((range) => text.slice(range.start, range.end) !== MASK);
  return ranges.length === 0 ? text : maskRanges(text, ranges);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
