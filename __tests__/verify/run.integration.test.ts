import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeMetastoreFacts } from '../../src/verify/facts.js';
import { runVerify } from '../../src/verify/run.js';
import { killProcessGroup } from '../../src/verify/process.js';
import { INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3, airflowBin, ensureAirflowVenv } from '../helpers/airflow.js';
import { type TestDatabase, createTestDatabase } from '../helpers/postgres.js';
import { everythingRecorded, survivors, expectedFacts, fixture, processesMentioning, recordingIO } from './helpers.js';

const MINUTES = 60_000;
/** A production URL that must never be contacted: verify replaces it with the throwaway database. */
const PRODUCTION_ENV = {
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: 'postgresql+psycopg2://airflow:inherited-prod-pw@prod-db.invalid:5432/airflow',
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD: 'echo postgresql://airflow:cmd-prod-pw@prod-db.invalid/airflow',
};

describe.each([INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3])('verify with real Airflow %s (integration)', (version) => {
  let venv = '';
  const facts = () => expectedFacts(version);

  beforeAll(() => {
    venv = ensureAirflowVenv(version);
  }, 30 * MINUTES);

  const base = () => ({
    airflowCommand: airflowBin(venv),
    metastoreFacts: knowledgeMetastoreFacts,
    env: { ...process.env, ...PRODUCTION_ENV },
  });

  it('verifies a production-ready cfg on a local cluster: every expected table, the expected head, nothing left behind', async () => {
    const io = recordingIO();
    const result = await runVerify({ ...base(), cfgPath: fixture('production.cfg'), database: 'local' }, io);
    const expected = await facts();

    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.provider).toBe('local');
    expect(result.airflowVersion).toBe(version);
    expect(result.migrateCommand).toBe('airflow db migrate');
    expect(result.missingTables).toEqual([]);
    expect(result.expectedTables).toEqual(expected.tables);
    expect(result.foundTables).toEqual(expect.arrayContaining(expected.tables));
    expect(result.migrationHead).toBe(expected.migrationHead);
    expect(result.checks.map((c) => c.name)).toEqual([
      'airflow db migrate',
      'expected tables',
      'migration head',
      'airflow db check',
      'airflow db check-migrations',
      'executor loads',
    ]);
    expect(Object.keys(result.timings)).toEqual(expect.arrayContaining(['airflow', 'database', 'migrate', 'checks', 'cleanup']));
    // The inherited production variables were dropped, by name, and no password was printed.
    expect(io.lines).toContain('not passed to Airflow: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN, AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD');
    expect(io.lines.join('\n')).not.toMatch(/prod-secret-pw|inherited-prod-pw|cmd-prod-pw/);

    const recorded = everythingRecorded(io.states);
    expect(recorded.dataDirs).toHaveLength(1);
    for (const dir of recorded.dirs) expect(existsSync(dir)).toBe(false);
    expect(await survivors(recorded.pids)).toEqual([]);
    expect(processesMentioning(recorded.dataDirs[0] ?? '<none>')).toEqual([]);
  }, 10 * MINUTES);

  describe('against a database-url', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase('apf_verify');
    });
    afterAll(async () => {
      await db.drop();
    });

    it('migrates an empty database, then refuses it once it has tables', async () => {
      const result = await runVerify({ ...base(), cfgPath: fixture('production.cfg'), database: 'auto', databaseUrl: db.url }, recordingIO());
      expect(result.provider).toBe('url');
      expect(result.verified).toBe(true);
      expect(result.missingTables).toEqual([]);
      expect(result.migrationHead).toBe((await facts()).migrationHead);

      const again = await runVerify({ ...base(), cfgPath: fixture('production.cfg'), database: 'url', databaseUrl: db.url }, recordingIO());
      expect(again.verified).toBe(false);
      expect(again.checks).toHaveLength(1);
      expect(again.checks[0]?.name).toBe('database');
      expect(again.checks[0]?.detail).toMatch(/^Refusing to migrate postgresql:\/\/postgres@127\.0\.0\.1:5432\/apf_verify_\w+: it already has (\d+) relation\(s\) \(\w+, /);
      expect(Number(/has (\d+) relation/.exec(again.checks[0]?.detail ?? '')?.[1])).toBeGreaterThanOrEqual(result.foundTables.length);
      expect(again.checks[0]?.detail).toContain('allow-existing-database: true');
    }, 10 * MINUTES);
  });

  it('fails when Airflow cannot load the configured executor, mapped to the executor rule', async () => {
    const result = await runVerify({ ...base(), cfgPath: fixture('bad-executor.cfg'), database: 'local' }, recordingIO());
    expect(result.verified).toBe(false);
    const failed = result.checks.filter((c) => !c.ok);
    expect(failed).toEqual([
      expect.objectContaining({
        name: 'executor loads',
        ruleId: 'APF101',
        option: { section: 'core', option: 'executor' },
        detail: "my_company.executors.NoSuchExecutor cannot be loaded: ModuleNotFoundError: No module named 'my_company'",
      }),
    ]);
  }, 10 * MINUTES);

  it('fails on a % interpolation error with Airflow\'s own error line, mapped to the interpolation rule', async () => {
    const result = await runVerify({ ...base(), cfgPath: fixture('interpolation.cfg'), database: 'local' }, recordingIO());
    expect(result.verified).toBe(false);
    const failed = result.checks.find((c) => !c.ok);
    expect(failed?.ruleId).toBe('APF002');
    expect(failed?.option?.needle).toMatch(/^%Z/);
    expect(result.errorLines.join('\n')).toContain("InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%Z");
  }, 10 * MINUTES);
});

describe(`verify fault injection with real Airflow ${INTEGRATION_AIRFLOW_2} (integration)`, () => {
  it('killing Airflow mid-migration fails the run and leaves no Postgres process and no temporary directory', async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    let killed = false;
    const io = recordingIO((phase, states) => {
      if (phase !== 'migrate') return;
      // Wait for the migrate process to appear in the cleanup state, let it start working, then kill it.
      const timer = setInterval(() => {
        const groups = states.at(-1)?.processGroups ?? [];
        const pid = groups.at(-1);
        if (pid === undefined) return;
        clearInterval(timer);
        setTimeout(() => {
          killProcessGroup(pid);
          killed = true;
        }, 1_500);
      }, 20);
    });
    const result = await runVerify(
      { cfgPath: fixture('production.cfg'), airflowCommand: airflowBin(venv), database: 'local' },
      io,
    );
    expect(killed).toBe(true);
    expect(result.verified).toBe(false);
    expect(result.checks[0]).toEqual(expect.objectContaining({ name: 'airflow db migrate', ok: false }));
    // The cause is the signal, not Airflow's last INFO line.
    expect(result.checks[0]?.detail).toMatch(/^`airflow db migrate \(in \S+\)` was killed by SIGKILL/);

    const recorded = everythingRecorded(io.states);
    expect(recorded.dirs.length).toBeGreaterThanOrEqual(2);
    for (const dir of recorded.dirs) expect(existsSync(dir)).toBe(false);
    expect(await survivors(recorded.pids)).toEqual([]);
    for (const dataDir of recorded.dataDirs) expect(processesMentioning(dataDir)).toEqual([]);
    expect(io.states.at(-1)).toEqual({ tempDirs: [], clusters: [], processGroups: [], containerIds: [] });
  }, 10 * MINUTES);
});
