import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { type CleanupState, parseCleanupState } from '../../src/verify/cleanup.js';
import { INTEGRATION_AIRFLOW_2, airflowBin, ensureAirflowVenv } from '../helpers/airflow.js';
import { everythingRecorded, survivors, fixture, processesMentioning } from './helpers.js';

const MINUTES = 60_000;
const work = mkdtempSync(join(tmpdir(), 'apf-signal-test-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles the entry the way the shipped CLI is bundled, so it runs as its own Node process. */
async function bundleEntry(): Promise<string> {
  const outfile = join(work, 'verify-entry.mjs');
  await build({
    entryPoints: [fixture('verify-entry.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    external: ['@testcontainers/postgresql', 'pg-native'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}

describe(`verify process receiving SIGTERM mid-migration (integration, Airflow ${INTEGRATION_AIRFLOW_2})`, () => {
  it('cleans up before exiting 143: no Postgres process, no Airflow process, no temporary directory', async () => {
    const venv = ensureAirflowVenv(INTEGRATION_AIRFLOW_2);
    const entry = await bundleEntry();
    const stateFile = join(work, 'states.jsonl');
    const child = spawn(process.execPath, [entry, fixture('production.cfg'), airflowBin(venv)], {
      env: { ...process.env, APF_STATE_FILE: stateFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (chunk.includes('phase migrate')) setTimeout(() => child.kill('SIGTERM'), 1_500);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));

    expect(stdout).toContain('phase migrate');
    expect(stdout).not.toContain('verified');
    expect(code).toBe(143);
    const states: CleanupState[] = readFileSync(stateFile, 'utf8').trim().split('\n').map((line) => parseCleanupState(line));
    const recorded = everythingRecorded(states);
    expect(recorded.dataDirs).toHaveLength(1);
    expect(recorded.dirs.length).toBeGreaterThanOrEqual(2);
    for (const dir of recorded.dirs) expect(existsSync(dir)).toBe(false);
    expect(await survivors(recorded.pids)).toEqual([]);
    expect(processesMentioning(recorded.dataDirs[0]!)).toEqual([]);
  }, 10 * MINUTES);
});
