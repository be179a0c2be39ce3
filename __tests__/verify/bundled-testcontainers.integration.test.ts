// The testcontainers provider as the bundled CLI loads it: a lazily imported chunk of CommonJS code.
// Without a Docker engine it must end in the one-line hint, not in a stack trace from the bundle.
import { describe, expect, it } from 'vitest';
import { ensureAirflowVenv, INTEGRATION_AIRFLOW_2 } from '../helpers/airflow.js';
import { runCli } from '../helpers/cli.js';
import { dockerSocketAnswers } from './docker.js';

const hasDocker = await dockerSocketAnswers();
if (hasDocker) console.log('skipping the no-Docker message test: a Docker engine answers (the real testcontainers test runs instead)');

describe('bundled CLI, testcontainers provider (integration)', () => {
  it.skipIf(hasDocker)('says in one line that no Docker engine answers, and what to use instead', () => {
    ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    const run = runCli(['verify', 'examples/production-2.10/airflow.cfg', '--install-airflow', INTEGRATION_AIRFLOW_2, '--database', 'testcontainers']);
    expect(run.stdout).toContain(
      'FAIL database: No Docker engine answers, so the testcontainers provider cannot start Postgres: set database-url (for example a `services: postgres` container) or use database: local.',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(1);
  }, 120_000);
});
