import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  buildAirflowEnv,
  defaultMigrateCommand,
  esm_default,
  releaseAtLeast
} from "./chunk-BZVXKKX4.js";
import {
  AirflowRunner,
  MIGRATE_AND_CHECK,
  installAirflow,
  installedAirflowVersion,
  parseAirflowVersion,
  parseSessionOutput,
  randomPassword,
  resolveAirflowCommand
} from "./chunk-JR5DKRGK.js";
import {
  PROBE_DAG_FILE,
  PROBE_DAG_ID,
  PROBE_DAG_SOURCE,
  PROBE_TASK_COUNT
} from "./chunk-MO2FRKH6.js";
import {
  VerifyError,
  toAirflowUrl,
  toLibpqUrl
} from "./chunk-WGCHOZ4U.js";
import {
  interpolateOption,
  maxConcurrency,
  parseConfig,
  parseEnvVarName,
  taskIntervals
} from "./chunk-FVMEH7UH.js";
import {
  SecretRegistry,
  maskUrlPasswords,
  secretTexts
} from "./chunk-EHIJUM37.js";
import {
  withoutQuery
} from "./chunk-RSDSUM7C.js";
import {
  CleanupTracker,
  SU_PREFIX,
  cleanupFromState,
  cleanupFromStateNow,
  isEmptyState,
  stopCluster,
  withPrefix
} from "./chunk-QDBEOVNO.js";
import {
  killProcessGroup,
  processExists,
  processesWithEnvironment,
  runProcess
} from "./chunk-UDIAOLEI.js";

// src/verify/run.ts
import { mkdir as mkdir3, mkdtemp as mkdtemp3, readFile as readFile2, rm as rm3, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join3 } from "node:path";
import { randomBytes as randomBytes5 } from "node:crypto";

// src/verify/error-map.ts
var ERROR_RULES = [
  { ruleId: "APF001", matches: inOrder(/\b(MissingSectionHeaderError|DuplicateSectionError|DuplicateOptionError|ParsingError)\b/g) },
  { ruleId: "APF002", matches: inOrder(/\bInterpolation(Syntax|MissingOption|Depth)Error\b/g) },
  {
    ruleId: "APF110",
    matches: either(inOrder(/cannot use SQLite with the \w/gi), inOrder(/Cannot use relative path/gi, /sqlite/gi)),
    section: "database",
    option: "sql_alchemy_conn"
  },
  { ruleId: "APF111", matches: inOrder(/Can't load plugin: sqlalchemy\.dialects:postgres\b/g), section: "database", option: "sql_alchemy_conn" },
  {
    ruleId: "APF101",
    matches: either(inOrder(/\bUnknownExecutorException\b/gi), inOrder(/\bexecutor /gi, /could not be (loaded|imported)\b/gi)),
    section: "core",
    option: "executor"
  },
  {
    ruleId: "APF102",
    matches: inOrder(/\b(SequentialExecutor|DebugExecutor)\b/gi, /\b(not|only)\b/gi, /\b(production|testing|debug)/gi),
    section: "core",
    option: "executor"
  }
];
function inOrder(...patterns) {
  return (line) => {
    let from = 0;
    for (const pattern of patterns) {
      pattern.lastIndex = from;
      const match = pattern.exec(line);
      if (!match) return false;
      from = match.index + match[0].length;
    }
    return true;
  };
}
function either(...tests) {
  return (line) => tests.some((test) => test(line));
}
var EXECUTOR_NOT_LOADABLE = "APF101";
var EXECUTOR_NOT_FOR_PRODUCTION = "APF102";
function mapAirflowError(lines) {
  for (const rule of ERROR_RULES) {
    const line = lines.find((l) => rule.matches(l));
    if (line === void 0) continue;
    const named = /option '([^']+)' in section '([^']+)'/.exec(line);
    const found = /found: '([^']+)'/.exec(line);
    const lineNumber = /\[line\s+(\d+)\]/.exec(line);
    return {
      ruleId: rule.ruleId,
      line,
      section: named?.[2] ?? rule.section,
      option: named?.[1] ?? rule.option,
      needle: found?.[1],
      cfgLine: lineNumber ? Number(lineNumber[1]) : void 0
    };
  }
  return void 0;
}
var EXCEPTION_LINE = /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)(:\s|$)/;
var ERROR_MARKERS = [
  /\bairflow\.exceptions\.\w+/,
  /^airflow command error:/,
  /\bERROR\s+-\s/,
  /\[error\s*\]/,
  /^(FATAL|ERROR):\s/,
  /^error:\s/i
];
function extractErrorLines(output, limit = 8) {
  const lines = output.split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  const picked = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (EXCEPTION_LINE.test(trimmed) || ERROR_MARKERS.some((m) => m.test(trimmed))) {
      if (!picked.includes(trimmed)) picked.push(trimmed);
    }
  }
  const chosen = picked.length > 0 ? picked : lines.map((l) => l.trim());
  return chosen.slice(-limit);
}

// src/verify/metastore.ts
async function readMetastore(libpqUrl) {
  return withClient(libpqUrl, async (client) => {
    const tables = await client.query(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
    );
    const names = tables.rows.map((r) => r.name);
    if (!names.includes("alembic_version")) return { tables: names, heads: [] };
    const heads = await client.query("SELECT version_num FROM alembic_version ORDER BY version_num");
    return { tables: names, heads: heads.rows.map((r) => r.version_num) };
  });
}
async function userExists(libpqUrl, username) {
  return withClient(libpqUrl, async (client) => {
    const exists = await client.query(
      `SELECT to_regclass('public.ab_user') IS NOT NULL AS present`
    );
    if (exists.rows[0]?.present !== true) return false;
    const rows = await client.query("SELECT 1 FROM ab_user WHERE username = $1", [username]);
    return (rows.rowCount ?? 0) > 0;
  });
}
async function withClient(libpqUrl, fn) {
  const client = new esm_default.Client({ connectionString: libpqUrl, connectionTimeoutMillis: 15e3 });
  client.on("error", () => {
  });
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw new Error(`reading the metastore failed: ${maskUrlPasswords(error.message)}`);
  } finally {
    await client.end().catch(() => {
    });
  }
}
function missingTables(expected, found) {
  const present = new Set(found);
  return expected.filter((t) => !present.has(t));
}

// src/verify/providers/select.ts
import { request } from "node:http";

