import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF110 sqlite-metastore', () => {
  testCases('apf110.cfg', ['APF110']);

  it('says what Airflow does: not set: Airflow\'s default is SQLite', async () => {
    expect(await messagesOf('apf110.cfg', "not set: Airflow's default is SQLite", 'APF110')).toEqual([
      "[database] sql_alchemy_conn is a SQLite database: one writer at a time, one machine, no parallel executor — not a production metastore (not set, so Airflow uses its default)."
    ]);
  });
});
