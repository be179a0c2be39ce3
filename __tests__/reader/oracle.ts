import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { interpolateOption, parseConfig } from '../../src/reader/index.js';

const ORACLE = join(import.meta.dirname, 'oracle.py');

export interface ReadOutcome {
  sections: [string, [string, string][]][] | null;
  error: { kind: string; line: number } | null;
  interpolated: [string, string, { value: string } | { error: string }][];
}

/** What CPython's configparser reads from each file (one Python process for all of them). */
export function readWithPython(paths: string[]): ReadOutcome[] {
  const run = spawnSync('python3', [ORACLE], { input: JSON.stringify(paths), encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`oracle failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReadOutcome[];
}

/** The same view, from this project's reader. */
export function readWithReader(text: string): ReadOutcome {
  const result = parseConfig(text, 'generated.cfg');
  if (!result.ok) {
    return { sections: null, error: { kind: result.error.kind, line: result.error.line }, interpolated: [] };
  }
  const { document } = result;
  const sections: [string, [string, string][]][] = [];
  const defaults = document.defaults?.options ?? [];
  if (defaults.length > 0) sections.push(['DEFAULT', defaults.map((o) => [o.key, o.value])]);
  for (const section of document.sections) sections.push([section.name, section.options.map((o) => [o.key, o.value])]);
  const interpolated: ReadOutcome['interpolated'] = [];
  for (const section of document.sections) {
    const keys = [...new Set([...section.options.map((o) => o.key), ...defaults.map((o) => o.key)])];
    for (const key of keys) {
      const outcome = interpolateOption(document, section.name, key);
      interpolated.push([section.name, key, outcome.ok ? { value: outcome.value } : { error: outcome.kind }]);
    }
  }
  return { sections, error: null, interpolated };
}

export function normalise(outcome: ReadOutcome): string {
  const interpolated = [...outcome.interpolated].sort((a, b) =>
    `${a[0]}\u0000${a[1]}`.localeCompare(`${b[0]}\u0000${b[1]}`),
  );
  return JSON.stringify({ ...outcome, interpolated });
}
