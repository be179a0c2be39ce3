import { versionAtLeast } from '../version/compare.js';
import { withoutQuery } from '../regexp.js';

/** Where the verify run's Airflow lives and which database it must use. */
export interface AirflowEnvOptions {
  /** The temporary AIRFLOW_HOME. */
  home: string;
  /** The copy of the user's cfg (AIRFLOW_CONFIG). */
  configPath: string;
  /** The throwaway database, `postgresql+psycopg2://…`. */
  databaseUrl: string;
  /** The Airflow version in use, `2.10.5`; decides which variables Airflow reads. */
  airflowVersion: string;
}

export interface AirflowEnv {
  env: NodeJS.ProcessEnv;
  /** Names of inherited variables that were dropped (never their values). */
  removed: string[];
}

/**
 * Any inherited way of naming the metastore: the plain variable and its `_CMD` / `_SECRET` variants,
 * in `[database]` or the pre-2.3 `[core]` place, sync or async.
 */
const METASTORE_VARIABLE = /^AIRFLOW__[A-Z0-9_]*__SQL_ALCHEMY_CONN/i;

/** libpq's variables that would send a connection to another server, account or service file. */
const LIBPQ_VARIABLE = /^PG(HOST|HOSTADDR|PORT|USER|PASSWORD|PASSFILE|DATABASE|SERVICE|SERVICEFILE|SSL\w*|OPTIONS)$/;

/**
 * The child environment for every Airflow command of the run: the user's production URL, wherever it
 * was inherited from, is removed so Airflow can only reach the throwaway database.
 */
export function buildAirflowEnv(base: NodeJS.ProcessEnv, options: AirflowEnvOptions): AirflowEnv {
  const env: NodeJS.ProcessEnv = {};
  const removed: string[] = [];
  for (const [name, value] of Object.entries(base)) {
    if (METASTORE_VARIABLE.test(name) || LIBPQ_VARIABLE.test(name) || name === 'AIRFLOW_HOME' || name === 'AIRFLOW_CONFIG') {
      if (name !== 'AIRFLOW_HOME' && name !== 'AIRFLOW_CONFIG') removed.push(name);
      continue;
    }
    env[name] = value;
  }
  env.AIRFLOW_HOME = options.home;
  env.AIRFLOW_CONFIG = options.configPath;
  env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN = options.databaseUrl;
  if (!releaseAtLeast(options.airflowVersion, '2.3')) env.AIRFLOW__CORE__SQL_ALCHEMY_CONN = options.databaseUrl;
  if (releaseAtLeast(options.airflowVersion, '3.0')) {
    // Airflow 3 also opens an async engine; left alone it could come from the user's cfg.
    // Airflow's own choice for Postgres is asyncpg, which takes none of the sync driver's query parameters.
    env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC = withoutQuery(options.databaseUrl.replace(/^[^:]+:/, 'postgresql+asyncpg:'));
  }
  // Plain, unbuffered output keeps Airflow's error lines in order with the rest.
  env.PYTHONUNBUFFERED = '1';
  env.NO_COLOR = '1';
  return { env, removed: removed.sort() };
}

/**
 * Whether an installed Airflow's version (`2.10.5`, `2.10.5+astro.1`, `3.1.0.dev0`) is `min` or newer;
 * only the release numbers count. Unreadable versions count as old.
 */
export function releaseAtLeast(version: string, min: string): boolean {
  const release = /^\d+\.\d+(\.\d+)?/.exec(version.trim())?.[0];
  return release !== undefined && versionAtLeast(release, min);
}

/** `db migrate` since 2.7; `db init` before (and `db init` is gone in 3.0). */
export function defaultMigrateCommand(airflowVersion: string): string[] {
  return releaseAtLeast(airflowVersion, '2.7') ? ['db', 'migrate'] : ['db', 'init'];
}
