import type { CleanupTracker } from '../cleanup.js';

export type ProviderName = 'url' | 'local' | 'testcontainers';
export type DatabaseChoice = ProviderName | 'auto';

export const DATABASE_CHOICES: readonly DatabaseChoice[] = ['auto', 'url', 'local', 'testcontainers'];

export interface StartedDatabase {
  /** For Airflow: `postgresql+psycopg2://…`. */
  url: string;
  /** For pg (libpq form): `postgresql://…`. */
  libpqUrl: string;
  /** Whether this provider created the database (and so may drop it). */
  created: boolean;
}

/** A Postgres database that exists only for one verification. */
export interface PostgresProvider {
  readonly name: ProviderName;
  start(): Promise<StartedDatabase>;
  /** Removes what start() created; safe to call more than once, and after a failed start. */
  stop(): Promise<void>;
}

/** A failure the user can act on: its message is one sentence, shown without a stack trace. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
}

export interface ProviderContext {
  tracker: CleanupTracker;
  log: (line: string) => void;
  /** The environment of the programs a provider starts (it carries the run's marker); process.env by default. */
  env?: NodeJS.ProcessEnv | undefined;
}

/** `postgresql://`, `postgres://` or `postgresql+driver://` → the psycopg2 form Airflow needs. */
export function toAirflowUrl(url: string): string {
  return url.replace(/^(postgres|postgresql)(\+[a-z0-9_]+)?:\/\//i, 'postgresql+psycopg2://');
}

/** Any Postgres URL → the plain `postgresql://` form pg understands. */
export function toLibpqUrl(url: string): string {
  return url.replace(/^(postgres|postgresql)(\+[a-z0-9_]+)?:\/\//i, 'postgresql://');
}
