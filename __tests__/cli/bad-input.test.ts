// Every bad input ends in one clear line naming the file, and exit code 2 (usage/I-O) or 1 (the
// file is an airflow.cfg Airflow would refuse) — never a stack trace.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apf-bad-'));
  writeFileSync(join(dir, 'ok.cfg'), '[core]\nexecutor = LocalExecutor\n');
  writeFileSync(join(dir, 'nul.cfg'), Buffer.from('[core]\nexecutor = Local\u0000Executor\n', 'utf8'));
  // Saved as UTF-16 by a Windows editor: with a byte order mark (Airflow 2.10.5 fails with the quoted error), and without.
  writeFileSync(join(dir, 'utf16.cfg'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[core]\nexecutor = LocalExecutor\n', 'utf16le')]));
  writeFileSync(join(dir, 'utf16-no-bom.cfg'), Buffer.from('[core]\nexecutor = LocalExecutor\n', 'utf16le'));
  writeFileSync(join(dir, 'latin1.cfg'), Buffer.concat([Buffer.from('[core]\nexecutor = LocalExecutor\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  writeFileSync(join(dir, 'big.cfg'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x23));
  writeFileSync(join(dir, 'no-header.cfg'), 'executor = LocalExecutor\n[core]\n');
  writeFileSync(join(dir, 'bom.cfg'), '\ufeff[core]\nexecutor = LocalExecutor\n');
  writeFileSync(join(dir, 'dup-section.cfg'), '[core]\nexecutor = LocalExecutor\n\n[core]\nparallelism = 32\n');
  writeFileSync(join(dir, 'dup-option.cfg'), '[core]\nexecutor = LocalExecutor\nexecutor = CeleryExecutor\n');
  writeFileSync(join(dir, 'bad-line.cfg'), '[core]\nexecutor = LocalExecutor\nthis line has no delimiter\n');
  writeFileSync(join(dir, 'crlf.cfg'), '[core]\r\nexecutor = LocalExecutor\r\n  # note\r\nparallelism = 32\r\n');
  writeFileSync(join(dir, 'unreadable.cfg'), '[core]\n');
  chmodSync(join(dir, 'unreadable.cfg'), 0o000);
  mkdirSync(join(dir, 'a-directory'));
  symlinkSync('loop.cfg', join(dir, 'loop.cfg'));
  execFileSync('mkfifo', [join(dir, 'fifo.cfg')]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const p = (name: string) => join(dir, name);

interface Case {
  name: string;
  args: () => string[];
  status: number;
  stderr?: () => string;
  stdout?: () => string | RegExp;
}

const cases: Case[] = [
  { name: 'missing file (parse)', args: () => ['parse', p('missing.cfg')], status: 2, stderr: () => `airflow-preflight: ${p('missing.cfg')}: no such file` },
  { name: 'missing file (lint)', args: () => ['lint', p('missing.cfg')], status: 2, stderr: () => `airflow-preflight: ${p('missing.cfg')}: no such file` },
  {
    name: 'a directory',
    args: () => ['parse', p('a-directory')],
    status: 2,
    stderr: () => `airflow-preflight: ${p('a-directory')}: is a directory, not a file (give the path of an airflow.cfg, or a glob such as 'config/**/airflow.cfg')`,
  },
  {
    name: 'a path through a file',
    args: () => ['lint', join(p('ok.cfg'), 'airflow.cfg')],
    status: 2,
    stderr: () => `airflow-preflight: ${join(p('ok.cfg'), 'airflow.cfg')}: a part of the path is not a directory`,
  },
  { name: 'a symbolic link loop', args: () => ['lint', p('loop.cfg')], status: 2, stderr: () => `airflow-preflight: ${p('loop.cfg')}: is a symbolic link that loops` },
  { name: 'a FIFO', args: () => ['lint', p('fifo.cfg')], status: 2, stderr: () => `airflow-preflight: ${p('fifo.cfg')}: is not a regular file` },
  {
    name: 'binary content (NUL byte)',
    args: () => ['lint', p('nul.cfg')],
    status: 2,
    stderr: () => `airflow-preflight: ${p('nul.cfg')}: contains a NUL byte at line 2; it looks like a binary file, not an airflow.cfg`,
  },
  {
    name: 'UTF-16 with a byte order mark',
    args: () => ['lint', p('utf16.cfg')],
    status: 2,
    stderr: () =>
      `airflow-preflight: ${p('utf16.cfg')}: is UTF-16 (little-endian, with a byte order mark); Airflow reads airflow.cfg as UTF-8 and fails with "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte": save it as UTF-8`,
  },
  {
    name: 'UTF-16 without a byte order mark',
    args: () => ['parse', p('utf16-no-bom.cfg')],
    status: 2,
    stderr: () =>
      `airflow-preflight: ${p('utf16-no-bom.cfg')}: looks like UTF-16 (little-endian, without a byte order mark: a NUL byte beside every character); Airflow reads airflow.cfg as UTF-8 and would see a NUL in every name, so none of its options would be read: save it as UTF-8`,
  },
  {
    name: 'not UTF-8',
    args: () => ['parse', p('latin1.cfg')],
    status: 2,
    stderr: () =>
      `airflow-preflight: ${p('latin1.cfg')}: is not valid UTF-8 (first bad byte at line 3); Airflow reads airflow.cfg as UTF-8 and would fail with UnicodeDecodeError: save it as UTF-8`,
  },
  {
    name: 'over 10 MB',
    args: () => ['lint', p('big.cfg')],
    status: 2,
    stderr: () => `airflow-preflight: ${p('big.cfg')}: is larger than 10 MB (10485761 bytes); an airflow.cfg is a text file of a few hundred KB at most`,
  },
  { name: 'unknown option', args: () => ['lint', '--formt', 'json', p('ok.cfg')], status: 2, stderr: () => `airflow-preflight: unknown option '--formt' (Did you mean --format?)` },
  {
    name: 'bad --format value',
    args: () => ['lint', '--format', 'xml', p('ok.cfg')],
    status: 2,
    stderr: () => `airflow-preflight: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, rdjson.`,
  },
  {
    name: 'bad --fail-on value',
    args: () => ['lint', '--fail-on', 'critical', p('ok.cfg')],
    status: 2,
    stderr: () => `airflow-preflight: option '--fail-on <level>' argument 'critical' is invalid. Allowed choices are error, warning, notice, never.`,
  },
  {
    name: 'bad --airflow-version',
    args: () => ['lint', '--airflow-version', 'latest', p('ok.cfg')],
    status: 2,
    stderr: () => `airflow-preflight: Invalid Airflow version "latest": expected a release like 2.10.4 or a minor like 2.10.`,
  },
  { name: 'a glob that matches nothing', args: () => ['lint', '--root', dir, 'nothing/**/*.cfg'], status: 2, stderr: () => `airflow-preflight: nothing/**/*.cfg: the pattern matches no file` },
  {
    name: 'no airflow.cfg to discover',
    args: () => ['lint', '--root', p('a-directory')],
    status: 2,
    stderr: () => `airflow-preflight: no airflow.cfg found under ${p('a-directory')}; give the path of the file to lint`,
  },
  { name: 'a missing --env-file', args: () => ['lint', '--env-file', p('missing.env'), p('ok.cfg')], status: 2, stderr: () => `airflow-preflight: ${p('missing.env')}: no such file` },
  { name: 'unknown command', args: () => ['check', p('ok.cfg')], status: 2, stderr: () => `airflow-preflight: unknown command 'check'` },
  { name: 'parse without a file', args: () => ['parse'], status: 2, stderr: () => `airflow-preflight: missing required argument 'file'` },
  {
    name: 'an --output path that is a directory',
    args: () => ['lint', '--output', p('a-directory'), p('ok.cfg')],
    status: 2,
    stderr: () => `airflow-preflight: ${p('a-directory')}: is a directory, not a file`,
  },
  {
    name: 'no section header (parse --format json)',
    args: () => ['parse', '--format', 'json', p('no-header.cfg')],
    status: 1,
    stdout: () => /"kind": "MissingSectionHeaderError",\n\s+"line": 1,/,
  },
  {
    name: 'a UTF-8 byte order mark (Airflow reads it as part of line 1)',
    args: () => ['lint', '--airflow-version', '2.10', p('bom.cfg')],
    status: 1,
    stdout: () => `${p('bom.cfg')}:1:1`,
  },
  {
    name: 'a duplicate section',
    args: () => ['lint', '--airflow-version', '2.10', '--format', 'json', p('dup-section.cfg')],
    status: 1,
    stdout: () => /"ruleId": "APF001",\n\s+"severity": "error",\n\s+"line": 4,/,
  },
  {
    name: 'a duplicate option (the same name twice; `Executor` would be another option, as in Airflow)',
    args: () => ['lint', '--airflow-version', '2.10', '--format', 'json', p('dup-option.cfg')],
    status: 1,
    stdout: () => /"line": 3,[\s\S]*configparser raises DuplicateOptionError/,
  },
  {
    name: 'a line configparser cannot read',
    args: () => ['lint', '--airflow-version', '2.10', '--format', 'json', p('bad-line.cfg')],
    status: 1,
    stdout: () => /"line": 3,[\s\S]*configparser raises ParsingError/,
  },
];

describe('bad input: one clear line, the right exit code', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const run = runCli(testCase.args());
      expect(run.stderr).not.toMatch(/\n\s+at /);
      if (testCase.stderr) expect(run.stderr).toBe(`${testCase.stderr()}\n`);
      const expectedOut = testCase.stdout?.();
      if (typeof expectedOut === 'string') expect(run.stdout).toContain(expectedOut);
      else if (expectedOut) expect(run.stdout).toMatch(expectedOut);
      expect(run.status).toBe(testCase.status);
    });
  }

  it.skipIf(isRoot)('an unreadable file', () => {
    const run = runCli(['lint', p('unreadable.cfg')]);
    expect(run.stderr).toBe(`airflow-preflight: ${p('unreadable.cfg')}: permission denied: the file cannot be read\n`);
    expect(run.status).toBe(2);
  });
  if (isRoot) console.log('skipped "an unreadable file": running as root, which may read any file');

  it('CRLF line endings and an indented comment read as Python reads them', () => {
    const run = runCli(['parse', '--format', 'json', p('crlf.cfg')]);
    expect(JSON.parse(run.stdout)).toEqual({ sections: { core: { executor: 'LocalExecutor', parallelism: '32' } }, error: null });
    expect(run.status).toBe(0);
  });
});
