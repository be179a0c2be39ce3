// fail-on, suppression comments, --disable and --strict-suppressions, seen from the outside:
// exit codes and what the report says.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

let dir: string;
const production = readFileSync(join(REPO_ROOT, 'examples', 'production-2.10', 'airflow.cfg'), 'utf8');
/** The production example with one warning: example DAGs loaded. */
const withExamples = production.replace('load_examples = False', 'load_examples = True');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apf-thresholds-'));
  writeFileSync(join(dir, 'warning.cfg'), withExamples);
  writeFileSync(
    join(dir, 'suppressed.cfg'),
    withExamples.replace('load_examples = True', '# airflow-preflight: disable=load-examples -- demo image for the sales team\nload_examples = True'),
  );
  writeFileSync(
    join(dir, 'no-reason.cfg'),
    withExamples.replace('load_examples = True', '# airflow-preflight: disable=APF130\nload_examples = True'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lint = (file: string, ...flags: string[]) => runCli(['lint', '--airflow-version', '2.10', ...flags, join(dir, file)]);
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('--fail-on', () => {
  it('passes a warning at the default level (error)', () => {
    const run = lint('warning.cfg');
    expect(run.stdout).toContain('APF130');
    expect(lastLine(run.stdout)).toBe('0 errors, 1 warning, 0 notices (0 suppressed)');
    expect(run.status).toBe(0);
  });

  it.each([
    ['warning', 1],
    ['notice', 1],
    ['error', 0],
    ['never', 0],
  ])('--fail-on %s exits %i for a warning (inclusive levels)', (level, status) => {
    expect(lint('warning.cfg', '--fail-on', level).status).toBe(status);
  });
});

describe('suppressions', () => {
  it('an inline suppression with a reason removes the finding and counts it', () => {
    const run = lint('suppressed.cfg', '--fail-on', 'warning');
    expect(run.stdout).not.toContain('APF130');
    expect(lastLine(run.stdout)).toBe('0 errors, 0 warnings, 0 notices (1 suppressed)');
    expect(run.status).toBe(0);
  });

  it('a suppression without a reason still suppresses, and is itself a warning', () => {
    const run = lint('no-reason.cfg', '--fail-on', 'warning', '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['APF901']);
    expect(report.summary.suppressed).toBe(1);
    expect(run.status).toBe(1);
  });

  it('--strict-suppressions reports what the comments would hide', () => {
    const run = lint('suppressed.cfg', '--fail-on', 'warning', '--strict-suppressions');
    expect(run.stdout).toContain('APF130');
    expect(lastLine(run.stdout)).toBe('0 errors, 1 warning, 0 notices (0 suppressed)');
    expect(run.status).toBe(1);
  });

  it('--disable drops a rule everywhere, by id or alias, and counts what it dropped', () => {
    for (const ref of ['APF130', 'load-examples']) {
      const run = lint('warning.cfg', '--fail-on', 'warning', '--disable', ref);
      expect(run.stdout).not.toContain('APF130');
      expect(lastLine(run.stdout)).toBe('0 errors, 0 warnings, 0 notices (1 suppressed)');
      expect(run.status).toBe(0);
    }
  });

  it('--quiet lists errors only but still counts everything', () => {
    const run = lint('warning.cfg', '--quiet');
    expect(run.stdout).not.toContain('APF130');
    expect(lastLine(run.stdout)).toBe('0 errors, 1 warning, 0 notices (0 suppressed)');
  });
});
