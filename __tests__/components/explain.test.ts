import { describe, expect, it } from 'vitest';
import { explainComponents, formatExplainText } from '../../src/components/explain.js';
import { collectRepositorySecrets, resolveComponents } from '../../src/components/resolve.js';
import { loadRepo } from './repo.js';

async function explainHelm() {
  const inputs = await loadRepo('helm', '2.10.5');
  const resolved = resolveComponents(inputs);
  const secrets = collectRepositorySecrets(resolved, inputs.knowledge);
  return explainComponents(resolved.components.map((c) => c.view), inputs.knowledge, secrets);
}

describe('explain on a Helm values file', () => {
  it('lists the chart components of Airflow 2 (webserver, not apiServer)', async () => {
    const components = await explainHelm();
    expect(components.map((c) => c.component)).toEqual([
      'scheduler (values.yaml)',
      'webserver (values.yaml)',
      'workers (values.yaml)',
      'triggerer (values.yaml)',
      'dagProcessor (values.yaml)',
    ]);
  });

  it("shows each option's winning value, source line and what it overrode, secrets masked", async () => {
    const [scheduler, webserver] = await explainHelm();
    const row = (rows: { section: string; option: string }[] | undefined, option: string, section?: string) =>
      rows?.find((r) => r.option === option && (section === undefined || r.section === section));
    expect(row(scheduler?.rows, 'parallelism')).toEqual({
      section: 'core', option: 'parallelism', value: '256', origin: 'env AIRFLOW__CORE__PARALLELISM', source: 'values.yaml:29', overrides: ['values.yaml:17'],
    });
    expect(row(webserver?.rows, 'parallelism')).toMatchObject({ value: '128', source: 'values.yaml:22', overrides: ['values.yaml:17'] });
    // extraEnv is a string holding YAML: its entries still point at their own lines.
    expect(row(webserver?.rows, 'parsing_processes')).toMatchObject({ section: 'scheduler', value: '4', source: 'values.yaml:25' });
    expect(row(webserver?.rows, 'executor')).toMatchObject({ value: 'CeleryExecutor', origin: 'cfg', source: 'values.yaml:4' });
    // The chart's metadata secret: `sslmode` from the chart's default (disable), as its template renders it.
    expect(row(webserver?.rows, 'sql_alchemy_conn', 'database')).toMatchObject({
      value: 'postgresql://airflow:***@pg.example.internal:5432/airflow?sslmode=disable', origin: 'env AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', source: 'values.yaml:8',
    });
    expect(row(webserver?.rows, 'fernet_key')).toMatchObject({ value: '***', source: 'values.yaml:5' });
    expect(row(webserver?.rows, 'secret_key')).toMatchObject({ section: 'webserver', value: '***', source: 'values.yaml:6' });
  });

  it('prints a table per component without any secret', async () => {
    const text = formatExplainText(await explainHelm());
    expect(text).toContain('scheduler (values.yaml)\n');
    expect(text).toMatch(/\[core\] parallelism +256 +values\.yaml:29 +overrides values\.yaml:17\n/);
    expect(text).not.toContain('s3cr3t-pass');
    expect(text).not.toContain('ZmDfcTF7');
    expect(text).not.toContain('a-long-shared-webserver-secret');
  });
});
