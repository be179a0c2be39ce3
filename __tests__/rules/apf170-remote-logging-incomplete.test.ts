import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF170 remote-logging-incomplete', () => {
  testCases('apf170.cfg', ['APF170']);

  it('says that every command fails, and why', async () => {
    expect(await messagesOf('apf170.cfg', 'remote logging switched on, the folder forgotten', 'APF170')).toEqual([
      '[logging] remote_logging is on, but neither [logging] remote_base_log_folder nor [elasticsearch] host is set: Airflow 2.10.5 refuses to load its logging configuration, so every command (scheduler, workers, `airflow db migrate`) fails at start with "Incorrect remote log configuration".',
    ]);
  });

  it('reports a log connection id no variable of the service defines', async () => {
    const files = await fixtureFiles('apf170');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF170'])).toEqual(repoExpectations(files));
    expect(result.findings.find((finding) => finding.ruleId === 'APF170')?.severity).toBe('warning');
  });
});
