import { describe, expect, it } from 'vitest';
import { chartFor, chartVariables, mergeValues, renderConfig } from '../../src/sources/helm-chart/chart.js';
import { renderTemplate } from '../../src/sources/helm-chart/template.js';

const chart15 = chartFor('2.9.3');
const chart18 = chartFor('3.0.2');

function merged(chart: typeof chart15, user: Record<string, unknown>) {
  return mergeValues(chart.defaults, user) as Record<string, unknown>;
}

function option(rendered: ReturnType<typeof renderConfig>, section: string, name: string) {
  return rendered.find((entry) => entry.section === section && entry.option === name);
}

describe('the official chart, from its generated knowledge', () => {
  it('picks a chart release by the Airflow major version', () => {
    expect(chart15.chart).toBe('1.15.0');
    expect(chart15.appVersion).toBe('2.9.3');
    expect(chart18.chart).toBe('1.18.0');
  });

  it("renders the chart's own config templates instead of reporting them raw", () => {
    const rendered = renderConfig(merged(chart18, { executor: 'KubernetesExecutor' }), chart18);
    expect(option(rendered, 'core', 'executor')?.value).toBe('KubernetesExecutor');
    expect(option(rendered, 'core', 'load_examples')?.value).toBe('False');
    expect(option(rendered, 'metrics', 'statsd_host')?.value).toBe('RELEASE-statsd');
    expect(option(rendered, 'metrics', 'statsd_on')?.value).toBe('True');
    expect(option(rendered, 'scheduler', 'standalone_dag_processor')?.value).toBe('True');
    expect(option(rendered, 'core', 'dags_folder')?.value).toBe('/opt/airflow/dags');
    expect(option(rendered, 'celery', 'flower_url_prefix')?.value).toBe('');
    expect(option(rendered, 'core', 'execution_api_server_url')?.value).toBe('http://RELEASE-api-server:8080/execution/');
  });

  it('evaluates ternary, printf and semverCompare as Helm does', () => {
    const values = { statsd: { enabled: false }, airflowVersion: '2.9.3', name: 'x' };
    expect(renderTemplate('{{ ternary "True" "False" .Values.statsd.enabled }}', { values })).toBe('False');
    expect(renderTemplate('{{ printf "%s-statsd" .Values.name }}', { values })).toBe('x-statsd');
    expect(renderTemplate('{{ semverCompare ">=2.2.0 <3.0.0" .Values.airflowVersion }}', { values })).toBe('true');
    expect(() => renderTemplate('{{ toYaml .Values.statsd }}', { values })).toThrow(/toYaml/);
  });

  it('builds the metadata URL the chart puts in its secret (a Postgres URL by default)', () => {
    const variables = chartVariables(merged(chart15, {}), chart15);
    const conn = variables.find((variable) => variable.name === 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN');
    expect(conn?.value).toBe('postgresql://postgres:postgres@RELEASE-postgresql.NAMESPACE:5432/postgres?sslmode=disable');
    const custom = chartVariables(merged(chart15, { data: { metadataConnection: { user: 'af', pass: 'p@ss', host: 'db.example', db: 'airflow' } } }), chart15);
    expect(custom.find((variable) => variable.name === 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN')?.value).toBe(
      'postgresql://af:p%40ss@db.example:5432/airflow?sslmode=disable',
    );
  });

  it('knows secrets named by …SecretName come from the cluster, and generated keys are not empty', () => {
    const variables = chartVariables(merged(chart15, { fernetKeySecretName: 'my-fernet', data: { metadataSecretName: 'my-db' } }), chart15);
    const fernet = variables.find((variable) => variable.name === 'AIRFLOW__CORE__FERNET_KEY');
    expect(fernet).toMatchObject({ value: undefined, from: 'fernetKeySecretName' });
    expect(variables.find((variable) => variable.name === 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN')).toMatchObject({ value: undefined, from: 'data.metadataSecretName' });
    const generated = chartVariables(merged(chart15, {}), chart15).find((variable) => variable.name === 'AIRFLOW__CORE__FERNET_KEY');
    expect(generated?.value).toBeUndefined();
    expect(generated?.why).toMatch(/generates a random value once/);
  });

  it('sets the webserver secret key on Airflow 2 and the API secret key and JWT secret on Airflow 3', () => {
    const names15 = chartVariables(merged(chart15, {}), chart15).map((variable) => variable.name);
    const names18 = chartVariables(merged(chart18, {}), chart18).map((variable) => variable.name);
    expect(names15).toContain('AIRFLOW__WEBSERVER__SECRET_KEY');
    expect(names18).not.toContain('AIRFLOW__WEBSERVER__SECRET_KEY');
    expect(names18).toEqual(expect.arrayContaining(['AIRFLOW__API__SECRET_KEY', 'AIRFLOW__API_AUTH__JWT_SECRET']));
  });
});
