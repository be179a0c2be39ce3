// Baselines from the outside: record today's findings, then only new problems are reported, even after
// lines were inserted above the old ones; entries whose problem is gone are reported as stale.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { runAction } from '../helpers/action.js';

const seed = readFileSync(join(REPO_ROOT, 'examples', 'seed', 'airflow.cfg'), 'utf8');
/** 20 lines of comments and a new section, inserted above everything the baseline recorded. */
const twentyLines = ['# Platform team notes', ...Array.from({ length: 16 }, (_, i) => `# note ${i + 1}`), '[api]', 'maximum_page_limit = 100', ''].join('\n');

interface Report {
  findings: { ruleId: string; line: number }[];
  suppressed: { ruleId: string; suppression: { kind: string } }[];
  baseline?: { file: string; hidden: number; stale: { ruleId: string; file: string; line: number }[] };
}

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'apf-baseline-'));
  writeFileSync(join(repo, 'airflow.cfg'), seed);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const lint = (...args: string[]) => runCli(['lint', '--airflow-version', '2.10', ...args, 'airflow.cfg'], { cwd: repo });
const lintJson = (...args: string[]) => {
  const run = lint('--format', 'json', ...args);
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
};

describe('lint --write-baseline / --baseline', () => {
  it('records every finding without secrets or line text, and exits 0', () => {
    const write = lint('--write-baseline', 'baseline.json');
    expect(write.status).toBe(0);
    expect(write.stdout).toBe('airflow-preflight: wrote 5 finding(s) to the baseline baseline.json\n');
    const baseline = JSON.parse(readFileSync(join(repo, 'baseline.json'), 'utf8'));
    expect(baseline.entries.map((entry: { ruleId: string }) => entry.ruleId).sort()).toEqual(['APF102', 'APF110', 'APF120', 'APF123', 'APF135']);
    expect(readFileSync(join(repo, 'baseline.json'), 'utf8')).not.toContain('sqlite:////opt/airflow/airflow.db');
  });

  it('hides the recorded findings after a 20-line shift, and reports a new problem', () => {
    lint('--write-baseline', 'baseline.json');
    const shifted = `${twentyLines}\n${seed}`.replace('load_examples = False', 'load_examples = True');
    writeFileSync(join(repo, 'airflow.cfg'), shifted);
    const { status, report } = lintJson('--baseline', 'baseline.json');
    // Only the new problem: APF130 at its shifted line; the SQLite metastore (line 11 → 31) stays hidden.
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual([`APF130:${8 + 20}`]);
    expect(report.baseline).toEqual({ file: 'baseline.json', hidden: 5, stale: [] });
    expect(report.suppressed.filter((entry) => entry.suppression.kind === 'baseline')).toHaveLength(5);
    expect(status).toBe(0);
  });

  it('a recorded problem that was fixed is a stale entry; white space around a value keeps a line known', () => {
    lint('--write-baseline', 'baseline.json');
    const fixed = seed
      .replace('sql_alchemy_conn = sqlite:////opt/airflow/airflow.db', 'sql_alchemy_conn = postgresql+psycopg2://airflow@db/airflow')
      .replace('executor = SequentialExecutor', 'executor =  SequentialExecutor  ');
    writeFileSync(join(repo, 'airflow.cfg'), fixed);
    const { report, status } = lintJson('--baseline', 'baseline.json');
    // White space around a value does not make a line new; the executor is still hidden.
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('APF102');
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('APF110');
    expect(report.baseline?.stale.map((entry) => `${entry.ruleId} ${entry.file}:${entry.line}`)).toEqual(['APF110 airflow.cfg:11']);
    const text = lint('--baseline', 'baseline.json');
    expect(text.stdout).toContain('Baseline baseline.json: 4 known finding(s) hidden, 1 stale entry.');
    expect(text.stdout).toMatch(/stale: airflow\.cfg:11 {2}APF110 {2}.*no longer found/);
    expect(status).toBe(0);
  });

  it('two identical findings in the baseline hide two, not a third', () => {
    const block = (section: string) => `[${section}]\nhostname_callable = socket.getfqdn  # old\n`;
    writeFileSync(join(repo, 'airflow.cfg'), `${block('core')}${block('webserver')}`);
    lint('--write-baseline', 'baseline.json');
    expect(lintJson('--baseline', 'baseline.json').report.findings).toEqual([]);
    writeFileSync(join(repo, 'airflow.cfg'), `${block('core')}${block('webserver')}${block('scheduler')}`);
    const inline = lintJson('--baseline', 'baseline.json').report.findings.filter((finding) => finding.ruleId === 'APF003');
    expect(inline.map((finding) => finding.line)).toEqual([6]);
  });

  it('refuses a file that is not a baseline, in one line', () => {
    writeFileSync(join(repo, 'baseline.json'), '{"findings": []}');
    const run = lint('--baseline', 'baseline.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('airflow-preflight: baseline.json: not an airflow-preflight baseline file; write one with --write-baseline\n');
    const missing = lint('--baseline', 'none.json');
    expect(missing.stderr).toBe('airflow-preflight: none.json: no such file (given as the baseline; write one with --write-baseline)\n');
  });

  it('the action input baseline hides the same findings', () => {
    lint('--write-baseline', 'baseline.json');
    const run = runAction(repo, { 'airflow-version': '2.10', config: 'airflow.cfg', baseline: 'baseline.json' });
    expect(run.outputs.errors).toBe('0');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Baseline baseline.json: 5 known finding(s) hidden, 0 stale entries.');
  });
});
