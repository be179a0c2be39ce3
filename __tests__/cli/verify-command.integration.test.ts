import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyCommand } from '../../src/cli/verify-command.js';
import { UsageError } from '../../src/cli/usage-error.js';
import type { VerifyResult } from '../../src/verify/types.js';
import { INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3, airflowBin, ensureAirflowVenv } from '../helpers/airflow.js';
import { fixture } from '../verify/helpers.js';

const MINUTES = 60_000;

function captureStdout(): { text: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { text: () => chunks.join('') };
}

describe('airflow-preflight verify (integration, real Airflow and Postgres)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it(`--install-airflow ${INTEGRATION_AIRFLOW_2} --create-admin-user: reuses the cached virtualenv, creates the user, exits 0`, async () => {
    ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    const stdout = captureStdout();
    const code = await verifyCommand(fixture('production.cfg'), {
      installAirflow: INTEGRATION_AIRFLOW_2,
      database: 'local',
      createAdminUser: true,
      format: 'json',
    });
    const result = JSON.parse(stdout.text()) as VerifyResult;
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(code).toBe(0);
    expect(result.verified).toBe(true);
    expect(result.checks.at(-1)).toEqual({ name: 'create admin user', ok: true, detail: 'user airflow_preflight_admin exists in ab_user' });
  }, 20 * MINUTES);

  it(`Airflow ${INTEGRATION_AIRFLOW_3} with its default auth manager: --create-admin-user warns that users belong to FAB, exit 0`, async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_3);
    const stdout = captureStdout();
    const code = await verifyCommand(fixture('production.cfg'), {
      airflowCommand: airflowBin(venv),
      database: 'local',
      createAdminUser: true,
    });
    expect(code).toBe(0);
    expect(stdout.text()).toMatch(/^Verify passed: Airflow 3\.1\.8, local database \(postgresql:\/\/postgres@127\.0\.0\.1:\d+\/airflow\), airflow db migrate\n/);
    expect(stdout.text()).toContain(
      '  warn create admin user: no user created: on Airflow 3.1.8 users belong to the FAB auth manager, and this configuration uses another ([core] auth_manager); set it to airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager to manage users\n',
    );
    expect(stdout.text()).toContain('  ok   expected tables: all 50 expected tables exist\n');
  }, 20 * MINUTES);

  it('usage problems are one-line UsageErrors (exit 2 in main)', async () => {
    await expect(verifyCommand(fixture('production.cfg'), { database: 'local' })).rejects.toThrow(
      new UsageError('verify needs Airflow: --airflow-command PATH (an installed airflow) or --install-airflow VERSION'),
    );
    await expect(verifyCommand('missing.cfg', { airflowCommand: 'airflow' })).rejects.toThrow('missing.cfg: no such file');
    await expect(verifyCommand(fixture('production.cfg'), { airflowCommand: 'airflow', database: 'sqlite' })).rejects.toThrow(
      "--database: 'sqlite' is not one of auto, url, local, testcontainers",
    );
  });
});
