import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetastoreFacts } from '../../src/knowledge/types.js';
import type { CleanupState } from '../../src/verify/cleanup.js';
import type { VerifyIO } from '../../src/verify/run.js';
import { knowledgeMetastoreFacts } from '../../src/verify/facts.js';
import { processExists } from '../../src/verify/process.js';

export const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

/** A VerifyIO that records output and every cleanup state the run saved. */
export function recordingIO(onPhase?: (phase: string, states: CleanupState[]) => void): VerifyIO & {
  lines: string[];
  states: CleanupState[];
} {
  const lines: string[] = [];
  const states: CleanupState[] = [];
  return {
    lines,
    states,
    log: (line) => lines.push(line),
    group: async (title, fn) => {
      lines.push(`## ${title}`);
      return fn();
    },
    saveState: (state) => states.push(state),
    onPhase: (phase) => onPhase?.(phase, states),
  };
}

/** The expected metastore for a release, from the generated knowledge (it must exist for the integration releases). */
export async function expectedFacts(version: string): Promise<MetastoreFacts> {
  const facts = await knowledgeMetastoreFacts(version);
  if (facts === undefined) throw new Error(`no generated knowledge for Airflow ${version}`);
  return facts;
}

/** Every path and postmaster the run ever recorded for cleanup. */
export function everythingRecorded(states: readonly CleanupState[]): { dirs: string[]; dataDirs: string[]; pids: number[] } {
  const dirs = new Set<string>();
  const dataDirs = new Set<string>();
  const pids = new Set<number>();
  for (const state of states) {
    for (const dir of state.tempDirs) dirs.add(dir);
    for (const cluster of state.clusters) {
      dataDirs.add(cluster.dataDir);
      if (cluster.pid !== undefined) pids.add(cluster.pid);
    }
    for (const pid of state.processGroups) pids.add(pid);
  }
  return { dirs: [...dirs], dataDirs: [...dataDirs], pids: [...pids] };
}

/**
 * Recorded pids that still belong to an Airflow or Postgres process, after giving SIGKILLed ones a
 * moment to go (a pid seen earlier may meanwhile belong to an unrelated process: those do not count).
 */
export async function survivors(pids: readonly number[]): Promise<string[]> {
  const alive = (): string[] =>
    pids.flatMap((pid) => {
      const command = commandLine(pid);
      return command !== undefined && /airflow|postgres/.test(command) ? [`${pid} ${command}`] : [];
    });
  for (let waited = 0; waited < 10_000 && alive().length > 0; waited += 100) await new Promise((r) => setTimeout(r, 100));
  return alive();
}

function commandLine(pid: number): string | undefined {
  if (!processExists(pid)) return undefined;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/** Command lines of running processes that mention the text (a cluster's data directory, for one). */
export function processesMentioning(text: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
}
