// Integration: the generated defaults are the text a real Airflow writes into airflow.cfg.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3, airflowBin, ensureAirflowVenv } from '../helpers/airflow.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

/** `# option = value` lines of `airflow config list --defaults`, by `[section] option` (single-line values only). */
function listedDefaults(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let section = '';
  for (const line of text.split('\n')) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header?.[1]) section = header[1];
    const option = /^# (\w+) = ?(.*)$/.exec(line);
    if (section && option?.[1] !== undefined) found.set(`[${section}] ${option[1]}`, option[2] ?? '');
  }
  return found;
}

describe.each([INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3])('defaults of airflow %s', (version) => {
  it('equal what `airflow config list --defaults` writes', { timeout: 20 * 60_000 }, async () => {
    const venv = ensureAirflowVenv(version);
    const home = mkdtempSync(join(tmpdir(), 'apf-defaults-'));
    try {
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, AIRFLOW_HOME: home };
      const output = execFileSync(airflowBin(venv), ['config', 'list', '--defaults'], {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5 * 60_000,
      });
      const listed = listedDefaults(output);
      const facts = await loadKnowledge(version);
      const mismatches: string[] = [];
      let compared = 0;
      for (const [section, fact] of Object.entries(facts.sections)) {
        for (const [option, value] of Object.entries(fact.options)) {
          const written = listed.get(`[${section}] ${option}`);
          // Generated keys differ per install; multi-line defaults are cut by the line parser above.
          if (written === undefined || value.generated || value.default?.includes('\n')) continue;
          compared += 1;
          const expected = (value.default ?? '').replaceAll('{AIRFLOW_HOME}', home);
          if (expected !== written) mismatches.push(`[${section}] ${option}: ${JSON.stringify(expected)} vs ${JSON.stringify(written)}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(250);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
