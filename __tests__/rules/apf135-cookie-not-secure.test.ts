import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF135 cookie-not-secure', () => {
  testCases('apf135.cfg', ['APF135']);

  it('says what Airflow does: cookie_secure = False', async () => {
    expect(await messagesOf('apf135.cfg', "cookie_secure = False", 'APF135')).toEqual([
      "[webserver] cookie_secure is False: browsers also send the session cookie over plain HTTP, where it can be read and replayed."
    ]);
  });
});
