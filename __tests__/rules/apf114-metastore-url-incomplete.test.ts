import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF114 metastore-url-incomplete', () => {
  testCases('apf114.cfg', ['APF114']);

  it('says what Airflow does: no database', async () => {
    expect(await messagesOf('apf114.cfg', "no database", 'APF114')).toEqual([
      "[database] sql_alchemy_conn names no database: the driver connects to the user's default database, so Airflow's tables land wherever that is."
    ]);
  });
});
