// `only-changed`: which lines of which files a pull request adds or changes, from `git diff` against the
// base commit named in the event payload. The diff parsing and the filtering are pure; reading the payload
// and running git happen in `changedLinesOfPullRequest`, which says why when it cannot tell.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { posix, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Finding } from '../findings.js';

const run = promisify(execFile);

/** Added or changed lines (1-based, inclusive ranges) of each file, by path relative to the repository top. */
export type ChangedLines = Map<string, [number, number][]>;

/** Reads `git diff --unified=0` output: the new side of every hunk. Deleted-only hunks add no lines. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let file: string | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4).split('\t')[0] ?? '';
      file = name === '/dev/null' ? undefined : name.replace(/^b\//, '');
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || file === undefined) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    if (count === 0) continue;
    const ranges = changed.get(file) ?? [];
    ranges.push([start, start + count - 1]);
    changed.set(file, ranges);
  }
  return changed;
}

/** The findings whose lines (start to end) meet a changed line of their file. */
export function findingsOnChangedLines(findings: readonly Finding[], changed: ChangedLines, toRepoPath: (file: string) => string): Finding[] {
  return findings.filter((finding) => {
    const ranges = changed.get(toRepoPath(finding.file));
    if (!ranges) return false;
    const last = Math.max(finding.line, finding.endLine > finding.line && finding.endColumn <= 1 ? finding.endLine - 1 : finding.endLine);
    return ranges.some(([from, to]) => finding.line <= to && last >= from);
  });
}

export type ChangedLinesResult =
  | { ok: true; changed: ChangedLines; toRepoPath: (file: string) => string; base: string }
  | { ok: false; reason: string };

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The lines the pull request of this run changes, or why they cannot be known here. */
export async function changedLinesOfPullRequest(eventPath: string | undefined, cwd: string): Promise<ChangedLinesResult> {
  if (!eventPath) return { ok: false, reason: 'GITHUB_EVENT_PATH is not set' };
  let base: unknown;
  try {
    const payload = JSON.parse(await readFile(eventPath, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    base = payload.pull_request?.base?.sha;
  } catch {
    return { ok: false, reason: 'the event payload cannot be read' };
  }
  if (base === undefined) return { ok: false, reason: 'this run was not started by a pull request' };
  if (typeof base !== 'string' || !SHA.test(base)) return { ok: false, reason: 'the event payload names no valid base commit' };
  let top: string;
  try {
    top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
  } catch {
    return { ok: false, reason: 'the working directory is not a git checkout' };
  }
  try {
    await run('git', ['cat-file', '-e', `${base}^{commit}`], { cwd });
  } catch {
    return { ok: false, reason: `the base commit ${base.slice(0, 12)} is not in the checkout (set fetch-depth: 0 on actions/checkout)` };
  }
  let diff: string;
  try {
    diff = (await run('git', ['diff', '--no-color', '--no-ext-diff', '--unified=0', '--no-renames', base, 'HEAD'], { cwd, maxBuffer: 256 * 1024 * 1024 })).stdout;
  } catch {
    return { ok: false, reason: `git diff against the base commit ${base.slice(0, 12)} failed` };
  }
  const toRepoPath = (file: string) => relative(top, resolve(cwd, file)).split(sep).join(posix.sep);
  return { ok: true, changed: parseUnifiedDiff(diff), toRepoPath, base };
}
