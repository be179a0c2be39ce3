import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF101 executor-unloadable', () => {
  testCases('apf101.cfg', ['APF101']);

  it('says what Airflow does: unknown alias', async () => {
    expect(await messagesOf('apf101.cfg', "unknown alias", 'APF101')).toEqual([
      "Airflow 2.10.5 has no executor called \"LocalExecuter\" (did you mean LocalExecutor?); the scheduler fails at start-up."
    ]);
  });
});
