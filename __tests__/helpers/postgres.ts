import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The shared Postgres server the integration tests use (started by .ci/run when none answers). */
export const TEST_PG_ADMIN_URL = process.env.APF_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  /** libpq URL (postgresql://…), for pg. */
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty, uniquely named database on the shared server. */
export async function createTestDatabase(prefix = 'apf_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const base = new URL(TEST_PG_ADMIN_URL);
  base.pathname = `/${name}`;
  return {
    name,
    url: base.toString(),
    drop: async () => {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
