import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF143 connections-exceed-max', () => {
  it('counts the pools of scaled-out Airflow 3 services against the postgres service they use', async () => {
    const files = await fixtureFiles('apf143');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF143'])).toEqual(repoExpectations(files));
    const finding = result.findings.find((f) => f.ruleId === 'APF143');
    expect(finding).toMatchObject({ severity: 'warning', file: 'docker-compose.yaml', line: 15, column: 3 });
    expect(finding?.message).toBe(
      'The Airflow services of this compose file keep up to 120 metastore connections open (airflow-apiserver 3×(4×8), airflow-scheduler 2×(1×8), airflow-dag-processor 1×8), more than the 97 that postgres accepts (max_connections 100 minus 3 reserved for superusers): processes fail with "FATAL: sorry, too many clients already".',
    );
  });

  it('counts Airflow 2 Celery task processes once each, and notes the peak when the server setting is explicit', async () => {
    const files = await fixtureFiles('apf143-2x');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF143'])).toEqual(repoExpectations(files));
    const finding = result.findings.find((f) => f.ruleId === 'APF143');
    expect(finding).toMatchObject({ severity: 'notice', line: 14 });
    expect(finding?.message).toContain('can open 139 metastore connections (airflow-webserver 4×15, airflow-scheduler 1×15, airflow-worker 4×(16 tasks)');
    expect(finding?.message).toContain('PgBouncer');
  });

  it('leaves the official docker-compose file alone', async () => {
    const result = await lintFiles(await fixtureFiles('official-compose'), '3.1.8');
    expect(repoFindings(result.findings, ['APF143'])).toEqual([]);
  });

  it('says nothing when the services reach PostgreSQL through PgBouncer', async () => {
    const files = await fixtureFiles('apf143');
    const behindPgbouncer = Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('pgbouncer/')));
    const result = await lintFiles(behindPgbouncer, '3.1.8');
    expect(repoFindings(result.findings, ['APF143'])).toEqual([]);
  });
  it('counts the official chart\'s replicas against its bundled PostgreSQL, on the values line that scales up', async () => {
    const files = await fixtureFiles('apf143-helm');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF143'])).toEqual(repoExpectations(files));
    const finding = result.findings.find((f) => f.ruleId === 'APF143');
    expect(finding?.message).toMatch(/^The Airflow components of this values file keep up to \d+ metastore connections open \(scheduler 3×\(1×10 \+ 32 tasks\), webserver 2×\(8×10\)/);
    expect(finding?.message).toContain("more than the 97 that the chart's postgresql accepts");
  });

  it('says nothing for the chart with pgbouncer.enabled, or with an external metastore', async () => {
    const files = await fixtureFiles('apf143-helm');
    const values = files['values.yaml'] ?? '';
    for (const extra of ['pgbouncer:\n  enabled: true\n', 'data:\n  metadataSecretName: airflow-metadata\n', 'postgresql:\n  enabled: false\n']) {
      const result = await lintFiles({ 'values.yaml': values + extra }, '2.10.5');
      expect(repoFindings(result.findings, ['APF143'])).toEqual([]);
    }
  });
});
