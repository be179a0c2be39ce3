import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF141 dag-tasks-above-parallelism', () => {
  testCases('apf141.cfg', ['APF141']);

  it('says what Airflow does: old name dag_concurrency is followed', async () => {
    expect(await messagesOf('apf141.cfg', "old name dag_concurrency is followed", 'APF141')).toEqual([
      "[core] dag_concurrency is 64 but [core] parallelism is 32: one scheduler runs at most 32 tasks at once, so a DAG never reaches 64 and the rest stay queued."
    ]);
  });
});
