import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF160 celery-result-backend-url', () => {
  testCases('apf160.cfg', ['APF160']);

  it('says what Celery does with a bare database scheme', async () => {
    expect(await messagesOf('apf160.cfg', 'a PostgreSQL URL copied from sql_alchemy_conn without db+', 'APF160')).toEqual([
      '[celery] result_backend starts with "postgresql+psycopg2://", which Celery reads as the name of a result backend, not a database: the worker stops with "ModuleNotFoundError: No module named \'postgresql\'".',
    ]);
  });

  it('marks the scheme and gives the corrected prefix', async () => {
    const result = await lintText('[celery]\nresult_backend = db+postgres://airflow:airflow@postgres/airflow\n', { version: '3.1' });
    const finding = result.findings.find((candidate) => candidate.ruleId === 'APF160');
    expect(finding).toMatchObject({ line: 2, column: 18, endColumn: 29 });
    expect(finding?.fix).toBe('Write "db+postgresql://" instead of "db+postgres://".');
  });
});
