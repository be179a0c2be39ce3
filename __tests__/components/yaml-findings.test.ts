import { describe, expect, it } from 'vitest';
import { toAnnotation } from '../../src/report/annotations.js';
import { fixtureFiles, lintFiles } from './repo.js';

const TWO_KEYS = `services:
  airflow-webserver:
    image: apache/airflow:2.10.5
    environment:
      AIRFLOW__WEBSERVER__SECRET_KEY: key-of-the-webserver
  airflow-worker:
    image: apache/airflow:2.10.5
    environment:
      - AIRFLOW__WEBSERVER__SECRET_KEY=key-of-the-worker
`;

describe('findings in YAML files', () => {
  it('reports both lines when two services get different secret_key values, without quoting either', async () => {
    const result = await lintFiles({ 'docker-compose.yaml': TWO_KEYS }, '2.10.5');
    const findings = result.findings.filter((f) => f.ruleId === 'APF304');
    expect(findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['docker-compose.yaml', 5, 7],
      ['docker-compose.yaml', 9, 9],
    ]);
    expect(findings[0]?.message).toBe(
      '[webserver] secret_key set here reaches airflow-webserver, but airflow-worker get a different value: log requests are signed with it, so fetching task logs from another component fails with 403 FORBIDDEN.',
    );
    expect(findings[0]?.related?.map((r) => [r.file, r.span.start.line])).toEqual([['docker-compose.yaml', 9]]);
    expect(JSON.stringify(result.findings)).not.toMatch(/key-of-the/);
    expect(result.files.find((f) => f.file === 'docker-compose.yaml')?.kind).toBe('compose');
  });

  it('become annotations at their YAML lines and columns', async () => {
    const result = await lintFiles({ 'docker-compose.yaml': TWO_KEYS }, '2.10.5');
    const annotations = result.findings.filter((f) => f.ruleId === 'APF304').map((f) => toAnnotation(f, 'shared-value-mismatch'));
    expect(annotations.map((a) => [a.severity, a.properties])).toEqual([
      ['error', { title: 'APF304 (shared-value-mismatch)', file: 'docker-compose.yaml', startLine: 5, endLine: 5, startColumn: 7, endColumn: 58 }],
      ['error', { title: 'APF304 (shared-value-mismatch)', file: 'docker-compose.yaml', startLine: 9, endLine: 9, startColumn: 9, endColumn: 56 }],
    ]);
  });

  it('are suppressed by a comment above the YAML line, with its reason', async () => {
    const suppressed = TWO_KEYS.replace(
      '      AIRFLOW__WEBSERVER__SECRET_KEY: key-of-the-webserver',
      '      # airflow-preflight: disable=shared-value-mismatch -- the webserver is migrated next week\n      AIRFLOW__WEBSERVER__SECRET_KEY: key-of-the-webserver',
    );
    const result = await lintFiles({ 'docker-compose.yaml': suppressed }, '2.10.5');
    expect(result.findings.filter((f) => f.ruleId === 'APF304').map((f) => f.line)).toEqual([10]);
    expect(result.suppressed.map((s) => [s.finding.line, s.kind, s.reason])).toEqual([[6, 'inline', 'the webserver is migrated next week']]);
  });

  it('an invalid compose file is one error at its line (APF301)', async () => {
    const result = await lintFiles({ 'docker-compose.yml': 'services:\n  a: [\n' }, '2.10.5');
    expect(result.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['APF301', 'docker-compose.yml', 3]]);
  });

  it('the official compose layout reports the cfg lines the compose variables override, and no variable Airflow ignores', async () => {
    const result = await lintFiles(await fixtureFiles('official-compose'), '3.1.8');
    const mine = result.findings.filter((f) => f.ruleId.startsWith('APF3'));
    expect(mine.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['APF303', 'config/airflow.cfg', 51],
      ['APF303', 'config/airflow.cfg', 458],
      // The official file's admin password falls back to `airflow`: one finding, APF311's (not also APF308's).
      ['APF311', 'docker-compose.yaml', 87],
    ]);
    // The URL's password (`airflow`) is masked where it stands; the word elsewhere is left alone.
    expect(mine[1]?.message).toMatch(
      /^The metastore set here \(`sqlite:\/\/\/\/opt\/airflow\/airflow.db`\) is not the one that runs: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN at docker-compose.yaml:9 overrides it with `postgresql\+psycopg2:\/\/airflow:\*\*\*@postgres\/airflow`/,
    );
  });

  it('the official compose layout: no SQLite error (compose sets Postgres), and the empty fernet key at its compose line', async () => {
    const result = await lintFiles(await fixtureFiles('official-compose'), '3.1.8');
    expect(result.findings.filter((f) => f.ruleId === 'APF110' || f.ruleId === 'APF112')).toEqual([]);
    const fernet = result.findings.filter((f) => f.ruleId === 'APF120');
    expect(fernet.map((f) => [f.file, f.line, f.column])).toEqual([['docker-compose.yaml', 12, 32]]);
    expect(fernet[0]?.message).toBe(
      '[core] fernet_key is empty: Airflow stores connection passwords and variables unencrypted in the metastore (AIRFLOW__CORE__FERNET_KEY overrides config/airflow.cfg:165).',
    );
  });
});
