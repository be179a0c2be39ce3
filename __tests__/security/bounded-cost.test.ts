// Hostile inputs of up to about 1 MB (bench/lib/hostile-inputs.mjs) run through the bundled CLI: each
// ends with the expected exit code (0, 1 or 2) and names what is wrong, never a stack trace.
// Their time and peak memory are measured by `npm run bench:hostile` (README, Performance), not here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../bench/lib/hostile-inputs.mjs';
import { runCli } from '../helpers/cli.js';

describe('hostile inputs end with a finding and exit 0, 1 or 2', () => {
  for (const [name, input] of Object.entries(HOSTILE_INPUTS)) {
    it(name, { timeout: 120_000 }, () => {
      const dir = mkdtempSync(join(tmpdir(), 'apf-hostile-cost-'));
      try {
        for (const [file, text] of Object.entries(input.files)) writeFileSync(join(dir, file), text);
        const run = runCli(input.args, { cwd: dir });
        const output = `${run.stdout}${run.stderr}`;
        expect(run.status, output.slice(0, 500)).toBe(input.status);
        expect(output).toContain(input.expect);
        expect(output).not.toMatch(/\n\s+at |Maximum call stack|JavaScript heap|FATAL ERROR/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
