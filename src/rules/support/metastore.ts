import type { EffectiveValue } from '../../config/types.js';
import type { RuleContext } from '../types.js';
import { parseDatabaseUrl, type DatabaseUrl } from './db-url.js';
import { airflowBoolean, effectiveOption, resolveValue } from './value.js';

// PostgreSQL's own defaults (the server's, not Airflow's): what a server runs with unless configured.
export const POSTGRES_MAX_CONNECTIONS = 100;
export const POSTGRES_RESERVED_CONNECTIONS = 3;

export interface Metastore {
  value: EffectiveValue;
  /** The URL text after `$VAR` expansion. */
  text: string;
  /** Undefined when SQLAlchemy cannot parse it. */
  url: DatabaseUrl | undefined;
}

/**
 * The metastore URL Airflow would connect to, when the check can know it: `[database] sql_alchemy_conn`
 * (which follows `[core]` on releases that still read it there). Undefined for `_cmd` / `_secret` and
 * unknown variables: those are resolved at run time.
 */
export function metastoreOf(context: RuleContext): Metastore | undefined {
  const value = effectiveOption(context, 'database', 'sql_alchemy_conn');
  if (!value) return undefined;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return undefined;
  return { value, text: resolved.text, url: parseDatabaseUrl(resolved.text) };
}

/** Whether SQLAlchemy pools metastore connections (`sql_alchemy_pool_enabled`); true unless known to be off. */
export function poolEnabled(context: RuleContext): boolean {
  const value = effectiveOption(context, 'database', 'sql_alchemy_pool_enabled');
  if (!value) return true;
  const resolved = resolveValue(context, value);
  return !resolved.known || airflowBoolean(resolved.text) !== false;
}

export function isSqlite(metastore: Metastore): boolean {
  return metastore.url ? metastore.url.dialect === 'sqlite' : metastore.text.trim().startsWith('sqlite');
}

/** SQLAlchemy 1.4 dropped these names; Airflow rewrites them to `postgresql` with a FutureWarning. */
export const POSTGRES_ALIASES: readonly string[] = ['postgres', 'postgres+psycopg2'];
