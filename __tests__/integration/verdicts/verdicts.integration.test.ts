// Integration, real Airflow: for each small airflow.cfg of the table, the real release reads one option the
// way its own code reads it (probe.py), and the tool lints the same text for the same release. The test
// asserts both halves: what Airflow does (fails, ignores the line, or uses it) and that the tool's verdict
// on the line (error, warning, clean) is the one that behaviour calls for.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAirflowVenv, INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3 } from '../../helpers/airflow.js';
import { lintText } from '../../helpers/lint.js';

const run = promisify(execFile);
const VERSIONS = [INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3] as const;

/** What real Airflow does with the line: start-up or the read fails, it reads another value, or it uses this one. */
type AirflowOutcome = { fails: RegExp } | { ignores: true; reads: string | number | boolean } | { uses: string | number | boolean };
type Verdict = 'error' | 'warning' | 'clean';

interface Case {
  name: string;
  /** The cfg; the line under test is the last one. */
  cfg: string;
  /** How Airflow's code reads the option: [section, option, conf method]. */
  read: [string, string, 'get' | 'getint' | 'getboolean' | 'getfloat'];
  airflow: Partial<Record<string, AirflowOutcome>>;
  tool: Partial<Record<string, Verdict>>;
}

const both = <T,>(value: T): Record<string, T> => Object.fromEntries(VERSIONS.map((version) => [version, value]));

const CASES: Case[] = [
  {
    name: 'EXECUTOR in upper case is never read: the default executor runs',
    cfg: '[core]\nEXECUTOR = CeleryExecutor',
    read: ['core', 'executor', 'get'],
    airflow: { [INTEGRATION_AIRFLOW_2]: { ignores: true, reads: 'SequentialExecutor' }, [INTEGRATION_AIRFLOW_3]: { ignores: true, reads: 'LocalExecutor' } },
    tool: both('error'),
  },
  {
    name: 'SQL_ALCHEMY_CONN in upper case is never read: the SQLite default stays',
    cfg: '[database]\nSQL_ALCHEMY_CONN = postgresql+psycopg2://airflow@db.internal/airflow',
    read: ['database', 'sql_alchemy_conn', 'get'],
    airflow: both({ ignores: true, reads: 'sqlite' }),
    tool: both('error'),
  },
  {
    name: 'an upper-case name that repeats the default changes nothing: a dead line',
    cfg: '[core]\nParallelism = 32',
    read: ['core', 'parallelism', 'getint'],
    airflow: both({ ignores: true, reads: 32 }),
    tool: both('warning'),
  },
  {
    name: 'Key and key are two options: Airflow reads the lower-case one',
    cfg: '[core]\nparallelism = 16\nPARALLELISM = 64',
    read: ['core', 'parallelism', 'getint'],
    airflow: both({ ignores: true, reads: 16 }),
    tool: both('error'),
  },
  {
    name: 'a lower-case name is read as written',
    cfg: '[core]\nparallelism = 64',
    read: ['core', 'parallelism', 'getint'],
    airflow: both({ uses: 64 }),
    tool: both('clean'),
  },
  {
    name: 'an upper-case name in a section of your own is not found by a lower-case lookup',
    cfg: '[my_plugin]\nApiToken = abc',
    read: ['my_plugin', 'apitoken', 'get'],
    airflow: both({ fails: /not found/i }),
    tool: both('warning'),
  },
  {
    name: 'an int option with a suffix fails at the read',
    cfg: '[core]\nparallelism = 32x',
    read: ['core', 'parallelism', 'getint'],
    airflow: both({ fails: /Failed to convert value to int/ }),
    tool: both('error'),
  },
  {
    name: 'an int option with an inline comment fails at the read',
    cfg: '[core]\nparallelism = 32  # per scheduler',
    read: ['core', 'parallelism', 'getint'],
    airflow: both({ fails: /Failed to convert value to int/ }),
    tool: both('error'),
  },
  {
    name: 'yes is no boolean for Airflow',
    cfg: '[core]\nload_examples = yes',
    read: ['core', 'load_examples', 'getboolean'],
    airflow: both({ fails: /Failed to convert value to bool/ }),
    tool: both('error'),
  },
  {
    name: '[webserver] access_logfile: read on 2.x; on 3.1 two renames away, so not read at all',
    cfg: '[webserver]\naccess_logfile = /var/log/airflow/access.log',
    read: ['api', 'log_config', 'get'],
    // [api] log_config has no default and falls back to [api] access_logfile only: the line gives it nothing.
    airflow: { [INTEGRATION_AIRFLOW_3]: { fails: /not found/i } },
    tool: { [INTEGRATION_AIRFLOW_2]: 'clean', [INTEGRATION_AIRFLOW_3]: 'error' },
  },
  {
    name: '[webserver] page_size: one rename away on 3.1, still read with a deprecation warning',
    cfg: '[webserver]\npage_size = 75',
    read: ['api', 'page_size', 'getint'],
    airflow: { [INTEGRATION_AIRFLOW_3]: { uses: 75 } },
    tool: { [INTEGRATION_AIRFLOW_3]: 'warning' },
  },
  {
    name: 'an old default of log_filename_template is still used by 3.1 (only `config update` deletes it)',
    cfg: '[logging]\nlog_filename_template = {{ ti.dag_id }}/{{ ti.task_id }}/{{ ts }}/{{ try_number }}.log',
    read: ['logging', 'log_filename_template', 'get'],
    airflow: { [INTEGRATION_AIRFLOW_3]: { uses: '{{ ti.dag_id }}/{{ ti.task_id }}/{{ ts }}/{{ try_number }}.log' } },
    tool: { [INTEGRATION_AIRFLOW_3]: 'clean' },
  },
  {
    name: '[scheduler] statsd_allow_list is two renames from [metrics] metrics_allow_list on 2.10: not read',
    cfg: '[scheduler]\nstatsd_allow_list = airflow.scheduler',
    read: ['metrics', 'metrics_allow_list', 'get'],
    airflow: { [INTEGRATION_AIRFLOW_2]: { ignores: true, reads: '' } },
    tool: { [INTEGRATION_AIRFLOW_2]: 'error' },
  },
];

