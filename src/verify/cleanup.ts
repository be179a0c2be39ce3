import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { killProcessGroup, killProcessesWithEnvironment, killProcessesWithEnvironmentNow, processExists } from './process.js';
import { withPrefix } from './run-as.js';

const execFileAsync = promisify(execFile);

/** The action state key under which the main step saves what the post step must clean up. */
export const CLEANUP_STATE_KEY = 'verify-cleanup';

/** A temporary Postgres cluster started with pg_ctl. */
export interface ClusterRecord {
  pgCtl: string;
  dataDir: string;
  /** The postmaster's pid, read from postmaster.pid once it started. */
  pid?: number | undefined;
  /** Command prefix that runs a program as the cluster's owner (empty when not root). */
  runAs: string[];
}

/**
 * Everything the verify step created that must not outlive it. Written after each change, so the
 * action's `post:` step can remove what a cancelled or crashed main step left behind.
 */
export interface CleanupState {
  tempDirs: string[];
  clusters: ClusterRecord[];
  /** Process groups of running Airflow commands. */
  processGroups: number[];
  containerIds: string[];
  /**
   * `NAME=VALUE` environment entries that mark every process of a run that leaves its process group
   * (Airflow's task runners do): those processes are found by it and killed (Linux).
   */
  processMarkers?: string[] | undefined;
}

export function emptyCleanupState(): CleanupState {
  return { tempDirs: [], clusters: [], processGroups: [], containerIds: [] };
}

/** Keeps the cleanup state and hands a copy to `persist` after every change. */
export class CleanupTracker {
  private readonly state: CleanupState = emptyCleanupState();

  constructor(private readonly persist: (state: CleanupState) => void = () => {}) {}

  snapshot(): CleanupState {
    return structuredClone(this.state);
  }

  addTempDir(dir: string): void {
    this.state.tempDirs.push(dir);
    this.save();
  }

  removeTempDir(dir: string): void {
    this.state.tempDirs = this.state.tempDirs.filter((d) => d !== dir);
    this.save();
  }

  addCluster(cluster: ClusterRecord): void {
    this.state.clusters = this.state.clusters.filter((c) => c.dataDir !== cluster.dataDir);
    this.state.clusters.push(cluster);
    this.save();
  }

  removeCluster(dataDir: string): void {
    this.state.clusters = this.state.clusters.filter((c) => c.dataDir !== dataDir);
    this.save();
  }

  addProcessGroup(pgid: number): void {
    this.state.processGroups.push(pgid);
    this.save();
  }

  removeProcessGroup(pgid: number): void {
    this.state.processGroups = this.state.processGroups.filter((p) => p !== pgid);
    this.save();
  }

  /** Forgets everything (after a removal that did not go through the other methods). */
  clear(): void {
    Object.assign(this.state, emptyCleanupState());
    delete this.state.processMarkers;
    this.save();
  }

  addProcessMarker(entry: string): void {
    this.state.processMarkers = [...(this.state.processMarkers ?? []), entry];
    this.save();
  }

  removeProcessMarker(entry: string): void {
    this.state.processMarkers = (this.state.processMarkers ?? []).filter((m) => m !== entry);
    if (this.state.processMarkers.length === 0) delete this.state.processMarkers;
    this.save();
  }

  addContainer(id: string): void {
    this.state.containerIds.push(id);
    this.save();
  }

  removeContainer(id: string): void {
    this.state.containerIds = this.state.containerIds.filter((c) => c !== id);
    this.save();
  }

  private save(): void {
    this.persist(this.snapshot());
  }
}

/** Parses a saved state; anything unreadable counts as nothing to clean. */
export function parseCleanupState(text: string | undefined): CleanupState {
  if (text === undefined || text.trim() === '') return emptyCleanupState();
  try {
    const parsed = JSON.parse(text) as Partial<CleanupState>;
    return {
      tempDirs: Array.isArray(parsed.tempDirs) ? parsed.tempDirs.filter(isString) : [],
      clusters: Array.isArray(parsed.clusters) ? parsed.clusters.filter(isCluster) : [],
      processGroups: Array.isArray(parsed.processGroups) ? parsed.processGroups.filter(isPid) : [],
      containerIds: Array.isArray(parsed.containerIds) ? parsed.containerIds.filter(isString) : [],
      ...(Array.isArray(parsed.processMarkers) ? { processMarkers: parsed.processMarkers.filter(isMarker) } : {}),
    };
  } catch {
    return emptyCleanupState();
  }
}

