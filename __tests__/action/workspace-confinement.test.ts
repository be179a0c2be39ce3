// The action reads nothing outside GITHUB_WORKSPACE, links resolved; the CLI reads what it is given.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, runAction } from '../helpers/action.js';
import { runCli } from '../helpers/cli.js';

const SECRET_LINE = 'outside_secret = OutsideTheWorkspace7Qx';
let outside: string;
let workspace: string;

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'apf-outside-'));
  writeFileSync(join(outside, 'airflow.cfg'), `[core]\n${SECRET_LINE}\n`);
  workspace = mkdtempSync(join(tmpdir(), 'apf-confined-'));
  writeFileSync(join(workspace, 'airflow.cfg'), '[core]\nexecutor = LocalExecutor\n');
  mkdirSync(join(workspace, 'linked'));
  symlinkSync(join(outside, 'airflow.cfg'), join(workspace, 'linked', 'airflow.cfg'));
});

afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

function expectRefused(run: ReturnType<typeof runAction>, path: string): void {
  expect(run.stdout).not.toContain('OutsideTheWorkspace');
  expect(run.summary).not.toContain('OutsideTheWorkspace');
  const errors = commands(run.stdout, 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`${path}: not read, because it is outside the workspace`);
}

describe('workspace confinement', () => {
  it('refuses a config path that climbs out of the workspace', () => {
    const path = relative(workspace, join(outside, 'airflow.cfg'));
    expect(path.startsWith('..')).toBe(true);
    const run = runAction(workspace, { config: path });
    expect(run.status).toBe(1);
    expectRefused(run, path);
  });

  it('refuses a committed symbolic link to a file outside', () => {
    const run = runAction(workspace, { config: 'linked/airflow.cfg' });
    expect(run.status).toBe(1);
    expectRefused(run, 'linked/airflow.cfg');
  });

  it('discovery does not follow a committed symbolic link out of the workspace', () => {
    const run = runAction(workspace, { config: '', 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(run.stdout + run.summary).not.toContain('OutsideTheWorkspace');
    expect(run.summary).not.toContain('linked/airflow.cfg');
  });

  it('refuses /etc/passwd named directly, without quoting it', () => {
    const run = runAction(workspace, { config: '/etc/passwd' });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/root:/);
    expect(commands(run.stdout, 'error')[0]).toContain('/etc/passwd: not read, because it is outside the workspace');
  });

  it('the CLI reads what its user names', () => {
    const run = runCli(['parse', join(outside, 'airflow.cfg'), '--show-secrets']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(SECRET_LINE);
  });
});