let scratch: string;
const venvs = new Map<string, string>();
const outcomes = new Map<string, { value?: unknown; error?: string }>();

async function probe(version: string, index: number, testCase: Case): Promise<void> {
  const home = join(scratch, `${version}-${index}`);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'airflow.cfg'), `${testCase.cfg}\n`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, AIRFLOW_HOME: home, PYTHONWARNINGS: 'ignore' };
  const { stdout } = await run(join(venvs.get(version) ?? '', 'bin', 'python'), [join(import.meta.dirname, 'probe.py'), ...testCase.read], {
    env,
    cwd: home,
    timeout: 180_000,
  });
  outcomes.set(`${version}:${index}`, JSON.parse(stdout) as { value?: unknown; error?: string });
}

/** Runs `work` over `items` with at most `limit` at once (the machine is shared). */
async function inBatches<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'apf-verdicts-'));
  for (const version of VERSIONS) venvs.set(version, ensureAirflowVenv(version));
  const jobs = VERSIONS.flatMap((version) => CASES.map((testCase, index) => ({ version, index, testCase }))).filter(
    ({ version, testCase }) => testCase.airflow[version] !== undefined,
  );
  await inBatches(jobs, 2, ({ version, index, testCase }) => probe(version, index, testCase));
}, 20 * 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function toolVerdict(severities: string[]): Verdict {
  if (severities.includes('error')) return 'error';
  if (severities.includes('warning')) return 'warning';
  return 'clean';
}

describe('verdicts agree with real Airflow (integration, real Airflow releases)', () => {
  for (const version of VERSIONS) {
    CASES.forEach((testCase, index) => {
      const expected = testCase.tool[version];
      if (expected === undefined) return;
      it(`Airflow ${version}: ${testCase.name}`, async () => {
        const behaviour = testCase.airflow[version];
        if (behaviour) {
          const outcome = outcomes.get(`${version}:${index}`);
          if ('fails' in behaviour) {
            expect(outcome?.error).toMatch(behaviour.fails);
          } else if ('ignores' in behaviour) {
            expect(outcome?.error).toBeUndefined();
            // What Airflow reads is not what the line says (a SQLite URL is matched by its scheme).
            if (typeof behaviour.reads === 'string' && behaviour.reads !== '') expect(String(outcome?.value)).toContain(behaviour.reads);
            else expect(outcome?.value).toBe(behaviour.reads);
          } else {
            expect(outcome).toEqual({ value: behaviour.uses });
          }
        }
        const output = await lintText(testCase.cfg, { version });
        const line = testCase.cfg.split('\n').length;
        const onLine = output.findings.filter((finding) => finding.line === line);
        expect(toolVerdict(onLine.map((finding) => finding.severity)), onLine.map((f) => `${f.ruleId} ${f.severity}: ${f.message}`).join('\n')).toBe(expected);
      });
    });
  }
});
