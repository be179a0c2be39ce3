import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownVersions, loadKnowledge } from '../../src/knowledge/load.js';
import { versionAtLeast } from '../../src/version/compare.js';

const matrix: string[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'knowledge', 'versions.json'), 'utf8'),
).versions;

/** The releases whose getint the generator found taking whole floats (`16.0`). */
const ACCEPTS_WHOLE_FLOATS = ['3.2.2', '3.3.2'];

describe('generated knowledge data', () => {
  it('has one file per release of the matrix, oldest first', () => {
    expect(knownVersions()).toEqual(matrix);
  });

  it('refuses a release without data, naming the known ones', async () => {
    await expect(loadKnowledge('2.6.3')).rejects.toThrow(
      `No Airflow knowledge data for 2.6.3; known releases: ${matrix.join(', ')}.`,
    );
  });

  it('knows which package adds `users create`: core in 2.7, the FAB provider from 2.9', async () => {
    expect((await loadKnowledge('2.7.3')).cli?.commands['users create']).toEqual({ deprecated: false });
    expect((await loadKnowledge('2.10.5')).cli?.commands['users create']).toEqual({
      deprecated: false,
      providedBy: 'apache-airflow-providers-fab',
    });
  });

  it('records an option 3.1 dropped without a config-lint entry, with the last release that had it', async () => {
    const { formerOptions } = await loadKnowledge('3.1.8');
    expect(formerOptions).toContainEqual({
      section: 'api',
      option: 'enable_xcom_deserialize_support',
      lastRelease: '3.0.6',
      lastDefault: 'False',
    });
  });

  describe.each(matrix)('airflow %s', (version) => {
    it('names its release and the command that generated it', async () => {
      const facts = await loadKnowledge(version);
      expect(facts.airflowVersion).toBe(version);
      expect(facts.generatedBy).toBe(`npm run knowledge -- --only ${version}`);
      expect(facts.libraries.sqlalchemy).toMatch(/^\d+\.\d+/);
    });

    it('holds the metastore of a real migration', async () => {
      const { metastore } = await loadKnowledge(version);
      expect(metastore.tables).toEqual(expect.arrayContaining(['alembic_version', 'dag', 'dag_run', 'task_instance', 'xcom']));
      expect(metastore.migrationHead).toMatch(/^[0-9a-f]{12}$/);
      expect(metastore.migrateCommand).toEqual(['db', 'migrate']);
      expect(metastore.supportedDialects).toEqual(expect.arrayContaining(['mysql', 'postgresql', 'sqlite']));
    });

    it('declares [core] executor with a default the release knows', async () => {
      const { sections, executors } = await loadKnowledge(version);
      expect(Object.keys(executors.coreExecutors)).toContain('LocalExecutor');
      const executor = sections.core?.options.executor;
      expect(executor?.default).toBeTypeOf('string');
      expect(Object.keys(executors.coreExecutors)).toContain(executor?.default);
    });

    it('describes every option with a type, a default and its sensitivity', async () => {
      const { sections } = await loadKnowledge(version);
      const options = Object.entries(sections).flatMap(([section, fact]) =>
        Object.entries(fact.options).map(([option, value]) => ({ section, option, owner: fact.owner, ...value })),
      );
      expect(options.length).toBeGreaterThan(250);
      for (const option of options) {
        expect(option.owner).toMatch(/^(core|core:provider-fallback-defaults|apache-airflow-providers-[a-z-]+)$/);
        expect(['string', 'boolean', 'integer', 'float']).toContain(option.type);
        expect(option.sensitive).toBeTypeOf('boolean');
        expect(option.default === null || typeof option.default === 'string').toBe(true);
        if (option.generated) expect(option.default).toBeNull();
      }
      expect(sections.database?.options.sql_alchemy_conn).toMatchObject({
        default: 'sqlite:///{AIRFLOW_HOME}/airflow.db',
        sensitive: true,
      });
      expect(sections.core?.options.fernet_key).toMatchObject({ default: null, generated: true, sensitive: true });
    });

    it('lists deprecations, and the config lint changes from 2.11 on', async () => {
      const facts = await loadKnowledge(version);
      expect(facts.deprecatedOptions.length).toBeGreaterThan(10);
      const hasLint = versionAtLeast(version, '2.11');
      expect(facts.configChanges.length > 0).toBe(hasLint);
      for (const change of facts.configChanges) {
        expect(['removed', 'renamed', 'default-changed', 'invalid-value']).toContain(change.kind);
        if (change.kind === 'renamed') expect(change.renamedTo).toBeDefined();
        expect(change.message !== '' || change.reportedByLint === false).toBe(true);
      }
    });

    it('knows the texts getboolean accepts, found by calling it', async () => {
      const { booleanValues } = await loadKnowledge(version);
      expect(booleanValues).toEqual({ true: ['true', '1', 't'], false: ['false', '0', 'f'], stripsInlineComment: true });
    });

    it('knows whether getint takes whole floats such as 16.0, found by calling it', async () => {
      const { integerValues } = await loadKnowledge(version);
      expect(integerValues).toEqual({ acceptsWholeFloats: ACCEPTS_WHOLE_FLOATS.includes(version) });
    });

    it('says which allowed-values lists Airflow validates at start-up', async () => {
      const { sections } = await loadKnowledge(version);
      const withAllowed = Object.values(sections).flatMap((fact) => Object.values(fact.options).filter((o) => o.allowedValues));
      expect(withAllowed.length).toBeGreaterThan(3);
      for (const option of withAllowed) expect(option.validatedAtStartup).toBeTypeOf('boolean');
      expect(sections.logging?.options.logging_level?.validatedAtStartup).toBe(true);
      const withoutAllowed = Object.values(sections).flatMap((fact) => Object.values(fact.options).filter((o) => !o.allowedValues));
      for (const option of withoutAllowed) expect(option.validatedAtStartup).toBeUndefined();
    });

    it('records how the package reads options (conf.getjson, getimport, …)', async () => {
      const { sections } = await loadKnowledge(version);
      const kinds = ['boolean', 'integer', 'float', 'json', 'import', 'list', 'enum', 'timedelta'];
      for (const fact of Object.values(sections)) {
        for (const option of Object.values(fact.options)) {
          for (const kind of option.readAs ?? []) expect(kinds).toContain(kind);
          if (option.readAs) expect(option.readAs).toEqual([...new Set(option.readAs)].sort());
        }
      }
      expect(sections.database?.options.sql_alchemy_engine_args?.readAs).toEqual(['json']);
      expect(sections.secrets?.options.backend_kwargs?.readAs).toEqual(['json']);
      expect(sections.secrets?.options.backend?.readAs).toEqual(['import']);
      expect(sections.core?.options.parallelism?.readAs).toContain('integer');
    });

    it('lists options earlier releases had that this one ignores without notice', async () => {
      const facts = await loadKnowledge(version);
      const earlier = matrix.slice(0, matrix.indexOf(version));
      for (const entry of facts.formerOptions ?? []) {
        expect(earlier).toContain(entry.lastRelease);
        expect(facts.sections[entry.section]?.options[entry.option]).toBeUndefined();
        expect(facts.configChanges.some((c) => c.section === entry.section && c.option === entry.option)).toBe(false);
        expect(facts.deprecatedOptions.some((d) => d.section === entry.section && d.option === entry.option)).toBe(false);
        const last = await loadKnowledge(entry.lastRelease);
        expect(last.sections[entry.section]?.options[entry.option]?.default).toBe(entry.lastDefault);
      }
      // 2.x keeps every option it ever had (or maps it); 3.x drops some without a config-lint entry.
      expect((facts.formerOptions ?? []).length > 0).toBe(versionAtLeast(version, '3.0'));
    });

    it('lists the CLI commands, with the deprecated ones and what replaces them', async () => {
      const { cli } = await loadKnowledge(version);
      const commands = cli?.commands ?? {};
      expect(commands['db migrate']).toEqual({ deprecated: false });
      expect(commands['db check']).toEqual({ deprecated: false });
      expect(commands['db check-migrations']).toEqual({ deprecated: false });
      expect(commands.initdb).toBeUndefined();
      if (versionAtLeast(version, '3.0')) {
        expect(commands['db init']).toBeUndefined();
        expect(commands['db upgrade']).toBeUndefined();
        // Airflow 3's default auth manager adds no `users` commands; the FAB provider is not installed.
        expect(commands['users create']).toBeUndefined();
        expect(commands['api-server']).toEqual({ deprecated: false });
      } else {
        const deprecated = { deprecated: true, hidden: true, replacement: 'db migrate' };
        expect(commands['db init']).toEqual(deprecated);
        expect(commands['db upgrade']).toEqual(deprecated);
        expect(commands['users create']?.deprecated).toBe(false);
        expect(commands.webserver).toEqual({ deprecated: false });
      }
    });

    it('knows which API authentication lets requests without credentials in, found by calling it', async () => {
      const { api } = await loadKnowledge(version);
      if (versionAtLeast(version, '3.0')) {
        const simple = 'airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager';
        expect(api?.defaultAuthManager).toBe(simple);
        expect(api?.authManagers?.[simple]).toEqual({
          anonymousAccessWhen: [{ section: 'core', option: 'simple_auth_manager_all_admins' }],
        });
        expect(api?.authBackends).toBeUndefined();
      } else {
        expect(api?.defaultAuthBackends).toEqual(['airflow.api.auth.backend.session']);
        const allowed = Object.entries(api?.authBackends ?? {}).filter(([, fact]) => fact.anonymous === 'allowed');
        expect(allowed.map(([name]) => name)).toEqual(['airflow.api.auth.backend.default']);
        expect(api?.authBackends?.['airflow.api.auth.backend.deny_all']).toEqual({ anonymous: 'refused' });
        expect(api?.authBackends?.['airflow.api.auth.backend.basic_auth']).toEqual({ anonymous: 'refused' });
        expect(api?.authManagers).toBeUndefined();
      }
    });

    it('lists the drivers its SQLAlchemy loads for each supported dialect', async () => {
      const { metastore, libraries } = await loadKnowledge(version);
      const drivers = metastore.dialectDrivers ?? {};
      expect(Object.keys(drivers).sort()).toEqual([...metastore.supportedDialects].sort());
      expect(drivers.postgresql?.drivers).toEqual(expect.arrayContaining(['psycopg2', 'asyncpg', 'pg8000']));
      expect(drivers.postgresql?.drivers).not.toContain('psycopg3');
      expect(drivers.mysql?.drivers).toEqual(expect.arrayContaining(['mysqldb', 'pymysql']));
      const sqlalchemy2 = Number(libraries.sqlalchemy.split('.')[0]) >= 2;
      expect(drivers.postgresql?.drivers.includes('psycopg')).toBe(sqlalchemy2);
      for (const fact of Object.values(drivers)) expect(fact.drivers).toContain(fact.default);
    });

    it('knows whether it refuses a relative SQLite path, found by calling its configure_orm', async () => {
      const { metastore } = await loadKnowledge(version);
      expect(metastore.refusesRelativeSqlite).toBe(versionAtLeast(version, '2.8'));
    });

    it('knows how executors are validated', async () => {
      const { executors } = await loadKnowledge(version);
      expect(executors.acceptsList).toBe(versionAtLeast(version, '2.10'));
      if (versionAtLeast(version, '3.0')) {
        expect(executors.sqliteIncompatible).toEqual([]);
      } else {
        expect(executors.sqliteIncompatible).toEqual(expect.arrayContaining(['CeleryExecutor', 'KubernetesExecutor']));
        expect(executors.sqliteIncompatible).not.toContain('SequentialExecutor');
      }
    });
  });
});
