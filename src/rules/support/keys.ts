import { splitWithOffsets } from './split.js';

// Key material that is public knowledge: values copied from tutorials and images into thousands of
// repositories. Not Airflow release facts, so they live here rather than in the knowledge data.

/** A Fernet key published with the widely copied puckel/docker-airflow setup. */
const PUBLISHED_FERNET_KEYS: readonly string[] = ['46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho='];

/** Secret values seen committed: Airflow 1.x's `temporary_key` default and common compose fallbacks. */
const PUBLISHED_SECRETS: readonly string[] = [
  'temporary_key',
  'airflow_jwt_secret',
  'secret',
  'secret_key',
  'changeme',
  'change_me',
  'airflow',
  'password',
];

const BRACKETED = /^(?:\{[^}]*\}|<[^>]*>|\$\{[^}]*\})$/;
// Unanchored, on one line: `^.*(?:your|…).*$` backtracks over every occurrence of a word (quadratic).
const PLACEHOLDER_WORD = /your|change[_-]?me|replace|placeholder|example|xxxx|todo|fixme/i;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return BRACKETED.test(trimmed) || (PLACEHOLDER_WORD.test(trimmed) && !LINE_BREAK.test(trimmed));
}

export function isPublishedFernetKey(text: string): boolean {
  return PUBLISHED_FERNET_KEYS.includes(text.trim());
}

export function isPublishedSecret(text: string): boolean {
  return PUBLISHED_SECRETS.includes(text.trim().toLowerCase());
}

const FERNET_KEY = /^[A-Za-z0-9_-]{43}=$/;

/**
 * cryptography's Fernet(key): URL-safe base64 that decodes to exactly 32 bytes. Airflow builds one Fernet
 * per comma-separated part (MultiFernet, for rotation); base64 decoding ignores surrounding white space.
 */
export function isFernetKey(part: string): boolean {
  return FERNET_KEY.test(part.trim());
}

/** Each comma-separated key and its offset in the value. */
export function fernetParts(text: string): { key: string; offset: number }[] {
  return splitWithOffsets(text, ',').map((part) => ({ key: part.text, offset: part.offset }));
}
