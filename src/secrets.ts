/**
 * Secrets found in configuration (URL passwords, keys, sensitive option values) are collected here
 * when they are read, and every text that leaves the core passes through `mask()`.
 */
export const MASK = '***';

/**
 * Secrets shorter than this are not replaced wherever they occur: a weak password such as `airflow`
 * (the official docker-compose file's) would otherwise erase every file name, section and message that
 * says "airflow". They are still masked where they stand as a URL password (`maskUrlPasswords`), and
 * no rule quotes the value of a secret option.
 */
const MIN_SECRET_LENGTH = 8;

/** Option and variable names that hold secrets whatever the knowledge data says (providers, custom sections). */
const SECRET_NAME = /(password|passwd|secret|secret_key|fernet_key|token|private_key|api_key|access_key|credentials?)(_cmd|_secret)?$/i;

export function looksLikeSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export class SecretRegistry {
  private readonly secrets = new Set<string>();
  /** Built on first use after a change: masking runs once per finding, secrets are added once per file. */
  private index: MaskIndex | undefined;

  add(value: string | undefined): void {
    if (value === undefined) return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH) return;
    this.insert(trimmed);
    // A password appears URL-encoded in the URL and decoded in driver errors.
    const decoded = safeDecode(trimmed);
    if (decoded !== trimmed && decoded.length >= MIN_SECRET_LENGTH) this.insert(decoded);
  }

  /** Adds the password of a URL-like value (`scheme://user:password@host/db`). */
  addUrlPassword(value: string | undefined): void {
    const password = urlPassword(value);
    if (password !== undefined) this.add(password);
  }

  /**
   * Registers a value read from an option or variable: for a URL only its password (the rest of a
   * metastore URL is no secret), otherwise all of it when the name says it holds a secret.
   */
  addValue(value: string, secretName: boolean): void {
    if (URL_LIKE.test(value.trim())) this.addUrlPassword(value);
    else if (secretName) this.add(value);
  }

  values(): string[] {
    return [...this.maskIndex().ordered];
  }

  /**
   * Replaces every secret, longest first (so a secret that contains another is replaced whole), then
   * every URL password. Only secrets whose first characters occur in the text are tried, so the cost
   * follows the text, not the number of secrets (a run over many files registers thousands).
   */
  mask(text: string): string {
    let out = text;
    for (const secret of this.maskIndex().candidates(text)) {
      if (out.includes(secret)) out = out.split(secret).join(MASK);
    }
    return maskUrlPasswords(out);
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

/** Secrets sorted longest first, and grouped by their first MIN_SECRET_LENGTH characters. */
class MaskIndex {
  readonly ordered: readonly string[];
  private readonly byPrefix = new Map<string, number[]>();
  /** Secrets with a `*` can appear only once an earlier replacement has written the mask: always tried. */
  private readonly withMaskCharacter: number[] = [];

  constructor(secrets: Iterable<string>) {
    this.ordered = [...secrets].sort((a, b) => b.length - a.length);
    this.ordered.forEach((secret, rank) => {
      if (secret.includes('*')) this.withMaskCharacter.push(rank);
      const prefix = secret.slice(0, MIN_SECRET_LENGTH);
      const ranks = this.byPrefix.get(prefix);
      if (ranks) ranks.push(rank);
      else this.byPrefix.set(prefix, [rank]);
    });
  }

  /** The secrets that may occur in the text, in masking order. */
  candidates(text: string): string[] {
    if (this.ordered.length === 0) return [];
    const ranks = new Set<number>(this.withMaskCharacter);
    for (let i = 0; i + MIN_SECRET_LENGTH <= text.length; i += 1) {
      const found = this.byPrefix.get(text.slice(i, i + MIN_SECRET_LENGTH));
      if (found) for (const rank of found) ranks.add(rank);
    }
    return [...ranks].sort((a, b) => a - b).map((rank) => this.ordered[rank] as string);
  }
}

const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** The password part of `scheme://user:password@host…`, as written. */
export function urlPassword(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/?#@\s]*:([^@\s]*)@/.exec(value.trim());
  const password = match?.[1];
  return password === undefined || password === '' ? undefined : password;
}

/** Replaces the password of every URL in the text with the mask. */
export function maskUrlPasswords(text: string): string {
  return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s]+)@/g, (_all, prefix: string, password: string) =>
    password === MASK ? `${prefix}${password}@` : `${prefix}${MASK}@`,
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
