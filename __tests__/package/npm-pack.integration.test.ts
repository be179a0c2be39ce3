// Integration (npm and the registry's client): what `npm pack` gives installs into an empty directory
// with `npm install --omit=dev` and runs `npx airflow-preflight lint` there, with nothing else around it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

let work: string;
let project: string;
let tarball: string;

const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'apf-pack-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO_ROOT, env: npmEnv, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed[0]?.filename ?? '');
  project = join(work, 'empty-project');
  execFileSync('mkdir', [project]);
  execFileSync('npm', ['install', '--omit=dev', '--prefer-offline', tarball], { cwd: project, env: npmEnv, encoding: 'utf8', timeout: 120_000 });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack → npm install --omit=dev → npx airflow-preflight', () => {
  it('packs the bundle, the rule docs, action.yml and the README, and no sources or tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing).toContain('package/dist/cli.js');
    expect(listing).toContain('package/docs/rules/README.md');
    expect(listing).toContain('package/package.json');
    expect(listing.some((path) => path.startsWith('package/src/') || path.startsWith('package/__tests__/'))).toBe(false);
  });

  it('installs without runtime dependencies (the CLI is one bundle)', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['airflow-preflight']);
    expect(existsSync(join(project, 'node_modules', '.bin', 'airflow-preflight'))).toBe(true);
  });

  it('runs lint there through npx, with the exit code and report of the repository build', () => {
    copyFileSync(join(REPO_ROOT, 'examples', 'seed', 'airflow.cfg'), join(project, 'airflow.cfg'));
    const run = spawnSync('npx', ['--no-install', 'airflow-preflight', 'lint', 'airflow.cfg', '--airflow-version', '2.10'], {
      cwd: project,
      env: npmEnv,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('airflow.cfg:11:20  error    [database] sql_alchemy_conn is a SQLite database');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 errors, 3 warnings, 0 notices (0 suppressed)');
    expect(run.status).toBe(1);
    const version = spawnSync('npx', ['--no-install', 'airflow-preflight', '--version'], { cwd: project, env: npmEnv, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });
});
