import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Milliseconds before the whole process group is killed. */
  timeoutMs?: number;
  /** Called with each line of output (stdout and stderr interleaved as they arrive). */
  onLine?: (line: string) => void;
  /** Called once the child exists, with its pid (which is also its process-group id). */
  onSpawn?: (pid: number) => void;
  /** Called after the child ended, so callers can forget its pid. */
  onExit?: (pid: number) => void;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** stdout and stderr, interleaved, as received. */
  output: string;
  stdout: string;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  spawnError?: string | undefined;
}

/**
 * Runs a program in its own process group, so a timeout (or our own shutdown) can kill it together
 * with everything it started: Airflow forks helpers, and a leftover child would hold the database open.
 */
export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    let output = '';
    let stdout = '';
    let timedOut = false;
    let pending = '';
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid !== undefined) options.onSpawn?.(pid);

    const emitLines = (chunk: string, flush: boolean): void => {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = flush ? '' : (lines.pop() ?? '');
      for (const line of lines) if (line !== '' || !flush) options.onLine?.(line);
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      output += chunk;
      emitLines(chunk, false);
    });
    child.stderr.on('data', (chunk: string) => {
      output += chunk;
      emitLines(chunk, false);
    });

    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (pid !== undefined) killProcessGroup(pid);
          }, options.timeoutMs);

    let spawnError: string | undefined;
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code === 'ENOENT' ? `${command}: command not found` : `${command}: ${error.message}`;
    });
    child.on('close', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      emitLines('', true);
      // Anything the child left behind in its group goes with it.
      if (pid !== undefined) {
        killProcessGroup(pid);
        options.onExit?.(pid);
      }
      resolve({ code, signal, timedOut, output, stdout, spawnError });
    });
  });
}

/** SIGKILL to a whole process group; a group that is already gone is fine. */
export function killProcessGroup(pgid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: nothing left to kill.
  }
}

/**
 * Whether a live process has this pid (signal 0 probes without sending anything). A zombie — exited,
 * waiting for its parent (often init, for a daemon like the postmaster) to reap it — counts as gone.
 */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    // /proc/<pid>/stat: "pid (comm) state …"; comm may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/**
 * Pids of live processes whose initial environment holds `entry` (`NAME=VALUE`). Children inherit the
 * environment, so this finds every process a run started, also those that left its process groups and
 * those whose parent died. Linux only (/proc); elsewhere it finds nothing.
 */
export function processesWithEnvironment(entry: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const inside = Buffer.from(`\0${entry}\0`);
  const first = Buffer.from(`${entry}\0`);
  const pids: number[] = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${name}/environ`);
      if (environ.includes(inside) || environ.subarray(0, first.length).equals(first)) pids.push(Number(name));
    } catch {
      // Another user's process, or one that just ended.
    }
  }
  return pids.filter((pid) => processExists(pid));
}

/**
 * SIGKILLs every process carrying the environment entry: first SIGSTOP, so none can fork while they
 * are looked for, then a second look, then SIGKILL. Returns the pids still alive after `timeoutMs`.
 */
export async function killProcessesWithEnvironment(entry: string, timeoutMs = 2_000): Promise<number[]> {
  const found = freezeAndKill(entry);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && [...found].some((pid) => processExists(pid))) await new Promise((r) => setTimeout(r, 25));
  return [...found].filter((pid) => processExists(pid));
}

/**
 * killProcessesWithEnvironment without returning to the event loop: for a signal handler, so nothing
 * else of the run (a spawn, a pg query) can happen between the look and the kill.
 */
export function killProcessesWithEnvironmentNow(entry: string, timeoutMs = 1_500): number[] {
  const found = freezeAndKill(entry);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && [...found].some((pid) => processExists(pid))) sleepNow(20);
  return [...found].filter((pid) => processExists(pid));
}

function freezeAndKill(entry: string): Set<number> {
  const found = new Set(processesWithEnvironment(entry));
  if (found.size === 0) return found;
  for (const pid of found) signalProcess(pid, 'SIGSTOP');
  for (const pid of processesWithEnvironment(entry)) found.add(pid);
  for (const pid of found) signalProcess(pid, 'SIGKILL');
  return found;
}

/** Blocks the thread (Atomics.wait works on Node's main thread). */
export function sleepNow(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
