// Differential test: this project's reader against CPython's configparser on generated files.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedConfig, renderConfig, type GeneratedConfig } from './config-generator.js';
import { normalise, readWithPython, readWithReader } from './oracle.js';

const FILES = Number(process.env.APF_DIFF_FILES ?? 2500);
const SEED = Number(process.env.APF_DIFF_SEED ?? Date.now() % 2_147_483_647);
const dir = mkdtempSync(join(tmpdir(), 'apf-diff-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeConfig(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

function disagrees(lines: string[], template: GeneratedConfig): boolean {
  const text = renderConfig({ ...template, lines });
  const [python] = readWithPython([writeConfig('shrink.cfg', text)]);
  return python !== undefined && normalise(python) !== normalise(readWithReader(text));
}

/** Removes lines (and then characters of lines) while the disagreement persists. */
function minimise(config: GeneratedConfig): GeneratedConfig {
  let lines = [...config.lines];
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const candidate = lines.filter((_, index) => index !== i);
    if (candidate.length > 0 && disagrees(candidate, config)) lines = candidate;
  }
  return { ...config, lines };
}

describe('reader vs CPython configparser (differential)', () => {
  it(`agrees on ${FILES} generated files (seed ${SEED})`, () => {
    const configs = fc.sample(generatedConfig, { numRuns: FILES, seed: SEED });
    const texts = configs.map(renderConfig);
    const paths = texts.map((text, index) => writeConfig(`generated-${index}.cfg`, text));
    const python = readWithPython(paths);
    const failures = texts.flatMap((text, index) => {
      const expected = python[index];
      return expected && normalise(expected) !== normalise(readWithReader(text)) ? [index] : [];
    });
    const parsedOk = python.filter((outcome) => outcome.error === null).length;
    console.log(`differential: ${FILES} files, seed ${SEED}, ${parsedOk} read without error, ${failures.length} disagreements`);
    if (failures.length > 0) {
      const first = configs[failures[0] ?? 0] as GeneratedConfig;
      const minimal = minimise(first);
      const text = renderConfig(minimal);
      const [expected] = readWithPython([writeConfig('minimal.cfg', text)]);
      console.log(`minimal failing file (JSON-escaped): ${JSON.stringify(text)}`);
      console.log(`CPython: ${JSON.stringify(expected)}`);
      console.log(`reader:  ${JSON.stringify(readWithReader(text))}`);
    }
    expect(failures).toEqual([]);
    // The generator must exercise both outcomes, or the comparison proves little.
    expect(parsedOk).toBeGreaterThan(FILES * 0.3);
    expect(FILES - parsedOk).toBeGreaterThan(FILES * 0.05);
  });
});
