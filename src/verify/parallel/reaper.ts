import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { killProcessGroup, processExists, processesWithEnvironment } from '../process.js';

const execFileAsync = promisify(execFile);

/** The environment variable every process of one probe inherits, so strays can be found after their parent died. */
export const PROBE_MARKER_VARIABLE = 'AIRFLOW_PREFLIGHT_PROBE';

interface ProcessRow {
  pid: number;
  ppid: number;
  pgid: number;
}

/**
 * Finds and kills every process a probe started. Airflow's components do not stay in the process group
 * verify gave them: 2.x task runners and the DAG processor manager call setpgid, and 3.x task
 * supervisors fork workers. So the probe's processes are found by ancestry (any platform) and by the
 * marker variable in /proc/<pid>/environ (Linux, which also finds children whose parent already died).
 */
export class ProbeReaper {
  private readonly roots = new Set<number>();

  constructor(private readonly marker: string) {}

  /** The environment entry every probe process inherits (`AIRFLOW_PREFLIGHT_PROBE=…`). */
  get environmentEntry(): string {
    return `${PROBE_MARKER_VARIABLE}=${this.marker}`;
  }

  addRoot(pid: number): void {
    this.roots.add(pid);
  }

  /** A root that ended: its pid may soon belong to an unrelated process, which must never be a target. */
  removeRoot(pid: number): void {
    this.roots.delete(pid);
  }

  /** Process groups of the probe's processes right now (for the action's post step to kill if we die). */
  async groups(): Promise<number[]> {
    const rows = await listProcesses();
    const pids = this.members(rows);
    return [...new Set(rows.filter((r) => pids.has(r.pid) && pids.has(r.pgid)).map((r) => r.pgid))];
  }

  /**
   * Freezes every probe process (SIGSTOP, so none can fork while we look), looks again, then SIGKILLs
   * them and the groups they lead. Repeats until nothing is left or the attempts run out.
   */
  async killAll(): Promise<number[]> {
    for (const pid of this.roots) killProcessGroup(pid, 'SIGSTOP');
    let targets = new Set<number>();
    for (let attempt = 0; attempt < 5; attempt++) {
      let rows = await listProcesses();
      const found = this.members(rows);
      for (const pid of found) signal(pid, 'SIGSTOP');
      rows = await listProcesses();
      for (const pid of this.members(rows)) found.add(pid);
      if (found.size === 0) break;
      for (const row of rows) if (found.has(row.pid) && found.has(row.pgid)) killProcessGroup(row.pgid);
      for (const pid of found) signal(pid, 'SIGKILL');
      targets = new Set([...targets, ...found]);
      await waitGone(found, 2_000);
    }
    for (const pid of this.roots) killProcessGroup(pid);
    return [...targets].filter((pid) => processExists(pid));
  }

  /** The roots, their descendants and every process carrying the marker; never this process or its ancestors. */
  private members(rows: readonly ProcessRow[]): Set<number> {
    const members = new Set<number>();
    for (const pid of this.roots) if (rows.some((r) => r.pid === pid)) members.add(pid);
    for (const pid of processesWithEnvironment(this.environmentEntry)) members.add(pid);
    let grew = true;
    while (grew) {
      grew = false;
      for (const row of rows) {
        if (!members.has(row.pid) && members.has(row.ppid)) {
          members.add(row.pid);
          grew = true;
        }
      }
    }
    for (const pid of ancestorsOfSelf(rows)) members.delete(pid);
    return members;
  }
}

async function listProcesses(): Promise<ProcessRow[]> {
  try {
    const { stdout } = await execFileAsync('ps', ['-A', '-o', 'pid=,ppid=,pgid='], { timeout: 10_000, maxBuffer: 16 * 1024 * 1024 });
    return stdout.split('\n').flatMap((line) => {
      const [pid, ppid, pgid] = line.trim().split(/\s+/).map(Number);
      return pid !== undefined && ppid !== undefined && pgid !== undefined && pid > 1 && !Number.isNaN(pgid) ? [{ pid, ppid, pgid }] : [];
    });
  } catch {
    return [];
  }
}

function ancestorsOfSelf(rows: readonly ProcessRow[]): Set<number> {
  const byPid = new Map(rows.map((r) => [r.pid, r]));
  const ancestors = new Set<number>();
  for (let pid: number | undefined = process.pid; pid !== undefined && pid > 1 && !ancestors.has(pid); pid = byPid.get(pid)?.ppid) {
    ancestors.add(pid);
  }
  return ancestors;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitGone(pids: ReadonlySet<number>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && [...pids].some((pid) => processExists(pid))) await new Promise((r) => setTimeout(r, 50));
}
