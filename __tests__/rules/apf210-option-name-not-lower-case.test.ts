import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { expectFixture, messagesOf } from './apf2xx-fixtures.js';

describe('APF210 option-name-not-lower-case', () => {
  it('reports names Airflow never reads: an error where the value would change what runs, a warning otherwise', async () => {
    const output = await expectFixture('apf210-not-lower-case.cfg', '2.10', 'APF210');
    expect(messagesOf(output, 'APF210')).toEqual([
      'Airflow looks options up in lower case, so [core] EXECUTOR is never read: Airflow uses its default `SequentialExecutor` for [core] executor instead of this value.',
      'Airflow looks options up in lower case, so [core] Parallelism is never read. [core] parallelism has this value anyway (its default `32`), so nothing changes, but the line is dead.',
      'Airflow looks options up in lower case, so [database] SQL_ALCHEMY_CONN is never read: Airflow uses its default for [database] sql_alchemy_conn instead of this value.',
      'Airflow looks options up in lower case, so [database] SQL_ALCHEMY_POOL_SIZE is never read. [database] sql_alchemy_pool_size has this value anyway (the value on line 12), so nothing changes, but the line is dead.',
      'Airflow looks options up in lower case, so [my_plugin] ApiKey is never read by Airflow; only code that reads the whole section as written could see it.',
    ]);
  });

  it('other rules see what Airflow sees: an upper-case executor leaves the default executor in force', async () => {
    const output = await lintText('[core]\nEXECUTOR = LocalExecutor\n', { version: '2.10' });
    expect(output.findings.map((finding) => finding.ruleId)).toContain('APF102');
    expect(output.findings.map((finding) => finding.ruleId)).not.toContain('APF206');
  });

  it('an old place Airflow still reads counts: [core] SQL_ALCHEMY_CONN on 2.10 is an error too', async () => {
    const output = await lintText('[core]\nSQL_ALCHEMY_CONN = postgresql+psycopg2://airflow@db/airflow\n', { version: '2.10' });
    expect(messagesOf(output, 'APF210')).toEqual([
      'Airflow looks options up in lower case, so [core] SQL_ALCHEMY_CONN is never read: Airflow uses its default for [database] sql_alchemy_conn instead of this value.',
    ]);
    expect(output.findings.find((finding) => finding.ruleId === 'APF210')?.severity).toBe('error');
  });

  it('is silent for lower-case names', async () => {
    const output = await lintText('[core]\nexecutor = LocalExecutor\n', { version: '2.10' });
    expect(messagesOf(output, 'APF210')).toEqual([]);
  });
});
