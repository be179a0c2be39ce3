// Where a password with URL delimiters in it breaks a URL, for the two parsers Airflow's URLs meet:
// SQLAlchemy's own grammar (the metastore, `db+` result backends) and Python's urllib (kombu, which
// Celery uses for the broker URL and to print the result backend at worker start).
import { parseDatabaseUrl } from './db-url.js';

export type AuthorityBreak =
  /** SQLAlchemy ends the password at the first `@`; the rest of it becomes part of the host. */
  | { kind: 'sqlalchemy-at'; offset: number }
  /** urllib ends the network location at `/`, `?` or `#`, inside the password. */
  | { kind: 'urllib-cut'; offset: number; char: string }
  /** urllib refuses an unbalanced `[` or `]` in the network location ("Invalid IPv6 URL"). */
  | { kind: 'urllib-bracket'; offset: number; char: string };

/** A host name with an optional port, as the part after the password's real `@` looks. */
const HOST_PORT = /^[A-Za-z0-9._-]+(?::\d*)?$/;

export function sqlalchemyBreak(text: string): AuthorityBreak | undefined {
  const url = parseDatabaseUrl(text);
  if (!url?.host?.includes('@')) return undefined;
  const start = text.indexOf('://') + 3;
  return { kind: 'sqlalchemy-at', offset: text.indexOf('@', start) };
}

export function urllibBreak(text: string): AuthorityBreak | undefined {
  const schemeEnd = text.indexOf('://');
  if (schemeEnd === -1) return undefined;
  const start = schemeEnd + 3;
  const rest = text.slice(start);
  const cut = rest.search(/[/?#]/);
  const netloc = cut === -1 ? rest : rest.slice(0, cut);
  const open = netloc.indexOf('[');
  const close = netloc.indexOf(']');
  if ((open === -1) !== (close === -1)) {
    const at = open === -1 ? close : open;
    return { kind: 'urllib-bracket', offset: start + at, char: netloc[at] ?? '[' };
  }
  if (cut === -1 || netloc.includes('@')) return undefined;
  const at = rest.indexOf('@', cut);
  if (at === -1) return undefined;
  // The `@` must end a user-info part: what follows it up to the next delimiter is a host[:port].
  const after = rest.slice(at + 1);
  const hostEnd = after.search(/[/?#]/);
  const host = hostEnd === -1 ? after : after.slice(0, hostEnd);
  // A network location that already reads as host[:port] ends where urllib says (an `@` in a query string).
  if (!HOST_PORT.test(host) || HOST_PORT.test(netloc)) return undefined;
  return { kind: 'urllib-cut', offset: start + cut, char: rest[cut] ?? '/' };
}
