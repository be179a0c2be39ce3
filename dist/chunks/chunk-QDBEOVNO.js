import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  killProcessGroup,
  killProcessesWithEnvironment,
  killProcessesWithEnvironmentNow,
  processExists
} from "./chunk-UDIAOLEI.js";

// src/verify/cleanup.ts
import { execFile, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";

// src/verify/run-as.ts
var SU_PREFIX = "su";
function withPrefix(prefix, program, args) {
  if (prefix[0] === SU_PREFIX) {
    const line = [program, ...args].map(shellQuote).join(" ");
    return ["su", "-s", "/bin/sh", prefix[1] ?? "nobody", "-c", line];
  }
  return [...prefix, program, ...args];
}
function shellQuote(value) {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

// src/verify/cleanup.ts
var execFileAsync = promisify(execFile);
var CLEANUP_STATE_KEY = "verify-cleanup";
function emptyCleanupState() {
  return { tempDirs: [], clusters: [], processGroups: [], containerIds: [] };
}
var CleanupTracker = class {
  constructor(persist = () => {
  }) {
    this.persist = persist;
  }
  persist;
  state = emptyCleanupState();
  snapshot() {
    return structuredClone(this.state);
  }
  addTempDir(dir) {
    this.state.tempDirs.push(dir);
    this.save();
  }
  removeTempDir(dir) {
    this.state.tempDirs = this.state.tempDirs.filter((d) => d !== dir);
    this.save();
  }
  addCluster(cluster) {
    this.state.clusters = this.state.clusters.filter((c) => c.dataDir !== cluster.dataDir);
    this.state.clusters.push(cluster);
    this.save();
  }
  removeCluster(dataDir) {
    this.state.clusters = this.state.clusters.filter((c) => c.dataDir !== dataDir);
    this.save();
  }
  addProcessGroup(pgid) {
    this.state.processGroups.push(pgid);
    this.save();
  }
  removeProcessGroup(pgid) {
    this.state.processGroups = this.state.processGroups.filter((p) => p !== pgid);
    this.save();
  }
  /** Forgets everything (after a removal that did not go through the other methods). */
  clear() {
    Object.assign(this.state, emptyCleanupState());
    delete this.state.processMarkers;
    this.save();
  }
  addProcessMarker(entry) {
    this.state.processMarkers = [...this.state.processMarkers ?? [], entry];
    this.save();
  }
  removeProcessMarker(entry) {
    this.state.processMarkers = (this.state.processMarkers ?? []).filter((m) => m !== entry);
    if (this.state.processMarkers.length === 0) delete this.state.processMarkers;
    this.save();
  }
  addContainer(id) {
    this.state.containerIds.push(id);
    this.save();
  }
  removeContainer(id) {
    this.state.containerIds = this.state.containerIds.filter((c) => c !== id);
    this.save();
  }
  save() {
    this.persist(this.snapshot());
  }
};
function parseCleanupState(text) {
  if (text === void 0 || text.trim() === "") return emptyCleanupState();
  try {
    const parsed = JSON.parse(text);
    return {
      tempDirs: Array.isArray(parsed.tempDirs) ? parsed.tempDirs.filter(isString) : [],
      clusters: Array.isArray(parsed.clusters) ? parsed.clusters.filter(isCluster) : [],
      processGroups: Array.isArray(parsed.processGroups) ? parsed.processGroups.filter(isPid) : [],
      containerIds: Array.isArray(parsed.containerIds) ? parsed.containerIds.filter(isString) : [],
      ...Array.isArray(parsed.processMarkers) ? { processMarkers: parsed.processMarkers.filter(isMarker) } : {}
    };
  } catch {
    return emptyCleanupState();
  }
}
function isEmptyState(state) {
  return state.tempDirs.length === 0 && state.clusters.length === 0 && state.processGroups.length === 0 && (state.processMarkers ?? []).length === 0 && state.containerIds.length === 0;
}
async function cleanupFromState(state) {
  const problems = [];
  for (const marker of state.processMarkers ?? []) {
    const left = await killProcessesWithEnvironment(marker);
    if (left.length > 0) problems.push(`could not stop processes ${left.join(", ")}`);
  }
  for (const pgid of state.processGroups) killProcessGroup(pgid);
  for (const cluster of state.clusters) {
    const problem = await stopCluster(cluster);
    if (problem !== void 0) problems.push(problem);
  }
  for (const id of state.containerIds) {
    const problem = await removeContainer(id);
    if (problem !== void 0) problems.push(problem);
  }
  for (const dir of state.tempDirs) {
    try {
      await rm(dir, { recursive: true, force: true });
    } catch (error) {
      problems.push(`could not remove ${dir}: ${error.message}`);
    }
  }
  return problems;
}
function cleanupFromStateNow(state) {
  const problems = [];
  for (const marker of state.processMarkers ?? []) {
    const left = killProcessesWithEnvironmentNow(marker);
    if (left.length > 0) problems.push(`could not stop processes ${left.join(", ")}`);
  }
  for (const id of state.containerIds) {
    try {
      execFileSync("docker", ["rm", "--force", "--volumes", id], { timeout: 1e4, stdio: "ignore" });
    } catch {
    }
  }
  for (const dir of state.tempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      problems.push(`could not remove ${dir}: ${error.message}`);
    }
  }
  return problems;
}
async function stopCluster(cluster) {
  const [command, ...args] = withPrefix(cluster.runAs, cluster.pgCtl, ["stop", "-D", cluster.dataDir, "-m", "immediate", "-w", "-t", "20"]);
  try {
    await execFileAsync(command ?? cluster.pgCtl, args, { timeout: 3e4 });
  } catch {
  }
  if (cluster.pid !== void 0 && processExists(cluster.pid)) {
    try {
      process.kill(cluster.pid, "SIGKILL");
    } catch {
      return `could not stop the Postgres server (pid ${cluster.pid})`;
    }
  }
  return void 0;
}
async function removeContainer(id) {
  try {
    await execFileAsync("docker", ["rm", "--force", "--volumes", id], { timeout: 6e4 });
    return void 0;
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    return `could not remove container ${id.slice(0, 12)}: ${error.message.split("\n")[0] ?? ""}`;
  }
}
function isString(value) {
  return typeof value === "string" && value !== "";
}
function isMarker(value) {
  return typeof value === "string" && /^AIRFLOW_PREFLIGHT_[A-Z_]+=[0-9a-f]{16,}$/.test(value);
}
function isPid(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 1;
}
function isCluster(value) {
  if (typeof value !== "object" || value === null) return false;
  const c = value;
  return typeof c.pgCtl === "string" && typeof c.dataDir === "string" && Array.isArray(c.runAs);
}

export {
  SU_PREFIX,
  withPrefix,
  CLEANUP_STATE_KEY,
  CleanupTracker,
  parseCleanupState,
  isEmptyState,
  cleanupFromState,
  cleanupFromStateNow,
  stopCluster
};
