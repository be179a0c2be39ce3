import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF311 default-admin-password', () => {
  it('reports the lines marked in the fixture repository (compose, .env, scripts, chart values)', async () => {
    const files = await fixtureFiles('apf311');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF311'])).toEqual(repoExpectations(files));
  });

  it('leaves a strong or referenced password and a disabled chart user alone', async () => {
    const result = await lintFiles(
      {
        'values.yaml': 'executor: KubernetesExecutor\nwebserver:\n  defaultUser:\n    enabled: false\n    password: admin\n',
        'docker-compose.yaml': 'services:\n  airflow-init:\n    image: apache/airflow:2.10.5\n    environment:\n      _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:?set it}\n',
      },
      '2.10.5',
    );
    expect(result.findings.filter((f) => f.ruleId === 'APF311')).toEqual([]);
  });
});
