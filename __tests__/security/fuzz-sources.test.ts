// Property tests over the cfg reader and the YAML sources: whatever a file holds, no exception escapes
// the lint core, and the CLI ends with exit code 0, 1 or 2 and no stack trace.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/reader/index.js';
import { lintFiles } from '../components/repo.js';
import { runCli } from '../helpers/cli.js';

/** Pieces that cfg, compose and values files are made of, so that generated text often parses. */
const PIECES = ['[core]', '[DEFAULT]', '[database]', 'executor', 'sql_alchemy_conn', ' = ', ': ', '%(', ')s', '%%', '%', '\n', '\n  ', '\r', '#', ';',
  'services:', 'environment:', 'image: apache/airflow:2.10.5', '&a', '*a', '<<: ', '- ', '[', ']', '{', '}', '"', "'", '${X:-y}', '$X', 'postgresql://u:p@h/db', '\u0000', '\ufeff', 'é'];
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')));

describe('fuzzed sources', () => {
  it('the reader returns a document or a configparser error for any text', () => {
    fc.assert(
      fc.property(text, (cfg) => {
        const result = parseConfig(cfg, 'airflow.cfg');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('linting a cfg, a compose file and a values file never throws', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (cfg, compose, values) => {
        const result = await lintFiles({ 'airflow.cfg': cfg, 'docker-compose.yaml': compose, 'values.yaml': `executor: CeleryExecutor\n${values}` }, '2.10.5');
        expect(Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the CLI exits 0, 1 or 2 without a stack trace', () => {
    const samples = fc.sample(fc.tuple(text, text), { numRuns: 6, seed: 11 });
    for (const [cfg, compose] of samples) {
      const dir = mkdtempSync(join(tmpdir(), 'apf-fuzz-'));
      try {
        writeFileSync(join(dir, 'airflow.cfg'), cfg);
        writeFileSync(join(dir, 'docker-compose.yaml'), compose);
        const run = runCli(['lint', '--root', '.', '--airflow-version', '2.10.5'], { cwd: dir });
        expect([0, 1, 2], run.stderr).toContain(run.status);
        expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 120_000);
});
