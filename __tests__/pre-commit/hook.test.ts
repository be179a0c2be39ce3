// The pre-commit hook as pre-commit runs it: the manifest's `files` regex (Python's re.search on each
// path of the commit) picks the files, and `entry` runs once with all of them (require_serial).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((candidate) => candidate.id === 'airflow-preflight');

/** The paths pre-commit would pass: Python's `re.search(files, path)`, as pre-commit filters. */
function selectedByHook(paths: readonly string[]): string[] {
  const script = 'import json, re, sys\nfiles, paths = json.loads(sys.stdin.read())\nprint(json.dumps([p for p in paths if re.search(files, p)]))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify([hook?.files, paths]), encoding: 'utf8' })) as string[];
}

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'apf-pre-commit-'));
  cpSync(join(REPO_ROOT, '__tests__', 'fixtures', 'repos', 'official-compose'), repo, { recursive: true });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('.pre-commit-hooks.yaml', () => {
  it('declares the node hook airflow-preflight running `airflow-preflight lint` once per commit', () => {
    expect(hook).toMatchObject({ id: 'airflow-preflight', language: 'node', entry: 'airflow-preflight lint', require_serial: true });
    const bin = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).bin as Record<string, string>;
    expect(Object.keys(bin)).toContain(hook?.entry.split(' ')[0]);
  });

  it('selects airflow.cfg, compose, Helm values and .env files, and nothing else', () => {
    const paths = [
      'airflow.cfg', 'config/airflow.cfg', 'deploy/airflow-prod.cfg', 'docker-compose.yaml', 'compose.yml', 'ops/docker-compose.override.yml',
      'chart/values.yaml', 'chart/values-prod.yml', 'helm/airflow-values.yaml', '.env', 'deploy/prod.env',
      'setup.cfg', 'README.md', 'dags/example.py', 'chart/Chart.yaml', 'environment.yml', 'docker-compose.yaml.bak', 'my.env.example',
    ];
    expect(selectedByHook(paths)).toEqual(paths.slice(0, 11));
  });

  it('its entry lints the files of a commit, reading .airflow-preflight.yaml at the root', () => {
    const staged = selectedByHook(['.env', 'docker-compose.yaml', 'config/airflow.cfg', 'dags/x.py']);
    expect(staged).toEqual(['.env', 'docker-compose.yaml', 'config/airflow.cfg']);
    const args = hook?.entry.split(' ').slice(1) ?? [];
    const run = runCli([...args, ...staged], { cwd: repo });
    expect(run.stderr).toBe('');
    // The compose file's variables are linted with the cfg they override (the load_examples variable).
    expect(run.stdout).toMatch(/docker-compose\.yaml:14:35 +warning .*APF130/);
    expect(run.status).toBe(0);
    writeFileSync(join(repo, '.airflow-preflight.yaml'), 'fail-on: warning\n');
    expect(runCli([...args, ...staged], { cwd: repo }).status).toBe(1);
  });
});
