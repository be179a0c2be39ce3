// Fault injection (issue #12): SIGINT / SIGTERM at staggered moments while verify starts its local
// Postgres cluster (initdb, pg_ctl start, CREATE DATABASE). Each run must end promptly with the
// signal's exit code, print no stack trace, and leave no directory, process or cluster behind.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEGRATION_AIRFLOW_2, airflowBin, ensureAirflowVenv } from '../helpers/airflow.js';
import { processesTagged, runCliAsync } from './parallel/helpers.js';
import { fixture, processesMentioning } from './helpers.js';

const MINUTES = 60_000;
const TAG = 'APF_CANCEL_TEST';
/** Far beyond the 3 s the cleanup takes, far below the ~20 s a run that ignored the signal would take. */
const PROMPT_MS = 10_000;

const moments: { delayMs: number; signals: NodeJS.Signals[] }[] = [
  { delayMs: 0, signals: ['SIGINT'] },
  { delayMs: 120, signals: ['SIGTERM'] },
  { delayMs: 300, signals: ['SIGINT'] },
  { delayMs: 500, signals: ['SIGTERM'] },
  { delayMs: 750, signals: ['SIGINT', 'SIGINT'] },
  { delayMs: 1_000, signals: ['SIGTERM'] },
  { delayMs: 1_300, signals: ['SIGINT'] },
  { delayMs: 1_700, signals: ['SIGINT', 'SIGINT'] },
  { delayMs: 2_200, signals: ['SIGTERM'] },
  { delayMs: 2_800, signals: ['SIGINT'] },
];

describe('verify cancelled while its local cluster starts (integration, real PostgreSQL)', () => {
  let venv = '';
  let tmp = '';
  beforeAll(() => {
    venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    tmp = mkdtempSync(join(tmpdir(), 'apf-cancel-test-'));
    // The cluster runs as an unprivileged user when the tests run as root: it must reach its directory.
    chmodSync(tmp, 0o755);
  }, 30 * MINUTES);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(moments)('$signals $delayMs ms into the database phase: exits with the signal, no stack trace, nothing left', async ({ delayMs, signals }) => {
    const runTmp = mkdtempSync(join(tmp, 'run-'));
    chmodSync(runTmp, 0o755);
    const tag = randomBytes(8).toString('hex');
    let signalledAt = 0;
    const run = await runCliAsync(
      ['verify', fixture('production.cfg'), '--airflow-command', airflowBin(venv), '--database', 'local', '--verbose'],
      { TMPDIR: runTmp, [TAG]: tag },
      (child) => {
        let seen = false;
        child.stderr?.on('data', (chunk: Buffer | string) => {
          if (seen || !String(chunk).includes('Starting Postgres (local)')) return;
          seen = true;
          setTimeout(() => {
            signalledAt = Date.now();
            signals.forEach((signal, i) => setTimeout(() => child.kill(signal), i * 60));
          }, delayMs);
        });
      },
    );
    const endedAfter = Date.now() - signalledAt;

    expect(signalledAt).toBeGreaterThan(0);
    expect(run.status).toBe(signals[0] === 'SIGINT' ? 130 : 143);
    expect(endedAfter).toBeLessThan(PROMPT_MS);
    expect(run.stderr).not.toMatch(/\n\s+at |Unhandled|Error: /);
    expect(run.stdout).not.toContain('Verify passed');
    expect(processesTagged(TAG, tag)).toEqual([]);
    expect(processesMentioning(runTmp)).toEqual([]);
    expect(readdirSync(runTmp)).toEqual([]);
  }, 5 * MINUTES);
});
