import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  VerifyError
} from "./chunk-WGCHOZ4U.js";
import {
  runProcess
} from "./chunk-UDIAOLEI.js";

// src/verify/airflow.ts
import { randomBytes } from "node:crypto";
import { access, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
function airflowCacheDir(env = process.env) {
  if (env.AIRFLOW_PREFLIGHT_CACHE) return env.AIRFLOW_PREFLIGHT_CACHE;
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, "airflow-preflight");
  return join(homedir(), ".cache", "airflow-preflight");
}
var LOCK_WAIT_MS = 30 * 6e4;
var LOCK_STALE_MS = 45 * 6e4;
var PIP_TIMEOUT_MS = 30 * 6e4;
async function installAirflow(version, io, options = {}) {
  if (!/^\d+\.\d+\.\d+(?:[a-z.][a-z0-9.]*)?$/i.test(version)) {
    throw new VerifyError(`install-airflow must be an exact Airflow release such as 2.10.5, got "${version}".`);
  }
  const env = options.env ?? process.env;
  const cache = options.cacheDir ?? airflowCacheDir(env);
  const extras = [.../* @__PURE__ */ new Set(["postgres", ...options.extras ?? []])];
  const name = extras.length === 1 ? version : `${version}-${extras.filter((e) => e !== "postgres").join("-")}`;
  const venv = join(cache, "venvs", name);
  const installation = venvInstallation(venv);
  if (await isComplete(venv)) return installation;
  await mkdir(join(cache, "venvs"), { recursive: true });
  const lock = join(cache, "venvs", `.${name}.lockdir`);
  await acquireLock(lock);
  try {
    if (await isComplete(venv)) return installation;
    await io.group(`Installing apache-airflow[${extras.join(",")}]==${version}`, async () => {
      await rm(venv, { recursive: true, force: true });
      try {
        await createVenv(venv, version, extras, env, cache, options, io);
      } catch (error) {
        await rm(venv, { recursive: true, force: true });
        throw error;
      }
    });
    await writeFile(join(venv, ".complete"), "");
    return installation;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
async function createVenv(venv, version, extras, env, cache, options, io) {
  const pipEnv = { ...env, PIP_CACHE_DIR: join(cache, "pip"), PIP_DISABLE_PIP_VERSION_CHECK: "1" };
  const python = options.python ?? env.AIRFLOW_PREFLIGHT_PYTHON ?? "python3";
  await installStep(python, ["-m", "venv", venv], pipEnv, io);
  const pip = join(venv, "bin", "pip");
  await installStep(pip, ["install", "--quiet", "--upgrade", "pip"], pipEnv, io);
  const pins = await installPins(version, join(venv, "bin", "python"), extras, venv);
  await installStep(pip, ["install", "--progress-bar", "off", `apache-airflow[${extras.join(",")}]==${version}`, ...pins], pipEnv, io);
}
async function installPins(version, python, extras, venv) {
  const pins = [];
  const pyver = await runProcess(python, ["-c", 'import sys; print("%d.%d" % sys.version_info[:2])'], { timeoutMs: 6e4 });
  const constraints = fileURLToPath(new URL(`../../scripts/knowledge/constraints/airflow-${version}-py${pyver.stdout.trim()}.txt`, import.meta.url));
  const text = await readFile(constraints, "utf8").catch(() => void 0);
  if (text !== void 0) {
    const loose = new Set(extras.flatMap((extra) => EXTRA_UNPIN[extra] ?? []));
    const kept = text.split("\n").filter((line) => !loose.has(line.split(/[=<>!~ ]/)[0]?.trim().toLowerCase() ?? ""));
    const file = join(venv, "airflow-preflight-constraints.txt");
    await writeFile(file, kept.join("\n"));
    pins.push("-c", file);
  }
  for (const extra of extras) pins.push(...EXTRA_PINS[extra] ?? []);
  return pins;
}
var EXTRA_PINS = {
  celery: ["celery<5.7"]
};
var EXTRA_UNPIN = {
  fab: ["sqlalchemy"]
};
function venvInstallation(venv) {
  return { command: join(venv, "bin", "airflow"), python: join(venv, "bin", "python") };
}
async function isComplete(venv) {
  try {
    await access(join(venv, "bin", "airflow"), 1);
    await access(join(venv, ".complete"));
    return true;
  } catch {
    return false;
  }
}
async function installStep(program, args, env, io) {
  const result = await runProcess(program, args, { env, timeoutMs: PIP_TIMEOUT_MS, onLine: (line) => io.log(line) });
  if (result.code === 0) return;
  const reason = result.spawnError ?? (result.timedOut ? "timed out" : pipError(result.output) ?? lastLine(result.output) ?? `exit code ${result.code}`);
  throw new VerifyError(`Installing Airflow failed at \`${[program, ...args].join(" ")}\`: ${reason}`);
}
async function acquireLock(lock) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > LOCK_STALE_MS) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new VerifyError(`Another Airflow install holds ${lock}; remove it if no install is running.`);
    await new Promise((r) => setTimeout(r, 2e3));
  }
}
async function resolveAirflowCommand(command, env = process.env) {
  const path = command.includes("/") ? command : await findOnPath(command, env);
  if (path === void 0) {
    throw new VerifyError(`airflow-command "${command}" is not on PATH; give its full path, or use install-airflow: <version>.`);
  }
  try {
    await access(path, 1);
  } catch {
    throw new VerifyError(`airflow-command ${path} does not exist or is not executable; give the path of the airflow program, or use install-airflow: <version>.`);
  }
  return { command: path, python: await interpreterOf(path) };
}
async function findOnPath(program, env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, program);
    try {
      await access(candidate, 1);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
async function interpreterOf(script) {
  const head = await readFile(script, { encoding: "latin1" }).then((text) => text.slice(0, 512), () => "");
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(head);
  const program = shebang?.[1];
  if (program !== void 0 && /python[\d.]*$/.test(program) && isAbsolute(program)) return program;
  if (program !== void 0 && program.endsWith("/env") && shebang?.[2] !== void 0 && /python/.test(shebang[2])) return shebang[2];
  return join(dirname(script), "python");
}
var AirflowRunner = class {
  constructor(installation, env, tracker, onLine = () => {
  }) {
    this.installation = installation;
    this.env = env;
    this.tracker = tracker;
    this.onLine = onLine;
  }
  installation;
  env;
  tracker;
  onLine;
  get command() {
    return this.installation.command;
  }
  get pythonPath() {
    return this.installation.python;
  }
  airflow(args, timeoutMs) {
    return this.track(this.installation.command, args, timeoutMs);
  }
  /** `python -c code args…` in Airflow's interpreter; `onLine` also sees each line (before the runner's own log). */
  python(code, timeoutMs, args = [], onLine) {
    return this.track(this.installation.python, ["-c", code, ...args], timeoutMs, onLine);
  }
  track(program, args, timeoutMs, onLine) {
    return runProcess(program, args, {
      env: this.env,
      timeoutMs,
      onLine: (line) => {
        onLine?.(line);
        this.onLine(line);
      },
      onSpawn: (pid) => this.tracker.addProcessGroup(pid),
      onExit: (pid) => this.tracker.removeProcessGroup(pid)
    });
  }
};
async function installedAirflowVersion(installation) {
  const prefix = dirname(dirname(installation.python));
  const lib = join(prefix, "lib");
  const found = /* @__PURE__ */ new Set();
  for (const pythonDir of await readdir(lib).catch(() => [])) {
    if (!/^python3\.\d+$/.test(pythonDir)) continue;
    const sitePackages = join(lib, pythonDir, "site-packages");
    for (const entry of await readdir(sitePackages).catch(() => [])) {
      const match = /^apache_airflow-(\d+\.\d+\.\d+(?:[^-\d][^-]*)?)\.dist-info$/.exec(entry);
      if (match?.[1] !== void 0) found.add(match[1]);
    }
  }
  return found.size === 1 ? [...found][0] : void 0;
}
function parseAirflowVersion(stdout) {
  const lines = stdout.split(/\r?\n/).map((l) => l.trim());
  for (const line of lines.reverse()) {
    if (/^\d+\.\d+\.\d+(?:[^\d\s]\S*)?$/.test(line)) return line;
  }
  return void 0;
}
var EXECUTOR_CHECK = [
  "import sys",
  "from airflow.executors.executor_loader import ExecutorLoader as L",
  'def label(n): return str(getattr(n, "alias", None) or getattr(n, "module_path", None) or n)',
  "try:",
  '    names = L.get_executor_names() if hasattr(L, "get_executor_names") else [L.get_default_executor_name()]',
  "except Exception as e:",
  "    from airflow.configuration import conf",
  '    print("APF_EXECUTOR_FAIL", conf.get("core", "executor"), "|", type(e).__name__ + ": " + str(e).splitlines()[0] if str(e) else type(e).__name__); sys.exit(3)',
  "for n in names:",
  "    try:",
  "        cls = L.import_executor_cls(n)[0]",
  "    except Exception as e:",
  '        print("APF_EXECUTOR_FAIL", label(n), "|", type(e).__name__ + ": " + (str(e).splitlines() or [""])[0]); sys.exit(3)',
  '    print("APF_EXECUTOR_OK", label(n), "|", cls.__module__ + "." + cls.__name__)'
].join("\n");
var MIGRATE_AND_CHECK = [
  "import json, sys, traceback",
  'def report(name, ok, detail): print("APF_CHECK " + json.dumps({"name": name, "ok": ok, "detail": detail}), flush=True)',
  "def error_text(e):",
  '    first = (str(e).splitlines() or [""])[0]',
  '    return type(e).__name__ + (": " + first if first else "")',
  'sys.argv = ["airflow"] + sys.argv[1:]',
  "code = 0",
  "try:",
  "    from airflow.__main__ import main",
  "    main()",
  "except SystemExit as e:",
  "    code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)",
  "except BaseException:",
  "    traceback.print_exc()",
  "    code = 1",
  "sys.stderr.flush()",
  'print("APF_MIGRATE_EXIT", code, flush=True)',
  "if code != 0: sys.exit(code)",
  "from airflow.utils import db as apf_db",
  "try:",
  "    apf_db.check()",
  '    report("airflow db check", True, "succeeded")',
  "except Exception as e:",
  '    report("airflow db check", False, error_text(e))',
  "try:",
  "    apf_db.check_migrations(timeout=1)",
  '    report("airflow db check-migrations", True, "succeeded")',
  "except Exception as e:",
  '    report("airflow db check-migrations", False, error_text(e))',
  EXECUTOR_CHECK
].join("\n");
function parseSessionOutput(output) {
  let migrateExit;
  const checks = [];
  for (const line of output.split(/\r?\n/)) {
    const exit = /^APF_MIGRATE_EXIT (-?\d+)$/.exec(line.trim());
    if (exit) migrateExit = Number(exit[1]);
    const check = /^APF_CHECK (\{.*\})$/.exec(line.trim());
    if (check?.[1] === void 0) continue;
    try {
      const parsed = JSON.parse(check[1]);
      if (typeof parsed.name === "string" && typeof parsed.ok === "boolean") checks.push({ name: parsed.name, ok: parsed.ok, detail: String(parsed.detail ?? "") });
    } catch {
    }
  }
  return { migrateExit, checks, executors: parseExecutorCheck(output) };
}
function parseExecutorCheck(output) {
  const loads = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^APF_EXECUTOR_(OK|FAIL) /.exec(line.trim());
    const rest = line.trim().slice(match?.[0].length ?? 0);
    const bar = rest.indexOf(" | ");
    if (match && bar >= 0) loads.push({ ok: match[1] === "OK", name: rest.slice(0, bar), detail: rest.slice(bar + 3) });
  }
  return loads;
}
function randomPassword() {
  return randomBytes(18).toString("base64url");
}
function pipError(output) {
  const errors = output.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("ERROR: "));
  return errors.filter((l) => !/ResolutionImpossible|Ignored the following/.test(l)).at(-1) ?? errors.at(-1);
}
function lastLine(text) {
  return text.split("\n").map((l) => l.trim()).filter((l) => l !== "").at(-1);
}

export {
  installAirflow,
  resolveAirflowCommand,
  AirflowRunner,
  installedAirflowVersion,
  parseAirflowVersion,
  MIGRATE_AND_CHECK,
  parseSessionOutput,
  randomPassword
};
