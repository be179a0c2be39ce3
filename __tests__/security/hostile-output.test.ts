// Crafted repository content (committed under __tests__/fixtures/hostile, plus directory names made
// here) run through the bundled CLI and the bundled action; every output is read the way the runner
// reads it, and the job summary the way GitHub renders Markdown.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { runnerCommandLines } from '../helpers/runner-lines.js';

const FIXTURES = join(REPO_ROOT, '__tests__', 'fixtures', 'hostile');
/** Directory names no one would commit, made in the test. */
const HOSTILE_DIRS = ['::error ::x', 'a`b``c<img src=x onerror=alert(1)>|d', 'line\rbreak ##[error]x'];

let repo: string;
let pins: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'apf-hostile-'));
  cpSync(FIXTURES, repo, { recursive: true });
  const cfg = '[core]\nexecutor = SequentialExecutor\nload_examples = True\n';
  for (const dir of HOSTILE_DIRS) {
    mkdirSync(join(repo, dir));
    writeFileSync(join(repo, dir, 'airflow.cfg'), cfg);
  }
  // Only the requirements file pins the version here, so its hostile line is the one quoted.
  pins = mkdtempSync(join(tmpdir(), 'apf-hostile-pins-'));
  cpSync(join(FIXTURES, 'requirements.txt'), join(pins, 'requirements.txt'));
  cpSync(join(FIXTURES, 'airflow.cfg'), join(pins, 'airflow.cfg'));
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(pins, { recursive: true, force: true });
});

/** The commands the action writes itself, through @actions/core (which escapes their data). */
const OWN_COMMAND = /^::(error|warning|notice|debug|add-mask|group|endgroup)( |::)/;

function expectNoForgedCommand(output: string, what: string, allowOwn = false): void {
  const forged = runnerCommandLines(output).filter((line) => !(allowOwn && OWN_COMMAND.test(line) && !line.includes('##[')));
  expect(forged, what).toEqual([]);
}

describe('hostile repository content never becomes a workflow command', () => {
  const cliRuns: [string, string[], () => string][] = [
    ['lint text', ['lint', '--root', '.'], () => repo],
    ['lint json', ['lint', '--root', '.', '--format', 'json'], () => repo],
    ['lint sarif', ['lint', '--root', '.', '--format', 'sarif'], () => repo],
    ['lint of a hostile directory', ['lint', '::error ::x/airflow.cfg'], () => repo],
    ['lint of a missing file in a hostile directory', ['lint', 'line\rbreak ##[error]x/missing.cfg'], () => repo],
    ['explain text', ['explain', '.'], () => repo],
    ['explain json', ['explain', '.', '--format', 'json'], () => repo],
    ['parse text', ['parse', 'airflow.cfg'], () => repo],
    ['parse json', ['parse', 'airflow.cfg', '--format', 'json'], () => repo],
    ['parse of an unparseable file', ['parse', 'unparseable.cfg'], () => repo],
    ['lint of a version pinned in requirements', ['lint', 'airflow.cfg', '--root', '.'], () => pins],
  ];
  for (const [what, args, cwd] of cliRuns) {
    it(`CLI ${what}`, () => {
      const run = runCli(args, { cwd: cwd() });
      expect(run.status, run.stderr).not.toBeNull();
      expect(run.stdout + run.stderr, what).not.toBe('');
      expectNoForgedCommand(run.stdout, `${what}: stdout`);
      expectNoForgedCommand(run.stderr, `${what}: stderr`);
    });
  }

  it('the requirements line that pins the version is quoted, escaped', () => {
    const run = runCli(['lint', 'airflow.cfg', '--root', '.'], { cwd: pins });
    expect(run.stdout).toMatch(/detected from requirements\.txt:2 \(apache-airflow\[postgres\]==2\.10\.4 +# #\u2060#\[stop-commands\]x\)/);
  });

  for (const [what, workspace] of [
    ['a repository of hostile files and directory names', () => repo],
    ['a version pinned by a hostile requirements line', () => pins],
  ] as const) {
    it(`the action on ${what}: log, annotations and summary`, () => {
      const run = runAction(workspace(), { config: '', 'fail-on': 'never' });
      expect(run.status, run.stderr).toBe(0);
      expectNoForgedCommand(run.stdout, 'action stdout', true);
      expectNoForgedCommand(run.stderr, 'action stderr');
      expect(Object.keys(run.outputs).sort()).toEqual(
        ['errors', 'findings-file', 'notices', 'sarif-file', 'target-airflow-version', 'warnings'].sort(),
      );
      expectSafeSummary(run.summary);
    });
  }
});

/** The HTML the summary writes itself. */
const OWN_HTML = /^<\/?(details|summary|br)>$/;

function expectSafeSummary(markdown: string): void {
  expect(markdown).toContain('## airflow-preflight');
  expect(markdown).not.toMatch(/\r/);
  const prose = withoutCode(markdown);
  for (const tag of prose.match(/<[^>]*>?/g) ?? []) expect(tag).toMatch(OWN_HTML);
  // Links only to the rule docs; no autolinks.
  for (const link of prose.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(link[1]).toMatch(/^https:\/\/[^ ]+\/docs\/rules\/APF\d{3}/);
  const bare = prose.replace(/(?<!\\)\]\([^)]*\)/g, '](…)');
  expect(bare).not.toMatch(/(?<!\\):\/\/|(?<![\\\w])www\./);
  // Every table row has as many unescaped cell separators as its header.
  let columns = 0;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const separators = unescapedPipes(line);
    if (columns === 0) columns = separators;
    expect(separators, line).toBe(columns);
  }
}

/** `|` not escaped by an odd run of backslashes, as GitHub's table parser counts them. */
function unescapedPipes(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '\\') i += 1;
    else if (line[i] === '|') count += 1;
  }
  return count;
}

/**
 * The Markdown with code spans and fenced blocks removed (GitHub renders no HTML and no links inside
 * them): a span opens with a run of backticks and closes at the next run of the same length.
 */
function withoutCode(markdown: string): string {
  const unfenced = markdown.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
  let out = '';
  let i = 0;
  while (i < unfenced.length) {
    if (unfenced[i] === '\\') {
      out += unfenced.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (unfenced[i] !== '`') {
      out += unfenced[i];
      i += 1;
      continue;
    }
    const run = /^`+/.exec(unfenced.slice(i))?.[0] ?? '`';
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const end = close.exec(unfenced);
    if (!end) {
      out += run;
      i += run.length;
      continue;
    }
    out += '`code`';
    i = end.index + run.length;
  }
  return out;
}
