import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asExpectations, expectationsOf, lintText } from '../helpers/lint.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'rules', 'prod', 'seed.cfg'), 'utf8');

describe('the seed configuration (SequentialExecutor on SQLite)', () => {
  it('reports both problems as errors at their lines', async () => {
    const result = await lintText(seed, { version: '2.10' });
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    expect(asExpectations(errors, ['APF102', 'APF110'], true)).toEqual(expectationsOf(seed));
    expect(errors.map((finding) => finding.message)).toEqual([
      '[core] executor is SequentialExecutor, which runs one task at a time inside the scheduler: no parallelism, not for production.',
      '[database] sql_alchemy_conn is a SQLite database: one writer at a time, one machine, no parallel executor — not a production metastore.',
    ]);
  });

  it('has no error left once the two lines are changed as the seed does', async () => {
    const fixed = seed
      .replace('executor = SequentialExecutor', 'executor = LocalExecutor')
      .replace('sql_alchemy_conn = sqlite:////opt/airflow/airflow.db', 'sql_alchemy_conn = postgresql+psycopg2://airflow@db.internal:5432/airflow');
    const result = await lintText(fixed, { version: '2.10' });
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('says that Airflow refuses SQLite once a parallel executor is configured', async () => {
    const result = await lintText(seed.replace('executor = SequentialExecutor', 'executor = LocalExecutor'), { version: '2.10' });
    expect(result.findings.find((finding) => finding.ruleId === 'APF110')?.message).toBe(
      '[database] sql_alchemy_conn is a SQLite database: Airflow 2.10.5 refuses to start with it ("cannot use SQLite with the LocalExecutor").',
    );
  });
});
