// lint --fix from the outside: files rewritten in place (atomically, mode and links kept), --dry-run
// prints a diff and writes nothing, JSON says which findings are fixable, compose and .env renamed.
import { chmodSync, chownSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CFG = [
  '# Our Airflow settings',
  '[core]',
  'executor = LocalExecutor  # was SequentialExecutor',
  'sql_alchemy_conn = postgres://airflow@db:5432/airflow',
  'load_examples = False',
  '',
  '[webserver]',
  'expose_config = False',
  '',
].join('\n');

const FIXED = [
  '# Our Airflow settings',
  '[core]',
  '# was SequentialExecutor',
  'executor = LocalExecutor',
  'load_examples = False',
  '',
  '[webserver]',
  'expose_config = False',
  '',
  '[database]',
  'sql_alchemy_conn = postgresql://airflow@db:5432/airflow',
  '',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'apf-fix-'));
  writeFileSync(join(dir, 'airflow.cfg'), CFG);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lint = (...args: string[]) => runCli(['lint', '--airflow-version', '2.10', ...args], { cwd: dir });

describe('lint --fix', () => {
  it('rewrites the file with every safe fix and reports what is left', () => {
    const run = lint('--fix', 'airflow.cfg');
    expect(readFileSync(join(dir, 'airflow.cfg'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toBe('airflow-preflight: applied 3 fix(es) to 1 file(s): airflow.cfg\n');
    expect(run.stdout).not.toMatch(/APF003|APF101|APF111|APF201/);
    // No temporary file is left next to it.
    expect(readdirSync(dir)).toEqual(['airflow.cfg']);
    // A second run changes nothing.
    const again = lint('--fix', 'airflow.cfg');
    expect(again.stderr).toBe('airflow-preflight: applied 0 fix(es) to 0 file(s)\n');
    expect(readFileSync(join(dir, 'airflow.cfg'), 'utf8')).toBe(FIXED);
  });

  it('keeps the file mode (and, run as root, its owner), and writes through a symbolic link without replacing it', () => {
    chmodSync(join(dir, 'airflow.cfg'), 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(join(dir, 'airflow.cfg'), 4321, 4321);
    symlinkSync('airflow.cfg', join(dir, 'link.cfg'));
    lint('--fix', 'link.cfg');
    expect(lstatSync(join(dir, 'link.cfg')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'airflow.cfg'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'airflow.cfg')).mode & 0o777).toBe(0o640);
    if (root) expect([statSync(join(dir, 'airflow.cfg')).uid, statSync(join(dir, 'airflow.cfg')).gid]).toEqual([4321, 4321]);
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const run = lint('--fix', '--dry-run', 'airflow.cfg');
    expect(readFileSync(join(dir, 'airflow.cfg'), 'utf8')).toBe(CFG);
    expect(run.stdout).toBe(
      [
        '--- a/airflow.cfg',
        '+++ b/airflow.cfg',
        '@@ -1,8 +1,11 @@',
        ' # Our Airflow settings',
        ' [core]',
        '-executor = LocalExecutor  # was SequentialExecutor',
        '-sql_alchemy_conn = postgres://airflow@db:5432/airflow',
        '+# was SequentialExecutor',
        '+executor = LocalExecutor',
        ' load_examples = False',
        ' ',
        ' [webserver]',
        ' expose_config = False',
        '+',
        '+[database]',
        '+sql_alchemy_conn = postgresql://airflow@db:5432/airflow',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('airflow-preflight: 3 fix(es) would change 1 file(s); nothing was written\n');
  });

  it('--dry-run masks secrets in the diff it prints (the file keeps them)', () => {
    writeFileSync(join(dir, 'airflow.cfg'), '[database]\nsql_alchemy_conn = postgres://airflow:Sup3rS3cret@db/airflow\n');
    const run = lint('--fix', '--dry-run', 'airflow.cfg');
    expect(run.stdout).not.toContain('Sup3rS3cret');
    expect(run.stdout).toContain('+sql_alchemy_conn = postgresql://airflow:***@db/airflow');
    lint('--fix', 'airflow.cfg');
    expect(readFileSync(join(dir, 'airflow.cfg'), 'utf8')).toBe('[database]\nsql_alchemy_conn = postgresql://airflow:Sup3rS3cret@db/airflow\n');
  });

  it('names a fixed file with control characters in one line, without them', () => {
    const name = 'evil\n::error::x.cfg';
    writeFileSync(join(dir, name), CFG);
    const run = lint('--fix', name);
    expect(run.stderr).toBe('airflow-preflight: applied 3 fix(es) to 1 file(s): evil?::error::x.cfg\n');
    expect(readFileSync(join(dir, name), 'utf8')).toBe(FIXED);
  });

  it('--dry-run without --fix is a usage error', () => {
    const run = lint('--dry-run', 'airflow.cfg');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('airflow-preflight: --dry-run goes with --fix: it prints the fixes as a diff instead of writing them\n');
  });

  it('JSON findings say which are fixable', () => {
    const report = JSON.parse(lint('--format', 'json', 'airflow.cfg').stdout) as { findings: { ruleId: string; fixable?: boolean }[] };
    const fixable = report.findings.filter((finding) => finding.fixable).map((finding) => finding.ruleId).sort();
    expect(fixable).toEqual(['APF101', 'APF111', 'APF201']);
    expect(report.findings.find((finding) => finding.ruleId === 'APF120')).not.toHaveProperty('fixable');
  });

  it('renames compose and .env variables Airflow 3 no longer reads, and fixes their postgres:// URLs', () => {
    const compose = [
      'x-airflow-common:',
      '  environment: &env',
      '    AIRFLOW__CORE__SQL_ALCHEMY_CONN: postgres://airflow@db/airflow',
      '    AIRFLOW__CORE__EXECUTOR: LocalExecutor',
      'services:',
      '  scheduler:',
      '    image: apache/airflow:3.1.8',
      '    environment:',
      '      <<: *env',
      '      AIRFLOW__WEBSERVER__WEB_SERVER_PORT: "8080"',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'docker-compose.yaml'), compose);
    writeFileSync(join(dir, 'airflow.env'), 'AIRFLOW__CORE__DAG_CONCURRENCY=8\n');
    const run = runCli(['lint', '--airflow-version', '3.1', '--fix', 'docker-compose.yaml', '--env-file', 'airflow.env'], { cwd: dir });
    expect(run.stderr).toContain('docker-compose.yaml');
    const fixed = readFileSync(join(dir, 'docker-compose.yaml'), 'utf8');
    // 3.1 still reads AIRFLOW__WEBSERVER__WEB_SERVER_PORT, as [api] port, with a deprecation warning (APF201).
    expect(fixed).toBe(
      compose
        .replace('AIRFLOW__CORE__SQL_ALCHEMY_CONN: postgres://', 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql://')
        .replace('AIRFLOW__WEBSERVER__WEB_SERVER_PORT', 'AIRFLOW__API__PORT'),
    );
    expect(readFileSync(join(dir, 'airflow.env'), 'utf8')).toBe('AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG=8\n');
    expect(run.stdout).not.toMatch(/APF302|APF111/);
  });
  it('renames variables Airflow 2 still reads at their old place (with a deprecation warning), in compose and .env files', () => {
    const compose = [
      'services:',
      '  scheduler:',
      '    image: apache/airflow:2.10.5',
      '    command: scheduler',
      '    environment:',
      '      AIRFLOW__CORE__SQL_ALCHEMY_CONN: postgresql://airflow@db/airflow',
      '      AIRFLOW__CORE__EXECUTOR: LocalExecutor',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'docker-compose.yaml'), compose);
    writeFileSync(join(dir, 'airflow.env'), 'AIRFLOW__CORE__SQL_ALCHEMY_POOL_SIZE=8\n');
    const before = runCli(['lint', '--airflow-version', '2.10.5', 'docker-compose.yaml', '--env-file', 'airflow.env'], { cwd: dir });
    expect(before.stdout).toContain(
      'AIRFLOW__CORE__SQL_ALCHEMY_CONN names [core] sql_alchemy_conn, which is now [database] sql_alchemy_conn since Airflow 2.3.0. Airflow 2.10.5 still reads the old name with a deprecation warning, but a later release ignores it.  APF201',
    );
    runCli(['lint', '--airflow-version', '2.10.5', '--fix', 'docker-compose.yaml', '--env-file', 'airflow.env'], { cwd: dir });
    expect(readFileSync(join(dir, 'docker-compose.yaml'), 'utf8')).toBe(compose.replace('AIRFLOW__CORE__SQL_ALCHEMY_CONN', 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN'));
    expect(readFileSync(join(dir, 'airflow.env'), 'utf8')).toBe('AIRFLOW__DATABASE__SQL_ALCHEMY_POOL_SIZE=8\n');
    const again = runCli(['lint', '--airflow-version', '2.10.5', '--fix', '--dry-run', 'docker-compose.yaml', '--env-file', 'airflow.env'], { cwd: dir });
    expect(again.stdout).not.toContain('APF201');
    expect(again.stderr).toContain('0 fix(es) would change 0 file(s)');
  });
});
