// SARIF of the repository's own fixtures and examples, produced by the bundled CLI with every real
// rule, passes Microsoft's SARIF Multitool with GitHub's ingestion rules and SARIF's own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { validateSarif } from '../helpers/sarif-multitool.js';

const dir = mkdtempSync(join(tmpdir(), 'apf-sarif-fixtures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runs: [string, string[]][] = [
  ['cfg fixtures and examples (2.10)', ['--airflow-version', '2.10', '__tests__/fixtures/**/*.cfg', 'examples/**/*.cfg']],
  ['cfg fixtures and examples (3.1)', ['--airflow-version', '3.1', '__tests__/fixtures/**/*.cfg', 'examples/**/*.cfg']],
  ['official compose repository', ['--root', '__tests__/fixtures/repos/official-compose']],
  ['Helm values repository', ['--root', '__tests__/fixtures/repos/helm']],
];

describe('SARIF of the repository fixtures (Multitool, Gh;Sarif rule kinds)', () => {
  runs.forEach(([name, args], index) => {
    it(`has zero errors: ${name}`, { timeout: 120_000 }, () => {
      const run = runCli(['lint', '--format', 'sarif', '--fail-on', 'never', ...args]);
      expect(run.stderr).toBe('');
      const log = JSON.parse(run.stdout) as { runs: { results: unknown[] }[] };
      expect(log.runs[0]?.results.length).toBeGreaterThan(0);
      const { errors } = validateSarif(dir, `fixtures-${index}`, log);
      expect(errors).toEqual([]);
    });
  });
});
