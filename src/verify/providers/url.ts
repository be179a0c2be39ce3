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
        `Refusing to migrate ${describeUrl(libpqUrl)}: it already has ${tables.length} table(s) (${shown}). ` +
          'Point database-url at an empty database, or set allow-existing-database: true to migrate it anyway.',
      );
    }
    return { url: toAirflowUrl(libpqUrl), libpqUrl, created: false };
  }

  async stop(): Promise<void> {
    // The database belongs to the user: nothing to remove.
  }
}

/** Tables outside Postgres's own schemas, as `schema.table` unless in `public`. */
export async function listUserTables(libpqUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: libpqUrl, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
    const result = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_toast%'
       ORDER BY table_schema, table_name`,
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
