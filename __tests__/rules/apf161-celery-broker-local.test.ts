import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';
import { lintText } from '../helpers/lint.js';

describe('APF161 celery-broker-local', () => {
  it('reports localhost brokers and result backends of compose services, once per line', async () => {
    const files = await fixtureFiles('apf161');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF161'])).toEqual(repoExpectations(files));
    expect(result.findings.find((finding) => finding.ruleId === 'APF161')?.fix).toBe(
      "Use the redis service's name as the host (as the official docker-compose file does), which every container can resolve.",
    );
  });

  it('leaves the official docker-compose file alone', async () => {
    const files = await fixtureFiles('official-compose');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF161'])).toEqual([]);
  });

  it('says nothing about a plain cfg, which may run every process on one machine', async () => {
    const result = await lintText('[core]\nexecutor = CeleryExecutor\n[celery]\nbroker_url = redis://localhost:6379/0\n');
    expect(result.findings.filter((finding) => finding.ruleId === 'APF161')).toEqual([]);
  });
});
