import { describe, expect, it } from 'vitest';
import { classifyStatement, splitByRevision, splitStatements } from '../../src/plan/sql.js';
import { extractSql } from '../../src/plan/migration-path.js';
import { parseSize } from '../../src/plan/run.js';

const columns = (types: Record<string, { dataType: string; maxLength: number | null }>) => (table: string, column: string) => types[`${table}.${column}`];

describe('the offline SQL of airflow db migrate --show-sql-only', () => {
  it('keeps the SQL and drops the log lines Airflow prints on the same stream', () => {
    const stdout = [
      'DB: postgresql+psycopg2://plan@127.0.0.1:9/plan',
      'Generating sql for upgrade -- upgrade commands will *not* be submitted.',
      'BEGIN;',
      '',
      '-- Running upgrade 5f2621c13b39 -> 044f740568ec',
      '2026-12-02T15:09:19.453801Z [info     ] setup plugin alembic.autogenerate.schemas [alembic.runtime.plugins] loc=plugins.py:37',
      'ALTER TABLE dag_run_note DROP CONSTRAINT dag_run_note_user_fkey;',
      'COMMIT;',
    ].join('\n');
    expect(extractSql(stdout)).toBe('BEGIN;\n\n-- Running upgrade 5f2621c13b39 -> 044f740568ec\nALTER TABLE dag_run_note DROP CONSTRAINT dag_run_note_user_fkey;\nCOMMIT;\n');
  });

  it('groups statements by revision and splits on semicolons outside quotes, dollar quotes and comments', () => {
    const sql = [
      'BEGIN;',
      '-- Running upgrade a -> b',
      "UPDATE dag SET owners = 'a;b' WHERE dag_id = 'x;y';",
      'DO $$ BEGIN PERFORM 1; END $$;',
      '-- Running upgrade b -> c',
      '/* a; comment */ ALTER TABLE log ADD COLUMN x INTEGER;',
      "UPDATE alembic_version SET version_num='c' WHERE alembic_version.version_num = 'b';",
      'COMMIT;',
    ].join('\n');
    const revisions = splitByRevision(sql);
    expect(revisions.map((r) => [r.from, r.to, r.statements.length])).toEqual([
      ['a', 'b', 2],
      ['b', 'c', 2],
    ]);
    expect(revisions[0]?.statements[1]).toBe('DO $$ BEGIN PERFORM 1; END $$');
    expect(splitStatements("SELECT ';' ; -- x;\nSELECT 2;")).toEqual(["SELECT ';'", 'SELECT 2']);
  });
});

describe('what a statement does to its table on PostgreSQL', () => {
  it.each([
    ['ALTER TABLE xcom ALTER COLUMN value TYPE JSONB USING value::jsonb', 'xcom', 'rewrite', 'ACCESS EXCLUSIVE'],
    ['ALTER TABLE dag ALTER COLUMN is_active SET NOT NULL', 'dag', 'scan', 'ACCESS EXCLUSIVE'],
    ['ALTER TABLE dag_run ADD CONSTRAINT dag_run_backfill_id_fkey FOREIGN KEY(backfill_id) REFERENCES backfill (id)', 'dag_run', 'scan', 'SHARE ROW EXCLUSIVE'],
    ['ALTER TABLE dag_run ADD CONSTRAINT k UNIQUE (dag_id, logical_date)', 'dag_run', 'index', 'ACCESS EXCLUSIVE'],
    ['ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES b (id) NOT VALID', 't', 'catalog', 'ACCESS EXCLUSIVE'],
    ['CREATE INDEX idx_log_dttm ON log (dttm)', 'log', 'index', 'SHARE'],
    ['CREATE INDEX CONCURRENTLY idx ON log (dttm)', 'log', 'scan', 'SHARE UPDATE EXCLUSIVE'],
    ['ALTER TABLE dag_run ADD COLUMN triggered_by VARCHAR(50)', 'dag_run', 'catalog', 'ACCESS EXCLUSIVE'],
    ["ALTER TABLE dag_run ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL", 'dag_run', 'rewrite', 'ACCESS EXCLUSIVE'],
    ['ALTER TABLE task_instance ADD COLUMN id UUID DEFAULT gen_random_uuid()', 'task_instance', 'rewrite', 'ACCESS EXCLUSIVE'],
    ["UPDATE dag_run SET run_type = 'asset_triggered' WHERE run_type = 'dataset_triggered'", 'dag_run', 'dml', 'ROW EXCLUSIVE'],
    ['DELETE FROM xcom', 'xcom', 'dml', 'ROW EXCLUSIVE'],
    ["UPDATE alembic_version SET version_num='c' WHERE alembic_version.version_num = 'b'", 'alembic_version', 'catalog', 'ROW EXCLUSIVE'],
    ['ALTER TABLE dataset RENAME TO asset', 'dataset', 'catalog', 'ACCESS EXCLUSIVE'],
    ['DROP TABLE task_fail', 'task_fail', 'catalog', 'ACCESS EXCLUSIVE'],
    ['CREATE TABLE backfill (id SERIAL NOT NULL)', 'backfill', 'catalog', undefined],
  ])('%s', (sql, table, effect, lock) => {
    expect(classifyStatement(sql)).toMatchObject({ table, effect, lock });
  });

  it('knows type changes that keep the rows as they are from the column type in the catalog', () => {
    const now = columns({
      'dag.is_active': { dataType: 'boolean', maxLength: null },
      'dag_run_note.user_id': { dataType: 'character varying', maxLength: 64 },
      'dataset.uri': { dataType: 'character varying', maxLength: 3000 },
      'dag_bundle.signed_url_template': { dataType: 'character varying', maxLength: 200 },
      'task_instance.id': { dataType: 'integer', maxLength: null },
    });
    expect(classifyStatement('ALTER TABLE dag ALTER COLUMN is_active TYPE BOOLEAN', now).effect).toBe('catalog');
    expect(classifyStatement('ALTER TABLE dag_run_note ALTER COLUMN user_id TYPE VARCHAR(128)', now).effect).toBe('catalog');
    expect(classifyStatement('ALTER TABLE dag_bundle ALTER COLUMN signed_url_template TYPE TEXT', now).effect).toBe('catalog');
    const shrink = classifyStatement('ALTER TABLE dataset ALTER COLUMN uri TYPE VARCHAR(1500)', now);
    expect(shrink).toMatchObject({ effect: 'rewrite' });
    expect(shrink.note).toBe('changes the type of uri (character varying(3000) → VARCHAR(1500)): rewrites the whole table and its indexes');
    expect(classifyStatement('ALTER TABLE task_instance ALTER COLUMN id TYPE UUID', now).effect).toBe('rewrite');
  });

  it('reads sizes as pg_size_pretty prints them', () => {
    expect(parseSize('10GB')).toBe(10 * 1024 ** 3);
    expect(parseSize('500 MB')).toBe(500 * 1024 ** 2);
    expect(parseSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('4096')).toBe(4096);
    expect(parseSize('ten gigs')).toBeUndefined();
  });
});
