// A values file is linted as the configuration the official chart renders from it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { lintFiles } from './repo.js';

const REAL = '__tests__/fixtures/real';

function places(findings: readonly { ruleId: string; line: number; severity: string }[]) {
  return findings.map((f) => `${f.ruleId}:${f.line}:${f.severity}`);
}

describe('Helm values, rendered by the chart', () => {
  it("reports nothing false on the chart's own values.yaml (its templates are rendered, not read raw)", async () => {
    const v115 = await lintFiles({ 'values.yaml': await readFile(`${REAL}/official-chart-1.15.0/values.yaml`, 'utf8') }, '2.9.3');
    // No unloadable executor, interpolation error or invalid value from `{{ .Values.executor }}`, printf or ternary;
    // no moved-option warnings for the chart's own compatibility keys.
    expect(places(v115.findings)).toEqual(['APF311:1390:warning', 'APF135:2488:warning']);
    const v118 = await lintFiles({ 'values.yaml': await readFile(`${REAL}/official-chart-1.18.0/values.yaml`, 'utf8') }, '3.0.2');
    expect(places(v118.findings)).toEqual(['APF205:375:notice', 'APF311:1671:warning']);
  });

  it('takes load_examples, the metastore and the secrets from the chart when the file leaves them out', async () => {
    const result = await lintFiles({ 'values.yaml': 'executor: LocalExecutor\nfernetKeySecretName: my-fernet\n' }, '2.9.3');
    const ids = result.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('APF130'); // the chart's config sets load_examples False
    expect(ids).not.toContain('APF110'); // the chart always sets a Postgres URL
    expect(ids).not.toContain('APF120'); // the fernet key comes from the named secret
  });

  it('reports a value on the values line that sets it, through the chart template that uses it', async () => {
    const result = await lintFiles({ 'values.yaml': 'airflowVersion: "2.9.3"\nexecutor: SequentialExecutor\n' }, '2.9.3');
    expect(result.findings.find((f) => f.ruleId === 'APF102')).toMatchObject({ file: 'values.yaml', line: 2 });
  });

  it('finds values nested under a parent chart key, in a file named *values*.yaml', () => {
    const run = runCli(['lint', '--root', '__tests__/fixtures/repos/helm-umbrella', '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    expect(report.findings.map((f) => `${f.ruleId}:${f.file.split('/').at(-1)}:${f.line}`)).toEqual([
      'APF130:airflow-values.yaml:16',
      'APF135:airflow-values.yaml:17',
      'APF131:airflow-values.yaml:18',
    ]);
  });

  it('reads a values file named on the command line as values, not as a cfg', () => {
    const run = runCli(['lint', '__tests__/fixtures/repos/helm-umbrella/deploy/airflow-values.yaml', '--airflow-version', '2.9.3', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((f) => f.ruleId)).not.toContain('APF001');
    expect(report.findings.map((f) => f.ruleId)).toContain('APF130');
  });
});