export function isEmptyState(state: CleanupState): boolean {
  return (
    state.tempDirs.length === 0 &&
    state.clusters.length === 0 &&
    state.processGroups.length === 0 &&
    (state.processMarkers ?? []).length === 0 &&
    state.containerIds.length === 0
  );
}

/**
 * Removes whatever the state lists, in the order that cannot strand anything: Airflow processes
 * first (they hold connections), then clusters, containers, and last the directories they lived in.
 * Returns one line per thing that could not be removed.
 */
export async function cleanupFromState(state: CleanupState): Promise<string[]> {
  const problems: string[] = [];
  for (const marker of state.processMarkers ?? []) {
    const left = await killProcessesWithEnvironment(marker);
    if (left.length > 0) problems.push(`could not stop processes ${left.join(', ')}`);
  }
  for (const pgid of state.processGroups) killProcessGroup(pgid);
  for (const cluster of state.clusters) {
    const problem = await stopCluster(cluster);
    if (problem !== undefined) problems.push(problem);
  }
  for (const id of state.containerIds) {
    const problem = await removeContainer(id);
    if (problem !== undefined) problems.push(problem);
  }
  for (const dir of state.tempDirs) {
    try {
      await rm(dir, { recursive: true, force: true });
    } catch (error) {
      problems.push(`could not remove ${dir}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/**
 * For a signal handler: removes what the state lists without returning to the event loop, so the run
 * cannot start anything new meanwhile. Every process verify started carries its marker (Postgres too:
 * the postmaster inherits pg_ctl's environment), so they are found by it rather than by remembered
 * pids, which this machine reuses quickly. Returns one line per thing left.
 */
export function cleanupFromStateNow(state: CleanupState): string[] {
  const problems: string[] = [];
  for (const marker of state.processMarkers ?? []) {
    const left = killProcessesWithEnvironmentNow(marker);
    if (left.length > 0) problems.push(`could not stop processes ${left.join(', ')}`);
  }
  for (const id of state.containerIds) {
    try {
      execFileSync('docker', ['rm', '--force', '--volumes', id], { timeout: 10_000, stdio: 'ignore' });
    } catch {
      // No docker CLI: testcontainers' reaper removes it when the job ends.
    }
  }
  for (const dir of state.tempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      problems.push(`could not remove ${dir}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** Fast shutdown (`-m immediate`: the data is thrown away anyway), then SIGKILL if the postmaster lingers. */
export async function stopCluster(cluster: ClusterRecord): Promise<string | undefined> {
  const [command, ...args] = withPrefix(cluster.runAs, cluster.pgCtl, ['stop', '-D', cluster.dataDir, '-m', 'immediate', '-w', '-t', '20']);
  try {
    await execFileAsync(command ?? cluster.pgCtl, args, { timeout: 30_000 });
  } catch {
    // Already stopped, or pg_ctl failed: fall through to the pid check.
  }
  if (cluster.pid !== undefined && processExists(cluster.pid)) {
    try {
      process.kill(cluster.pid, 'SIGKILL');
    } catch {
      return `could not stop the Postgres server (pid ${cluster.pid})`;
    }
  }
  return undefined;
}

async function removeContainer(id: string): Promise<string | undefined> {
  try {
    await execFileAsync('docker', ['rm', '--force', '--volumes', id], { timeout: 60_000 });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Without a docker CLI, testcontainers' reaper (Ryuk) removes the container when the job ends.
    if (code === 'ENOENT') return undefined;
    return `could not remove container ${id.slice(0, 12)}: ${(error as Error).message.split('\n')[0] ?? ''}`;
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** Only the markers verify writes (`AIRFLOW_PREFLIGHT_…=hex`): a tampered state must not match every process. */
function isMarker(value: unknown): value is string {
  return typeof value === 'string' && /^AIRFLOW_PREFLIGHT_[A-Z_]+=[0-9a-f]{16,}$/.test(value);
}

function isPid(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 1;
}

function isCluster(value: unknown): value is ClusterRecord {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Partial<ClusterRecord>;
  return typeof c.pgCtl === 'string' && typeof c.dataDir === 'string' && Array.isArray(c.runAs);
}
