import pg from 'pg';
import { maskUrlPasswords } from '../secrets.js';

/** What the throwaway database holds after the migration. */
export interface MetastoreSnapshot {
  tables: string[];
  /** `alembic_version.version_num` rows (one, normally). */
  heads: string[];
}

/** Reads the public schema's tables and the alembic head; connection errors become one masked sentence. */
export async function readMetastore(libpqUrl: string): Promise<MetastoreSnapshot> {
  return withClient(libpqUrl, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const names = tables.rows.map((r) => r.name);
    if (!names.includes('alembic_version')) return { tables: names, heads: [] };
    const heads = await client.query<{ version_num: string }>('SELECT version_num FROM alembic_version ORDER BY version_num');
    return { tables: names, heads: heads.rows.map((r) => r.version_num) };
  });
}

/** Whether the FAB user table holds the given user name. */
export async function userExists(libpqUrl: string, username: string): Promise<boolean> {
  return withClient(libpqUrl, async (client) => {
    const exists = await client.query<{ present: boolean }>(
      `SELECT to_regclass('public.ab_user') IS NOT NULL AS present`,
    );
    if (exists.rows[0]?.present !== true) return false;
    const rows = await client.query('SELECT 1 FROM ab_user WHERE username = $1', [username]);
    return (rows.rowCount ?? 0) > 0;
  });
}

async function withClient<T>(libpqUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: libpqUrl, connectionTimeoutMillis: 15_000 });
  // A server stopped under it (cancellation) must not crash the process with an unhandled 'error' event.
  client.on('error', () => {});
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw new Error(`reading the metastore failed: ${maskUrlPasswords((error as Error).message)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Expected tables that are not there, in the expected order. */
export function missingTables(expected: readonly string[], found: readonly string[]): string[] {
  const present = new Set(found);
  return expected.filter((t) => !present.has(t));
}
