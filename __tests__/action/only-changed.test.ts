// only-changed: in a real git repository with a pull request's base commit, annotations only for
// findings on the lines the pull request adds or changes; the summary and SARIF still list every finding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, runAction } from '../helpers/action.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { findingsOnChangedLines, parseUnifiedDiff } from '../../src/action/changed-lines.js';
import type { Finding } from '../../src/findings.js';

const seed = readFileSync(join(REPO_ROOT, 'examples', 'seed', 'airflow.cfg'), 'utf8');

let repo: string;
let base: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();

function event(payload: object): string {
  const path = join(repo, '..', `event-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

beforeAll(() => {
  const parent = mkdtempSync(join(tmpdir(), 'apf-only-changed-'));
  repo = join(parent, 'repo');
  execFileSync('mkdir', [repo]);
  git('init', '-q');
  // The base: the seed's two errors and three warnings (lines 3, 5, 11, 13).
  writeFileSync(join(repo, 'airflow.cfg'), seed);
  git('add', '-A');
  git('commit', '-qm', 'base');
  base = git('rev-parse', 'HEAD');
  // The pull request: 20 lines inserted above, and one new problem (example DAGs loaded).
  const notes = Array.from({ length: 20 }, (_, i) => `# note ${i + 1}`).join('\n');
  writeFileSync(join(repo, 'airflow.cfg'), `${notes}\n${seed.replace('load_examples = False', 'load_examples = True')}`);
  git('commit', '-qam', 'pull request');
});
afterAll(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

const inputs = { 'airflow-version': '2.10', config: 'airflow.cfg', 'fail-on': 'never', 'only-changed': 'true' };

describe('only-changed', () => {
  it('annotates only the finding on a changed line; the summary and SARIF keep every finding', () => {
    const run = runAction(repo, inputs, { env: { GITHUB_EVENT_PATH: event({ pull_request: { base: { sha: base } } }) } });
    const annotations = [...commands(run.stdout, 'error'), ...commands(run.stdout, 'warning'), ...commands(run.stdout, 'notice')];
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning title=APF130 \(load-examples\),file=airflow\.cfg,line=28,/);
    expect(run.stdout).toContain(`only-changed: 1 of 6 finding(s) are on lines this pull request adds or changes (against ${base.slice(0, 12)})`);
    expect(run.summary).toContain('APF110');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results).toHaveLength(6);
    expect(run.outputs.errors).toBe('2');
  });

  it('annotates everything, with a notice, when the base commit is not in the checkout or the run is no pull request', () => {
    const missing = runAction(repo, inputs, { env: { GITHUB_EVENT_PATH: event({ pull_request: { base: { sha: 'a'.repeat(40) } } }) } });
    expect(commands(missing.stdout, 'notice')).toContain(
      `::notice::only-changed: annotating every finding, because the base commit ${'a'.repeat(12)} is not in the checkout (set fetch-depth: 0 on actions/checkout).`,
    );
    expect(commands(missing.stdout, 'error')).toHaveLength(2);
    const push = runAction(repo, inputs, { env: { GITHUB_EVENT_PATH: event({ ref: 'refs/heads/main' }) } });
    expect(commands(push.stdout, 'notice')).toContain('::notice::only-changed: annotating every finding, because this run was not started by a pull request.');
    expect(commands(push.stdout, 'warning').length).toBeGreaterThan(1);
  });

  it('is off by default: every finding is annotated', () => {
    const run = runAction(repo, { ...inputs, 'only-changed': 'false' }, { env: { GITHUB_EVENT_PATH: event({ pull_request: { base: { sha: base } } }) } });
    expect(commands(run.stdout, 'error')).toHaveLength(2);
  });
});

describe('parseUnifiedDiff / findingsOnChangedLines', () => {
  const diff = [
    'diff --git a/config/airflow.cfg b/config/airflow.cfg',
    '--- a/config/airflow.cfg',
    '+++ b/config/airflow.cfg',
    '@@ -3,0 +4,2 @@',
    '+a = 1',
    '+b = 2',
    '@@ -10 +12 @@',
    '-x = 1',
    '+x = 2',
    '@@ -20,3 +22,0 @@',
    'diff --git a/gone.cfg b/gone.cfg',
    '--- a/gone.cfg',
    '+++ /dev/null',
    '@@ -1,2 +0,0 @@',
  ].join('\n');

  it('keeps the new side of each hunk; deletions add no lines', () => {
    expect([...parseUnifiedDiff(diff)]).toEqual([['config/airflow.cfg', [[4, 5], [12, 12]]]]);
  });

  it('keeps findings whose lines meet a changed line', () => {
    const at = (line: number, endLine = line): Finding => ({ file: 'config/airflow.cfg', ruleId: 'APF003', severity: 'warning', line, column: 1, endLine, endColumn: 5, message: '' });
    const kept = findingsOnChangedLines([at(3), at(4), at(6), at(11, 13), at(12), at(22)], parseUnifiedDiff(diff), (file) => file);
    expect(kept.map((finding) => finding.line)).toEqual([4, 11, 12]);
  });
});
