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

/**
 * The child environment for every Airflow command of the run: the user's production URL, wherever it
 * was inherited from, is removed so Airflow can only reach the throwaway database.
 */
export function buildAirflowEnv(base: NodeJS.ProcessEnv, options: AirflowEnvOptions): AirflowEnv {
  const env: NodeJS.ProcessEnv = {};
  const removed: string[] = [];
  for (const [name, value] of Object.entries(base)) {
    if (METASTORE_VARIABLE.test(name) || name === 'AIRFLOW_HOME' || name === 'AIRFLOW_CONFIG') {
      if (METASTORE_VARIABLE.test(name)) removed.push(name);
      continue;
    }
    env[name] = value;
  }
  env.AIRFLOW_HOME = options.home;
  env.AIRFLOW_CONFIG = options.configPath;
  env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN = options.databaseUrl;
  if (compareVersions(options.airflowVersion, '2.3') < 0) env.AIRFLOW__CORE__SQL_ALCHEMY_CONN = options.databaseUrl;
  if (compareVersions(options.airflowVersion, '3.0') >= 0) {
    // Airflow 3 also opens an async engine; left alone it could come from the user's cfg.
    env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC = options.databaseUrl.replace(/^postgresql\+psycopg2:/, 'postgresql+asyncpg:');
  }
  // Plain, unbuffered output keeps Airflow's error lines in order with the rest.
  env.PYTHONUNBUFFERED = '1';
  env.NO_COLOR = '1';
  return { env, removed: removed.sort() };
}

/** Compares dotted release numbers numerically (`2.10` > `2.9`); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((p) => Number.parseInt(p, 10));
  const pb = b.split(/[.+-]/).map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = Number.isNaN(pa[i] ?? 0) ? 0 : (pa[i] ?? 0);
    const y = Number.isNaN(pb[i] ?? 0) ? 0 : (pb[i] ?? 0);
    if (x !== y) return x - y;
  }
  return 0;
}

/** `db migrate` since 2.7; `db init` before (and `db init` is gone in 3.0). */
export function defaultMigrateCommand(airflowVersion: string): string[] {
  return compareVersions(airflowVersion, '2.7') >= 0 ? ['db', 'migrate'] : ['db', 'init'];
}
