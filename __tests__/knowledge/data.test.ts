import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownVersions, loadKnowledge } from '../../src/knowledge/load.js';
import { versionAtLeast } from '../../src/version/compare.js';

const matrix: string[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'knowledge', 'versions.json'), 'utf8'),
).versions;

describe('generated knowledge data', () => {
  it('has one file per release of the matrix, oldest first', () => {
    expect(knownVersions()).toEqual(matrix);
  });

  it('refuses a release without data, naming the known ones', async () => {
    await expect(loadKnowledge('2.6.3')).rejects.toThrow(
      `No Airflow knowledge data for 2.6.3; known releases: ${matrix.join(', ')}.`,
    );
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
