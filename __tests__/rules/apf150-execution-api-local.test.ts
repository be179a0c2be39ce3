import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF150 execution-api-local', () => {
  testCases('apf150.cfg', ['APF150']);

  it('names the URL Airflow derives and the failure users see', async () => {
    expect(await messagesOf('apf150.cfg', 'a relative base_url keeps the derived URL on localhost', 'APF150')).toEqual([
      '[core] execution_api_server_url is not set, so Airflow 3.1.8 derives http://localhost:8080/airflow/execution/ from [api] base_url, but KubernetesExecutor runs tasks in worker processes on other hosts or pods: there localhost is not the API server, so every task fails with "httpx.ConnectError: [Errno 111] Connection refused".',
    ]);
  });

  it('reports compose services that run tasks in their own container (apache/airflow#49931)', async () => {
    const files = await fixtureFiles('apf150');
    const result = await lintFiles(files, '3.0.6');
    expect(repoFindings(result.findings, ['APF150'])).toEqual(repoExpectations(files));
    const worker = result.findings.find((finding) => finding.ruleId === 'APF150' && finding.file === 'docker-compose.yaml');
    expect(worker?.fix).toBe('Set AIRFLOW__CORE__EXECUTION_API_SERVER_URL for every component that runs tasks to http://airflow-apiserver:8080/execution/.');
  });
});
