// `.airflow-preflight.yaml`, seen from the outside: the CLI and the action read the same file, and a flag
// always wins over the file, which wins over the defaults.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { runAction } from '../helpers/action.js';
import { parseProjectConfig } from '../../src/project-config/load.js';

const production = readFileSync(join(REPO_ROOT, 'examples', 'production-2.10', 'airflow.cfg'), 'utf8');
/** The production example with one warning (APF130, example DAGs loaded). */
const withExamples = production.replace('load_examples = False', 'load_examples = True');

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'apf-config-file-'));
  mkdirSync(join(repo, 'prod'));
  mkdirSync(join(repo, 'legacy'));
  writeFileSync(join(repo, 'prod', 'airflow.cfg'), withExamples);
  writeFileSync(join(repo, 'legacy', 'airflow.cfg'), withExamples);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const writeConfig = (text: string, name = '.airflow-preflight.yaml') => writeFileSync(join(repo, name), text);
const lintJson = (...args: string[]) => {
  const run = runCli(['lint', '--format', 'json', ...args], { cwd: repo });
  return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as { findings: { file: string; ruleId: string; severity: string }[]; summary: { knowledgeVersion: string } }) : undefined };
};
const apf130 = (report: { findings: { file: string; ruleId: string; severity: string }[] } | undefined) =>
  (report?.findings ?? []).filter((finding) => finding.ruleId === 'APF130').map((finding) => `${finding.file} ${finding.severity}`);

describe('.airflow-preflight.yaml with the CLI', () => {
  it('without a file: defaults (warning, fail-on error, every cfg)', () => {
    const run = lintJson('--airflow-version', '2.10');
    expect(apf130(run.report)).toEqual(['legacy/airflow.cfg warning', 'prod/airflow.cfg warning']);
    expect(run.status).toBe(0);
  });

  it('sets severities by id or alias, ignores globs and overrides per path', () => {
    writeConfig(
      [
        "airflow-version: '2.10'",
        'rules:',
        '  load-examples: error',
        'ignore:',
        "  - 'legacy/**'",
        'overrides:',
        "  - files: ['prod/**']",
        '    rules: { APF130: notice }',
      ].join('\n'),
    );
    const run = lintJson();
    expect(apf130(run.report)).toEqual(['prod/airflow.cfg notice']);
    expect(run.report?.findings.some((finding) => finding.file.startsWith('legacy/'))).toBe(false);
    expect(run.status).toBe(0);
  });

  it('a rule set to error makes the lint fail; off drops it (listed as suppressed)', () => {
    writeConfig('rules:\n  APF130: error\n');
    expect(lintJson('--airflow-version', '2.10').status).toBe(1);
    writeConfig('rules:\n  APF130: off\n');
    const run = lintJson('--airflow-version', '2.10');
    expect(apf130(run.report)).toEqual([]);
    expect(JSON.parse(run.stdout).suppressed.filter((entry: { ruleId: string }) => entry.ruleId === 'APF130')).toHaveLength(2);
  });

  it('flags win over the file, the file wins over the defaults (airflow-version, fail-on, disable)', () => {
    writeConfig("airflow-version: '3.1'\nfail-on: warning\nrules:\n  APF130: error\n");
    // The file alone: 3.1 facts, fail on warnings.
    const fromFile = lintJson('prod/airflow.cfg');
    expect(fromFile.report?.summary.knowledgeVersion).toMatch(/^3\.1\./);
    expect(fromFile.status).toBe(1);
    // Flags: 2.10 facts, never fail, and --disable turns off what the file set to error.
    const fromFlags = lintJson('prod/airflow.cfg', '--airflow-version', '2.10', '--fail-on', 'never', '--disable', 'load-examples');
    expect(fromFlags.report?.summary.knowledgeVersion).toMatch(/^2\.10\./);
    expect(apf130(fromFlags.report)).toEqual([]);
    expect(fromFlags.status).toBe(0);
  });

  it('--config names another file, which must exist', () => {
    writeConfig('rules:\n  APF130: off\n', 'team.yaml');
    expect(apf130(lintJson('--airflow-version', '2.10', '--config', 'team.yaml').report)).toEqual([]);
    const missing = runCli(['lint', '--config', 'nope.yaml', 'prod/airflow.cfg'], { cwd: repo });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('airflow-preflight: nope.yaml: no such file (given as the configuration file)\n');
  });

  it('a mistake in the file is one line naming the file and the line', () => {
    writeConfig("airflow-version: '2.10'\nrules:\n  APF999: error\n");
    const run = runCli(['lint', 'prod/airflow.cfg'], { cwd: repo });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("airflow-preflight: .airflow-preflight.yaml:3: rules: 'APF999' names no rule (see docs/rules/README.md)\n");
  });
});

describe('parseProjectConfig', () => {
  it.each([
    ['rules: [APF130]\n', 'x.yaml:1: rules must be a mapping of rule id or alias to off, error, warning or notice'],
    ['rules:\n  APF130: loud\n', 'x.yaml:2: rules: APF130 must be one of off, error, warning, notice'],
    ['airflow-version: two\n', "x.yaml:1: airflow-version must be a version such as '2.10' or '3.1.2' (quote it)"],
    ['fail-on: sometimes\n', 'x.yaml:1: fail-on must be one of error, warning, notice, never'],
    ['colour: red\n', "x.yaml:1: unknown key 'colour'; expected one of airflow-version, fail-on, rules, ignore, overrides"],
    ['overrides:\n  - rules: { APF130: off }\n', "x.yaml:2: an override needs 'files': the globs it applies to"],
    ['rules:\n  APF130: off\n  APF130: error\n', 'x.yaml:3: not valid YAML (Map keys must be unique)'],
    ['- a\n', 'x.yaml:1: the configuration must be a mapping (airflow-version, fail-on, rules, ignore, overrides)'],
  ])('refuses %j', (text, message) => {
    expect(() => parseProjectConfig('x.yaml', text)).toThrow(message);
  });

  it('reads an unquoted 2.10 as 2.10, `off` written as YAML 1.1 false, and an empty file', () => {
    const config = parseProjectConfig('x.yaml', 'airflow-version: 2.10\nrules:\n  inline-comment: off\n');
    expect(config.airflowVersion).toBe('2.10');
    expect(config.rules.get('APF003')).toBe('off');
    expect(parseProjectConfig('x.yaml', '').rules.size).toBe(0);
  });
});

describe('.airflow-preflight.yaml with the action', () => {
  it('reads the file at the working directory, and config-file names another; the fail-on input wins', () => {
    writeConfig('fail-on: warning\nignore: [legacy/**]\n');
    const fromFile = runAction(repo, { 'airflow-version': '2.10' });
    expect(fromFile.outputs.warnings).toBe('1');
    expect(fromFile.status).toBe(1);
    const fromInput = runAction(repo, { 'airflow-version': '2.10', 'fail-on': 'error' });
    expect(fromInput.status).toBe(0);
    writeConfig('rules: { APF130: off }\n', 'other.yaml');
    const named = runAction(repo, { 'airflow-version': '2.10', 'config-file': join(repo, 'other.yaml') });
    expect(named.outputs.warnings).toBe('0');
  });
});
