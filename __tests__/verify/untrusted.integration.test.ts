// Fault injection for verify on an untrusted cfg (issue #12): a canary `_cmd` that would write a file,
// a driver that is not installed, a '%' configparser rejects, a database whose tables the role cannot see.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeMetastoreFacts, knowledgeOptionFacts } from '../../src/verify/facts.js';
import { formatVerifyText } from '../../src/verify/format.js';
import { runVerify } from '../../src/verify/run.js';
import { INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3, airflowBin, ensureAirflowVenv } from '../helpers/airflow.js';
import { TEST_PG_ADMIN_URL, type TestDatabase, createTestDatabase } from '../helpers/postgres.js';
import { recordingIO } from './helpers.js';

const MINUTES = 60_000;
const work = mkdtempSync(join(tmpdir(), 'apf-untrusted-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cfg(name: string, lines: string[]): string {
  const path = join(work, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** A shell command that would leave a file behind if anything ran it. */
function canary(tag: string): { file: string; command: string } {
  const file = join(work, `canary-${tag}-${randomBytes(4).toString('hex')}`);
  return { file, command: `sh -c "touch ${file}; echo x"` };
}

describe.each([INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3])('verify on an untrusted cfg with real Airflow %s (integration)', (version) => {
  let venv = '';
  let db: TestDatabase;
  beforeAll(async () => {
    venv = ensureAirflowVenv(version);
    db = await createTestDatabase('apf_untrusted');
  }, 30 * MINUTES);
  afterAll(async () => {
    await db?.drop();
  });
  const base = () => ({ airflowCommand: airflowBin(venv), metastoreFacts: knowledgeMetastoreFacts, optionFacts: knowledgeOptionFacts });

  it('runs none of the cfg\'s or the environment\'s _cmd options and says which it replaced', async () => {
    const [engine, fernet, secretKey, kwargs, envCmd] = ['engine', 'fernet', 'secret', 'kwargs', 'env'].map(canary);
    const path = cfg('commands.cfg', [
      '[core]',
      'executor = LocalExecutor',
      'load_examples = False',
      `fernet_key_cmd = ${fernet!.command}`,
      '[database]',
      'sql_alchemy_conn = postgresql+psycopg2://airflow:prod-pw-1@prod-db.invalid:5432/airflow',
      `sql_alchemy_engine_args_cmd = ${engine!.command.replace('echo x', 'echo {}')}`,
      '[webserver]',
      `secret_key_cmd = ${secretKey!.command}`,
      '[api]',
      `secret_key_cmd = ${secretKey!.command}`,
      '[secrets]',
      'backend = airflow.secrets.local_filesystem.LocalFilesystemBackend',
      `backend_kwargs_cmd = ${kwargs!.command}`,
    ]);
    const io = recordingIO();
    const result = await runVerify(
      { ...base(), cfgPath: path, database: 'url', databaseUrl: db.url, env: { ...process.env, AIRFLOW__CORE__HOSTNAME_CALLABLE_CMD: envCmd!.command } },
      io,
    );
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.verified).toBe(true);
    for (const c of [engine, fernet, secretKey, kwargs, envCmd]) expect(existsSync(c!.file)).toBe(false);
    const replaced = result.replacedOptions.map((r) => r.option);
    expect(replaced).toEqual(
      expect.arrayContaining([
        '[core] fernet_key_cmd',
        '[database] sql_alchemy_engine_args_cmd',
        '[webserver] secret_key_cmd',
        '[secrets] backend',
        '[secrets] backend_kwargs_cmd',
        'AIRFLOW__CORE__HOSTNAME_CALLABLE_CMD',
      ]),
    );
    const text = formatVerifyText(result);
    expect(text).toContain('not used as written: [core] fernet_key_cmd (line 4): command not run; a throwaway value is used');
    expect(text).not.toContain('prod-pw-1');
  }, 10 * MINUTES);

  it('with --allow-config-commands, Airflow runs the cfg\'s command as production would', async () => {
    const fernet = canary('allowed');
    const path = cfg('allowed.cfg', ['[core]', 'executor = LocalExecutor', `fernet_key_cmd = ${fernet.command.replace('echo x', 'echo 46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=')}`]);
    const other = await createTestDatabase('apf_untrusted');
    try {
      const result = await runVerify({ ...base(), cfgPath: path, database: 'url', databaseUrl: other.url, allowConfigCommands: true }, recordingIO());
      expect(result.replacedOptions.map((r) => r.option)).toEqual(['[database] sql_alchemy_conn']);
      expect(result.verified).toBe(true);
    } finally {
      await other.drop();
    }
    // Airflow 2.x reads the fernet key when it starts; the command then wrote the canary.
    if (version.startsWith('2.')) expect(existsSync(fernet.file)).toBe(true);
  }, 10 * MINUTES);

  it('keeps the cfg\'s driver: a driver that is not installed fails as it would in production', async () => {
    const path = cfg('pg8000.cfg', ['[core]', 'executor = LocalExecutor', '[database]', 'sql_alchemy_conn = postgresql+pg8000://airflow:prod-pw-2@prod-db.invalid/airflow']);
    const other = await createTestDatabase('apf_untrusted');
    try {
      const result = await runVerify({ ...base(), cfgPath: path, database: 'url', databaseUrl: other.url }, recordingIO());
      expect(result.verified).toBe(false);
      expect(result.errorLines.join('\n')).toMatch(/No module named 'pg8000'/);
      expect(result.replacedOptions[0]?.replacement).toContain('kept postgresql+pg8000');
      expect(JSON.stringify(result)).not.toContain('prod-pw-2');
    } finally {
      await other.drop();
    }
  }, 10 * MINUTES);

  it("fails on a '%' in the metastore password that configparser rejects, with the interpolation rule, before starting anything", async () => {
    const path = cfg('percent.cfg', ['[core]', 'executor = LocalExecutor', '[database]', 'sql_alchemy_conn = postgresql+psycopg2://airflow:p%40ss-prod-3@prod-db.invalid/airflow']);
    const io = recordingIO();
    const result = await runVerify({ ...base(), cfgPath: path, database: 'url', databaseUrl: db.url }, io);
    expect(result.verified).toBe(false);
    expect(result.checks).toEqual([
      expect.objectContaining({ name: 'metastore URL', ok: false, ruleId: 'APF002', option: expect.objectContaining({ section: 'database', option: 'sql_alchemy_conn', line: 4 }) }),
    ]);
    expect(result.checks[0]?.detail).toContain('InterpolationSyntaxError');
    expect(JSON.stringify(result)).not.toContain('40ss-prod-3');
  }, 10 * MINUTES);
});

describe(`verify with an interpolation error in fernet_key, real Airflow ${INTEGRATION_AIRFLOW_2} (integration)`, () => {
  it('fails with the interpolation rule and never prints the key', async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    const key = 'Zm9vYmFy%c2VjcmV0S2V5LTEyMzQ1Njc4OTBhYmNkZWZnaGlq';
    const path = cfg('fernet.cfg', ['[core]', 'executor = LocalExecutor', 'load_examples = False', `fernet_key = ${key}`]);
    const db = await createTestDatabase('apf_untrusted');
    try {
      const io = recordingIO();
      const result = await runVerify({ cfgPath: path, airflowCommand: airflowBin(venv), database: 'url', databaseUrl: db.url, metastoreFacts: knowledgeMetastoreFacts }, io);
      expect(result.verified).toBe(false);
      expect(result.checks[0]).toEqual(expect.objectContaining({ name: 'airflow db migrate', ok: false, ruleId: 'APF002' }));
      expect(result.errorLines.join('\n')).toContain('InterpolationSyntaxError');
      const everything = `${JSON.stringify(result)}\n${formatVerifyText(result)}\n${io.lines.join('\n')}`;
      expect(everything).not.toContain('c2VjcmV0S2V5');
    } finally {
      await db.drop();
    }
  }, 10 * MINUTES);
});

describe('verify against a database whose tables the role cannot see (integration)', () => {
  let db: TestDatabase;
  const role = `apf_blind_${randomBytes(4).toString('hex')}`;
  const admin = async (url: string, sql: string[]): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const statement of sql) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    db = await createTestDatabase('apf_hidden');
    await admin(TEST_PG_ADMIN_URL, [`CREATE ROLE ${role} LOGIN`]);
    await admin(db.url, [
      'CREATE SCHEMA vault',
      'CREATE TABLE vault.payroll (id int PRIMARY KEY, amount int)',
      'INSERT INTO vault.payroll VALUES (1, 100)',
      'REVOKE ALL ON SCHEMA vault FROM PUBLIC',
      `GRANT ALL ON SCHEMA public TO ${role}`,
    ]);
  });
  afterAll(async () => {
    await db?.drop();
    await admin(TEST_PG_ADMIN_URL, [`DROP ROLE IF EXISTS ${role}`]);
  });

  it('refuses it, names the hidden relation, and leaves the database unchanged', async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    const url = new URL(db.url);
    url.username = role;
    const before = await relations(db.url);
    const result = await runVerify({ cfgPath: join(import.meta.dirname, 'fixtures', 'production.cfg'), airflowCommand: airflowBin(venv), database: 'url', databaseUrl: url.toString() }, recordingIO());
    expect(result.verified).toBe(false);
    expect(result.checks).toEqual([expect.objectContaining({ name: 'database', ok: false })]);
    expect(result.checks[0]?.detail).toMatch(/^Refusing to migrate .*: it already has \d+ relation\(s\) \(vault\.payroll/);
    expect(result.checks[0]?.detail).toContain('allow-existing-database');
    expect(await relations(db.url)).toEqual(before);
  }, 10 * MINUTES);
});

async function relations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ r: string }>(
      "SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text AS r FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1",
    );
    const payroll = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM vault.payroll');
    return [...rows.rows.map((row) => row.r), `payroll rows ${payroll.rows[0]?.n}`];
  } finally {
    await client.end();
  }
}
