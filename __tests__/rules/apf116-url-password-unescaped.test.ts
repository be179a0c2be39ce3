import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF116 url-password-unescaped', () => {
  testCases('apf116.cfg', ['APF116']);

  it('says where the URL splits without printing the password', async () => {
    const messages = await messagesOf('apf116.cfg', 'an @ in the metastore password', 'APF116');
    expect(messages).toEqual([
      '[database] sql_alchemy_conn has an "@" inside its password: SQLAlchemy ends the password at the first "@" and takes the rest of it as part of the host name, so connecting fails ("could not translate host name").',
    ]);
    expect(messages.join('')).not.toContain('Secret');
  });

  it('points at the character, and tells cfg files to double the %', async () => {
    const result = await lintText('[database]\nsql_alchemy_conn = postgresql://airflow:Sup3r@Secret@pg.internal/airflow\n');
    const finding = result.findings.find((candidate) => candidate.ruleId === 'APF116');
    expect(finding).toMatchObject({ line: 2, column: 46 });
    expect(finding?.fix).toContain('write "@" as %%40 (the % doubled');
  });

  it('reports a variable at its line, with the plain encoding', async () => {
    const result = await lintText('[core]\nexecutor = CeleryExecutor\n', {
      env: [{ name: 'AIRFLOW__CELERY__BROKER_URL', value: 'redis://:ab/cd@redis:6379/0', location: { file: '.env', span: { start: { line: 3, column: 1 }, end: { line: 3, column: 40 } } } }],
    });
    const finding = result.findings.find((candidate) => candidate.ruleId === 'APF116');
    expect(finding).toMatchObject({ file: '.env', line: 3 });
    expect(finding?.fix).toContain('write "/" as %2F,');
  });
});
