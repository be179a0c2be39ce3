import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF310 health-check-disabled', () => {
  it('reports probes of a health server that is off or on another port (apache/airflow#50216)', async () => {
    const files = await fixtureFiles('apf310');
    const result = await lintFiles(files, '3.0.6');
    expect(repoFindings(result.findings, ['APF310'])).toEqual(repoExpectations(files));
    const first = result.findings.find((finding) => finding.ruleId === 'APF310');
    expect(first?.message).toBe(
      'The healthcheck of airflow-scheduler requests :8974/health, but [scheduler] enable_health_check is off by default and not switched on for it, so nothing listens there: the container stays "unhealthy", and services that wait for it with `condition: service_healthy` never start.',
    );
    expect(first).toMatchObject({ line: 23, column: 40 });
  });

  it('leaves the official docker-compose file alone', async () => {
    const result = await lintFiles(await fixtureFiles('official-compose'), '3.1.8');
    expect(repoFindings(result.findings, ['APF310'])).toEqual([]);
  });
});
