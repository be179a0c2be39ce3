// The shipped 3.1 example (CeleryExecutor, every secret a `_cmd`) verifies green with
// `--install-airflow target`: the install adds the Celery provider the executor lives in (issue #12).
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../src/verify/types.js';
import { runCliAsync } from './parallel/helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'apf-example-test-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('examples/production-3.1 (integration, real Airflow installed by verify)', () => {
  it('verifies green with --install-airflow target, loading CeleryExecutor from the installed provider', async () => {
    const cfg = join(import.meta.dirname, '..', '..', 'examples', 'production-3.1', 'airflow.cfg');
    const run = await runCliAsync(['verify', cfg, '--install-airflow', 'target', '--airflow-version', '3.1', '--database', 'local', '--create-admin-user', '--format', 'json'], { TMPDIR: tmp });
    const result = JSON.parse(run.stdout) as VerifyResult;
    expect(result.checks.filter((c) => !c.ok && c.severity !== 'warning')).toEqual([]);
    expect(result.verified).toBe(true);
    expect(run.status).toBe(0);
    expect(result.airflowVersion).toBe('3.1.8');
    expect(result.checks.find((c) => c.name === 'executor loads')?.detail).toBe('CeleryExecutor → airflow.providers.celery.executors.celery_executor.CeleryExecutor');
    expect(result.replacedOptions.map((r) => r.option)).toEqual(
      expect.arrayContaining(['[core] fernet_key_cmd', '[database] sql_alchemy_conn_cmd', '[api] secret_key_cmd', '[api_auth] jwt_secret_cmd']),
    );
    expect(readdirSync(tmp)).toEqual([]);
  }, 40 * 60_000);
});
