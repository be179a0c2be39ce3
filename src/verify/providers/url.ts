import pg from 'pg';
import { maskUrlPasswords } from '../../secrets.js';
import { type PostgresProvider, type StartedDatabase, VerifyError, toAirflowUrl, toLibpqUrl } from './types.js';

export interface UrlProviderOptions {
  databaseUrl: string;
  /** Migrate even when the database already has tables (the user's explicit choice). */
  allowExisting: boolean;
}

/** Uses a database someone else runs (a workflow `services: postgres` container, for one). */
export class UrlProvider implements PostgresProvider {
  readonly name = 'url';

  constructor(private readonly options: UrlProviderOptions) {}

  async start(): Promise<StartedDatabase> {
    const libpqUrl = toLibpqUrl(this.options.databaseUrl.trim());
    if (!/^postgresql:\/\//i.test(libpqUrl)) {
      throw new VerifyError(
        `database-url must be a Postgres URL (postgresql://user:password@host:5432/database), got ${describeUrl(this.options.databaseUrl)}.`,
      );
    }
    const tables = await listUserTables(libpqUrl);
    if (tables.length > 0 && !this.options.allowExisting) {
      const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
      throw new VerifyError(
        `Refusing to migrate ${describeUrl(libpqUrl)}: it already has ${tables.length} relation(s) (${shown}), counted in the catalog whatever this role may see. ` +
          'Point database-url at an empty database, or set allow-existing-database: true to migrate it anyway.',
      );
    }
    return { url: toAirflowUrl(libpqUrl), libpqUrl, created: false };
  }

  async stop(): Promise<void> {
    // The database belongs to the user: nothing to remove.
  }
}

/**
 * Every relation (table, view, sequence, index, type…) in any schema but Postgres's own, as
 * `schema.name` unless in `public`. Read from the catalog (pg_class), which every role may read, not
 * from information_schema, which shows only what the connecting role has privileges on: a database
 * whose tables this role cannot see is not empty.
 */
export async function listUserTables(libpqUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: libpqUrl, connectionTimeoutMillis: 15_000 });
  // A server that goes away between queries must not crash the process with an unhandled 'error' event.
  client.on('error', () => {});
  try {
    await client.connect();
    const result = await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
       ORDER BY (c.relkind NOT IN ('r', 'p')), n.nspname, c.relname`,
    );
    return result.rows.map((row) => (row.schema === 'public' ? row.name : `${row.schema}.${row.name}`));
  } catch (error) {
    throw new VerifyError(`Cannot connect to ${describeUrl(libpqUrl)}: ${maskUrlPasswords((error as Error).message)}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL as it may be shown: password masked. */
export function describeUrl(url: string): string {
  return maskUrlPasswords(url.trim());
}
