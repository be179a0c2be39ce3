// `plan` against a real metastore: migrated by the older release CI installs, filled with rows, read by a
// role that may only SELECT, planned to the newer release and to its own release. The metastore's full
// dump (schema and data) must be byte-for-byte the same afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3, airflowBin, ensureAirflowVenv } from '../helpers/airflow.js';
import { runAction } from '../helpers/action.js';
import { CLI, REPO_ROOT } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.js';

const MINUTES = 60_000;

interface PlanJson {
  plan: {
    status: string;
    fromRevision: string;
    fromVersion: string | null;
    toRevision: string;
    toVersion: string;
    migrations: { revision: string; airflowVersion: string | null; description: string; statements: { table?: string; effect: string }[] }[];
    tables: { name: string; rows: number | null; bytes: number; heaviest: string; notes: string[] }[];
    sqlFile?: string;
    overLimit: { table: string }[];
    message?: string;
  };
}

function plan(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--', CLI, 'plan', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 10 * MINUTES });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Schema and data; pg_dump's per-run \restrict key (a random line at both ends) is left out. */
function dump(url: string): string {
  const text = execFileSync('pg_dump', ['--no-owner', '--no-privileges', url], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return text.replace(/^\\(?:un)?restrict .*$/gm, '');
}

async function sql(url: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

describe(`plan (integration, real Airflow ${INTEGRATION_AIRFLOW_2} → ${INTEGRATION_AIRFLOW_3} and Postgres)`, () => {
  let metastore: TestDatabase;
  let readOnlyUrl: string;
  let before: string;
  let airflow2: string;
  let airflow3: string;
  const role = `apf_plan_ro_${randomBytes(4).toString('hex')}`;
  const work = mkdtempSync(join(tmpdir(), 'apf-plan-test-'));

  beforeAll(async () => {
    airflow2 = airflowBin(ensureAirflowVenv(INTEGRATION_AIRFLOW_2));
    airflow3 = airflowBin(ensureAirflowVenv(INTEGRATION_AIRFLOW_3));
    metastore = await createTestDatabase('apf_plan');
    execFileSync(airflow2, ['db', 'migrate'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AIRFLOW_HOME: join(work, 'home'),
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: metastore.url.replace(/^postgresql:/, 'postgresql+psycopg2:'),
        AIRFLOW__CORE__LOAD_EXAMPLES: 'False',
      },
      stdio: 'ignore',
      timeout: 10 * MINUTES,
    });
    await sql(metastore.url, [
      "INSERT INTO dag (dag_id, max_active_tasks, max_consecutive_failed_dag_runs, has_task_concurrency_limits, is_paused, is_subdag, is_active) SELECT 'dag_' || g, 16, 0, false, false, false, true FROM generate_series(1, 50) g",
      "INSERT INTO dag_run (dag_id, execution_date, run_id, run_type, state) SELECT 'dag_' || (g % 50 + 1), now() - g * interval '1 minute', 'run_' || g, 'scheduled', 'success' FROM generate_series(1, 20000) g",
      "INSERT INTO task_instance (task_id, dag_id, run_id, pool, pool_slots, map_index, state, try_number) SELECT 'task_' || t, dag_id, run_id, 'default_pool', 1, -1, 'success', 1 FROM dag_run, generate_series(1, 4) t",
      "INSERT INTO log (dttm, event, owner, extra) SELECT now(), 'cli_task_run', 'airflow', repeat('x', 200) FROM generate_series(1, 50000) g",
      'ANALYZE',
      `CREATE ROLE ${role} LOGIN PASSWORD 'plan-only-select'`,
      `GRANT CONNECT ON DATABASE "${metastore.name}" TO ${role}`,
      `GRANT USAGE ON SCHEMA public TO ${role}`,
      `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`,
    ]);
    const url = new URL(metastore.url);
    url.username = role;
    url.password = 'plan-only-select';
    readOnlyUrl = url.toString();
    before = dump(metastore.url);
  }, 20 * MINUTES);

  afterAll(async () => {
    await metastore?.drop();
    await sql('postgresql://postgres@127.0.0.1:5432/postgres', [`DROP ROLE IF EXISTS ${role}`]).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  });

  it(`plans the upgrade to ${INTEGRATION_AIRFLOW_3}: migrations, the SQL, and the large tables it rewrites`, () => {
    const sqlFile = join(work, 'plan.sql');
    const run = plan(['--database-url', readOnlyUrl, '--airflow-command', airflow3, '--sql-file', sqlFile, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { plan: result } = JSON.parse(run.stdout) as PlanJson;
    expect(result).toMatchObject({ status: 'planned', fromRevision: '5f2621c13b39', toRevision: '509b94a1042d', toVersion: INTEGRATION_AIRFLOW_3, sqlFile });
    expect(result.fromVersion).toMatch(/^2\.10\./);
    expect(result.migrations.length).toBeGreaterThan(40);
    expect(result.migrations[0]).toMatchObject({ revision: '044f740568ec', airflowVersion: '3.0.0', description: 'Drop ab_user.id foreign key.' });
    const taskInstance = result.tables.find((table) => table.name === 'task_instance');
    expect(taskInstance).toMatchObject({ rows: 80000, heaviest: 'rewrite' });
    expect(taskInstance?.notes).toContain('changes the type of trigger_timeout (timestamp without time zone → TIMESTAMP WITH TIME ZONE): rewrites the whole table and its indexes');
    expect(result.tables.find((table) => table.name === 'log')).toMatchObject({ rows: 50000 });
    expect(result.tables[0]?.bytes).toBeGreaterThanOrEqual(result.tables.at(-1)?.bytes ?? 0);
    const written = readFileSync(sqlFile, 'utf8');
    expect(written).toMatch(/^BEGIN;\n/);
    expect(written).toContain('-- Running upgrade 5f2621c13b39 -> 044f740568ec');
    expect(written).not.toMatch(/\[info|Warning:/);
  }, 15 * MINUTES);

  it('exits 1 with --fail-on-rewrite when a table above the size is rewritten or locked for a full pass', () => {
    const run = plan(['--database-url', readOnlyUrl, '--airflow-command', airflow3, '--sql-file', join(work, 'limit.sql'), '--fail-on-rewrite', '1MB']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {2}FAIL task_instance \(\d+\.\d MB\): /m);
  }, 15 * MINUTES);

  it(`says "nothing to do" for the release the metastore is already at (${INTEGRATION_AIRFLOW_2})`, () => {
    const run = plan(['--database-url', readOnlyUrl, '--airflow-command', airflow2]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('nothing to do: the metastore is at 5f2621c13b39 (Airflow 2.10.5)\n');
  }, 15 * MINUTES);

  it('left the metastore exactly as it was: schema and data', () => {
    expect(dump(metastore.url)).toBe(before);
  });

  it('refuses a downgrade and an unknown revision with exit 1, one line each', async () => {
    const fake = await createTestDatabase('apf_plan_head');
    try {
      await sql(fake.url, ['CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)', "INSERT INTO alembic_version VALUES ('509b94a1042d')"]);
      const downgrade = plan(['--database-url', fake.url, '--airflow-command', airflow2]);
      expect(downgrade.status).toBe(1);
      expect(downgrade.stderr).toBe(
        'airflow-preflight: the metastore is at 509b94a1042d, the head of Airflow 3.1.8, newer than the target 2.10.5: deploying it would need `airflow db downgrade`, which this plan does not cover\n',
      );
      await sql(fake.url, ["UPDATE alembic_version SET version_num = 'deadbeef0000'"]);
      const unknown = plan(['--database-url', fake.url, '--airflow-command', airflow2]);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toBe(
        "airflow-preflight: Airflow 2.10.5 does not know the metastore's revision deadbeef0000: a newer release, a development build, or not Airflow's migration history\n",
      );
    } finally {
      await fake.drop();
    }
  }, 15 * MINUTES);

  it('exits 2 with one line and the password masked when the metastore cannot be reached', () => {
    const run = plan(['--database-url', 'postgresql://airflow:S3cret-Plan-PW@127.0.0.1:9/airflow', '--airflow-command', airflow2]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^airflow-preflight: cannot connect to postgresql:\/\/airflow:\*\*\*@127\.0\.0\.1:9\/airflow: .+\n$/);
    expect(run.stderr + run.stdout).not.toContain('S3cret-Plan-PW');
  });
  it('runs in the action with plan: true: outputs, job summary, and a failed step on a downgrade', async () => {
    const fake = await createTestDatabase('apf_plan_action');
    const workspace = mkdtempSync(join(tmpdir(), 'apf-plan-ws-'));
    try {
      writeFileSync(join(workspace, 'airflow.cfg'), '[core]\nexecutor = LocalExecutor\nload_examples = False\n');
      await sql(fake.url, ['CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)', "INSERT INTO alembic_version VALUES ('5f2621c13b39')"]);
      const url = new URL(fake.url);
      url.password = 'Action-Plan-Secret';
      const inputs = { config: 'airflow.cfg', 'airflow-version': '2.10.5', plan: 'true', 'plan-database-url': url.toString(), 'airflow-command': airflow2, 'fail-on': 'never' };
      const upToDate = runAction(workspace, inputs);
      expect(upToDate.status).toBe(0);
      expect(upToDate.outputs['plan-status']).toBe('up-to-date');
      expect(upToDate.summary).toContain('### Migration plan: nothing to do: the metastore is at 5f2621c13b39 (Airflow 2.10.5)');
      expect(upToDate.stdout).toContain('nothing to do: the metastore is at 5f2621c13b39 (Airflow 2.10.5)');
      // The runner takes `::add-mask::` for itself and masks the password in every later line.
      expect(upToDate.stdout).toContain('::add-mask::Action-Plan-Secret');
      expect(upToDate.stdout.replace('::add-mask::Action-Plan-Secret', '') + upToDate.summary).not.toContain('Action-Plan-Secret');
      await sql(fake.url, ["UPDATE alembic_version SET version_num = '509b94a1042d'"]);
      const downgrade = runAction(workspace, inputs);
      expect(downgrade.status).toBe(1);
      expect(downgrade.outputs['plan-status']).toBe('downgrade');
      expect(downgrade.stdout).toContain('::error::Migration plan: the metastore is at 509b94a1042d, the head of Airflow 3.1.8, newer than the target 2.10.5');
    } finally {
      await fake.drop();
      rmSync(workspace, { recursive: true, force: true });
    }
  }, 15 * MINUTES);
});
