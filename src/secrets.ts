/**
 * Secrets found in configuration (URL passwords, keys, sensitive option values) are collected here
 * when they are read, and every text that leaves the core passes through `mask()`.
 */
export const MASK = '***';

/** Shorter strings are too likely to occur by chance in unrelated text (`True`, `8080`). */
const MIN_SECRET_LENGTH = 4;

/** Option and variable names that hold secrets whatever the knowledge data says (providers, custom sections). */
const SECRET_NAME = /(password|passwd|secret|secret_key|fernet_key|token|private_key|api_key|access_key|credentials?)(_cmd|_secret)?$/i;

export function looksLikeSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export class SecretRegistry {
  private readonly secrets = new Set<string>();

  add(value: string | undefined): void {
    if (value === undefined) return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH) return;
    this.secrets.add(trimmed);
    // A password appears URL-encoded in the URL and decoded in driver errors.
    const decoded = safeDecode(trimmed);
    if (decoded !== trimmed && decoded.length >= MIN_SECRET_LENGTH) this.secrets.add(decoded);
  }

  /** Adds the password of a URL-like value (`scheme://user:password@host/db`). */
  addUrlPassword(value: string | undefined): void {
    const password = urlPassword(value);
    if (password !== undefined) this.add(password);
  }

  /** Registers a value read from an option or variable: its URL password, or all of it for a secret name. */
  addValue(value: string, secretName: boolean): void {
    if (urlPassword(value) !== undefined) this.addUrlPassword(value);
    else if (secretName) this.add(value);
  }

  values(): string[] {
    // Longest first, so a secret that contains another is replaced whole.
    return [...this.secrets].sort((a, b) => b.length - a.length);
  }

  mask(text: string): string {
    let out = text;
    for (const secret of this.values()) {
      if (out.includes(secret)) out = out.split(secret).join(MASK);
    }
    return maskUrlPasswords(out);
  }
}

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
