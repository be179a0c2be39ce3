import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF309 missing-components', () => {
  it('reports the lines marked in the fixture repository (Airflow 3.1)', async () => {
    const files = await fixtureFiles('apf309');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF309'])).toEqual(repoExpectations(files));
    const messages = result.findings.filter((finding) => finding.ruleId === 'APF309').map((finding) => finding.message);
    expect(messages).toContain(
      'airflow-scheduler runs the scheduler, but no service runs `airflow dag-processor`: Airflow 3.1.8 has no [scheduler] standalone_dag_processor: its scheduler never parses DAG files, the DAG processor does, so no DAG file is ever parsed and no DAG shows up in the UI.',
    );
  });

  it('leaves the official docker-compose file alone', async () => {
    const result = await lintFiles(await fixtureFiles('official-compose'), '3.1.8');
    expect(repoFindings(result.findings, ['APF309'])).toEqual([]);
  });

  it('accepts a scheduler without a DAG processor on Airflow 2, where the scheduler parses DAGs', async () => {
    const files = {
      'docker-compose.yaml': [
        'services:',
        '  airflow-webserver:',
        '    image: apache/airflow:2.10.5',
        '    command: webserver',
        '  airflow-scheduler:',
        '    image: apache/airflow:2.10.5',
        '    command: scheduler',
        '',
      ].join('\n'),
    };
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF309'])).toEqual([]);
  });

  it('asks for a DAG processor on Airflow 2 when standalone_dag_processor is on', async () => {
    const files = {
      'docker-compose.yaml': [
        'services:',
        '  airflow-scheduler:',
        '    image: apache/airflow:2.10.5',
        '    environment:',
        "      AIRFLOW__SCHEDULER__STANDALONE_DAG_PROCESSOR: 'true'",
        '    command: scheduler',
        '',
      ].join('\n'),
    };
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF309'])).toEqual([{ file: 'docker-compose.yaml', line: 6, ruleId: 'APF309' }]);
  });
});
