import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/sources/dotenv.js';
import { lintText } from '../helpers/lint.js';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF136 api-anonymous-access', () => {
  testCases('apf136.cfg', ['APF136']);

  it('says what Airflow 2 does with a backend that lets everyone in, at the backend in the list', async () => {
    expect(await messagesOf('apf136.cfg', 'second of two backends', 'APF136')).toEqual([
      '[api] auth_backends lists airflow.api.auth.backend.default, which lets every request in without credentials: the REST API accepts a request as soon as one of its backends does, so anyone who reaches the webserver can call it.',
    ]);
    const result = await lintText(
      '[api]\nauth_backends = airflow.providers.fab.auth_manager.api.auth.backend.basic_auth, airflow.api.auth.backend.default\n',
      { version: '2.10' },
    );
    const finding = result.findings.find((candidate) => candidate.ruleId === 'APF136');
    expect(finding).toMatchObject({ line: 2, column: 81, endColumn: 113 });
    expect(finding?.fix).toBe(
      "Remove airflow.api.auth.backend.default from [api] auth_backends; this release's default is `airflow.api.auth.backend.session`, and give API clients credentials.",
    );
  });

  it("says what Airflow 3's simple auth manager does with all_admins", async () => {
    expect(await messagesOf('apf136.cfg', 'simple auth manager with all admins', 'APF136')).toEqual([
      "[core] simple_auth_manager_all_admins is True: the SimpleAuthManager auth manager (the release's default) hands a token to any caller without asking for credentials, so anyone who reaches the API server or the UI acts as admin.",
    ]);
  });

  it('follows a variable that sets the backend', async () => {
    const result = await lintText('[core]\nexecutor = LocalExecutor\n', {
      version: '2.10',
      env: parseDotenv('.env', 'AIRFLOW__API__AUTH_BACKENDS=airflow.api.auth.backend.default\n'),
    });
    const findings = result.findings.filter((finding) => finding.ruleId === 'APF136');
    expect(findings.map(({ file, line, message }) => ({ file, line, message }))).toEqual([
      {
        file: '.env',
        line: 1,
        message:
          'AIRFLOW__API__AUTH_BACKENDS lists airflow.api.auth.backend.default, which lets every request in without credentials: the REST API accepts a request as soon as one of its backends does, so anyone who reaches the webserver can call it.',
      },
    ]);
  });
});
