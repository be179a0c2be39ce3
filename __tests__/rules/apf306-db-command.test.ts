import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF306 db-command', () => {
  it('reports the lines marked in the fixture repository', async () => {
    const files = await fixtureFiles('apf306');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF306'])).toEqual(repoExpectations(files));
  });

  it('is an error on a release that does not have the command at all', async () => {
    const result = await lintFiles(await fixtureFiles('apf306'), '3.1.8');
    const findings = result.findings.filter((finding) => finding.ruleId === 'APF306');
    expect(findings.map(({ file, line, severity, message }) => ({ file, line, severity, message }))).toEqual([
      {
        file: 'docker-compose.yaml',
        line: 9,
        severity: 'error',
        message:
          'Airflow 3.1.8 has no `airflow db init` command: the CLI stops with "invalid choice: \'init\'", so the metastore is never created or upgraded and what runs after it does not start.',
      },
      {
        file: 'docker-compose.yaml',
        line: 14,
        severity: 'error',
        message:
          'Airflow 3.1.8 has no `airflow db upgrade` command: the CLI stops with "invalid choice: \'upgrade\'", so the metastore is never created or upgraded and what runs after it does not start.',
      },
      {
        file: 'entrypoint.sh',
        line: 5,
        severity: 'error',
        message:
          'Airflow 3.1.8 has no `airflow initdb` command: the CLI stops with "invalid choice: \'initdb\'", so the metastore is never created or upgraded and what runs after it does not start.',
      },
    ]);
    expect(findings[0]?.fix).toBe('Run `airflow db migrate` instead: it creates the metastore when it is empty and upgrades it otherwise.');
  });

  it('is a warning with the replacement on a release that deprecates the command', async () => {
    const result = await lintFiles(
      { 'entrypoint.sh': '#!/usr/bin/env bash\nairflow db upgrade\nairflow initdb\nairflow db migrate\n' },
      '2.10',
    );
    const findings = result.findings.filter((finding) => finding.ruleId === 'APF306');
    expect(findings.map(({ line, severity, message }) => ({ line, severity, message }))).toEqual([
      {
        line: 2,
        severity: 'warning',
        message:
          '`airflow db upgrade` is deprecated in Airflow 2.10.5: it still runs but warns, and a release that drops it stops the container; the release uses `airflow db migrate`.',
      },
      {
        line: 3,
        severity: 'error',
        message:
          'Airflow 2.10.5 has no `airflow initdb` command: the CLI stops with "invalid choice: \'initdb\'", so the metastore is never created or upgraded and what runs after it does not start.',
      },
    ]);
  });
});
