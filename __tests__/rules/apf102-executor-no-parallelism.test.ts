import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF102 executor-no-parallelism', () => {
  testCases('apf102.cfg', ['APF102']);

  it('says what Airflow does: SequentialExecutor on Airflow 3 is rewritten', async () => {
    expect(await messagesOf('apf102.cfg', "SequentialExecutor on Airflow 3 is rewritten", 'APF102')).toEqual([
      "Airflow 3.1.8 has no SequentialExecutor: it rewrites the value to \"LocalExecutor\" with a FutureWarning at every start."
    ]);
  });
});