// src/verify/providers/local.ts
import { execFile } from "node:child_process";
import { access, chown, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
var execFileAsync = promisify(execFile);
var DATABASE = "airflow";
var LocalProvider = class {
  constructor(context, binaries) {
    this.context = context;
    this.binaries = binaries;
  }
  context;
  binaries;
  name = "local";
  dir;
  cluster;
  async start() {
    const runAs = await unprivilegedUser();
    const dir = await mkdtemp(join(tmpdir(), "apf-pg-"));
    this.dir = dir;
    this.context.tracker.addTempDir(dir);
    const dataDir = join(dir, "data");
    const socketDir = join(dir, "socket");
    await mkdir(socketDir);
    if (runAs !== void 0) await chownTree(dir, runAs);
    const prefix = runAs?.prefix ?? [];
    this.context.log(`initdb in ${dataDir}${runAs ? ` as ${runAs.name}` : ""}`);
    await runStep(this.context.env, prefix, this.binaries.initdb, ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], "initdb");
    this.cluster = { pgCtl: this.binaries.pgCtl, dataDir, runAs: prefix };
    this.context.tracker.addCluster(this.cluster);
    const port = await this.startServer(prefix, dir, dataDir, socketDir);
    this.cluster.pid = await postmasterPid(dataDir);
    this.context.tracker.addCluster(this.cluster);
    const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    await createDatabase(adminUrl, DATABASE);
    const libpqUrl = `postgresql://postgres@127.0.0.1:${port}/${DATABASE}`;
    return { url: `postgresql+psycopg2://postgres@127.0.0.1:${port}/${DATABASE}`, libpqUrl, created: true };
  }
  /**
   * pg_ctl start on a port the OS just reported free; another process can take it in between,
   * so a failed start is retried on a new port.
   */
  async startServer(prefix, dir, dataDir, socketDir) {
    const tried = [];
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      tried.push(port);
      const serverOptions = [
        `-p ${port}`,
        `-k ${socketDir}`,
        "-c listen_addresses=127.0.0.1",
        "-c fsync=off",
        "-c full_page_writes=off",
        "-c synchronous_commit=off"
      ].join(" ");
      this.context.log(`starting Postgres on 127.0.0.1:${port}`);
      try {
        await runStep(this.context.env, prefix, this.binaries.pgCtl, ["start", "-D", dataDir, "-l", join(dir, "postgres.log"), "-w", "-t", "60", "-o", serverOptions], "pg_ctl start", join(dir, "postgres.log"));
        return port;
      } catch (error) {
        const log = await readFile(join(dir, "postgres.log"), "utf8").catch(() => "");
        const taken = /could not bind|Address already in use/i.test(log);
        if (attempt < 3) continue;
        if (taken) {
          throw new VerifyError(
            `Could not start a local Postgres cluster: ports ${tried.join(", ")} on 127.0.0.1 were each taken by another process between the check and the start. Free some ports, or use database: url or testcontainers.`
          );
        }
        throw error;
      }
    }
  }
  async stop() {
    if (this.cluster !== void 0) {
      await stopCluster(this.cluster);
      this.context.tracker.removeCluster(this.cluster.dataDir);
      this.cluster = void 0;
    }
    if (this.dir !== void 0) {
      await rm(this.dir, { recursive: true, force: true });
      this.context.tracker.removeTempDir(this.dir);
      this.dir = void 0;
    }
  }
};
async function findPostgresBinaries(env = process.env, libDir = "/usr/lib/postgresql") {
  const dirs = (env.PATH ?? "").split(delimiter).filter((d) => d !== "");
  const versioned = await readdir(libDir).catch(() => []);
  const majors = versioned.filter((name) => /^\d+(\.\d+)?$/.test(name)).sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  for (const major of majors) dirs.push(join(libDir, major, "bin"));
  for (const dir of dirs) {
    const initdb = join(dir, "initdb");
    const pgCtl = join(dir, "pg_ctl");
    if (await isExecutable(initdb) && await isExecutable(pgCtl)) return { initdb, pgCtl };
  }
  return void 0;
}
async function isExecutable(path) {
  try {
    await access(
      path,
      1
      /* X_OK */
    );
    return true;
  } catch {
    return false;
  }
}
async function unprivilegedUser() {
  if (process.getuid?.() !== 0) return void 0;
  const name = "nobody";
  const uid = Number((await execFileAsync("id", ["-u", name])).stdout.trim());
  const gid = Number((await execFileAsync("id", ["-g", name])).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) {
    throw new VerifyError("Running as root, and there is no `nobody` user to run Postgres as (initdb refuses root). Use database: url or testcontainers.");
  }
  const prefix = await switchUserPrefix(name, uid, gid);
  return { name, uid, gid, prefix };
}
async function switchUserPrefix(name, uid, gid) {
  if (await onPath("runuser")) return ["runuser", "-u", name, "--"];
  if (await onPath("setpriv")) return ["setpriv", `--reuid=${uid}`, `--regid=${gid}`, "--clear-groups", "--"];
  if (await onPath("su")) return [SU_PREFIX, name];
  throw new VerifyError("Running as root without runuser, setpriv or su to start Postgres as an unprivileged user. Use database: url or testcontainers.");
}
async function onPath(program) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir !== "" && await isExecutable(join(dir, program))) return true;
  }
  return false;
}
async function chownTree(dir, user) {
  await chown(dir, user.uid, user.gid);
  for (const entry of await readdir(dir)) await chown(join(dir, entry), user.uid, user.gid);
}
async function runStep(env, prefix, program, args, what, logFile) {
  const [command, ...commandArgs] = withPrefix(prefix, program, args);
  try {
    await execFileAsync(command ?? program, commandArgs, { timeout: 12e4, env: env ?? process.env });
  } catch (error) {
    const e = error;
    let detail = lastLine(e.stderr) ?? lastLine(e.stdout) ?? e.message;
    if (logFile !== void 0) detail = lastLine(await readFile(logFile, "utf8").catch(() => "")) ?? detail;
    throw new VerifyError(`Could not start a local Postgres cluster (${what} failed: ${detail}). Use database: url or testcontainers instead.`);
  }
}
function lastLine(text) {
  const lines = (text ?? "").split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return lines.at(-1);
}
async function postmasterPid(dataDir) {
  const text = await readFile(join(dataDir, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : void 0;
}
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
async function createDatabase(adminUrl, name) {
  const client = new esm_default.Client({ connectionString: adminUrl });
  client.on("error", () => {
  });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

// src/verify/providers/testcontainers.ts
import { randomBytes } from "node:crypto";
var DEFAULT_POSTGRES_IMAGE = "postgres:17";
var NO_RUNTIME = /could not find a working container runtime strategy/i;
var TestcontainersProvider = class {
  constructor(context, image = DEFAULT_POSTGRES_IMAGE) {
    this.context = context;
    this.image = image;
  }
  context;
  image;
  name = "testcontainers";
  container;
  async start() {
    const { PostgreSqlContainer } = await loadPostgresModule().catch((error) => {
      throw containerError(error, this.image);
    });
    this.context.log(`starting container ${this.image}`);
    try {
      this.container = await new PostgreSqlContainer(this.image).withDatabase("airflow").withUsername("airflow").withPassword(randomBytes(12).toString("hex")).withCommand(["postgres", "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"]).start();
    } catch (error) {
      throw containerError(error, this.image);
    }
    this.context.tracker.addContainer(this.container.getId());
    const uri = this.container.getConnectionUri();
    return { url: toAirflowUrl(uri), libpqUrl: toLibpqUrl(uri), created: true };
  }
  async stop() {
    const container = this.container;
    if (container === void 0) return;
    this.container = void 0;
    await container.stop({ remove: true, removeVolumes: true });
    this.context.tracker.removeContainer(container.getId());
  }
};
async function loadPostgresModule() {
  const loaded = await import("./build-74DQ3CNG.js");
  return typeof loaded.PostgreSqlContainer === "function" ? loaded : loaded.default ?? loaded;
}
var TESTCONTAINERS_MIN_NODE = 22;
function containerError(error, image, nodeVersion = process.versions.node) {
  const message = error instanceof Error ? error.message : String(error);
  const major = Number.parseInt(nodeVersion, 10);
  if (major < TESTCONTAINERS_MIN_NODE || /reading 'bind'/.test(message)) {
    return new VerifyError(
      `The testcontainers provider needs Node ${TESTCONTAINERS_MIN_NODE} or newer, and this is Node ${nodeVersion}: run on Node 24 (the action's runtime), or use database: local or database-url.`
    );
  }
  if (NO_RUNTIME.test(message)) {
    return new VerifyError(
      "No Docker engine answers, so the testcontainers provider cannot start Postgres: set database-url (for example a `services: postgres` container) or use database: local."
    );
  }
  const first = message.split("\n")[0] ?? message;
  return new VerifyError(`Could not start the Postgres container ${image}: ${first}`);
}

// src/verify/providers/url.ts
var UrlProvider = class {
  constructor(options) {
    this.options = options;
  }
  options;
  name = "url";
  async start() {
    const libpqUrl = toLibpqUrl(this.options.databaseUrl.trim());
    if (!/^postgresql:\/\//i.test(libpqUrl)) {
      throw new VerifyError(
        `database-url must be a Postgres URL (postgresql://user:password@host:5432/database), got ${describeUrl(this.options.databaseUrl)}.`
      );
    }
    const tables = await listUserTables(libpqUrl);
    if (tables.length > 0 && !this.options.allowExisting) {
      const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", \u2026" : "");
      throw new VerifyError(
        `Refusing to migrate ${describeUrl(libpqUrl)}: it already has ${tables.length} relation(s) (${shown}), counted in the catalog whatever this role may see. Point database-url at an empty database, or set allow-existing-database: true to migrate it anyway.`
      );
    }
    return { url: toAirflowUrl(libpqUrl), libpqUrl, created: false };
  }
  async stop() {
  }
};
async function listUserTables(libpqUrl) {
  const client = new esm_default.Client({ connectionString: libpqUrl, connectionTimeoutMillis: 15e3 });
  client.on("error", () => {
  });
  try {
    await client.connect();
    const result = await client.query(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
       ORDER BY (c.relkind NOT IN ('r', 'p')), n.nspname, c.relname`
    );
    return result.rows.map((row) => row.schema === "public" ? row.name : `${row.schema}.${row.name}`);
  } catch (error) {
    throw new VerifyError(`Cannot connect to ${describeUrl(libpqUrl)}: ${maskUrlPasswords(error.message)}.`);
  } finally {
    await client.end().catch(() => {
    });
  }
}
function describeUrl(url) {
  return maskUrlPasswords(url.trim());
}

// src/verify/providers/select.ts
var defaultProbes = {
  findBinaries: () => findPostgresBinaries(),
  dockerAnswers: () => dockerAnswers()
};
async function selectProvider(options, context, probes = defaultProbes) {
  const url = options.databaseUrl?.trim() ?? "";
  switch (options.database) {
    case "url":
      if (url === "") throw new VerifyError("database: url needs database-url (postgresql://user:password@host:5432/database).");
      return new UrlProvider({ databaseUrl: url, allowExisting: options.allowExistingDatabase === true });
    case "local": {
      const binaries = await probes.findBinaries();
      if (binaries === void 0) {
        throw new VerifyError(
          "database: local needs the PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/<version>/bin; install them, or use database-url or database: testcontainers."
        );
      }
      return new LocalProvider(context, binaries);
    }
    case "testcontainers":
      return new TestcontainersProvider(context, options.postgresImage);
    case "auto":
      return autoProvider(options, url, context, probes);
  }
}
async function autoProvider(options, url, context, probes) {
  if (url !== "") return new UrlProvider({ databaseUrl: url, allowExisting: options.allowExistingDatabase === true });
  const binaries = await probes.findBinaries();
  if (binaries !== void 0) return new LocalProvider(context, binaries);
  if (await probes.dockerAnswers()) return new TestcontainersProvider(context, options.postgresImage);
  throw new VerifyError(
    "No Postgres to verify against: set database-url (for example a `services: postgres` container), install the PostgreSQL server binaries for database: local, or start Docker for database: testcontainers."
  );
}
function dockerAnswers(env = process.env, timeoutMs = 2e3) {
  const host = env.DOCKER_HOST ?? "";
  if (host !== "" && !host.startsWith("unix://")) {
    return Promise.resolve(true);
  }
  const socketPath = host.startsWith("unix://") ? host.slice("unix://".length) : "/var/run/docker.sock";
  return new Promise((resolve) => {
    const req = request({ socketPath, path: "/_ping", method: "GET", timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.on("error", () => resolve(false));
    req.end();
  });
}

// src/verify/parallel/prove.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { mkdir as mkdir2, mkdtemp as mkdtemp2, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";

// src/verify/parallel/components.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { createServer as createServer2 } from "node:net";
import { delimiter as delimiter2, dirname } from "node:path";

// src/verify/parallel/reaper.ts
import { execFile as execFile2 } from "node:child_process";
import { promisify as promisify2 } from "node:util";
var execFileAsync2 = promisify2(execFile2);
var PROBE_MARKER_VARIABLE = "AIRFLOW_PREFLIGHT_PROBE";
var ProbeReaper = class {
  constructor(marker) {
    this.marker = marker;
  }
  marker;
  roots = /* @__PURE__ */ new Set();
  /** The environment entry every probe process inherits (`AIRFLOW_PREFLIGHT_PROBE=…`). */
  get environmentEntry() {
    return `${PROBE_MARKER_VARIABLE}=${this.marker}`;
  }
  addRoot(pid) {
    this.roots.add(pid);
  }
  /** A root that ended: its pid may soon belong to an unrelated process, which must never be a target. */
  removeRoot(pid) {
    this.roots.delete(pid);
  }
  /** Process groups of the probe's processes right now (for the action's post step to kill if we die). */
  async groups() {
    const rows = await listProcesses();
    const pids = this.members(rows);
    return [...new Set(rows.filter((r) => pids.has(r.pid) && pids.has(r.pgid)).map((r) => r.pgid))];
  }
  /**
   * Freezes every probe process (SIGSTOP, so none can fork while we look), looks again, then SIGKILLs
   * them and the groups they lead. Repeats until nothing is left or the attempts run out.
   */
  async killAll() {
    for (const pid of this.roots) killProcessGroup(pid, "SIGSTOP");
    let targets = /* @__PURE__ */ new Set();
    for (let attempt = 0; attempt < 5; attempt++) {
      let rows = await listProcesses();
      const found = this.members(rows);
      for (const pid of found) signal(pid, "SIGSTOP");
      rows = await listProcesses();
      for (const pid of this.members(rows)) found.add(pid);
      if (found.size === 0) break;
      for (const row of rows) if (found.has(row.pid) && found.has(row.pgid)) killProcessGroup(row.pgid);
      for (const pid of found) signal(pid, "SIGKILL");
      targets = /* @__PURE__ */ new Set([...targets, ...found]);
      await waitGone(found, 2e3);
    }
    for (const pid of this.roots) killProcessGroup(pid);
    return [...targets].filter((pid) => processExists(pid));
  }
  /** The roots, their descendants and every process carrying the marker; never this process or its ancestors. */
  members(rows) {
    const members = /* @__PURE__ */ new Set();
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
};
async function listProcesses() {
  try {
    const { stdout } = await execFileAsync2("ps", ["-A", "-o", "pid=,ppid=,pgid="], { timeout: 1e4, maxBuffer: 16 * 1024 * 1024 });
    return stdout.split("\n").flatMap((line) => {
      const [pid, ppid, pgid] = line.trim().split(/\s+/).map(Number);
      return pid !== void 0 && ppid !== void 0 && pgid !== void 0 && pid > 1 && !Number.isNaN(pgid) ? [{ pid, ppid, pgid }] : [];
    });
  } catch {
    return [];
  }
}
function ancestorsOfSelf(rows) {
  const byPid = new Map(rows.map((r) => [r.pid, r]));
  const ancestors = /* @__PURE__ */ new Set();
  for (let pid = process.pid; pid !== void 0 && pid > 1 && !ancestors.has(pid); pid = byPid.get(pid)?.ppid) {
    ancestors.add(pid);
  }
  return ancestors;
}
function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
  }
}
async function waitGone(pids, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && [...pids].some((pid) => processExists(pid))) await new Promise((r) => setTimeout(r, 50));
}

// src/verify/parallel/components.ts
function probeComponents(airflowVersion, apiPort) {
  const scheduler = { name: "scheduler", args: ["scheduler", ...releaseAtLeast(airflowVersion, "2.2") ? ["--skip-serve-logs"] : []] };
  if (!releaseAtLeast(airflowVersion, "3.0")) return [scheduler];
  const apps = releaseAtLeast(airflowVersion, "3.1") ? ["--apps", "execution"] : [];
  return [
    { name: "api-server", args: ["api-server", ...apps, "--host", "127.0.0.1", "--port", String(apiPort), "--workers", "1"] },
    { name: "dag-processor", args: ["dag-processor"] },
    scheduler
  ];
}
function probeEnv(base, options) {
  const env = {
    ...base,
    [PROBE_MARKER_VARIABLE]: options.marker,
    PATH: [dirname(options.airflowCommand), base.PATH ?? ""].filter((p) => p !== "").join(delimiter2),
    TMPDIR: options.tmpDir,
    AIRFLOW__CORE__DAGS_FOLDER: options.dagsFolder,
    AIRFLOW__CORE__LOAD_EXAMPLES: "False",
    AIRFLOW__CORE__HOSTNAME_CALLABLE: "airflow.utils.net.getfqdn",
    AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE: "True",
    AIRFLOW__SCHEDULER__STANDALONE_DAG_PROCESSOR: "False",
    AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK: "False",
    AIRFLOW__LOGGING__REMOTE_LOGGING: "False",
    AIRFLOW__METRICS__STATSD_ON: "False",
    AIRFLOW__METRICS__OTEL_ON: "False",
    AIRFLOW__TRACES__OTEL_ON: "False"
  };
  if (releaseAtLeast(options.airflowVersion, "3.0")) {
    Object.assign(env, {
      AIRFLOW__CORE__EXECUTION_API_SERVER_URL: `http://127.0.0.1:${options.apiPort}/execution/`,
      // The scheduler signs each task's token and the API server checks it: both need the same secret.
      AIRFLOW__API_AUTH__JWT_SECRET: randomBytes2(64).toString("base64url"),
      AIRFLOW__API_AUTH__JWT_PRIVATE_KEY_PATH: "",
      AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST: JSON.stringify([
        { name: "dags-folder", classpath: "airflow.dag_processing.bundles.local.LocalDagBundle", kwargs: {} }
      ])
    });
  }
  return env;
}
function freePort2() {
  return new Promise((resolve, reject) => {
    const server = createServer2();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
async function executionApiHealthy(apiPort) {
  try {
    const response = await fetch(`http://127.0.0.1:${apiPort}/execution/health`, { signal: AbortSignal.timeout(1e3) });
    return response.ok;
  } catch {
    return false;
  }
}

// src/verify/parallel/executor-kind.ts
var INFRASTRUCTURE = {
  CeleryExecutor: "CeleryExecutor runs tasks on Celery workers through a message broker ([celery] broker_url); verify starts neither",
  CeleryKubernetesExecutor: "CeleryKubernetesExecutor runs tasks on Celery workers through a message broker, or as pods in a Kubernetes cluster; verify starts neither",
  KubernetesExecutor: "KubernetesExecutor runs each task as a pod in a Kubernetes cluster, which verify does not have",
  LocalKubernetesExecutor: "LocalKubernetesExecutor needs a Kubernetes cluster to start, which verify does not have",
  EdgeExecutor: "EdgeExecutor runs tasks on Edge workers that verify does not start",
  AwsEcsExecutor: "AwsEcsExecutor runs tasks on Amazon ECS, which verify cannot reach",
  AwsBatchExecutor: "AwsBatchExecutor runs tasks on AWS Batch, which verify cannot reach",
  AwsLambdaExecutor: "AwsLambdaExecutor runs tasks on AWS Lambda, which verify cannot reach"
};
function classifyExecutor(classPathOrName) {
  const name = classPathOrName.trim().split(".").at(-1) ?? "";
  if (name === "LocalExecutor") return { kind: "local", name };
  if (name === "SequentialExecutor" || name === "DebugExecutor") return { kind: "one-at-a-time", name };
  const reason = INFRASTRUCTURE[name];
  if (reason !== void 0) return { kind: "infrastructure", name, reason };
  return {
    kind: "unknown",
    name: name || classPathOrName,
    reason: "verify starts only Airflow\u2019s own LocalExecutor; a custom executor may need workers or services it cannot know about"
  };
}

// src/verify/parallel/metastore.ts
var ProbeMetastore = class _ProbeMetastore {
  constructor(client) {
    this.client = client;
  }
  client;
  static async connect(libpqUrl) {
    const client = new esm_default.Client({ connectionString: libpqUrl, connectionTimeoutMillis: 15e3 });
    client.on("error", () => {
    });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {
      });
      throw new Error(`connecting to the metastore failed: ${maskUrlPasswords(error.message)}`);
    }
    return new _ProbeMetastore(client);
  }
  /** Whether a DAG processor has parsed the probe DAG and stored it (the scheduler runs only serialized DAGs). */
  async probeDagStored() {
    const result = await this.client.query("SELECT 1 FROM serialized_dag WHERE dag_id = $1", [PROBE_DAG_ID]);
    const dag = await this.client.query("SELECT 1 FROM dag WHERE dag_id = $1", [PROBE_DAG_ID]);
    return (result.rowCount ?? 0) > 0 && (dag.rowCount ?? 0) > 0;
  }
  /** What `airflow dags unpause` does; with `@once` the scheduler then creates the one run. */
  async unpauseProbeDag() {
    await this.client.query("UPDATE dag SET is_paused = false WHERE dag_id = $1", [PROBE_DAG_ID]);
  }
  /** The probe run's state (`queued`, `running`, `success`, `failed`), undefined before the scheduler created it. */
  async runState() {
    const result = await this.client.query("SELECT state FROM dag_run WHERE dag_id = $1 ORDER BY id LIMIT 1", [PROBE_DAG_ID]);
    return result.rows[0]?.state ?? void 0;
  }
  async tasks() {
    const result = await this.client.query(
      "SELECT task_id, state, start_date, end_date FROM task_instance WHERE dag_id = $1 ORDER BY task_id",
      [PROBE_DAG_ID]
    );
    return result.rows.map((row) => ({
      taskId: row.task_id,
      state: row.state ?? "none",
      start: row.start_date?.toISOString(),
      end: row.end_date?.toISOString()
    }));
  }
  /** Slots of the pool tasks use by default; the migration created it from `[core] default_pool_task_slot_count`. */
  async defaultPoolSlots() {
    const result = await this.client.query("SELECT slots FROM slot_pool WHERE pool = 'default_pool'");
    return result.rows[0]?.slots ?? void 0;
  }
  async close() {
    await this.client.end().catch(() => {
    });
  }
};

// src/verify/locate.ts
function locateInCfg(text, ref) {
  const parsed = parseConfig(text);
  const document = parsed.ok ? parsed.document : parsed.partial;
  if (!parsed.ok && ref.line === parsed.error.line) return parsed.error.span;
  const options = allOptions(document);
  const named = options.find((o) => o.section === ref.section && o.key === ref.option?.toLowerCase());
  if (named !== void 0) return named.span;
  const needle = ref.needle;
  if (needle !== void 0 && needle !== "") {
    const unquoted = needle.replace(/\\n/g, "\n");
    const holding = options.find((o) => o.value.includes(needle) || o.value.includes(unquoted));
    if (holding !== void 0) return holding.span;
  }
  if (ref.line !== void 0 && ref.line >= 1 && ref.line <= document.lineCount) {
    return { start: { line: ref.line, column: 1 }, end: { line: ref.line, column: 1 } };
  }
  return void 0;
}
function allOptions(document) {
  return [...document.defaults?.options ?? [], ...document.sections.flatMap((s) => s.options)];
}

// src/verify/parallel/settings.ts
function oneSlotSetting(limits, sources) {
  if (isOne(limits.parallelism)) return setting("core", "parallelism", "1", sources);
  if (limits.defaultPoolSlots === 1) return setting("core", "default_pool_task_slot_count", "1", sources);
  if (isOne(limits.maxActiveTasksPerDag)) {
    const current = setting("core", "max_active_tasks_per_dag", "1", sources);
    if (current.line !== void 0 || current.source !== "Airflow\u2019s default") return current;
    const former = setting("core", "dag_concurrency", "1", sources);
    return former.source !== "Airflow\u2019s default" ? former : current;
  }
  return void 0;
}
function setting(section, option, value, sources) {
  const variable = `AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`;
  for (const name of [variable, `${variable}_CMD`, `${variable}_SECRET`]) {
    if (sources.env[name] !== void 0) return { section, option, value, source: `the environment variable ${name}` };
  }
  const span = locateInCfg(sources.cfgText, { section, option });
  if (span !== void 0) return { section, option, value, source: `${sources.cfgFile}:${span.start.line}`, line: span.start.line };
  return { section, option, value, source: "Airflow\u2019s default" };
}
function describeSetting(s) {
  return `[${s.section}] ${s.option} = ${s.value} (${s.source})`;
}
function isOne(value) {
  return value !== void 0 && /^\s*1\s*$/.test(value);
}
function writtenValue(section, option, sources) {
  const variable = sources.env[`AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`];
  if (variable !== void 0) return variable;
  const parsed = parseConfig(sources.cfgText);
  const document = parsed.ok ? parsed.document : parsed.partial;
  const found = document.sections.find((s) => s.name === section)?.options.find((o) => o.key === option);
  return found?.value;
}

// src/verify/parallel/prove.ts
var DEFAULT_TIMEOUT_MS = 12e4;
var POLL_MS = 300;
var SETTINGS_TIMEOUT_MS = 6e4;
var ParallelProbe = class {
  constructor(input) {
    this.input = input;
  }
  input;
  marker = randomBytes3(12).toString("hex");
  reaper = new ProbeReaper(this.marker);
  started = [];
  knownGroups = /* @__PURE__ */ new Set();
  /** The probe's own directory: the DAGs folder, and TMPDIR for Airflow (multiprocessing leaves pymp-* there when killed). */
  workDir;
  metastore;
  stopping;
  stopped = false;
  async run() {
    const begun = performance.now();
    const seconds = () => Math.round((performance.now() - begun) / 100) / 10;
    const executor = this.defaultExecutor();
    if (executor.verdict !== void 0) return { ...executor.verdict, durationSeconds: seconds() };
    const replaced = this.replacedExecutor(executor.kind);
    try {
      const outcome = await this.runProbe();
      const tasks = this.metastore === void 0 ? [] : await this.metastore.tasks().catch(() => []);
      const poolSlots = await this.metastore?.defaultPoolSlots().catch(() => void 0);
      await this.stop();
      const result = await this.judge(outcome, tasks, executor.kind, poolSlots);
      return { ...result, ...replaced, durationSeconds: seconds() };
    } finally {
      await this.stop();
    }
  }
  /** Idempotent; safe to call from a signal handler while run() is waiting. */
  stop() {
    this.stopped = true;
    this.stopping ??= (async () => {
      const survivors = await this.reaper.killAll();
      for (const pgid of this.knownGroups) this.input.tracker.removeProcessGroup(pgid);
      if (survivors.length > 0) this.input.log(`could not stop probe processes ${survivors.join(", ")}`);
      else if (this.workDir !== void 0) this.input.tracker.removeProcessMarker(this.reaper.environmentEntry);
      await this.metastore?.close();
      if (this.workDir !== void 0) {
        await rm2(this.workDir, { recursive: true, force: true });
        this.input.tracker.removeTempDir(this.workDir);
      }
    })();
    return this.stopping;
  }
  /** The executor the probe's tasks would use, or the verdict when the probe cannot or need not run. */
  defaultExecutor() {
    const configured = this.input.executors;
    const first = configured[0];
    if (first === void 0) {
      const kind2 = classifyExecutor("");
      return { kind: kind2, verdict: this.verdict("failed", "", "the configured executor could not be read, so no task can run") };
    }
    const kind = classifyExecutor(first.classPath ?? first.name);
    if (first.classPath === void 0) {
      if (kind.kind === "one-at-a-time") {
        const executor = setting("core", "executor", first.name, this.input.sources);
        const detail = `${describeSetting(executor)} runs one task at a time, and Airflow ${this.input.airflowVersion} cannot load it${first.error ? ` (${first.error})` : ""}: set [core] executor = LocalExecutor`;
        return { kind, verdict: { ...this.verdict("one-at-a-time", kind.name, detail), setting: executor } };
      }
      if (kind.kind === "infrastructure") return { kind, verdict: this.verdict("not-provable", kind.name, `not provable here: ${kind.reason}`) };
      return { kind, verdict: this.verdict("failed", kind.name, `${first.name} cannot be loaded, so no task can run${first.error ? `: ${first.error}` : ""}`) };
    }
    for (const other of configured) {
      const otherKind = classifyExecutor(other.classPath ?? other.name);
      if (otherKind.reason !== void 0) {
        return { kind, verdict: this.verdict("not-provable", otherKind.name, `not provable here: ${otherKind.reason}`) };
      }
    }
    return { kind };
  }
  /**
   * The configuration names a one-at-a-time executor but Airflow loaded another: Airflow 3 rewrites
   * the deprecated SequentialExecutor to LocalExecutor, so what runs is not what the file says.
   */
  replacedExecutor(loaded) {
    const written = writtenValue("core", "executor", this.input.sources)?.split(",")[0]?.trim();
    if (written === void 0 || loaded.kind === "one-at-a-time" || classifyExecutor(written).kind !== "one-at-a-time") return {};
    return { replacedExecutor: written, setting: setting("core", "executor", written, this.input.sources) };
  }
  verdict(status, executor, detail) {
    return { status, maxConcurrent: 0, tasks: [], executor, detail };
  }
  async runProbe() {
    const { airflowVersion, tracker } = this.input;
    this.workDir = await mkdtemp2(join2(tmpdir2(), "apf-probe-"));
    tracker.addTempDir(this.workDir);
    tracker.addProcessMarker(this.reaper.environmentEntry);
    const dagsFolder = join2(this.workDir, "dags");
    const tmp = join2(this.workDir, "tmp");
    await mkdir2(dagsFolder);
    await mkdir2(tmp);
    await writeFile(join2(dagsFolder, PROBE_DAG_FILE), PROBE_DAG_SOURCE);
    const apiPort = await freePort2();
    const env = probeEnv(this.input.env, {
      dagsFolder,
      tmpDir: tmp,
      airflowVersion,
      apiPort,
      marker: this.marker,
      airflowCommand: this.input.airflowCommand
    });
    this.metastore = await ProbeMetastore.connect(this.input.libpqUrl);
    for (const component of probeComponents(airflowVersion, apiPort)) this.start(component, env);
    const needsApi = this.started.some((s) => s.component.name === "api-server");
    return this.waitForRun(this.metastore, needsApi ? apiPort : void 0);
  }
  start(component, env) {
    const started = { component };
    this.started.push(started);
    void runProcess(this.input.airflowCommand, component.args, {
      env,
      onLine: (line) => this.input.log(`${component.name}: ${line}`),
      onSpawn: (pid) => {
        started.pid = pid;
        this.reaper.addRoot(pid);
        this.track(pid);
      },
      onExit: (pid) => this.reaper.removeRoot(pid)
    }).then((result) => {
      started.exit = result;
    });
  }
  track(pgid) {
    if (this.knownGroups.has(pgid)) return;
    this.knownGroups.add(pgid);
    this.input.tracker.addProcessGroup(pgid);
  }
  async waitForRun(metastore, apiPort) {
    const deadline = Date.now() + (this.input.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let unpaused = false;
    let polls = 0;
    for (; ; ) {
      if (this.stopped) return { kind: "stopped" };
      const died = this.started.find((s) => s.exit !== void 0);
      if (died !== void 0) return { kind: "died", component: died };
      if (polls++ % 5 === 0) for (const pgid of await this.reaper.groups()) this.track(pgid);
      if (!unpaused) {
        const ready = await metastore.probeDagStored() && (apiPort === void 0 || await executionApiHealthy(apiPort));
        if (ready) {
          await metastore.unpauseProbeDag();
          unpaused = true;
        }
      } else {
        const state = await metastore.runState();
        if (state === "success" || state === "failed") return { kind: "finished", runState: state };
        if (ranOneAtATime(await metastore.tasks())) return { kind: "one-at-a-time" };
      }
      if (Date.now() > deadline) {
        const waitingFor = unpaused ? "the probe run to finish" : apiPort === void 0 ? "the scheduler to parse the probe DAG" : "the DAG processor and the API server";
        return { kind: "timeout", waitingFor };
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  async judge(outcome, tasks, executor, poolSlots) {
    const maxConcurrent = maxConcurrency(taskIntervals(tasks));
    const base = { maxConcurrent, tasks, executor: executor.name };
    const timeout = Math.round((this.input.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1e3);
    switch (outcome.kind) {
      case "stopped":
        return { ...base, status: "failed", detail: "stopped before the probe run finished" };
      case "died": {
        const lines = extractErrorLines(outcome.component.exit?.output ?? "");
        const cause = lines.findLast((l) => /^[A-Za-z_][\w.]*(Error|Exception)\b/.test(l)) ?? lines.at(-1);
        const how = outcome.component.exit?.spawnError ?? cause ?? `exit code ${outcome.component.exit?.code ?? outcome.component.exit?.signal}`;
        return { ...base, status: "failed", detail: `airflow ${outcome.component.component.name} stopped before the probe run finished: ${how}` };
      }
      case "timeout":
        if (maxConcurrent >= 2) return { ...base, status: "proved", detail: this.provedDetail(maxConcurrent, tasks, ` (the run did not finish within ${timeout} s)`) };
        return { ...base, status: "failed", detail: `timed out after ${timeout} s waiting for ${outcome.waitingFor}${stateSummary(tasks)}` };
      default:
        break;
    }
    const failed = tasks.filter((t) => t.state !== "success" && t.end !== void 0);
    if (outcome.kind === "finished" && (outcome.runState === "failed" || failed.length > 0)) {
      return { ...base, status: "failed", detail: `the probe run failed${stateSummary(tasks)}` };
    }
    if (maxConcurrent >= 2) return { ...base, status: "proved", detail: this.provedDetail(maxConcurrent, tasks, "") };
    const responsible = await this.responsibleSetting(executor, poolSlots);
    const ran = tasks.filter((t) => t.end !== void 0).length;
    const what = `${executor.name} ran the probe's tasks one at a time (${ran} of ${PROBE_TASK_COUNT} finished, none overlapping)`;
    if (responsible === void 0) return { ...base, status: "one-at-a-time", detail: `${what}, although no setting verify knows limits it to one` };
    return { ...base, status: "one-at-a-time", setting: responsible, detail: `${what}: ${describeSetting(responsible)} ${limitText(responsible)}` };
  }
  provedDetail(maxConcurrent, tasks, note) {
    return `${maxConcurrent} of ${tasks.length} probe tasks ran at the same time${note}`;
  }
  /** The setting that allows only one task at a time, as Airflow read it for this run. */
  async responsibleSetting(executor, poolSlots) {
    const first = this.input.executors[0];
    if (executor.kind === "one-at-a-time" && first !== void 0) return setting("core", "executor", first.name, this.input.sources);
    const limits = await this.readLimits();
    return oneSlotSetting({ ...limits, defaultPoolSlots: poolSlots }, this.input.sources);
  }
  async readLimits() {
    const result = await this.input.python(LIMITS_SCRIPT, SETTINGS_TIMEOUT_MS);
    const line = result.stdout.split("\n").find((l) => l.startsWith("APF_LIMITS "));
    if (line === void 0) return {};
    try {
      const parsed = JSON.parse(line.slice("APF_LIMITS ".length));
      return { parallelism: stringOrUndefined(parsed.parallelism), maxActiveTasksPerDag: stringOrUndefined(parsed.max_active_tasks_per_dag) };
    } catch {
      return {};
    }
  }
};
var LIMITS_SCRIPT = [
  "import json",
  "from airflow.configuration import conf",
  "def read(section, *keys):",
  "    for key in keys:",
  "        try:",
  "            if conf.has_option(section, key): return conf.get(section, key)",
  "        except Exception: pass",
  "    return None",
  'print("APF_LIMITS " + json.dumps({"parallelism": read("core", "parallelism"), "max_active_tasks_per_dag": read("core", "max_active_tasks_per_dag", "dag_concurrency")}))'
].join("\n");
function ranOneAtATime(tasks) {
  const intervals = taskIntervals(tasks);
  const finished = intervals.filter((i) => Number.isFinite(i.end)).length;
  return finished >= 2 && maxConcurrency(intervals) === 1 && finished === intervals.length;
}
function limitText(s) {
  if (s.option === "executor") return "runs one task at a time: set [core] executor = LocalExecutor (or CeleryExecutor, KubernetesExecutor)";
  if (s.option === "default_pool_task_slot_count") return "gives default_pool one slot, so only one task runs at a time: raise it";
  if (s.option === "parallelism") return "lets the scheduler run one task at a time: raise it";
  return "lets each DAG run one task at a time: raise it";
}
function stateSummary(tasks) {
  if (tasks.length === 0) return "; no probe task was scheduled";
  return `; task states: ${tasks.map((t) => `${t.taskId} ${t.state}`).join(", ")}`;
}
function stringOrUndefined(value) {
  return typeof value === "string" ? value : void 0;
}

// src/verify/sandbox.ts
import { randomBytes as randomBytes4 } from "node:crypto";
var THROWAWAY = [
  { section: "core", option: "fernet_key", make: throwawayFernetKey },
  { section: "webserver", option: "secret_key", make: throwawayHex },
  { section: "api", option: "secret_key", make: throwawayHex },
  { section: "api_auth", option: "jwt_secret", make: throwawayHex }
];
var SECRETS_BACKEND = [
  { section: "secrets", option: "backend" },
  { section: "secrets", option: "backend_kwargs" },
  { section: "workers", option: "secrets_backend" },
  { section: "workers", option: "secrets_backend_kwargs" }
];
var METASTORE_OPTION = /^sql_alchemy_conn(_async)?$/;
var FORM = /^(.+)_(cmd|secret)$/i;
function sandboxConfig(cfgText, env, options) {
  const parsed = parseConfig(cfgText);
  const document = parsed.ok ? parsed.document : void 0;
  const reasonFor = (section, option, value) => (options.allowConfigCommands ? void 0 : removalReason(section, option, options.facts)) ?? redirectingEngineArgs(section, option, value);
  const source = parsed.ok ? parsed.document : parsed.partial;
  const removedLines = /* @__PURE__ */ new Set();
  const replaced = [];
  const removed = [];
  const sections = source.defaults ? [source.defaults, ...source.sections] : source.sections;
  for (const section of sections) {
    for (const node of section.options) {
      const what = reasonFor(section.name, node.key, node.value);
      if (what === void 0 || node.value.trim() === "") continue;
      for (let line = node.span.start.line; line <= node.span.end.line; line += 1) removedLines.add(line);
      replaced.push({ option: `[${section.name}] ${node.rawKey}`, source: `line ${node.span.start.line}`, replacement: what.replacement });
      removed.push({ section: section.name, option: what.base, where: "cfg" });
    }
  }
  if (!parsed.ok && !options.allowConfigCommands) blankUnparsed(cfgText, parsed.error.line, options.facts, removedLines, replaced);
  const dropEnv = [];
  for (const name of Object.keys(env).sort()) {
    const parsedName = parseEnvVarName(name.toUpperCase());
    if (parsedName === void 0) continue;
    const what = reasonFor(parsedName.section, parsedName.option, env[name] ?? "");
    if (what === void 0) continue;
    dropEnv.push(name);
    if ((env[name] ?? "").trim() === "") continue;
    replaced.push({ option: name, source: "environment", replacement: what.replacement });
    removed.push({ section: parsedName.section, option: what.base, where: "env" });
  }
  const setEnv = {};
  for (const need of THROWAWAY) {
    const lost = removed.filter((r) => r.option === need.option && (r.section === need.section || r.section === "DEFAULT"));
    if (lost.length === 0 || plainValueWins(need.section, need.option, lost, source, env)) continue;
    setEnv[`AIRFLOW__${need.section.toUpperCase()}__${need.option.toUpperCase()}`] = need.make();
  }
  return { cfgText: blankLines(cfgText, removedLines), dropEnv, setEnv, replaced, document };
}
function removalReason(section, option, facts) {
  const key = option.toLowerCase();
  if (SECRETS_BACKEND.some((b) => b.section === section && b.option === key)) {
    return { base: key, replacement: "not loaded: verify uses no secrets backend" };
  }
  const form = FORM.exec(key);
  if (form === null) return void 0;
  if (facts?.(section, key)?.known === true) return void 0;
  const base = form[1] ?? key;
  const done = form[2] === "cmd" ? "command not run" : "not read from a secrets backend";
  if (METASTORE_OPTION.test(base)) return { base, replacement: `${done}; the throwaway metastore is used` };
  if (THROWAWAY.some((t) => t.option === base && (t.section === section || section === "DEFAULT"))) {
    return { base, replacement: `${done}; a throwaway value is used` };
  }
  return { base, replacement: `${done}; the plain option or Airflow's default applies` };
}
function redirectingEngineArgs(section, option, value) {
  if (option.toLowerCase() !== "sql_alchemy_engine_args" || !["database", "core", "DEFAULT"].includes(section)) return void 0;
  if (!/connect_args/.test(value)) return void 0;
  return {
    base: "sql_alchemy_engine_args",
    replacement: "not used: its connect_args could point the driver at another server than the throwaway metastore; Airflow's engine defaults apply"
  };
}
function plainValueWins(section, option, lost, document, env) {
  const variable = `AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`;
  if (env[variable] !== void 0) return true;
  if (lost.some((l) => l.where === "env")) return false;
  const inSection = document.sections.find((s) => s.name === section)?.options.some((o) => o.key === option) ?? false;
  const inDefaults = document.defaults?.options.some((o) => o.key === option) ?? false;
  return inSection || inDefaults;
}
function blankUnparsed(text, fromLine, facts, removedLines, replaced) {
  const lines = text.split(/\r?\n/);
  let section = "";
  let removing = false;
  for (let index = Math.max(fromLine - 1, 0); index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const number = index + 1;
    if (removing && /^\s+\S/.test(line)) {
      removedLines.add(number);
      continue;
    }
    removing = false;
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header?.[1] !== void 0) {
      section = header[1];
      continue;
    }
    const delimiter3 = firstDelimiter(line);
    const key = delimiter3 < 0 ? "" : line.slice(0, delimiter3).trim();
    if (key === "") continue;
    const what = removalReason(section, key, facts);
    if (what === void 0) continue;
    removedLines.add(number);
    removing = true;
    replaced.push({ option: `[${section}] ${key}`, source: `line ${number}`, replacement: what.replacement });
  }
}
function firstDelimiter(line) {
  const equals = line.indexOf("=");
  const colon = line.indexOf(":");
  if (equals < 0) return colon;
  return colon < 0 ? equals : Math.min(equals, colon);
}
function blankLines(text, lines) {
  if (lines.size === 0) return text;
  const parts = text.split(/(\r?\n)/);
  for (let i = 0; i < parts.length; i += 2) if (lines.has(i / 2 + 1)) parts[i] = "";
  return parts.join("");
}
function throwawayFernetKey() {
  return randomBytes4(32).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}
function throwawayHex() {
  return randomBytes4(24).toString("hex");
}
var SERVER_PARAMETERS = /^(host|hostaddr|port|user|username|password|dbname|database|db|service|servicefile|passfile|unix_sock|unix_socket|ssl.*)$/i;
var DEFAULT_SCHEME = "postgresql+psycopg2";
function metastoreTemplate(document, env) {
  const fromEnv = env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN ?? env.AIRFLOW__CORE__SQL_ALCHEMY_CONN;
  if (fromEnv !== void 0 && fromEnv.trim() !== "") return templateOf(fromEnv.trim(), "the environment");
  for (const section of ["database", "core"]) {
    const node = document ? findOption(document, section, "sql_alchemy_conn") : void 0;
    if (node === void 0 || document === void 0) continue;
    const value = interpolateOption(document, section, "sql_alchemy_conn");
    if (!value.ok) {
      return { ok: false, kind: value.kind, message: value.message, section, option: "sql_alchemy_conn", line: value.position?.line ?? node.span.start.line };
    }
    if (value.value.trim() === "") continue;
    return templateOf(value.value.trim(), `[${section}] sql_alchemy_conn`);
  }
  return { ok: true, scheme: DEFAULT_SCHEME, query: [], droppedQuery: [], from: void 0 };
}
function findOption(document, section, option) {
  return document.sections.find((s) => s.name === section)?.options.find((o) => o.key === option) ?? document.defaults?.options.find((o) => o.key === option);
}
function templateOf(url, from) {
  const match = /^([A-Za-z][A-Za-z0-9+.\-]*):\/\/[^?#]*(?:\?([^#]*))?/.exec(url);
  const scheme = match?.[1];
  if (scheme === void 0 || !/^postgres(ql)?(\+|$)/i.test(scheme)) {
    const dialect = scheme === void 0 ? "no URL scheme" : `dialect ${scheme.split("+")[0]}`;
    return { ok: true, scheme: DEFAULT_SCHEME, query: [], droppedQuery: [], from, note: `${from} has ${dialect}; verify migrates Postgres with ${DEFAULT_SCHEME}` };
  }
  const query = [];
  const droppedQuery = [];
  for (const pair of (match?.[2] ?? "").split("&")) {
    if (pair === "") continue;
    const name = decodeSafe(pair.split("=")[0] ?? "");
    if (SERVER_PARAMETERS.test(name)) droppedQuery.push(name);
    else query.push(pair);
  }
  return { ok: true, scheme, query, droppedQuery, from };
}
function decodeSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function throwawayMetastoreUrl(template, libpqUrl) {
  const rest = withoutQuery(libpqUrl.replace(/^[A-Za-z][A-Za-z0-9+.\-]*:\/\//, ""));
  const query = template.query.length > 0 ? `?${template.query.join("&")}` : "";
  return `${template.scheme}://${rest}${query}`;
}
function registerCfgSecrets(document, secrets) {
  if (document === void 0) return;
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  for (const option of sections.flatMap((s) => s.options)) {
    const place = { name: option.key };
    secrets.addValue(option.value, place);
    for (const secret of secretTexts(option.value, place)) {
      for (let at = secret.indexOf("%"); at >= 0; at = secret.indexOf("%", at + 1)) {
        if (secret.length - at >= 4) secrets.add(secret.slice(at));
      }
    }
  }
}

// src/verify/parallel/check.ts
var PARALLEL_CHECK_NAME = "tasks run in parallel";
var CONFIGURED_EXECUTOR_CHECK_NAME = "configured executor";
var EXECUTOR_RULE = "APF102";
function parallelChecks(result, airflowVersion) {
  const check = { name: PARALLEL_CHECK_NAME, ok: result.status === "proved", detail: result.detail };
  if (result.status === "not-provable") check.severity = "warning";
  if (result.setting !== void 0 && result.status !== "proved") check.option = { section: result.setting.section, option: result.setting.option };
  if (result.setting?.option === "executor" && result.status === "one-at-a-time") check.ruleId = EXECUTOR_RULE;
  if (result.replacedExecutor === void 0 || result.setting === void 0) return [check];
  return [
    check,
    {
      name: CONFIGURED_EXECUTOR_CHECK_NAME,
      ok: false,
      detail: `${describeSetting(result.setting)} names an executor that runs one task at a time; Airflow ${airflowVersion} has none by that name and ran ${result.executor} in its place (it rewrites this deprecated value with a warning): set [core] executor = ${result.executor}`,
      ruleId: EXECUTOR_RULE,
      option: { section: "core", option: "executor" }
    }
  ];
}

// src/verify/run.ts
var RUN_MARKER_VARIABLE = "AIRFLOW_PREFLIGHT_VERIFY";
var DEFAULT_MIGRATE_TIMEOUT_MS = 15 * 6e4;
var DEFAULT_COMMAND_TIMEOUT_MS = 5 * 6e4;
var ADMIN_USERNAME = "airflow_preflight_admin";
async function runVerify(options, io) {
  const run = new VerifyRun(options, io);
  const removeSignalHandlers = cleanupOnSignals(run);
  try {
    return await run.execute();
  } finally {
    await run.cleanup();
    removeSignalHandlers();
  }
}
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
function cleanupOnSignals(run) {
  const handler = (signal2) => {
    run.cleanupNow(signal2);
    process.exit(SIGNAL_EXIT[signal2] ?? 1);
  };
  const onExit = () => run.cleanupNow("exit");
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  process.on("exit", onExit);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
    process.off("exit", onExit);
  };
}
var VerifyRun = class {
  constructor(options, io) {
    this.options = options;
    this.io = io;
    this.secrets = options.secrets ?? new SecretRegistry();
    this.env = options.env ?? process.env;
    this.secrets.addUrlPassword(options.databaseUrl);
    this.tracker = new CleanupTracker((state) => io.saveState?.(state));
    this.marker = `${RUN_MARKER_VARIABLE}=${randomBytes5(12).toString("hex")}`;
    this.tracker.addProcessMarker(this.marker);
  }
  options;
  io;
  secrets;
  tracker;
  marker;
  env;
  provider;
  home;
  cleaning;
  probe;
  executors = [];
  phase = "airflow";
  result = {
    verified: false,
    provider: "",
    airflowVersion: "",
    migrateCommand: "",
    expectedTables: [],
    foundTables: [],
    missingTables: [],
    expectedHead: void 0,
    migrationHead: void 0,
    checks: [],
    timings: {},
    errorLines: [],
    replacedOptions: []
  };
  cfgText = "";
  /** The marker as a variable for child environments. */
  get markerEnv() {
    const [name = RUN_MARKER_VARIABLE, value = ""] = this.marker.split("=");
    return { [name]: value };
  }
  /** For a signal handler: everything removed before it returns (see cleanupOnSignals). */
  cleanupNow(reason) {
    const state = this.tracker.snapshot();
    if (isEmptyState(state)) return;
    const problems = cleanupFromStateNow(state);
    this.tracker.clear();
    const why = reason === "exit" ? "ended early" : `cancelled by ${reason}`;
    this.io.log(`${why}: removed what verify had started${problems.length > 0 ? `; ${problems.join("; ")}` : ""}`);
  }
  async execute() {
    try {
      await this.steps();
    } catch (error) {
      this.fail(this.phase, error);
    }
    this.result.verified = this.result.checks.length > 0 && this.result.checks.every((c) => c.ok || c.severity === "warning");
    return this.result;
  }
  /** Idempotent: the signal handler and the finally block may both call it. */
  cleanup() {
    this.cleaning ??= this.timed("cleanup", async () => {
      await this.probe?.stop();
      await this.provider?.stop().catch((error) => this.io.log(`cleanup: ${this.mask(String(error))}`));
      if (this.home !== void 0) {
        await rm3(this.home, { recursive: true, force: true });
        this.tracker.removeTempDir(this.home);
      }
      for (const problem of await cleanupFromState(this.tracker.snapshot())) this.io.log(`cleanup: ${problem}`);
      this.tracker.removeProcessMarker(this.marker);
    });
    return this.cleaning;
  }
  async steps() {
    const home = await this.prepareHome();
    const installation = await this.timed("airflow", () => this.airflowInstallation());
    const configPath = join3(home, "airflow.cfg");
    let sandbox = await this.writeSandboxedCfg(configPath, void 0);
    const template = metastoreTemplate(sandbox.document, this.env);
    if (!template.ok) {
      this.rejectMetastoreUrl(template);
      return;
    }
    this.reportReplaced(sandbox, template);
    const database = await this.timed("database", () => this.startDatabase());
    const databaseUrl = throwawayMetastoreUrl(template, database.libpqUrl);
    this.secrets.addUrlPassword(databaseUrl);
    const probeEnv2 = this.airflowEnv(sandbox, { home, configPath, databaseUrl, airflowVersion: "0.0" });
    const version = await this.timed("airflow", () => this.detectVersion(installation, probeEnv2.env));
    if (version === void 0) return;
    this.result.airflowVersion = version;
    sandbox = await this.writeSandboxedCfg(configPath, await this.options.optionFacts?.(version));
    this.reportReplaced(sandbox, template);
    const { env, removed } = this.airflowEnv(sandbox, { home, configPath, databaseUrl, airflowVersion: version });
    Object.assign(env, sandboxPaths(home));
    if (removed.length > 0) this.io.log(`not passed to Airflow: ${removed.join(", ")}`);
    const runner = new AirflowRunner(installation, env, this.tracker, (line) => this.io.log(this.mask(line)));
    const facts = await this.options.metastoreFacts?.(version);
    const migrateArgs = facts?.migrateCommand ?? defaultMigrateCommand(version);
    this.result.migrateCommand = `airflow ${migrateArgs.join(" ")}`;
    this.result.expectedTables = facts?.tables ?? [];
    this.result.expectedHead = facts?.migrationHead;
    const session = await this.migrateAndCheck(runner, migrateArgs);
    const migrated = session !== void 0;
    await this.timed("checks", async () => {
      await this.checkMetastore(database, facts !== void 0, version);
      if (session === void 0) return;
      for (const check of session.checks) this.sessionCheck(check);
      this.checkExecutor(session.executors, session.result);
      if (this.options.createAdminUser === true) await this.createAdminUser(runner, database, version);
    });
    if (this.options.proveParallel === true && migrated) {
      await this.timed("parallel", () => this.proveParallel(runner, env, database, version));
    }
  }
  /** The child environment: the sandbox's removals and throwaway values, then the metastore variables. */
  airflowEnv(sandbox, options) {
    const base = { ...this.env };
    for (const name of sandbox.dropEnv) delete base[name];
    const built = buildAirflowEnv({ ...base, ...sandbox.setEnv, ...this.markerEnv }, options);
    return { env: built.env, removed: [.../* @__PURE__ */ new Set([...built.removed, ...sandbox.dropEnv])].sort() };
  }
  async writeSandboxedCfg(configPath, facts) {
    const sandbox = sandboxConfig(this.cfgText, this.env, { allowConfigCommands: this.options.allowConfigCommands === true, facts });
    for (const value of Object.values(sandbox.setEnv)) this.secrets.add(value);
    await writeFile2(configPath, sandbox.cfgText);
    return sandbox;
  }
  /** What the report lists as not used as written; called again once the release's facts refine the list. */
  reportReplaced(sandbox, template) {
    const first = this.result.replacedOptions.length === 0;
    this.result.replacedOptions = [];
    const kept = [template.scheme, ...template.query.length > 0 ? [`query ${template.query.map((q) => q.split("=")[0]).join(", ")}`] : []].join(", ");
    const dropped = template.droppedQuery.length > 0 ? `; query ${template.droppedQuery.join(", ")} dropped` : "";
    this.result.replacedOptions.push({
      option: template.from ?? "[database] sql_alchemy_conn",
      source: template.from === void 0 ? "default" : template.from === "the environment" ? "environment" : "cfg",
      replacement: template.note ?? `user, password, host, port and database replaced by the throwaway metastore's; kept ${kept}${dropped}`
    });
    this.result.replacedOptions.push(...sandbox.replaced);
    if (!first) return;
    for (const entry of this.result.replacedOptions) this.io.log(`not used as written: ${entry.option} (${entry.source}): ${entry.replacement}`);
  }
  /** configparser cannot interpolate the metastore URL: Airflow would fail reading it, so verify fails the same way. */
  rejectMetastoreUrl(template) {
    const detail = `Airflow raises ${template.kind} when it reads [${template.section}] ${template.option}: ${template.message}`;
    this.result.errorLines.push(this.mask(`configparser.${template.kind}: ${template.message}`));
    this.addCheck({
      name: "metastore URL",
      ok: false,
      detail,
      ruleId: "APF002",
      option: { section: template.section, option: template.option, line: template.line }
    });
  }
  enter(phase) {
    this.phase = phase;
    this.io.onPhase?.(phase);
  }
  async airflowInstallation() {
    this.enter("airflow");
    const { airflowCommand, installAirflow: version } = this.options;
    if (airflowCommand !== void 0 && airflowCommand !== "") return resolveAirflowCommand(airflowCommand, this.env);
    if (version === void 0 || version === "") {
      throw new VerifyError("verify needs Airflow: set airflow-command to the installed `airflow`, or install-airflow to a release such as 2.10.5.");
    }
    const fab = /fab/i.test(this.configuredOption("core", "auth_manager"));
    const extras = fab && releaseAtLeast(version, "3.0") ? ["fab"] : [];
    extras.push(...await this.options.executorExtras?.(version, this.configuredOption("core", "executor")) ?? []);
    return installAirflow(version, { log: (line) => this.io.log(this.mask(line)), group: (title, fn) => this.io.group(title, fn) }, { extras, env: this.env });
  }
  async startDatabase() {
    this.enter("database");
    const context = { tracker: this.tracker, log: (line) => this.io.log(this.mask(line)), env: { ...process.env, ...this.markerEnv } };
    const provider = await selectProvider(
      {
        database: this.options.database,
        databaseUrl: this.options.databaseUrl,
        allowExistingDatabase: this.options.allowExistingDatabase,
        postgresImage: this.options.postgresImage
      },
      context,
      this.options.probes
    );
    this.provider = provider;
    this.result.provider = provider.name;
    const database = await this.io.group(`Starting Postgres (${provider.name})`, () => provider.start());
    this.secrets.addUrlPassword(database.libpqUrl);
    this.result.databaseUrl = maskUrlPasswords(database.libpqUrl);
    return database;
  }
  /** AIRFLOW_HOME in a temporary directory; the cfg Airflow reads there is verify's own copy, the user's file is never written. */
  async prepareHome() {
    try {
      this.cfgText = await readFile2(this.options.cfgPath, "utf8");
    } catch (error) {
      throw new VerifyError(`Cannot read ${this.options.cfgPath}: ${error.code ?? error.message}.`);
    }
    this.registerCfgSecrets();
    const home = await mkdtemp3(join3(tmpdir3(), "apf-airflow-"));
    this.home = home;
    this.tracker.addTempDir(home);
    for (const dir of ["dags", "plugins", "logs"]) await mkdir3(join3(home, dir));
    return home;
  }
  /**
   * The cfg's secrets, before Airflow can quote them: configparser's interpolation error quotes a value
   * from its `%` on (`found: '%xyz…'`), so those tails of a secret count as secret too.
   */
  /** An option as Airflow would read it, before any command: the variable, else the cfg (empty when unset). */
  configuredOption(section, option) {
    const fromEnv = this.env[`AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`];
    if (fromEnv !== void 0 && fromEnv.trim() !== "") return fromEnv;
    const document = sandboxConfig(this.cfgText, {}, { allowConfigCommands: true }).document;
    return document?.sections.find((s) => s.name === section)?.options.find((o) => o.key === option)?.value ?? "";
  }
  registerCfgSecrets() {
    registerCfgSecrets(sandboxConfig(this.cfgText, {}, { allowConfigCommands: true }).document, this.secrets);
  }
  /** Undefined (with a failed check) when Airflow cannot even start with this configuration. */
  async detectVersion(installation, env) {
    const installed = await installedAirflowVersion(installation);
    if (installed !== void 0) return installed;
    const runner = new AirflowRunner(installation, env, this.tracker);
    const result = await runner.airflow(["version"], this.commandTimeout);
    const version = parseAirflowVersion(result.stdout);
    if (result.code === 0 && version !== void 0) return version;
    this.addFailure("airflow version", result, void 0, `${installation.command} version`);
    return void 0;
  }
  /**
   * The migration and the checks after it, in one Python process (MIGRATE_AND_CHECK). The migration's
   * part of the time counts as `migrate`, the rest as `checks`. Undefined when the migration failed.
   */
  async migrateAndCheck(runner, args) {
    this.enter("migrate");
    const title = `airflow ${args.join(" ")}`;
    const timeout = this.options.migrateTimeoutMs ?? DEFAULT_MIGRATE_TIMEOUT_MS;
    const started = performance.now();
    let migrated;
    const result = await this.io.group(
      `${title}, then the checks`,
      () => runner.python(MIGRATE_AND_CHECK, timeout, args, (line) => {
        if (migrated === void 0 && line.startsWith("APF_MIGRATE_EXIT")) {
          migrated = performance.now();
          this.enter("checks");
        }
      })
    );
    const ended = performance.now();
    this.result.timings.migrate = Math.round((migrated ?? ended) - started);
    this.result.timings.checks = Math.round(ended - (migrated ?? ended));
    const session = parseSessionOutput(result.output);
    if (session.migrateExit === 0) {
      this.addCheck({ name: title, ok: true, detail: "the metastore was created" });
      return { checks: session.checks, executors: session.executors, result };
    }
    const migrateOutput = { ...result, output: result.output.split(/^APF_MIGRATE_EXIT.*$/m)[0] ?? result.output };
    if (session.migrateExit !== void 0) migrateOutput.code = session.migrateExit;
    this.addFailure(title, migrateOutput, result.timedOut ? `timed out after ${Math.round(timeout / 1e3)} s` : void 0, `${title} (in ${runner.pythonPath})`);
    return void 0;
  }
  /** One of `airflow db check` / `airflow db check-migrations`, as run in the session. */
  sessionCheck(check) {
    if (check.ok) {
      this.addCheck({ name: check.name, ok: true, detail: check.detail });
      return;
    }
    const detail = this.mask(check.detail);
    this.result.errorLines.push(detail);
    const mapped = mapAirflowError([detail]);
    this.addCheck({ name: check.name, ok: false, detail, ruleId: mapped?.ruleId, option: mapped === void 0 ? void 0 : optionRef(mapped) });
  }
  async checkMetastore(database, haveFacts, version) {
    this.enter("checks");
    const snapshot = await readMetastore(database.libpqUrl);
    this.result.foundTables = snapshot.tables;
    this.result.migrationHead = snapshot.heads.join(",") || void 0;
    this.result.missingTables = missingTables(this.result.expectedTables, snapshot.tables);
    if (!haveFacts) {
      this.addCheck({
        name: "expected tables",
        ok: snapshot.tables.length > 0,
        detail: `${snapshot.tables.length} tables found; no generated knowledge for Airflow ${version} to compare them with`
      });
      return;
    }
    const missing = this.result.missingTables;
    this.addCheck({
      name: "expected tables",
      ok: missing.length === 0,
      detail: missing.length === 0 ? `all ${this.result.expectedTables.length} expected tables exist` : `${missing.length} of ${this.result.expectedTables.length} expected tables are missing: ${missing.join(", ")}`
    });
    const expected = this.result.expectedHead;
    this.addCheck({
      name: "migration head",
      ok: expected === this.result.migrationHead,
      detail: expected === this.result.migrationHead ? `alembic_version holds ${expected}` : `alembic_version holds ${this.result.migrationHead ?? "nothing"}, expected ${expected}`
    });
  }
  checkExecutor(loads, result) {
    const name = "executor loads";
    this.executors = loads.map((l) => l.ok ? { name: l.name, classPath: l.detail } : { name: l.name, error: l.detail });
    const failed = loads.find((l) => !l.ok);
    if (failed !== void 0 || loads.length === 0) {
      const detail = failed !== void 0 ? `${failed.name} cannot be loaded: ${failed.detail}` : this.errorLines(result).at(-1) ?? "the executor check printed nothing";
      this.result.errorLines.push(this.mask(detail));
      this.addCheck({ name, ok: false, detail: this.mask(detail), ruleId: EXECUTOR_NOT_LOADABLE, option: { section: "core", option: "executor" } });
      return;
    }
    this.addCheck({ name, ok: true, detail: loads.map((l) => `${l.name} \u2192 ${l.detail}`).join("; ") });
    const testing = loads.find((l) => /\.(SequentialExecutor|DebugExecutor)$/.test(l.detail));
    if (testing !== void 0) {
      this.addCheck({
        name: "executor for production",
        ok: false,
        severity: "warning",
        detail: `${testing.name} runs one task at a time and is meant for testing; use LocalExecutor, CeleryExecutor or KubernetesExecutor`,
        ruleId: EXECUTOR_NOT_FOR_PRODUCTION,
        option: { section: "core", option: "executor" }
      });
    }
  }
  async proveParallel(runner, env, database, version) {
    this.enter("parallel");
    const cfgText = await readFile2(this.options.cfgPath, "utf8").catch(() => "");
    this.probe = new ParallelProbe({
      airflowCommand: runner.command,
      python: (code, timeoutMs) => runner.python(code, timeoutMs),
      env,
      airflowVersion: version,
      libpqUrl: database.libpqUrl,
      tracker: this.tracker,
      executors: this.executors,
      sources: { cfgText, cfgFile: this.options.cfgPath, env: this.env },
      log: (line) => this.io.log(this.mask(line)),
      timeoutMs: this.options.parallelTimeoutMs
    });
    const probe = this.probe;
    const parallel = await this.io.group("Proving that tasks run in parallel", () => probe.run());
    this.result.parallel = { ...parallel, detail: this.mask(parallel.detail) };
    for (const check of parallelChecks(parallel, version)) this.addCheck(check);
  }
  async createAdminUser(runner, database, version) {
    const name = "create admin user";
    const help = await runner.airflow(["users", "create", "--help"], this.commandTimeout);
    if (help.code !== 0) {
      if (releaseAtLeast(version, "3.0") && !/fab/i.test(this.configuredOption("core", "auth_manager"))) {
        this.addCheck({
          name,
          ok: false,
          severity: "warning",
          detail: `no user created: on Airflow ${version} users belong to the FAB auth manager, and this configuration uses another ([core] auth_manager); set it to airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager to manage users`
        });
        return;
      }
      const detail = releaseAtLeast(version, "3.0") ? `Airflow ${version} has no \`airflow users\` command although [core] auth_manager names the FAB auth manager: install apache-airflow-providers-fab` : `\`airflow users create\` is not available in Airflow ${version}`;
      this.addCheck({ name, ok: false, detail });
      return;
    }
    const password = randomPassword();
    this.secrets.add(password);
    const args = ["users", "create", "--username", ADMIN_USERNAME, "--firstname", "Preflight", "--lastname", "Admin", "--role", "Admin", "--email", "admin@example.invalid", "--password", password];
    const result = await this.io.group("airflow users create", () => runner.airflow(args, this.commandTimeout));
    if (result.code !== 0) {
      this.addFailure(name, result);
      return;
    }
    const exists = await userExists(database.libpqUrl, ADMIN_USERNAME);
    this.addCheck({
      name,
      ok: exists,
      detail: exists ? `user ${ADMIN_USERNAME} exists in ab_user` : `\`airflow users create\` succeeded but ab_user has no ${ADMIN_USERNAME} row`
    });
  }
  /**
   * A failed Airflow command: its own error lines, masked, and the lint rule they map to. Without
   * error lines the detail says which program failed and how (exit code or signal), and what it printed.
   */
  addFailure(name, result, reason, command) {
    const lines = this.errorLines(result);
    this.result.errorLines.push(...lines);
    const mapped = mapAirflowError(lines);
    this.addCheck({
      name,
      ok: false,
      detail: reason ?? result.spawnError ?? failureDetail(command ?? name, result, lines),
      ruleId: mapped?.ruleId,
      option: mapped === void 0 ? void 0 : optionRef(mapped)
    });
  }
  fail(name, error) {
    const message = error instanceof VerifyError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    const masked = this.mask(message);
    const mapped = mapAirflowError(this.result.errorLines);
    this.addCheck({
      name,
      ok: false,
      detail: masked,
      ruleId: mapped?.ruleId,
      option: mapped === void 0 ? void 0 : optionRef(mapped)
    });
    if (!this.result.errorLines.includes(masked)) this.result.errorLines.push(masked);
  }
  errorLines(result) {
    return extractErrorLines(result.output).map((line) => this.mask(line));
  }
  addCheck(check) {
    this.result.checks.push({ ...check, detail: this.mask(check.detail) });
  }
  mask(text) {
    return this.secrets.mask(text);
  }
  get commandTimeout() {
    return this.options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  }
  async timed(phase, fn) {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      this.result.timings[phase] = (this.result.timings[phase] ?? 0) + Math.round(performance.now() - started);
    }
  }
};
function failureDetail(command, result, errorLines) {
  if (result.signal !== null && result.signal !== void 0) {
    return `\`${command}\` was killed by ${result.signal}${result.signal === "SIGKILL" ? " (by another process, or the kernel when memory ran out)" : ""}`;
  }
  const last = errorLines.at(-1);
  const status = `\`${command}\` exited with code ${result.code ?? "unknown"}`;
  return last === void 0 ? `${status} and printed nothing` : `${status}: ${last}`;
}
function optionRef(mapped) {
  return { section: mapped.section, option: mapped.option, needle: mapped.needle, line: mapped.cfgLine };
}
function sandboxPaths(home) {
  return {
    AIRFLOW__CORE__DAGS_FOLDER: join3(home, "dags"),
    AIRFLOW__CORE__PLUGINS_FOLDER: join3(home, "plugins"),
    AIRFLOW__LOGGING__BASE_LOG_FOLDER: join3(home, "logs"),
    AIRFLOW__LOGGING__DAG_PROCESSOR_MANAGER_LOG_LOCATION: join3(home, "logs", "dag_processor_manager.log"),
    AIRFLOW__SCHEDULER__CHILD_PROCESS_LOG_DIRECTORY: join3(home, "logs", "scheduler")
  };
}

export {
  locateInCfg,
  DEFAULT_POSTGRES_IMAGE,
  runVerify,
  failureDetail
};
