// The CLI contract later issues and users build on: `parse --format json`, `lint --format json`, exit codes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apf-contract-'));
  writeFileSync(
    join(dir, 'airflow.cfg'),
    [
      '[DEFAULT]',
      'home = /opt/airflow',
      '[core]',
      'Executor = LocalExecutor  # now parallel',
      'plugins_folder = %(home)s/plugins',
      '    %(home)s/more',
      '[database]',
      'sql_alchemy_conn: postgresql+psycopg2://airflow:hunter2pass@db:5432/airflow',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'broken.cfg'), '[core]\nexecutor = LocalExecutor\n[core]\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parse --format json', () => {
  it('prints sections with raw values as configparser stores them, DEFAULT included, secrets masked', () => {
    const run = runCli(['parse', '--format', 'json', join(dir, 'airflow.cfg')]);
    expect(JSON.parse(run.stdout)).toEqual({
      sections: {
        DEFAULT: { home: '/opt/airflow' },
        core: { Executor: 'LocalExecutor  # now parallel', plugins_folder: '%(home)s/plugins\n%(home)s/more' },
        database: { sql_alchemy_conn: 'postgresql+psycopg2://airflow:***@db:5432/airflow' },
      },
      error: null,
    });
    expect(run.status).toBe(0);
  });

  it('prints the real values with --show-secrets', () => {
    const run = runCli(['parse', '--format', 'json', '--show-secrets', join(dir, 'airflow.cfg')]);
    expect(JSON.parse(run.stdout).sections.database.sql_alchemy_conn).toBe('postgresql+psycopg2://airflow:hunter2pass@db:5432/airflow');
  });

  it('prints option names as written: `Executor` and `executor` are two options, as in Airflow', () => {
    const file = join(dir, 'cased.cfg');
    writeFileSync(file, '[core]\nEXECUTOR = LocalExecutor\nexecutor = CeleryExecutor\n');
    const run = runCli(['parse', '--format', 'json', file]);
    expect(JSON.parse(run.stdout)).toEqual({ sections: { core: { EXECUTOR: 'LocalExecutor', executor: 'CeleryExecutor' } }, error: null });
    expect(run.status).toBe(0);
  });

  it('prints the configparser exception and its line, exit 1', () => {
    const file = join(dir, 'broken.cfg');
    const run = runCli(['parse', '--format', 'json', file]);
    expect(JSON.parse(run.stdout)).toEqual({
      sections: null,
      error: { kind: 'DuplicateSectionError', line: 3, message: `While reading from '${file}' [line  3]: section 'core' already exists` },
    });
    expect(run.status).toBe(1);
  });
});

describe('lint --format json', () => {
  it('reports parse failures as error findings with positions, exit 1 at the default fail-on', () => {
    const file = join(dir, 'broken.cfg');
    const run = runCli(['lint', '--format', 'json', '--airflow-version', '2.10', file]);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toEqual([
      {
        file,
        ruleId: 'APF001',
        severity: 'error',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 7,
        message: 'Airflow cannot read this file: configparser raises DuplicateSectionError here (this section already appeared earlier in the file).',
        fix: 'Merge the two sections into one: Airflow refuses a file that repeats a section.',
      },
    ]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, notices: 0, targetAirflowVersion: '2.10', knowledgeVersion: '2.10.5' });
    expect(run.status).toBe(1);
  });

  it('exits 0 when findings stay below --fail-on', () => {
    expect(runCli(['lint', '--fail-on', 'never', '--airflow-version', '2.10', join(dir, 'broken.cfg')]).status).toBe(0);
  });

  it('prints --help and --version', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: airflow-preflight');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(runCli(['lint', '--help']).stdout).toContain('--fail-on <level>');
  });
});

describe('lint with named files of other kinds', () => {
  it('reads a compose file named as a path as compose, not as an airflow.cfg', () => {
    const root = '__tests__/fixtures/repos/official-compose';
    const run = runCli(['lint', '--format', 'json', '--fail-on', 'never', '--airflow-version', '3.1', `${root}/docker-compose.yaml`]);
    const report = JSON.parse(run.stdout);
    const rules = report.findings.map((finding: { ruleId: string }) => finding.ruleId);
    expect(rules).not.toContain('APF001');
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'APF120', file: `${root}/docker-compose.yaml`, line: 12 }));
    expect(run.status).toBe(0);
  });
});
