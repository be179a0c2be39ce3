import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF142 pool-exhausts-connections', () => {
  testCases('apf142.cfg', ['APF142']);

  it('says what Airflow does: large pool', async () => {
    expect(await messagesOf('apf142.cfg', "large pool", 'APF142')).toEqual([
      "Each Airflow process may open sql_alchemy_pool_size + sql_alchemy_max_overflow = 50 + 10 = 60 metastore connections, so 2 processes need 120, more than PostgreSQL's default max_connections of 100 (\"FATAL: sorry, too many clients already\")."
    ]);
  });
});
