import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF302 ignored-variable', () => {
  it('reports the variables Airflow 3.1 ignores, at their compose lines', async () => {
    const files = await fixtureFiles('apf302');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF302'])).toEqual(repoExpectations(files));
    const messages = result.findings.filter((f) => f.ruleId === 'APF302').map((f) => f.message);
    expect(messages).toContain(
      'Airflow 3.1.8 ignores AIRFLOW__API_AUTH__JWT__SECRET: Airflow splits the name at the first two `__` only, so it reads option `jwt__secret` of [api_auth], which does not exist. Did you mean AIRFLOW__API_AUTH__JWT_SECRET?',
    );
    expect(messages).toContain(
      'Airflow 3.1.8 no longer reads AIRFLOW__CORE__SQL_ALCHEMY_CONN: [core] sql_alchemy_conn moved to [database] sql_alchemy_conn. Did you mean AIRFLOW__DATABASE__SQL_ALCHEMY_CONN?',
    );
    expect(messages).toContain('Airflow 3.1.8 ignores AIRFLOW__CORE__PARALELISM: [core] has no option `paralelism`. Did you mean AIRFLOW__CORE__PARALLELISM?');
    expect(messages).toContain('Airflow 3.1.8 ignores AIRFLOW__SCHEDULR__ENABLE_HEALTH_CHECK: there is no section [schedulr]. Did you mean AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK?');
  });

  it('accepts the 2.x name of [core] sql_alchemy_conn on 2.10, which still reads it', async () => {
    const result = await lintFiles(
      { 'docker-compose.yaml': 'services:\n  s:\n    image: apache/airflow:2.10.5\n    environment:\n      AIRFLOW__CORE__SQL_ALCHEMY_CONN: postgresql://a:b@c/d\n' },
      '2.10.5',
    );
    expect(result.findings.filter((f) => f.ruleId === 'APF302')).toEqual([]);
  });
});
