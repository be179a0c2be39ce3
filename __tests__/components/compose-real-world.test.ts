// Compose files as users write them: required variables, URLs with fallbacks, settings nobody wrote.
import { describe, expect, it } from 'vitest';
import { lintFiles } from './repo.js';

const REQUIRED = `services:
  airflow-scheduler:
    image: apache/airflow:2.10.5
    command: scheduler
    environment:
      AIRFLOW__CORE__EXECUTOR: LocalExecutor
      AIRFLOW__CORE__LOAD_EXAMPLES: 'false'
      AIRFLOW__CORE__FERNET_KEY: \${FERNET_KEY:?set FERNET_KEY in .env}
      AIRFLOW__WEBSERVER__SECRET_KEY: \${WEBSERVER_SECRET_KEY:?required}
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://\${POSTGRES_USER:-airflow}:\${POSTGRES_PASSWORD:?required}@\${POSTGRES_HOST:-postgres}/airflow
`;

const FALLBACKS = `services:
  airflow-scheduler:
    image: apache/airflow:2.10.5
    command: scheduler
    environment:
      AIRFLOW__CORE__EXECUTOR: LocalExecutor
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://\${POSTGRES_USER:-airflow}:\${POSTGRES_PASSWORD:-airflow}@\${POSTGRES_HOST:-postgres}/airflow
`;

describe('compose files as users write them', () => {
  it('takes ${VAR:?message} as required (Compose refuses to start without it), not as an empty secret', async () => {
    const result = await lintFiles({ 'docker-compose.yaml': REQUIRED }, '2.10.5');
    const ids = result.findings.map((f) => `${f.ruleId}:${f.line}`);
    expect(ids).not.toContain('APF120:8');
    expect(ids).not.toContain('APF123:9');
    expect(ids.filter((id) => id.startsWith('APF308'))).toEqual([]);
  });

  it('reports only the password fallback in a URL, not the host or user fallbacks', async () => {
    const result = await lintFiles({ 'docker-compose.yaml': FALLBACKS }, '2.10.5');
    const weak = result.findings.filter((f) => f.ruleId === 'APF308');
    expect(weak.map((f) => [f.line, f.column])).toEqual([[7, 92]]);
    expect(weak[0]?.message).toContain('POSTGRES_PASSWORD');
  });

  it('puts findings about settings nobody wrote on the service environment, not at line 1', async () => {
    const result = await lintFiles({ 'docker-compose.yaml': FALLBACKS }, '2.10.5');
    const unset = result.findings.filter((f) => f.message.includes('not set, so Airflow uses its default'));
    expect(unset.length).toBeGreaterThan(0);
    for (const finding of unset) expect([finding.line, finding.column]).toEqual([6, 7]);
  });

  it('reports one finding for one value, not one per rule', async () => {
    const text = `services:
  airflow-apiserver:
    image: apache/airflow:3.1.8
    command: api-server
    environment:
      AIRFLOW__API_AUTH__JWT_SECRET: \${JWT_SECRET:-airflow_jwt_secret}
      AIRFLOW__CORE__FERNET_KEY: \${FERNET_KEY}
`;
    const result = await lintFiles({ 'docker-compose.yaml': text }, '3.1.8');
    const byLine = (line: number) =>
      result.findings.filter((f) => f.line === line && !f.message.includes('not set') && ['APF120', 'APF123', 'APF308'].includes(f.ruleId)).map((f) => f.ruleId);
    expect(byLine(6)).toEqual(['APF123']);
    expect(byLine(7)).toEqual(['APF308']);
  });
});
