import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF133 xcom-pickling', () => {
  testCases('apf133.cfg', ['APF133']);

  it('says what Airflow does: enable_xcom_pickling = True', async () => {
    expect(await messagesOf('apf133.cfg', "enable_xcom_pickling = True", 'APF133')).toEqual([
      "[core] enable_xcom_pickling is True: XCom values are unpickled when read, so anyone who can write an XCom can run code in the scheduler, workers and webserver."
    ]);
  });
});
