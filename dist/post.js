import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  CLEANUP_STATE_KEY,
  SU_PREFIX,
  cleanupFromState,
  isEmptyState,
  parseCleanupState
} from "./chunks/chunk-QDBEOVNO.js";
import "./chunks/chunk-UDIAOLEI.js";
import {
  logInfo,
  logWarning
} from "./chunks/chunk-WGQV5XDP.js";
import "./chunks/chunk-SD5MQQMY.js";
import {
  getState
} from "./chunks/chunk-C3H65RNN.js";
import "./chunks/chunk-XS2MS7GF.js";

// src/action/post-state.ts
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, resolve, sep } from "node:path";
var TEMP_DIR_NAME = /^apf-(airflow|pg)-[A-Za-z0-9]{6}$/;
var CONTAINER_ID = /^[0-9a-f]{12,64}$/;
var RUN_AS_FORMS = [
  (prefix) => prefix.length === 0,
  (prefix) => prefix.length === 4 && prefix[0] === "runuser" && prefix[1] === "-u" && prefix[2] === "nobody" && prefix[3] === "--",
  (prefix) => prefix.length === 5 && prefix[0] === "setpriv" && /^--reuid=\d+$/.test(prefix[1] ?? "") && /^--regid=\d+$/.test(prefix[2] ?? "") && prefix[3] === "--clear-groups" && prefix[4] === "--",
  (prefix) => prefix.length === 2 && prefix[0] === SU_PREFIX && prefix[1] === "nobody"
];
var procProcessInfo = {
  commandLine(pid) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    } catch {
      return void 0;
    }
  }
};
function checkCleanupState(saved, options = {}) {
  const tempRoot = realOrSelf(options.tempRoot ?? tmpdir());
  const processes = options.processes ?? procProcessInfo;
  const rejected = [];
  const reject = (what) => {
    rejected.push(`left alone: ${what} (not something the verify step creates)`);
    return false;
  };
  const tempDirs = saved.tempDirs.filter((dir) => isOwnTempDir(dir, tempRoot) || reject(`directory ${JSON.stringify(dir)}`));
  const clusters = saved.clusters.filter((cluster) => isOwnCluster(cluster, tempDirs) || reject(`Postgres cluster ${JSON.stringify(cluster.dataDir)}`)).map((cluster) => withCheckedPid(cluster, processes, reject));
  const processGroups = saved.processGroups.filter(
    (pgid) => isOwnProcess(pgid, processes, /airflow|python/) || reject(`process group ${pgid}`)
  );
  const containerIds = saved.containerIds.filter((id) => CONTAINER_ID.test(id) || reject(`container ${JSON.stringify(id)}`));
  const markers = saved.processMarkers === void 0 ? {} : { processMarkers: saved.processMarkers };
  return { state: { tempDirs, clusters, processGroups, containerIds, ...markers }, rejected };
}
function isOwnTempDir(dir, tempRoot) {
  if (!isAbsolute(dir) || resolve(dir) !== dir) return false;
  if (!TEMP_DIR_NAME.test(basename(dir))) return false;
  if (realOrSelf(dirname(dir)) !== tempRoot) return false;
  try {
    return lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink() !== true;
  } catch {
    return false;
  }
}
function isOwnCluster(cluster, ownDirs) {
  if (!ownDirs.some((dir) => cluster.dataDir === `${dir}${sep}data`)) return false;
  if (!isAbsolute(cluster.pgCtl) || basename(cluster.pgCtl) !== "pg_ctl") return false;
  return RUN_AS_FORMS.some((form) => form(cluster.runAs));
}
function withCheckedPid(cluster, processes, reject) {
  if (cluster.pid === void 0 || isOwnProcess(cluster.pid, processes, /postgres/)) return cluster;
  reject(`process ${cluster.pid}`);
  return { ...cluster, pid: void 0 };
}
function isOwnProcess(pid, processes, program) {
  if (!Number.isSafeInteger(pid) || pid <= 1 || pid === process.pid || pid === process.ppid) return false;
  const commandLine = processes.commandLine(pid);
  return commandLine !== void 0 && program.test(commandLine);
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

// src/action/post.ts
async function post() {
  const saved = parseCleanupState(getState(CLEANUP_STATE_KEY));
  if (isEmptyState(saved)) return;
  const { state, rejected } = checkCleanupState(saved);
  for (const line of rejected) logWarning(line);
  if (isEmptyState(state)) return;
  logInfo("Removing what the verify step left behind");
  const problems = await cleanupFromState(state);
  for (const problem of problems) logWarning(problem);
}
try {
  await post();
} catch (error) {
  logWarning(`cleanup after verify: ${error instanceof Error ? error.message : String(error)}`);
}
export {
  post
};
