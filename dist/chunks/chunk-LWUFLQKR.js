import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  PlanError
} from "./chunk-3QDX6O2P.js";
import {
  defaultMigrateCommand,
  esm_default
} from "./chunk-BZVXKKX4.js";
import {
  maskUrlPasswords,
  versionAtLeast
} from "./chunk-EHIJUM37.js";
import {
  runProcess
} from "./chunk-UDIAOLEI.js";

// src/plan/run.ts
import { writeFile } from "node:fs/promises";

// src/plan/metastore.ts
var PlanConnectionError = class extends PlanError {
};
async function connectReadOnly(url, schema) {
  const client = new esm_default.Client({
    connectionString: libpqUrl(url),
    options: "-c default_transaction_read_only=on",
    connectionTimeoutMillis: 15e3,
    application_name: "airflow-preflight plan"
  });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (error) {
    throw new PlanConnectionError(`cannot connect to ${maskUrlPasswords(url)}: ${maskUrlPasswords(messageOf(error))}`);
  }
  const readOnly = async (fn) => {
    try {
      await client.query("BEGIN TRANSACTION READ ONLY");
      await client.query("SET LOCAL lock_timeout = '5s'");
      await client.query("SET LOCAL statement_timeout = '120s'");
      if (schema) await client.query("SELECT set_config($1, $2, true)", ["search_path", quoteIdent(schema)]);
      return await fn();
    } catch (error) {
      throw new PlanConnectionError(`reading the metastore failed: ${maskUrlPasswords(messageOf(error))}`);
    } finally {
      await client.query("ROLLBACK").catch(() => void 0);
    }
  };
  return {
    snapshot: () => readOnly(async () => {
      const current = await client.query(
        "SELECT current_schema() AS schema, to_regclass('alembic_version') IS NOT NULL AS exists"
      );
      const row = current.rows[0];
      if (!row?.exists) return { revisions: [], hasAlembicTable: false, schema: row?.schema ?? "public" };
      const versions = await client.query("SELECT version_num FROM alembic_version");
      return { revisions: versions.rows.map((r) => r.version_num), hasAlembicTable: true, schema: row.schema };
    }),
    tableSizes: (tables) => readOnly(async () => {
      const result = await client.query(
        `SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() AND c.relname = ANY($1)`,
        [tables]
      );
      return result.rows.map((r) => ({ name: r.name, rows: Number(r.rows) < 0 ? null : Number(r.rows), bytes: Number(r.bytes) }));
    }),
    columnTypes: (tables) => readOnly(async () => {
      const result = await client.query(
        `SELECT table_name, column_name, data_type, character_maximum_length
             FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ANY($1)`,
        [tables]
      );
      return new Map(result.rows.map((r) => [`${r.table_name}.${r.column_name}`, { dataType: r.data_type, maxLength: r.character_maximum_length }]));
    }),
    close: async () => {
      await client.end().catch(() => void 0);
    }
  };
}
function libpqUrl(url) {
  return url.replace(/^postgres(?:ql)?(?:\+\w+)?:\/\//i, "postgresql://");
}
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
function messageOf(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

// src/plan/migration-path.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var PATH_MARKER = "@@AIRFLOW_PREFLIGHT_PLAN@@";
var PATH_SCRIPT = String.raw`
import json, sys
current = sys.argv[1]
from alembic.script import ScriptDirectory
from airflow import __version__ as airflow_version
from airflow.utils import db
script = ScriptDirectory.from_config(db._get_alembic_config())
head = script.get_current_head()
def version_of(revision):
    return getattr(getattr(revision, "module", None), "airflow_version", None)
def doc_of(revision):
    return ((revision.doc or "").strip().splitlines() or [""])[0]
out = {"airflowVersion": airflow_version, "head": head, "known": False, "currentVersion": None, "revisions": []}
try:
    revision = script.get_revision(current)
except Exception:
    revision = None
if revision is not None:
    out["known"] = True
    out["currentVersion"] = version_of(revision)
    path = [r for r in script.iterate_revisions(head, current) if r.revision != current]
    path.reverse()
    out["revisions"] = [
        {"revision": r.revision, "downRevision": r.down_revision if isinstance(r.down_revision, str) else None,
         "airflowVersion": version_of(r), "description": doc_of(r)}
        for r in path
    ]
heads = getattr(db, "_REVISION_HEADS_MAP", {}) or {}
out["heads"] = {str(k): v for k, v in heads.items()}
print("${PATH_MARKER}" + json.dumps(out))
`;
var PLACEHOLDER_URL = "postgresql+psycopg2://airflow-preflight-plan@127.0.0.1:9/offline";
async function offlineAirflowEnv() {
  const home = await mkdtemp(join(tmpdir(), "apf-plan-"));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? "C.UTF-8",
    AIRFLOW_HOME: home,
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: PLACEHOLDER_URL,
    AIRFLOW__CORE__SQL_ALCHEMY_CONN: PLACEHOLDER_URL,
    AIRFLOW__CORE__LOAD_EXAMPLES: "False",
    AIRFLOW__CORE__FERNET_KEY: "",
    PYTHONWARNINGS: "ignore"
  };
  return { env, dispose: () => rm(home, { recursive: true, force: true }) };
}
var PlanAirflowError = class extends PlanError {
};
async function readMigrationPath(installation, currentRevision, env) {
  const run = await runProcess(installation.python, ["-c", PATH_SCRIPT, currentRevision], { env, timeoutMs: 5 * 6e4 });
  const line = run.stdout.split("\n").find((l) => l.startsWith(PATH_MARKER));
  if (!line) {
    const last = run.output.trim().split("\n").filter((l) => l.trim() !== "").at(-1) ?? "";
    throw new PlanAirflowError(`reading the target release's migrations failed (${run.spawnError ?? `exit ${run.code ?? run.signal}`}): ${last.slice(0, 300)}`);
  }
  return JSON.parse(line.slice(PATH_MARKER.length));
}
async function offlineSql(installation, command, currentRevision, env) {
  const run = await runProcess(installation.command, [...command, "--show-sql-only", "--from-revision", currentRevision], { env, timeoutMs: 10 * 6e4 });
  if (run.code !== 0) {
    const last = run.output.trim().split("\n").filter((l) => l.trim() !== "").at(-1) ?? "";
    throw new PlanAirflowError(`airflow ${command.join(" ")} --show-sql-only failed (${run.spawnError ?? `exit ${run.code ?? run.signal}`}): ${last.slice(0, 300)}`);
  }
  return extractSql(run.stdout);
}
function extractSql(stdout) {
  const lines = stdout.split("\n");
  const begin = lines.findIndex((line) => line.trim() === "BEGIN;");
  const logLine = /^(?:\d{4}-\d\d-\d\d[T ][\d:.,]+Z?\s+\[|\[\d{4}-\d\d-\d\d[T ][\d:.,]+\]|\/.*\.py:\d+ \w*Warning:)/;
  return lines.slice(begin < 0 ? 0 : begin).filter((line) => !logLine.test(line)).join("\n").trim().concat("\n");
}

// src/plan/sql.ts
var UPGRADE_MARKER = /^-- Running upgrade (\S*) -> (\S+)/;
function splitByRevision(sql) {
  const revisions = [];
  let current;
  const flush = () => {
    if (current) revisions.push({ from: current.from, to: current.to, statements: splitStatements(current.text.join("\n")) });
  };
  for (const line of sql.split("\n")) {
    const marker = UPGRADE_MARKER.exec(line);
    if (marker) {
      flush();
      current = { from: marker[1] ?? "", to: marker[2] ?? "", text: [] };
      continue;
    }
    current?.text.push(line);
  }
  flush();
  return revisions;
}
function splitStatements(text) {
  const statements = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    if (char === "'" || char === '"') {
      i = text.indexOf(char, i + 1);
      i = i < 0 ? text.length : i + 1;
      continue;
    }
    if (char === "-" && next === "-") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (char === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (char === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64))?.[0];
      if (tag) {
        const end = text.indexOf(tag, i + tag.length);
        i = end < 0 ? text.length : end + tag.length;
        continue;
      }
    }
    if (char === ";") {
      pushStatement(statements, text.slice(start, i));
      start = i + 1;
    }
    i += 1;
  }
  pushStatement(statements, text.slice(start));
  return statements;
}
function pushStatement(statements, raw) {
  const text = stripComments(raw).trim();
  if (text === "" || /^(COMMIT|BEGIN)$/i.test(text)) return;
  statements.push(text);
}
function stripComments(text) {
  return text.split("\n").filter((line) => !line.trimStart().startsWith("--")).join("\n");
}
var IDENT = String.raw`(?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?`;
var ALTER_TABLE = new RegExp(String.raw`^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?(${IDENT})\s+([\s\S]*)$`, "i");
var CREATE_INDEX = new RegExp(String.raw`^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:${IDENT}\s+)?ON\s+(?:ONLY\s+)?(${IDENT})`, "i");
var UPDATE = new RegExp(String.raw`^(?:WITH\s[\s\S]*?\)\s*)?UPDATE\s+(?:ONLY\s+)?(${IDENT})`, "i");
var DELETE = new RegExp(String.raw`^(?:WITH\s[\s\S]*?\)\s*)?DELETE\s+FROM\s+(?:ONLY\s+)?(${IDENT})`, "i");
var INSERT = new RegExp(String.raw`^(?:WITH\s[\s\S]*?\)\s*)?INSERT\s+INTO\s+(${IDENT})`, "i");
var DROP_TABLE = new RegExp(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(${IDENT})`, "i");
var CREATE_TABLE = new RegExp(String.raw`^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})`, "i");
var RENAME_TABLE = new RegExp(String.raw`^RENAME\s+TO\s+(${IDENT})\s*$`, "i");
var VOLATILE_DEFAULT = /\bDEFAULT\s+[^,]*\b(?:now|clock_timestamp|statement_timestamp|timeofday|random|gen_random_uuid|uuid_generate_v\d\w*|nextval)\s*\(/i;
function classifyStatement(sql, columns = () => void 0) {
  const oneLine = sql.replace(/\s+/g, " ").trim();
  const alter = ALTER_TABLE.exec(oneLine);
  if (alter) return classifyAlter(oneLine, unquote(alter[1] ?? ""), alter[2] ?? "", columns);
  const index = CREATE_INDEX.exec(oneLine);
  if (index) {
    const table = unquote(index[2] ?? "");
    if (index[1]) return statement(oneLine, table, "scan", "SHARE UPDATE EXCLUSIVE", "builds an index concurrently: reads the whole table, writes go on");
    return statement(oneLine, table, "index", "SHARE", "builds an index: reads the whole table while writes to it wait");
  }
  const update = UPDATE.exec(oneLine);
  if (update) return dml(oneLine, unquote(update[1] ?? ""), "updates rows");
  const remove = DELETE.exec(oneLine);
  if (remove) return dml(oneLine, unquote(remove[1] ?? ""), "deletes rows");
  const insert = INSERT.exec(oneLine);
  if (insert) {
    const table = unquote(insert[1] ?? "");
    return /\bSELECT\b/i.test(oneLine) ? statement(oneLine, table, "dml", "ROW EXCLUSIVE", "copies rows from other tables") : statement(oneLine, table, "catalog", "ROW EXCLUSIVE", "inserts a few rows");
  }
  const drop = DROP_TABLE.exec(oneLine);
  if (drop) return statement(oneLine, unquote(drop[1] ?? ""), "catalog", "ACCESS EXCLUSIVE", "drops the table");
  const create = CREATE_TABLE.exec(oneLine);
  if (create) return statement(oneLine, unquote(create[1] ?? ""), "catalog", void 0, "creates the table");
  return statement(oneLine, void 0, "catalog", void 0, "changes the catalog only");
}
function classifyAlter(sql, table, rest, columns) {
  const rename = RENAME_TABLE.exec(rest);
  if (rename) return { ...statement(sql, table, "catalog", "ACCESS EXCLUSIVE", `renames the table to ${unquote(rename[1] ?? "")}`), renamedTo: unquote(rename[1] ?? "") };
  const type = /^ALTER\s+(?:COLUMN\s+)?("[^"]+"|[\w$]+)\s+(?:SET\s+DATA\s+)?TYPE\s+(.+?)(?:\s+USING\s+.*)?$/i.exec(rest);
  if (type) {
    const column = unquote(type[1] ?? "");
    const now = columns(table, column);
    if (now && binaryCompatible(now, type[2] ?? "")) {
      return statement(sql, table, "catalog", "ACCESS EXCLUSIVE", `keeps or widens the type of ${column} (${describeType(now)} \u2192 ${type[2]}): no rewrite`);
    }
    return statement(sql, table, "rewrite", "ACCESS EXCLUSIVE", `changes the type of ${column}${now ? ` (${describeType(now)} \u2192 ${type[2]})` : ` to ${type[2]}`}: rewrites the whole table and its indexes`);
  }
  if (/^ALTER\s+(?:COLUMN\s+)?("[^"]+"|[\w$]+)\s+SET\s+NOT\s+NULL\s*$/i.test(rest)) {
    return statement(sql, table, "scan", "ACCESS EXCLUSIVE", "sets NOT NULL: reads every row while nobody can use the table");
  }
  if (/^ADD\s+(?:COLUMN\s+)?/i.test(rest) && !/^ADD\s+CONSTRAINT\b/i.test(rest) && !/^ADD\s+(?:PRIMARY|UNIQUE|FOREIGN|CHECK)\b/i.test(rest)) {
    if (VOLATILE_DEFAULT.test(rest) || /\b(?:SERIAL|BIGSERIAL|SMALLSERIAL)\b|GENERATED\s+ALWAYS\s+AS\s*\(.*\)\s*STORED/i.test(rest)) {
      return statement(sql, table, "rewrite", "ACCESS EXCLUSIVE", "adds a column whose default is computed per row: rewrites the whole table");
    }
    return statement(sql, table, "catalog", "ACCESS EXCLUSIVE", "adds a column (no rewrite since PostgreSQL 11)");
  }
  const constraint = /^ADD\s+(?:CONSTRAINT\s+(?:"[^"]+"|[\w$]+)\s+)?(PRIMARY\s+KEY|UNIQUE|FOREIGN\s+KEY|CHECK|EXCLUDE)\b/i.exec(rest);
  if (constraint) {
    const kind = (constraint[1] ?? "").toUpperCase().replace(/\s+/g, " ");
    if (/\bNOT\s+VALID\b/i.test(rest)) return statement(sql, table, "catalog", "ACCESS EXCLUSIVE", `adds a ${kind} constraint without validating it`);
    if (kind === "PRIMARY KEY" || kind === "UNIQUE" || kind === "EXCLUDE") {
      return statement(sql, table, "index", "ACCESS EXCLUSIVE", `adds a ${kind} constraint: builds its index while nobody can use the table`);
    }
    if (kind === "FOREIGN KEY") {
      return statement(sql, table, "scan", "SHARE ROW EXCLUSIVE", "adds a FOREIGN KEY: checks every row while writes to the table (and the referenced one) wait");
    }
    return statement(sql, table, "scan", "ACCESS EXCLUSIVE", "adds a CHECK constraint: reads every row while nobody can use the table");
  }
  if (/^VALIDATE\s+CONSTRAINT\b/i.test(rest)) return statement(sql, table, "scan", "SHARE UPDATE EXCLUSIVE", "validates a constraint: reads every row, writes go on");
  if (/^(?:SET\s+)?(?:TABLESPACE|SET\s+(?:UNLOGGED|LOGGED))\b/i.test(rest) || /^CLUSTER\b/i.test(rest)) {
    return statement(sql, table, "rewrite", "ACCESS EXCLUSIVE", "rewrites the whole table");
  }
  return statement(sql, table, "catalog", "ACCESS EXCLUSIVE", "changes the catalog only (a brief exclusive lock)");
}
function binaryCompatible(now, target) {
  const wanted = catalogType(target);
  if (!wanted) return false;
  if (wanted.dataType === now.dataType && (wanted.maxLength === now.maxLength || wanted.maxLength === null && now.dataType !== "character varying")) return true;
  const fromText = now.dataType === "text" || now.dataType === "character varying";
  if (!fromText) return false;
  if (wanted.dataType === "text" || wanted.dataType === "character varying" && wanted.maxLength === null) return true;
  return wanted.dataType === "character varying" && now.dataType === "character varying" && now.maxLength !== null && wanted.maxLength !== null && wanted.maxLength >= now.maxLength;
}
var TYPE_NAMES = {
  int: "integer",
  int4: "integer",
  integer: "integer",
  bigint: "bigint",
  int8: "bigint",
  smallint: "smallint",
  int2: "smallint",
  boolean: "boolean",
  bool: "boolean",
  text: "text",
  json: "json",
  jsonb: "jsonb",
  bytea: "bytea",
  uuid: "uuid",
  float: "double precision",
  "double precision": "double precision",
  real: "real",
  date: "date",
  timestamp: "timestamp without time zone",
  "timestamp without time zone": "timestamp without time zone",
  "timestamp with time zone": "timestamp with time zone",
  timestamptz: "timestamp with time zone"
};
function catalogType(sqlType) {
  const wanted = sqlType.trim().toLowerCase().replace(/\s+/g, " ");
  const varchar = /^(?:character varying|varchar)(?:\s*\((\d+)\))?$/.exec(wanted);
  if (varchar) return { dataType: "character varying", maxLength: varchar[1] === void 0 ? null : Number(varchar[1]) };
  const name = TYPE_NAMES[wanted];
  return name ? { dataType: name, maxLength: null } : void 0;
}
function describeType(now) {
  return now.maxLength === null ? now.dataType : `${now.dataType}(${now.maxLength})`;
}
function dml(sql, table, verb) {
  const where = /\bWHERE\b/i.test(sql) ? "the rows it selects" : "every row";
  if (table === "alembic_version") return statement(sql, table, "catalog", "ROW EXCLUSIVE", "records the revision");
  return statement(sql, table, "dml", "ROW EXCLUSIVE", `${verb}: visits ${where}, in one transaction`);
}
function statement(sql, table, effect, lock, note) {
  return { sql, table, effect, lock, note };
}
function unquote(name) {
  const last = name.includes(".") && !name.startsWith('"') ? name.split(".").at(-1) ?? name : name;
  return last.replace(/^"|"$/g, "");
}

// src/plan/run.ts
var HEAVY = /* @__PURE__ */ new Set(["rewrite", "scan", "index"]);
var WEIGHT = { catalog: 0, dml: 1, index: 2, scan: 3, rewrite: 4 };
async function runPlan(options) {
  const metastore = await connectReadOnly(options.databaseUrl, options.schema);
  const offline = await offlineAirflowEnv();
  try {
    const snapshot = await metastore.snapshot();
    if (!snapshot.hasAlembicTable || snapshot.revisions.length !== 1) {
      const why = !snapshot.hasAlembicTable ? `no alembic_version table in schema ${snapshot.schema}: this is not an Airflow metastore (or the wrong schema)` : `alembic_version holds ${snapshot.revisions.length} revisions (${snapshot.revisions.join(", ") || "none"}); Airflow expects exactly one`;
      return failed("unknown-revision", snapshot.revisions[0] ?? "", why);
    }
    const current = snapshot.revisions[0] ?? "";
    options.log(`metastore revision: ${current}`);
    const path = await readMigrationPath(options.installation, current, offline.env);
    const base = { fromRevision: current, toRevision: path.head, toVersion: path.airflowVersion };
    if (!path.known) return unknownRevision(current, path, await options.knownHeads());
    const fromVersion = versionOfHead(path, current) ?? path.currentVersion;
    if (current === path.head || path.revisions.length === 0) {
      return { status: "up-to-date", ...base, fromVersion, migrations: [], tables: [], sqlFile: void 0, overLimit: [] };
    }
    const migrateCommand = defaultMigrateCommand(path.airflowVersion);
    options.log(`asking Airflow ${path.airflowVersion} for the SQL from ${current} to ${path.head} (airflow ${migrateCommand.join(" ")} --show-sql-only)`);
    const sql = await offlineSql(options.installation, migrateCommand, current, offline.env);
    await writeFile(options.sqlFile, sql);
    const migrations = await planMigrations(sql, path, metastore);
    const tables = await plannedTables(migrations, metastore);
    return {
      status: "planned",
      ...base,
      fromVersion,
      migrations,
      tables,
      sqlFile: options.sqlFile,
      overLimit: overLimit(tables, options.failOnRewriteBytes)
    };
  } finally {
    await metastore.close();
    await offline.dispose();
  }
  function failed(status, from, message) {
    return { status, fromRevision: from, fromVersion: null, toRevision: "", toVersion: "", migrations: [], tables: [], sqlFile: void 0, overLimit: [], message };
  }
}
function unknownRevision(current, path, knownHeads) {
  const newer = knownHeads.find((entry) => entry.head === current && versionAtLeast(entry.version, path.airflowVersion) && entry.version !== path.airflowVersion);
  const base = { fromRevision: current, toRevision: path.head, toVersion: path.airflowVersion, migrations: [], tables: [], sqlFile: void 0, overLimit: [] };
  if (newer) {
    return {
      ...base,
      status: "downgrade",
      fromVersion: newer.version,
      message: `the metastore is at ${current}, the head of Airflow ${newer.version}, newer than the target ${path.airflowVersion}: deploying it would need \`airflow db downgrade\`, which this plan does not cover`
    };
  }
  return {
    ...base,
    status: "unknown-revision",
    fromVersion: null,
    message: `Airflow ${path.airflowVersion} does not know the metastore's revision ${current}: a newer release, a development build, or not Airflow's migration history`
  };
}
function versionOfHead(path, revision) {
  const versions = Object.entries(path.heads).filter(([, head]) => head === revision).map(([version]) => version);
  return versions.sort((a, b) => versionAtLeast(a, b) ? -1 : 1)[0] ?? null;
}
async function planMigrations(sql, path, metastore) {
  const revisions = splitByRevision(sql);
  const firstPass = revisions.flatMap((revision) => revision.statements.map((statement2) => classifyStatement(statement2)));
  const renames = renameMap(firstPass);
  const tables = [...new Set(firstPass.map((s) => s.table).filter((t) => t !== void 0).map((t) => renames.get(t) ?? t))];
  const types = await metastore.columnTypes(tables);
  const columns = (table, column) => types.get(`${renames.get(table) ?? table}.${column}`);
  const byRevision = new Map(path.revisions.map((r) => [r.revision, r]));
  return revisions.map((revision) => {
    const info = byRevision.get(revision.to);
    return {
      revision: revision.to,
      downRevision: info?.downRevision ?? (revision.from || null),
      airflowVersion: info?.airflowVersion ?? null,
      description: info?.description ?? "",
      statements: revision.statements.map((statement2) => {
        const planned = classifyStatement(statement2, columns);
        return planned.table !== void 0 && renames.has(planned.table) ? { ...planned, table: renames.get(planned.table) } : planned;
      })
    };
  });
}
function renameMap(statements) {
  const map = /* @__PURE__ */ new Map();
  for (const statement2 of statements) {
    if (!statement2.renamedTo || !statement2.table) continue;
    map.set(statement2.renamedTo, map.get(statement2.table) ?? statement2.table);
  }
  return map;
}
async function plannedTables(migrations, metastore) {
  const statements = migrations.flatMap((m) => m.statements).filter((s) => s.table !== void 0 && s.table !== "alembic_version");
  const names = [...new Set(statements.map((s) => s.table))];
  const sizes = new Map((await metastore.tableSizes(names)).map((size) => [size.name, size]));
  const tables = [];
  for (const name of names) {
    const size = sizes.get(name);
    if (!size) continue;
    const own = statements.filter((s) => s.table === name);
    const heaviest = own.reduce((best, s) => WEIGHT[s.effect] > WEIGHT[best] ? s.effect : best, "catalog");
    const notes = [...new Set(own.filter((s) => s.effect !== "catalog").map((s) => s.note))];
    tables.push({ ...size, statements: own.length, heaviest, notes });
  }
  return tables.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}
function overLimit(tables, limit) {
  if (limit === void 0) return [];
  return tables.filter((table) => table.bytes > limit && HEAVY.has(table.heaviest)).map((table) => ({ table: table.name, bytes: table.bytes, note: table.notes[0] ?? "" }));
}
function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$/i.exec(text.trim());
  if (!match) return void 0;
  const unit = (match[2] ?? "b").toLowerCase()[0] ?? "b";
  const power = { b: 0, k: 1, m: 2, g: 3, t: 4 }[unit] ?? 0;
  return Math.round(Number(match[1]) * 1024 ** power);
}
function isDowngradeOrUnknown(result) {
  return result.status === "downgrade" || result.status === "unknown-revision";
}

export {
  runPlan,
  parseSize,
  isDowngradeOrUnknown
};
