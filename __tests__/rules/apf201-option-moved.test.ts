import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { expectFixture, messagesOf } from './apf2xx-fixtures.js';

describe('APF201 option-moved', () => {
  it('reports old places the target still reads, a notice when the value restates the default', async () => {
    const output = await expectFixture('apf201-moved.cfg', '2.10', 'APF201');
    expect(messagesOf(output, 'APF201')[0]).toBe(
      '[core] sql_alchemy_conn is now [database] sql_alchemy_conn since Airflow 2.3.0. Airflow 2.10.5 still reads the old place with a deprecation warning, but a later release ignores it.',
    );
    expect(output.findings.find((f) => f.ruleId === 'APF201')?.fix).toBe('Write it as `sql_alchemy_conn = …` under [database] and delete this line.');
  });

  it('names the new key of a _cmd variant', async () => {
    const output = await lintText('[core]\nsql_alchemy_conn_cmd = cat /run/secrets/db\n', { version: '2.10' });
    expect(messagesOf(output, 'APF201')).toEqual([
      '[core] sql_alchemy_conn_cmd is now [database] sql_alchemy_conn_cmd since Airflow 2.3.0. Airflow 2.10.5 still reads the old place with a deprecation warning, but a later release ignores it.',
    ]);
  });

  it('is silent for options at their current place', async () => {
    const output = await lintText('[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow@db/airflow\n', { version: '3.1' });
    expect(messagesOf(output, 'APF201')).toEqual([]);
  });
});
