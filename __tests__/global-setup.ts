// Before any test: a Postgres server that answers, and the real Airflow releases the integration
// tests use, installed once into cached virtualenvs (outside the repository).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureAirflowVenv, INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3 } from './helpers/airflow.js';

export default function setup(): void {
  if (process.env.APF_SKIP_INTEGRATION_SETUP === '1') return;
  execFileSync('bash', [join(import.meta.dirname, '..', 'scripts', 'ensure-postgres.sh')], { stdio: 'inherit' });
  for (const version of [INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3]) ensureAirflowVenv(version);
}
