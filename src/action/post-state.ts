// The post step reads back what the main step saved (core.saveState). Saved state lives in a file of
// the runner, and the main step ran against repository content: before anything is deleted or killed,
// each entry must look exactly like something the verify step itself creates.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, resolve, sep } from 'node:path';
import type { CleanupState, ClusterRecord } from '../verify/cleanup.js';
import { SU_PREFIX } from '../verify/run-as.js';

/** The directories verify makes with mkdtemp (src/verify/run.ts, src/verify/providers/local.ts). */
const TEMP_DIR_NAME = /^apf-(airflow|pg)-[A-Za-z0-9]{6}$/;
/** Docker container ids: 12 to 64 lower-case hex digits. */
const CONTAINER_ID = /^[0-9a-f]{12,64}$/;
/** The user-switch prefixes src/verify/providers/local.ts builds, and nothing else. */
const RUN_AS_FORMS: readonly ((prefix: readonly string[]) => boolean)[] = [
  (prefix) => prefix.length === 0,
  (prefix) => prefix.length === 4 && prefix[0] === 'runuser' && prefix[1] === '-u' && prefix[2] === 'nobody' && prefix[3] === '--',
  (prefix) =>
    prefix.length === 5 &&
    prefix[0] === 'setpriv' &&
    /^--reuid=\d+$/.test(prefix[1] ?? '') &&
    /^--regid=\d+$/.test(prefix[2] ?? '') &&
    prefix[3] === '--clear-groups' &&
    prefix[4] === '--',
  (prefix) => prefix.length === 2 && prefix[0] === SU_PREFIX && prefix[1] === 'nobody',
];

export interface ProcessInfo {
  /** The command line, arguments joined by spaces; undefined when it cannot be read. */
  commandLine(pid: number): string | undefined;
}

/** Linux: /proc/PID/cmdline. Elsewhere nothing can be checked, so no process is killed. */
export const procProcessInfo: ProcessInfo = {
  commandLine(pid) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      return undefined;
    }
  },
};

export interface StateCheck {
  /** What may be cleaned up. */
  state: CleanupState;
  /** One sentence per entry left alone, for the log. */
  rejected: string[];
}

export interface StateCheckOptions {
  /** Where verify's mkdtemp put its directories (os.tmpdir() in the main step: the same environment). */
  tempRoot?: string | undefined;
  processes?: ProcessInfo | undefined;
}

/** Keeps the entries of a saved cleanup state that the verify step could have written; names the rest. */
export function checkCleanupState(saved: CleanupState, options: StateCheckOptions = {}): StateCheck {
  const tempRoot = realOrSelf(options.tempRoot ?? tmpdir());
  const processes = options.processes ?? procProcessInfo;
  const rejected: string[] = [];
  const reject = (what: string) => {
    rejected.push(`left alone: ${what} (not something the verify step creates)`);
    return false;
  };

  const tempDirs = saved.tempDirs.filter((dir) => isOwnTempDir(dir, tempRoot) || reject(`directory ${JSON.stringify(dir)}`));
  const clusters = saved.clusters
    .filter((cluster) => isOwnCluster(cluster, tempDirs) || reject(`Postgres cluster ${JSON.stringify(cluster.dataDir)}`))
    .map((cluster) => withCheckedPid(cluster, processes, reject));
  const processGroups = saved.processGroups.filter(
    (pgid) => isOwnProcess(pgid, processes, /airflow|python/) || reject(`process group ${pgid}`),
  );
  const containerIds = saved.containerIds.filter((id) => CONTAINER_ID.test(id) || reject(`container ${JSON.stringify(id)}`));
  // Markers are checked by parseCleanupState already (`AIRFLOW_PREFLIGHT_…=<hex>`): only processes carrying one are killed.
  const markers = saved.processMarkers === undefined ? {} : { processMarkers: saved.processMarkers };
  return { state: { tempDirs, clusters, processGroups, containerIds, ...markers }, rejected };
}

function isOwnTempDir(dir: string, tempRoot: string): boolean {
  if (!isAbsolute(dir) || resolve(dir) !== dir) return false;
  if (!TEMP_DIR_NAME.test(basename(dir))) return false;
  // The parent, with symbolic links resolved, must be the temp root itself: not a link elsewhere.
  if (realOrSelf(dirname(dir)) !== tempRoot) return false;
  try {
    return lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink() !== true;
  } catch {
    return false;
  }
}

function isOwnCluster(cluster: ClusterRecord, ownDirs: readonly string[]): boolean {
  if (!ownDirs.some((dir) => cluster.dataDir === `${dir}${sep}data`)) return false;
  if (!isAbsolute(cluster.pgCtl) || basename(cluster.pgCtl) !== 'pg_ctl') return false;
  return RUN_AS_FORMS.some((form) => form(cluster.runAs));
}

function withCheckedPid(cluster: ClusterRecord, processes: ProcessInfo, reject: (what: string) => boolean): ClusterRecord {
  if (cluster.pid === undefined || isOwnProcess(cluster.pid, processes, /postgres/)) return cluster;
  reject(`process ${cluster.pid}`);
  return { ...cluster, pid: undefined };
}

/** A pid that is not this process or its parent, and whose command line is the program verify started. */
function isOwnProcess(pid: number, processes: ProcessInfo, program: RegExp): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 1 || pid === process.pid || pid === process.ppid) return false;
  const commandLine = processes.commandLine(pid);
  return commandLine !== undefined && program.test(commandLine);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
