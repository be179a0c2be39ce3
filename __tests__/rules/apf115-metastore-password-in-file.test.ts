import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF115 metastore-password-in-file', () => {
  testCases('apf115.cfg', ['APF115']);

  it('says what Airflow does: password in the old [core] place', async () => {
    expect(await messagesOf('apf115.cfg', "password in the old [core] place", 'APF115')).toEqual([
      "[core] sql_alchemy_conn contains the database password in plain text: everyone who can read the repository or the image can reach the metastore."
    ]);
  });
});
