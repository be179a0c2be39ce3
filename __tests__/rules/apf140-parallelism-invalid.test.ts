import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF140 parallelism-invalid', () => {
  testCases('apf140.cfg', ['APF140']);

  it('says what Airflow does: zero', async () => {
    expect(await messagesOf('apf140.cfg', "zero", 'APF140')).toEqual([
      "[core] parallelism is 0: older executors read it as \"no limit\" while newer ones refuse to start (\"parallelism is set to 0 or lower\")."
    ]);
  });
});
