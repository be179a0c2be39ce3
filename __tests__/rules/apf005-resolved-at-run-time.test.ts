import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF005 resolved-at-run-time', () => {
  testCases('apf005.cfg', ['APF005']);

  it('says what Airflow does: variable the check was not given', async () => {
    expect(await messagesOf('apf005.cfg', "variable the check was not given", 'APF005')).toEqual([
      "[database] sql_alchemy_conn uses $DATABASE_URL, which Airflow expands from the environment at run time; the checks could not see its value."
    ]);
  });
});
