// The guarantees of `lint --fix`, checked with CPython's configparser: every option the fix did not
// touch reads the same; every option it touched reads the intended value (at its new place, without the
// inline comment, with postgresql://, in lower case), or was a dead line the lint flagged; a second run
// changes nothing; lines outside the edited ones keep their bytes.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { expect } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/types.js';
import { fixLoop } from '../../src/fix/fix-loop.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { resolveTarget } from '../../src/version/resolve.js';

export interface RawRead {
  sections: Record<string, Record<string, string>> | null;
  error: string | null;
  interpolationErrors: [string, string, string][];
}

/** CPython's reading of each text (optionxform = str, as Airflow). */
export function readWithPython(texts: readonly string[]): RawRead[] {
  const out = execFileSync('python3', [join(import.meta.dirname, 'read-raw.py')], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as RawRead[];
}

export async function linter(version: string): Promise<(text: string) => LintResult> {
  const target = resolveTarget(version, undefined);
  const knowledge = await loadKnowledge(target.knowledgeVersion);
  return (text) => lint({ cfgFiles: [{ path: 'airflow.cfg', text }], env: [], knowledge, target });
}

export function fixText(text: string, lintText: (text: string) => LintResult): { text: string; fixedRules: string[] } {
  const outcome = fixLoop([{ path: 'airflow.cfg', kind: 'cfg', text }], (texts) => lintText(texts.get('airflow.cfg') ?? text));
  return { text: outcome.changed.get('airflow.cfg') ?? text, fixedRules: outcome.fixed.map((finding) => finding.ruleId) };
}

/** What a fixed value may differ by: the inline comment cut off, postgres:// spelled postgresql://. */
function intended(value: string): string {
  const comment = /\s[#;]/.exec(value.split('\n')[0] ?? '');
  let out = value;
  if (comment) {
    const lines = value.split('\n');
    lines[0] = (lines[0] ?? '').slice(0, comment.index).trimEnd();
    out = lines.join('\n');
  }
  return out.replace(/^postgres(\+psycopg2)?:\/\//, (_whole, driver: string | undefined) => `postgresql${driver ?? ''}://`);
}

/**
 * Fixes `text` for `version` and checks every guarantee. `deadLines` are keys the lint flagged as dead
 * (restating a default): the only options that may disappear without reappearing elsewhere.
 */
export async function expectSafeFix(text: string, version: string): Promise<{ fixed: string; fixedRules: string[] }> {
  const lintText = await linter(version);
  const { text: fixed, fixedRules } = fixText(text, lintText);
  // Idempotent: a second run finds nothing left to fix, and no finding left offers a fix.
  expect(fixText(fixed, lintText).text).toBe(fixed);
  expect(lintText(fixed).findings.filter((finding) => finding.edits?.length).map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual([]);
  expectFixKeepsValues(text, fixed, lintText);
  return { fixed, fixedRules };
}

/** The configparser half of the guarantees, on its own so that a test can show it catches a bad fix. */
export function expectFixKeepsValues(text: string, fixed: string, lintText: (text: string) => LintResult): void {
  const [before, after] = readWithPython([text, fixed]);
  expect(after?.error).toBe(before?.error ?? null);
  if (!before?.sections || !after?.sections) return;
  expect(after.interpolationErrors.length).toBeLessThanOrEqual(before.interpolationErrors.length);

  const flagged = new Set(
    lintText(text)
      .findings.filter((finding) => finding.edits?.length && finding.edits.some((edit) => edit.text === ''))
      .map((finding) => finding.line),
  );
  const lineOf = keyLines(text);
  const added = new Map<string, string>();
  for (const [section, options] of Object.entries(after.sections)) {
    for (const [key, value] of Object.entries(options)) if (before.sections[section]?.[key] === undefined) added.set(`${section}\0${key}`, value);
  }
  const used = new Set<string>();
  for (const [section, options] of Object.entries(before.sections)) {
    for (const [key, value] of Object.entries(options)) {
      const now = after.sections[section]?.[key];
      if (now === value) continue;
      if (now !== undefined) {
        // Changed in place: only to the intended value.
        expect(now, `[${section}] ${key}`).toBe(intended(value));
        continue;
      }
      // Gone from its place: moved (renamed, or lower-cased) with the intended value, or a flagged dead line.
      const moved = [...added].find(([place, newValue]) => !used.has(place) && intended(newValue) === intended(value));
      if (moved) {
        used.add(moved[0]);
        continue;
      }
      expect(flagged.has(lineOf.get(`${section}\0${key}`) ?? -1), `[${section}] ${key} disappeared without a move or a dead-line finding`).toBe(true);
    }
  }
  // Nothing appears that was not moved from somewhere.
  expect([...added.keys()].filter((place) => !used.has(place)).map((place) => place.replace('\0', ' '))).toEqual([]);
  expectOnlyOptionLinesChange(text, fixed);
}

/** The line of each `key` in the text, by section (names as written). */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let section = '';
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) section = header[1] ?? '';
    const option = /^([^\s#;[][^=:]*?)\s*[=:]/.exec(line);
    if (option && !header) lines.set(`${section}\0${option[1]}`, index + 1);
  });
  return lines;
}

/** Comment lines, blank lines and section headers keep their bytes: a fix removes or rewrites option lines only. */
function expectOnlyOptionLinesChange(before: string, after: string): void {
  const removed = diffLines(before, after)
    .filter((part) => part.removed)
    .flatMap((part) => part.value.split(/(?<=\n)/));
  const untouchable = removed.filter((line) => line.trim() === '' || /^\s*[#;]/.test(line) || /^\[/.test(line));
  expect(untouchable).toEqual([]);
}
