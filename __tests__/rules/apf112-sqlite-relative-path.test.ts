import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF112 sqlite-relative-path', () => {
  testCases('apf112.cfg', ['APF112']);

  it('says what Airflow does: in-memory database', async () => {
    expect(await messagesOf('apf112.cfg', "in-memory database", 'APF112')).toEqual([
      "[database] sql_alchemy_conn is an in-memory SQLite database: each process gets its own empty database, and everything is lost when it exits."
    ]);
  });
});
