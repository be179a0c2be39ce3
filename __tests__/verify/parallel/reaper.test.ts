import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanupFromState, emptyCleanupState, isEmptyState, parseCleanupState } from '../../../src/verify/cleanup.js';
import { processesWithEnvironment } from '../../../src/verify/process.js';
import { ProbeReaper } from '../../../src/verify/parallel/reaper.js';

const linux = process.platform === 'linux';

/** A shell that starts a sleeper in a process group of its own and exits, leaving it an orphan, as Airflow's task runners do. */
async function orphanSleepers(entry: string): Promise<number[]> {
  const [name, value] = entry.split('=') as [string, string];
  const child = spawn('sh', ['-c', 'setsid sleep 60 & sleep 60 & wait'], { env: { ...process.env, [name]: value }, detached: true, stdio: 'ignore' });
  // Generous: on a loaded machine the shell may take seconds to start its two sleepers.
  for (let waited = 0; waited < 30_000 && processesWithEnvironment(entry).length < 3; waited += 50) await new Promise((r) => setTimeout(r, 50));
  process.kill(-(child.pid ?? 0), 'SIGKILL');
  await new Promise((r) => setTimeout(r, 200));
  return processesWithEnvironment(entry);
}

describe.runIf(linux)('processes found by their environment marker (Linux)', () => {
  it('cleanupFromState kills every marked process, also one in another group whose parent died', async () => {
    const entry = `AIRFLOW_PREFLIGHT_TEST=${randomBytes(12).toString('hex')}`;
    const before = await orphanSleepers(entry);
    expect(before.length).toBeGreaterThanOrEqual(1);
    const state = parseCleanupState(JSON.stringify({ ...emptyCleanupState(), processMarkers: [entry] }));
    expect(isEmptyState(state)).toBe(false);
    expect(await cleanupFromState(state)).toEqual([]);
    expect(processesWithEnvironment(entry)).toEqual([]);
  });

  it('ProbeReaper.killAll kills the marked processes and reports none left', async () => {
    const reaper = new ProbeReaper(randomBytes(12).toString('hex'));
    expect((await orphanSleepers(reaper.environmentEntry)).length).toBeGreaterThanOrEqual(1);
    expect(await reaper.killAll()).toEqual([]);
    expect(processesWithEnvironment(reaper.environmentEntry)).toEqual([]);
  });
});

describe('a saved cleanup state', () => {
  it('keeps only markers verify writes: a tampered entry such as PATH=… would match every process', () => {
    const state = parseCleanupState(JSON.stringify({ processMarkers: ['PATH=/usr/bin', 'AIRFLOW_PREFLIGHT_PROBE=00112233445566778899aabb', 'HOME=/root'] }));
    expect(state.processMarkers).toEqual(['AIRFLOW_PREFLIGHT_PROBE=00112233445566778899aabb']);
  });
});
