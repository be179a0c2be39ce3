// Compose and values files that cost too much to read: refused at the line where go-yaml would stop
// (aliasing) or where the nesting passes 1,000 levels, quickly and without expanding anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { lintFiles } from '../components/repo.js';

const MERGE_KEYS = readFileSync(join(REPO_ROOT, '__tests__', 'fixtures', 'hostile', 'yaml', 'merge-keys.compose.yaml'), 'utf8');

/** Anchors that each repeat the one before nine times, ten levels: 10^10 values if expanded. */
function laughs(levels: number): string {
  let text = 'x0: &a0 [v, v, v, v, v, v, v, v, v]\n';
  for (let i = 1; i < levels; i += 1) text += `x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
  return `${text}services:\n  web:\n    image: apache/airflow:2.10.5\n    command: *a${levels - 1}\n`;
}

async function costly(files: Record<string, string>) {
  const result = await lintFiles(files, '2.10.5');
  return result.findings.filter((finding) => finding.ruleId === 'APF021').map((finding) => [finding.file, finding.line, finding.message]);
}

describe('APF021 yaml-too-costly', () => {
  it('refuses merge keys that expand a 1 KB compose file, at the alias where go-yaml stops', async () => {
    const [finding, ...rest] = await costly({ 'docker-compose.yaml': MERGE_KEYS });
    expect(rest).toEqual([]);
    expect(finding?.[0]).toBe('docker-compose.yaml');
    expect(finding?.[1]).toBe(9);
    expect(finding?.[2]).toMatch(/^docker compose and helm refuse this file with "yaml: document contains excessive aliasing" \([\d,]+ of the [\d,]+ values it decodes come through aliases and merge keys; go-yaml allows at most 99%\)/);
  });

  it('refuses a billion laughs in a values file', async () => {
    const findings = await costly({ 'values.yaml': `executor: CeleryExecutor\n${laughs(10)}` });
    expect(findings.map(([file, line]) => [file, line])).toEqual([['values.yaml', 5]]);
  });

  it('refuses nesting deeper than 1,000 levels, at the bracket that passes it', async () => {
    const deep = `services:\n  web:\n    environment: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const findings = await costly({ 'docker-compose.yaml': deep });
    expect(findings).toEqual([
      [
        'docker-compose.yaml',
        3,
        'This file nests collections more than 1,000 levels deep; airflow-preflight does not read YAML that deep (no compose or values file needs it) and its Airflow settings were not checked.',
      ],
    ]);
  });

  it('reads the anchors of an ordinary compose file', async () => {
    const compose = `x-airflow-common: &airflow-common\n  image: apache/airflow:2.10.5\n  environment: &env\n    AIRFLOW__CORE__EXECUTOR: LocalExecutor\nservices:\n${['scheduler', 'webserver', 'triggerer', 'worker', 'init'].map((name) => `  airflow-${name}:\n    <<: *airflow-common\n    environment:\n      <<: *env\n`).join('')}`;
    expect(await costly({ 'docker-compose.yaml': compose })).toEqual([]);
    expect(await costly({ 'docker-compose.yaml': '- '.repeat(999) + 'x\n' })).toEqual([]);
  });
});
