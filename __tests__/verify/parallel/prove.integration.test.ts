import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../../src/verify/types.js';
import { INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3, airflowBin, ensureAirflowVenv } from '../../helpers/airflow.js';
import { type TestDatabase, createTestDatabase } from '../../helpers/postgres.js';
import { fixture } from '../helpers.js';
import { parallelFixture, runCliAsync, survivingTagged } from './helpers.js';

const MINUTES = 60_000;
const TAG = 'APF_PARALLEL_TEST_RUN';

describe.each([INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3])('verify --prove-parallel with real Airflow %s (integration)', (version) => {
  let venv = '';
  let db: TestDatabase;
  let tmp = '';
  const tag = randomBytes(8).toString('hex');

  beforeAll(() => {
    venv = ensureAirflowVenv(version);
  }, 30 * MINUTES);
  beforeEach(async () => {
    db = await createTestDatabase('apf_parallel');
    // The run's own temporary directory, so the test can see that verify removed everything it made.
    tmp = mkdtempSync(join(tmpdir(), 'apf-parallel-test-'));
  });
  afterEach(async () => {
    await db.drop();
    rmSync(tmp, { recursive: true, force: true });
  });

  const verify = (cfg: string, format: 'json' | 'text') =>
    runCliAsync(
      ['verify', cfg, '--airflow-command', airflowBin(venv), '--database', 'url', '--database-url', db.url, '--prove-parallel', '--format', format],
      { TMPDIR: tmp, [TAG]: tag },
    );

  it('LocalExecutor passes with at least two probe tasks at the same time, and leaves no process or file behind', async () => {
    const run = await verify(fixture('production.cfg'), 'json');
    const result = JSON.parse(run.stdout) as VerifyResult;

    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(run.status).toBe(0);
    expect(result.parallel?.status).toBe('proved');
    expect(result.parallel?.executor).toBe('LocalExecutor');
    expect(result.parallel?.maxConcurrent).toBeGreaterThanOrEqual(2);
    expect(result.parallel?.tasks.map((t) => [t.taskId, t.state])).toEqual([
      ['sleep_0', 'success'],
      ['sleep_1', 'success'],
      ['sleep_2', 'success'],
      ['sleep_3', 'success'],
    ]);
    expect(result.parallel?.durationSeconds).toBeGreaterThan(0);
    expect(await survivingTagged(TAG, tag)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 10 * MINUTES);

  it('SequentialExecutor fails, naming the executor and its line', async () => {
    const run = await verify(parallelFixture('sequential.cfg'), 'text');

    expect(run.status).toBe(1);
    const named = String.raw`\[core\] executor = SequentialExecutor \(\S*sequential\.cfg:3\)`;
    if (version.startsWith('2.')) {
      // Airflow 2 runs it: the probe's tasks ran one after another.
      expect(run.stdout).toMatch(new RegExp(`FAIL tasks run in parallel: SequentialExecutor ran the probe's tasks one at a time .*: ${named} runs one task at a time`));
      expect(run.stdout).toContain('parallel: SequentialExecutor ran one task at a time');
    } else {
      // Airflow 3 has no SequentialExecutor and rewrites the value to LocalExecutor: what ran is not what the file says.
      expect(run.stdout).toMatch(new RegExp(`FAIL configured executor: ${named} names an executor that runs one task at a time; Airflow ${version.replace(/\./g, '\\.')} has none by that name and ran LocalExecutor in its place`));
      expect(run.stdout).toMatch(/ok {3}tasks run in parallel: [234] of 4 probe tasks ran at the same time/);
    }
    expect(await survivingTagged(TAG, tag)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 10 * MINUTES);
});

describe(`verify --prove-parallel cancelled while the probe's tasks run (integration, Airflow ${INTEGRATION_AIRFLOW_3})`, () => {
  let db: TestDatabase;
  const tmp = mkdtempSync(join(tmpdir(), 'apf-parallel-test-'));
  afterAll(async () => {
    await db?.drop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('stops every Airflow process it started and removes its files, then exits 143', async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_3);
    db = await createTestDatabase('apf_parallel');
    const tag = randomBytes(8).toString('hex');
    let signalledAt = 0;
    let running = 0;
    const run = await runCliAsync(
      ['verify', fixture('production.cfg'), '--airflow-command', airflowBin(venv), '--database', 'url', '--database-url', db.url, '--prove-parallel'],
      { TMPDIR: tmp, [TAG]: tag },
      (child) => {
        // SIGTERM as soon as the probe's tasks are running: the moment with the most processes to stop.
        const poll = setInterval(() => {
          void runningTasks(db.url).then((count) => {
            if (count === 0 || signalledAt !== 0) return;
            running = count;
            signalledAt = Date.now();
            clearInterval(poll);
            child.kill('SIGTERM');
          });
        }, 250);
        child.on('close', () => clearInterval(poll));
      },
    );

    expect(running).toBeGreaterThan(0);
    expect(run.status).toBe(143);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await survivingTagged(TAG, tag)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 10 * MINUTES);
});

/** Probe task instances in state `running` (0 while the tables do not exist yet). */
async function runningTasks(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  try {
    await client.connect();
    const result = await client.query<{ n: string }>("SELECT count(*) AS n FROM task_instance WHERE state = 'running'");
    return Number(result.rows[0]?.n ?? 0);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}
