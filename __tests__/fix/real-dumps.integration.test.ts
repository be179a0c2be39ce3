// Integration (real Airflow): lint --fix on the full airflow.cfg that real Airflow 2.10.5 and 3.1.8 write
// on first start, for several target releases, with and without the typical hand edits (inline comments,
// postgres://, an option left at its old place). CPython's configparser checks every guarantee.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airflowBin, ensureAirflowVenv, INTEGRATION_AIRFLOW_2, INTEGRATION_AIRFLOW_3 } from '../helpers/airflow.js';
import { expectSafeFix } from './round-trip.js';

const homes: string[] = [];
const dumps = new Map<string, string>();

function defaultDump(version: string): string {
  const venv = ensureAirflowVenv(version);
  const home = mkdtempSync(join(tmpdir(), 'apf-fix-dump-'));
  homes.push(home);
  // The first command in an empty AIRFLOW_HOME writes the default airflow.cfg there.
  execFileSync(airflowBin(venv), ['config', 'list', '--defaults'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, AIRFLOW_HOME: home },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 5 * 60_000,
  });
  return readFileSync(join(home, 'airflow.cfg'), 'utf8');
}

/** The hand edits people make to a dump: a comment after a value, postgres://, the metastore at its 2.x-era place. */
function handEdited(dump: string): string {
  return dump
    .replace(/^parallelism = 32$/m, 'parallelism = 64  # two schedulers')
    .replace(/^load_examples = True$/m, 'load_examples = False ; no demos in production')
    .replace(/^(\[core\]\n)/m, '$1sql_alchemy_conn = postgres://airflow:s3cret@db:5432/airflow  # prod metastore\n')
    .replace(/^sql_alchemy_conn = sqlite:\/\/\/.*\n/m, '');
}

beforeAll(() => {
  dumps.set(INTEGRATION_AIRFLOW_2, defaultDump(INTEGRATION_AIRFLOW_2));
  dumps.set(INTEGRATION_AIRFLOW_3, defaultDump(INTEGRATION_AIRFLOW_3));
}, 20 * 60_000);
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe('lint --fix on real default dumps', () => {
  it.each([
    [INTEGRATION_AIRFLOW_2, '2.10'],
    [INTEGRATION_AIRFLOW_2, '3.1'],
    [INTEGRATION_AIRFLOW_2, '3.3'],
    [INTEGRATION_AIRFLOW_3, '3.1'],
    [INTEGRATION_AIRFLOW_3, '3.3'],
  ])('the dump of Airflow %s, fixed for %s', async (release, target) => {
    const dump = dumps.get(release) ?? '';
    expect(dump.split('\n').length).toBeGreaterThan(2000);
    const { fixed } = await expectSafeFix(dump, target);
    // A dump for its own release has nothing to fix.
    if (target === release.split('.').slice(0, 2).join('.')) expect(fixed).toBe(dump);
  }, 120_000);

  it.each([
    [INTEGRATION_AIRFLOW_2, '2.10'],
    [INTEGRATION_AIRFLOW_2, '3.1'],
    [INTEGRATION_AIRFLOW_3, '3.1'],
  ])('the hand-edited dump of Airflow %s, fixed for %s', async (release, target) => {
    const edited = handEdited(dumps.get(release) ?? '');
    const { fixed, fixedRules } = await expectSafeFix(edited, target);
    expect(fixedRules).toEqual(expect.arrayContaining(['APF003', 'APF111']));
    expect(fixed).toMatch(/^# two schedulers\nparallelism = 64\n/m);
    expect(fixed).toMatch(/^# prod metastore\n/m);
    expect(fixed.match(/^sql_alchemy_conn = postgresql:\/\/airflow:s3cret@db:5432\/airflow$/gm)).toHaveLength(1);
  }, 120_000);
});
