// Integration: a real Airflow 3.x runs `airflow config lint` on a cfg that holds every entry of its
// change list; airflow-preflight must report every option Airflow reports, at its line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AirflowKnowledge, ConfigChange } from '../../src/knowledge/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { airflowBin, ensureAirflowVenv, INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3 } from '../helpers/airflow.js';
import { lintText } from '../helpers/lint.js';

interface WrittenCfg {
  text: string;
  /** `section/option` → 1-based line of the key. */
  lines: Map<string, number>;
}

const key = (section: string, option: string): string => `${section}/${option}`;

/**
 * A value that makes `airflow config lint` print the entry and that both releases can read: the
 * default of the new place, else the option's default in the older release, else a plain word
 * (`{}` for options the older release reads as JSON).
 */
function triggeringValue(change: ConfigChange, knowledge: AirflowKnowledge, older: AirflowKnowledge, home: string): string {
  if (change.kind === 'invalid-value') return change.invalidValues?.[0] ?? '';
  if (change.kind === 'default-changed') return change.oldDefault ?? 'changed';
  const renamed = change.renamedTo;
  const newDefault = renamed ? knowledge.sections[renamed.section]?.options[renamed.option]?.default : undefined;
  const oldFact = older.sections[change.section]?.options[change.option];
  const fallback = oldFact?.readAs?.includes('json') ? '{}' : 'value';
  return (newDefault ?? oldFact?.default ?? fallback).replaceAll('{AIRFLOW_HOME}', home).replaceAll('\n', '\n\t');
}

function writeChangeListCfg(knowledge: AirflowKnowledge, older: AirflowKnowledge, home: string): WrittenCfg {
  const bySection = new Map<string, Map<string, string>>();
  for (const change of knowledge.configChanges) {
    if (change.reportedByLint === false) continue;
    const options = bySection.get(change.section) ?? new Map<string, string>();
    if (!options.has(change.option)) options.set(change.option, triggeringValue(change, knowledge, older, home));
    bySection.set(change.section, options);
  }
  const out: string[] = [];
  const lines = new Map<string, number>();
  for (const [section, options] of bySection) {
    out.push(`[${section}]`);
    for (const [option, value] of options) {
      lines.set(key(section, option), out.length + 1);
      out.push(`${option} = ${value}`);
    }
    out.push('');
  }
  return { text: out.join('\n'), lines };
}

/** The section/option each line of Airflow's report names (the five sentence shapes ConfigChange.message writes). */
const REPORT_SHAPES: RegExp[] = [
  /^`(?<option>\w+)` configuration parameter moved from `(?<section>[\w.]+)` section/,
  /^`(?<option>\w+)` configuration parameter renamed to `\w+` in the `(?<section>[\w.]+)` section/,
  /^Removed(?: deprecated)? `(?<option>\w+)` configuration parameter from `(?<section>[\w.]+)` section/,
  /^Changed default value of `(?<option>\w+)` in `(?<section>[\w.]+)`/,
  /^Invalid value `[^`]*` set for `(?<option>\w+)` configuration parameter in `(?<section>[\w.]+)` section/,
];

function parseLintReport(stdout: string): { reported: Set<string>; unparsed: string[] } {
  const reported = new Set<string>();
  const unparsed: string[] = [];
  // eslint-disable-next-line no-control-regex
  const clean = stdout.replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of clean.split('\n')) {
    const item = /^\s+- (.*)$/.exec(line)?.[1];
    if (item === undefined) continue;
    const groups = REPORT_SHAPES.map((shape) => shape.exec(item)?.groups).find(Boolean);
    if (groups?.section && groups.option) reported.add(key(groups.section, groups.option));
    else unparsed.push(item);
  }
  return { reported, unparsed };
}

describe('superset of `airflow config lint` (real Airflow 3.x)', () => {
  let cfg: WrittenCfg;
  let airflowReported: Set<string>;

  beforeAll(async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_3);
    const knowledge = await loadKnowledge(INTEGRATION_AIRFLOW_3);
    const home = mkdtempSync(join(tmpdir(), 'apf-superset-'));
    cfg = writeChangeListCfg(knowledge, await loadKnowledge(INTEGRATION_AIRFLOW_2), home);
    const cfgPath = join(home, 'airflow.cfg');
    writeFileSync(cfgPath, cfg.text);
    const stdout = execFileSync(airflowBin(venv), ['config', 'lint'], {
      encoding: 'utf8',
      // Only what Airflow needs: no AIRFLOW__ variable of this machine may add to the report.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, AIRFLOW_HOME: home, AIRFLOW_CONFIG: cfgPath, COLUMNS: '100000', TERM: 'dumb' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 5 * 60_000,
    });
    const parsed = parseLintReport(stdout);
    expect(parsed.unparsed).toEqual([]);
    airflowReported = parsed.reported;
  }, 20 * 60_000);

  it(`reports, with a line number, every option airflow ${INTEGRATION_AIRFLOW_3} config lint reports`, async () => {
    const output = await lintText(cfg.text, { version: INTEGRATION_AIRFLOW_3 });
    const ours = output.findings.filter((finding) => finding.ruleId.startsWith('APF2'));
    const ourLines = new Set(ours.map((finding) => finding.line));
    const covered = [...airflowReported].filter((entry) => ourLines.has(cfg.lines.get(entry) ?? -1));
    const missing = [...airflowReported].filter((entry) => !covered.includes(entry));
    console.log(
      `airflow config lint (${INTEGRATION_AIRFLOW_3}) reported ${airflowReported.size} options; ` +
        `airflow-preflight reported ${covered.length} of them, and ${ours.length} compatibility findings in total.`,
    );
    expect(airflowReported.size).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  }, 60_000);

  it(`does not call moves errors on ${INTEGRATION_AIRFLOW_2} when that release still reads the old place`, async () => {
    const old = await loadKnowledge(INTEGRATION_AIRFLOW_2);
    const output = await lintText(cfg.text, { version: INTEGRATION_AIRFLOW_2 });
    const fineOnOld = [...cfg.lines.keys()].filter((entry) => {
      const [section = '', option = ''] = entry.split('/');
      const current = old.sections[section]?.options[option] !== undefined;
      // Airflow follows a rename one step: an entry whose new place is itself an old place is not read
      // ([scheduler] statsd_allow_list → [metrics] statsd_allow_list → metrics_allow_list on 2.10.5).
      const isOld = (s: string, o: string): boolean => old.deprecatedOptions.some((d) => d.section === s && d.option === o);
      const stillRead = old.deprecatedOptions.some((d) => d.section === section && d.option === option && !isOld(d.newSection, d.newOption));
      return current || stillRead;
    });
    const fineLines = new Set(fineOnOld.map((entry) => cfg.lines.get(entry)));
    const errors = output.findings.filter((finding) => finding.severity === 'error' && finding.ruleId.startsWith('APF2') && fineLines.has(finding.line));
    console.log(`${fineOnOld.length} of the ${cfg.lines.size} options are current or still read on ${INTEGRATION_AIRFLOW_2}.`);
    expect(fineOnOld.length).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    const moved = output.findings.filter((finding) => finding.ruleId === 'APF201');
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((finding) => finding.severity !== 'error')).toBe(true);
  }, 60_000);
});
