import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF113 metastore-dialect-unsupported', () => {
  testCases('apf113.cfg', ['APF113']);

  it('says what Airflow does: MSSQL on a release that dropped it', async () => {
    expect(await messagesOf('apf113.cfg', "MSSQL on a release that dropped it", 'APF113')).toEqual([
      "Airflow 2.10.5 does not support \"mssql\" as a metastore (supported: mysql, postgresql, sqlite); `airflow db migrate` and every component fail."
    ]);
  });
});
