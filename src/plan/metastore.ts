// Reads the production metastore without changing it: the session is read-only from its first
// statement (default_transaction_read_only), every query runs in an explicit READ ONLY transaction that
// is rolled back, and lock_timeout keeps even a SELECT from queueing behind a migration's lock.
import pg from 'pg';
import { maskUrlPasswords } from '../secrets.js';
import type { ColumnTypeNow } from './sql.js';
import { PlanError } from './errors.js';
import type { TableSize } from './types.js';

/** A failure to reach or read the metastore: exit 2, one line, password masked. */
export class PlanConnectionError extends PlanError {}

export interface MetastoreSnapshot {
  /** Every row of alembic_version (normally one); empty when the table exists but is empty. */
  revisions: string[];
  /** False when there is no alembic_version table: not an Airflow metastore (or an empty database). */
  hasAlembicTable: boolean;
  schema: string;
}

export interface ReadOnlyMetastore {
  snapshot(): Promise<MetastoreSnapshot>;
  tableSizes(tables: readonly string[]): Promise<TableSize[]>;
  columnTypes(tables: readonly string[]): Promise<Map<string, ColumnTypeNow>>;
  close(): Promise<void>;
}

export async function connectReadOnly(url: string, schema: string | undefined): Promise<ReadOnlyMetastore> {
  const client = new pg.Client({
    connectionString: libpqUrl(url),
    options: '-c default_transaction_read_only=on',
    connectionTimeoutMillis: 15_000,
    application_name: 'airflow-preflight plan',
  });
  // A server that goes away between queries emits 'error' on the client; the query in flight rejects too.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new PlanConnectionError(`cannot connect to ${maskUrlPasswords(url)}: ${maskUrlPasswords(messageOf(error))}`);
  }
  const readOnly = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      await client.query('BEGIN TRANSACTION READ ONLY');
      await client.query("SET LOCAL lock_timeout = '5s'");
      await client.query("SET LOCAL statement_timeout = '120s'");
      if (schema) await client.query('SELECT set_config($1, $2, true)', ['search_path', quoteIdent(schema)]);
      return await fn();
    } catch (error) {
      throw new PlanConnectionError(`reading the metastore failed: ${maskUrlPasswords(messageOf(error))}`);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
  };
  return {
    snapshot: () =>
      readOnly(async () => {
        const current = await client.query<{ schema: string; exists: boolean }>(
          "SELECT current_schema() AS schema, to_regclass('alembic_version') IS NOT NULL AS exists",
        );
        const row = current.rows[0];
        if (!row?.exists) return { revisions: [], hasAlembicTable: false, schema: row?.schema ?? 'public' };
        const versions = await client.query<{ version_num: string }>('SELECT version_num FROM alembic_version');
        return { revisions: versions.rows.map((r) => r.version_num), hasAlembicTable: true, schema: row.schema };
      }),
    tableSizes: (tables) =>
      readOnly(async () => {
        const result = await client.query<{ name: string; rows: string; bytes: string }>(
          `SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() AND c.relname = ANY($1)`,
          [tables],
        );
        return result.rows.map((r) => ({ name: r.name, rows: Number(r.rows) < 0 ? null : Number(r.rows), bytes: Number(r.bytes) }));
      }),
    columnTypes: (tables) =>
      readOnly(async () => {
        const result = await client.query<{ table_name: string; column_name: string; data_type: string; character_maximum_length: number | null }>(
          `SELECT table_name, column_name, data_type, character_maximum_length
             FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ANY($1)`,
          [tables],
        );
        return new Map(result.rows.map((r) => [`${r.table_name}.${r.column_name}`, { dataType: r.data_type, maxLength: r.character_maximum_length }]));
      }),
    close: async () => {
      await client.end().catch(() => undefined);
    },
  };
}

/** SQLAlchemy URLs name the driver (`postgresql+psycopg2://`); libpq knows only `postgresql://`. */
export function libpqUrl(url: string): string {
  return url.replace(/^postgres(?:ql)?(?:\+\w+)?:\/\//i, 'postgresql://');
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
