// Integration: the airflow.cfg a real Airflow 2.10 writes on first start, linted for 3.1 and for 2.10.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { parseConfig } from '../../src/reader/parse.js';
import { airflowBin, ensureAirflowVenv, INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3 } from '../helpers/airflow.js';
import { lintText } from '../helpers/lint.js';

describe(`the default airflow.cfg of a real Airflow ${INTEGRATION_AIRFLOW_2}`, () => {
  let text: string;
  /** Lines of the dump's options that the 3.x change list moves or removes. */
  let changedLines: Map<number, string>;

  beforeAll(async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    const home = mkdtempSync(join(tmpdir(), 'apf-dump-'));
    // The first command in an empty AIRFLOW_HOME writes the default airflow.cfg there.
    execFileSync(airflowBin(venv), ['config', 'list', '--defaults'], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, AIRFLOW_HOME: home },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 5 * 60_000,
    });
    text = readFileSync(join(home, 'airflow.cfg'), 'utf8');
    const parsed = parseConfig(text, 'airflow.cfg');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const changes = (await loadKnowledge(INTEGRATION_AIRFLOW_3)).configChanges.filter(
      (change) => change.kind === 'renamed' || (change.kind === 'removed' && change.removeIfEquals === undefined),
    );
    changedLines = new Map();
    for (const section of parsed.document.sections) {
      for (const node of section.options) {
        const change = changes.find((c) => c.section === section.name && c.option === node.key);
        if (change) changedLines.set(node.keySpan.start.line, `[${change.section}] ${change.option} (${change.kind})`);
      }
    }
  }, 20 * 60_000);

  it(`reports, for target ${INTEGRATION_AIRFLOW_3}, every option 3.x moved or removed at its line`, async () => {
    const output = await lintText(text, { version: INTEGRATION_AIRFLOW_3 });
    const reportedLines = new Set(output.findings.filter((f) => f.ruleId.startsWith('APF2')).map((f) => f.line));
    const missing = [...changedLines].filter(([line]) => !reportedLines.has(line)).map(([, what]) => what);
    console.log(
      `${INTEGRATION_AIRFLOW_2} dump: ${text.split('\n').length} lines, ${changedLines.size} options moved or removed by 3.x; ` +
        `findings for ${INTEGRATION_AIRFLOW_3}: ${JSON.stringify(output.counts)}`,
    );
    expect(changedLines.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  }, 60_000);

  it(`reports none of them as errors for target ${INTEGRATION_AIRFLOW_2}, and gives the full-dump notice`, async () => {
    const output = await lintText(text, { version: INTEGRATION_AIRFLOW_2 });
    const errors = output.findings.filter((f) => f.severity === 'error' && changedLines.has(f.line));
    expect(errors).toEqual([]);
    const dump = output.findings.filter((f) => f.ruleId === 'APF209');
    expect(dump).toHaveLength(1);
    expect(dump[0]?.severity).toBe('notice');
    expect(dump[0]?.message).toMatch(/^This file is a full dump of defaults: \d+ of its \d+ options only restate the defaults of Airflow 2\.10\.5/);
    console.log(`findings for ${INTEGRATION_AIRFLOW_2}: ${JSON.stringify(output.counts)}; ${dump[0]?.message}`);
  }, 60_000);
});
