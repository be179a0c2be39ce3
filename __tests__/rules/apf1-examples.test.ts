import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

describe('clean production configurations in examples/', () => {
  for (const [directory, version] of [
    ['production-2.10', '2.10'],
    ['production-3.1', '3.1'],
  ] as const) {
    it(`${directory}/airflow.cfg has no error and no warning on Airflow ${version}`, async () => {
      const text = readFileSync(join(EXAMPLES, directory, 'airflow.cfg'), 'utf8');
      const result = await lintText(text, { version, path: `examples/${directory}/airflow.cfg` });
      const problems = result.findings.filter((finding) => finding.severity !== 'notice');
      expect(problems.map((finding) => `${finding.line} ${finding.ruleId} ${finding.message}`)).toEqual([]);
    });
  }

  it('still catches the seed problems when they are put into the 2.10 example', async () => {
    const text = readFileSync(join(EXAMPLES, 'production-2.10', 'airflow.cfg'), 'utf8')
      .replace('executor = LocalExecutor', 'executor = SequentialExecutor')
      .replace('sql_alchemy_conn_cmd = cat /run/secrets/airflow_sql_alchemy_conn', 'sql_alchemy_conn = sqlite:////opt/airflow/airflow.db');
    const result = await lintText(text, { version: '2.10' });
    expect(result.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual([
      '7 APF102',
      '18 APF110',
    ]);
  });
});
