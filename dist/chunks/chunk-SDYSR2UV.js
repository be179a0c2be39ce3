import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  runProcess
} from "./chunk-UDIAOLEI.js";

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
var PlanAirflowError = class extends Error {
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

export {
  PATH_MARKER,
  PATH_SCRIPT,
  offlineAirflowEnv,
  PlanAirflowError,
  readMigrationPath,
  offlineSql,
  extractSql
};
