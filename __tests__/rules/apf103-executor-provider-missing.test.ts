import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF103 executor-provider-missing', () => {
  it('reports an image that installs Airflow without the provider of the executor compose runs', async () => {
    const files = await fixtureFiles('apf103');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF103'])).toEqual(repoExpectations(files));
    const finding = result.findings.find((candidate) => candidate.ruleId === 'APF103');
    expect(finding?.message).toBe(
      'apache-airflow[postgres]==${AIRFLOW_VERSION} installs neither the [celery] extra nor apache-airflow-providers-celery, but airflow-scheduler (python-base/docker-compose.yaml) runs the CeleryExecutor, which lives in that provider: the scheduler stops with "ModuleNotFoundError: No module named \'airflow.providers.celery\'".',
    );
  });

  it('says nothing when the install reads a requirements file it cannot see', async () => {
    const files = {
      Dockerfile: 'FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install "apache-airflow==2.10.5" -r requirements.txt\n',
      'airflow.cfg': '[core]\nexecutor = KubernetesExecutor\n',
    };
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF103'])).toEqual([]);
  });

  it('reads the Kubernetes provider from a cfg when there is no compose file', async () => {
    const files = {
      Dockerfile: 'FROM python:3.11-slim\nRUN pip install apache-airflow==3.1.8\n',
      'airflow.cfg': '[core]\nexecutor = KubernetesExecutor\n',
    };
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF103'])).toEqual([{ file: 'Dockerfile', line: 2, ruleId: 'APF103' }]);
    expect(result.findings.find((finding) => finding.ruleId === 'APF103')?.fix).toBe(
      'Install apache-airflow[cncf-kubernetes] (or add apache-airflow-providers-cncf-kubernetes), with the constraints file of your Airflow release.',
    );
  });
});
