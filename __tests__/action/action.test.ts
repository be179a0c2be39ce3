// The bundled action (dist/index.js, rebuilt by `pretest`) run as the runner runs it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, runAction } from '../helpers/action.js';
import { REPO_ROOT } from '../helpers/cli.js';

let workspace: string;
let badFormatLine: number;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'apf-action-'));
  mkdirSync(join(workspace, 'config'));
  // A production-ready configuration with one problem: a '%' that configparser cannot interpolate.
  const production = readFileSync(join(REPO_ROOT, 'examples', 'production-2.10', 'airflow.cfg'), 'utf8');
  const withBadFormat = production.replace('[logging]\n', '[logging]\nlog_format = %Y-%m-%d %(message)s\n');
  badFormatLine = withBadFormat.split('\n').indexOf('log_format = %Y-%m-%d %(message)s') + 1;
  writeFileSync(join(workspace, 'config', 'airflow.cfg'), withBadFormat);
  writeFileSync(join(workspace, 'Dockerfile'), 'FROM apache/airflow:2.10.4-python3.11\n');
  // 20 interpolation errors and 20 warnings about suppression comments (no reason, unknown rule).
  // The production configuration plus a section of the user's own with exactly 40 problems
  // (unknown-section, the notice that the section is the user's own, is disabled in those runs).
  const lines = [production, '[my_company]'];
  for (let i = 0; i < 10; i += 1) lines.push(`# airflow-preflight: disable=APF999`, `option_${i} = ${i}`);
  for (let i = 0; i < 20; i += 1) lines.push(`bad_${i} = ${i}%`);
  writeFileSync(join(workspace, 'forty.cfg'), `${lines.join('\n')}\n`);
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the action', () => {
  it('annotates findings at file, line and column, writes the summary and outputs', () => {
    const run = runAction(workspace, { config: '', 'fail-on': 'error' });
    const errors = commands(run.stdout, 'error');
    expect(errors[0]).toBe(
      // Workflow commands escape % as %25 and line breaks as %0A.
      `::error title=APF002 (interpolation-error),file=config/airflow.cfg,line=${badFormatLine},endLine=${badFormatLine},col=14,endColumn=14::` +
      "Airflow raises InterpolationSyntaxError when it reads [logging] log_format: the value has a '%25' that is not followed by '%25' or '('.%0AFix: Write a literal '%25' as '%25%25' (a URL-encoded password p%2540ss becomes p%25%2540ss).",
    );
    expect(run.stdout).toContain('Target Airflow 2.10.5: detected from Dockerfile:1');
    expect(run.summary).toContain('config/airflow.cfg');
    expect(run.summary).toContain('APF002');
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '0', notices: '0', 'target-airflow-version': '2.10.5' });
    expect(JSON.parse(readFileSync(run.outputs['findings-file'] ?? '', 'utf8')).findings).toHaveLength(1);
    expect(JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')).version).toBe('2.1.0');
    expect(run.status).toBe(1);
  });

  it('keeps within GitHub annotation limits with 40 findings and says what was left out', () => {
    const run = runAction(workspace, { config: 'forty.cfg', disable: 'unknown-section' });
    expect(commands(run.stdout, 'error')).toHaveLength(10);
    expect(commands(run.stdout, 'warning')).toHaveLength(10);
    expect(run.stdout).toContain(
      '11 errors and 10 warnings were not annotated (GitHub shows at most 10 annotations of each severity per step); all 40 findings are listed in the job summary and in',
    );
    const rows = run.summary.split('\n').filter((line) => /^\| \d+ \|/.test(line) || /\[APF\d{3}\]/.test(line));
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(run.outputs).toMatchObject({ errors: '20', warnings: '20' });
  });

  it('passes with fail-on never', () => {
    const run = runAction(workspace, { config: 'forty.cfg', 'fail-on': 'never', disable: 'unknown-section' });
    expect(run.status).toBe(0);
    expect(commands(run.stdout, 'error')).toHaveLength(10);
  });

  it('fails with one line for a missing config file', () => {
    const run = runAction(workspace, { config: 'nope/airflow.cfg' });
    expect(commands(run.stdout, 'error')).toEqual(['::error::nope/airflow.cfg: no such file']);
    expect(run.status).toBe(1);
  });
});
