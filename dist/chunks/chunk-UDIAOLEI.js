import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/verify/process.ts
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
function runProcess(command, args, options = {}) {
  return new Promise((resolve) => {
    let output = "";
    let stdout = "";
    let timedOut = false;
    let pending = "";
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    const pid = child.pid;
    if (pid !== void 0) options.onSpawn?.(pid);
    const emitLines = (chunk, flush) => {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = flush ? "" : lines.pop() ?? "";
      for (const line of lines) if (line !== "" || !flush) options.onLine?.(line);
    };
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      output += chunk;
      emitLines(chunk, false);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      emitLines(chunk, false);
    });
    const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      if (pid !== void 0) killProcessGroup(pid);
    }, options.timeoutMs);
    let spawnError;
    child.on("error", (error) => {
      spawnError = error.code === "ENOENT" ? `${command}: command not found` : `${command}: ${error.message}`;
    });
    child.on("close", (code, signal) => {
      if (timer !== void 0) clearTimeout(timer);
      emitLines("", true);
      if (pid !== void 0) {
        killProcessGroup(pid);
        options.onExit?.(pid);
      }
      resolve({ code, signal, timedOut, output, stdout, spawnError });
    });
  });
}
function killProcessGroup(pgid, signal = "SIGKILL") {
  try {
    process.kill(-pgid, signal);
  } catch {
  }
}
function processExists(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return false;
  }
  return !isZombie(pid);
}
function isZombie(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}
function processesWithEnvironment(entry) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const inside = Buffer.from(`\0${entry}\0`);
  const first = Buffer.from(`${entry}\0`);
  const pids = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${name}/environ`);
      if (environ.includes(inside) || environ.subarray(0, first.length).equals(first)) pids.push(Number(name));
    } catch {
    }
  }
  return pids.filter((pid) => processExists(pid));
}
async function killProcessesWithEnvironment(entry, timeoutMs = 2e3) {
  const found = freezeAndKill(entry);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && [...found].some((pid) => processExists(pid))) await new Promise((r) => setTimeout(r, 25));
  return [...found].filter((pid) => processExists(pid));
}
function killProcessesWithEnvironmentNow(entry, timeoutMs = 1500) {
  const found = freezeAndKill(entry);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && [...found].some((pid) => processExists(pid))) sleepNow(20);
  return [...found].filter((pid) => processExists(pid));
}
function freezeAndKill(entry) {
  const found = new Set(processesWithEnvironment(entry));
  if (found.size === 0) return found;
  for (const pid of found) signalProcess(pid, "SIGSTOP");
  for (const pid of processesWithEnvironment(entry)) found.add(pid);
  for (const pid of found) signalProcess(pid, "SIGKILL");
  return found;
}
function sleepNow(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function signalProcess(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}

export {
  runProcess,
  killProcessGroup,
  processExists,
  processesWithEnvironment,
  killProcessesWithEnvironment,
  killProcessesWithEnvironmentNow
};
