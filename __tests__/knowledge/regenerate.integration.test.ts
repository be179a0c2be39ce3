// Integration: regenerates knowledge data from real Airflow releases (cached venvs) and a real Postgres server.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3, ensureAirflowVenv } from '../helpers/airflow.js';
import { TEST_PG_ADMIN_URL } from '../helpers/postgres.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const generator = join(root, 'scripts', 'knowledge', 'generate.mjs');
const dataDir = join(root, 'src', 'knowledge', 'data');

async function generate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [generator, '--pg-url', TEST_PG_ADMIN_URL, ...args], {
      cwd: root,
      maxBuffer: 32 * 1024 * 1024,
      timeout: 30 * 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('npm run knowledge (real Airflow, real Postgres)', () => {
  const versions = `${INTEGRATION_AIRFLOW_2},${INTEGRATION_AIRFLOW_3}`;

  it('regenerates exactly the committed data', { timeout: 45 * 60_000 }, async () => {
    ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    ensureAirflowVenv(INTEGRATION_AIRFLOW_3);
    const result = await generate(['--check', '--only', versions]);
    expect(result.stdout).toContain(`Committed knowledge data matches ${INTEGRATION_AIRFLOW_2}, ${INTEGRATION_AIRFLOW_3}.`);
    expect(result.code).toBe(0);
  });

  it('fails --check with a summary when committed data was edited', { timeout: 30 * 60_000 }, async () => {
    ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    const edited = await mkdtemp(join(tmpdir(), 'apf-knowledge-edited-'));
    try {
      await cp(dataDir, edited, { recursive: true });
      const file = join(edited, `airflow-${INTEGRATION_AIRFLOW_2}.json`);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/("parallelism": \{"default": )"32"/, '$1"64"'));
      const result = await generate(['--check', '--only', INTEGRATION_AIRFLOW_2, '--data-dir', edited]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`airflow-${INTEGRATION_AIRFLOW_2}.json: differs`);
      expect(result.stdout).toContain('options changed (1): [core] parallelism');
      expect(result.stdout).toContain('run `npm run knowledge`');
    } finally {
      await rm(edited, { recursive: true, force: true });
    }
  });
});
