import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The real Airflow releases the integration tests run against (one 2.x, one 3.x). */
export const INTEGRATION_AIRFLOW_2 = process.env.APF_IT_AIRFLOW_2 ?? '2.10.5';
export const INTEGRATION_AIRFLOW_3 = process.env.APF_IT_AIRFLOW_3 ?? '3.1.8';

const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * Installs (once, cached outside the repository) the given Airflow release into a virtualenv
 * with scripts/airflow-venv.sh and returns the venv's directory.
 */
export function ensureAirflowVenv(version: string): string {
  const out = execFileSync('bash', [join(repoRoot, 'scripts', 'airflow-venv.sh'), version], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 20 * 60_000,
  });
  return out.trim().split('\n').at(-1) ?? '';
}

export function airflowBin(venv: string): string {
  return join(venv, 'bin', 'airflow');
}
