import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF132 test-connection', () => {
  testCases('apf132.cfg', ['APF132']);

  it('says what Airflow does: test_connection = Enabled', async () => {
    expect(await messagesOf('apf132.cfg', "test_connection = Enabled", 'APF132')).toEqual([
      "[core] test_connection is Enabled: any user who may edit connections can make the workers connect to hosts of their choice and run driver code."
    ]);
  });
});
