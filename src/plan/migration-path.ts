// Asks the target release, in its own virtualenv, for its alembic history: its head, whether it knows
// the metastore's revision, and the migrations between the two with the release that introduced each.
// Airflow never gets the production URL: it runs with an unreachable placeholder metastore and an empty
// AIRFLOW_HOME, and nothing of the caller's AIRFLOW__ environment (which could hold *_cmd options).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AirflowInstallation } from '../verify/airflow.js';
import { runProcess } from '../verify/process.js';
import { PlanError } from './errors.js';

export const PATH_MARKER = '@@AIRFLOW_PREFLIGHT_PLAN@@';

/** Runs inside the target's Python; argv[1] is the metastore's current revision. */
export const PATH_SCRIPT = String.raw`
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

export interface MigrationPath {
  airflowVersion: string;
  head: string;
  known: boolean;
  currentVersion: string | null;
  revisions: { revision: string; downRevision: string | null; airflowVersion: string | null; description: string }[];
  /** The release → head revision map the target carries (`_REVISION_HEADS_MAP`). */
  heads: Record<string, string>;
}

/** A placeholder metastore nothing listens on: offline SQL generation needs a dialect, never a server. */
const PLACEHOLDER_URL = 'postgresql+psycopg2://airflow-preflight-plan@127.0.0.1:9/offline';

/** An environment for the target's Airflow with nothing of the caller's Airflow settings. */
export async function offlineAirflowEnv(): Promise<{ env: NodeJS.ProcessEnv; dispose: () => Promise<void> }> {
  const home = await mkdtemp(join(tmpdir(), 'apf-plan-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? 'C.UTF-8',
    AIRFLOW_HOME: home,
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: PLACEHOLDER_URL,
    AIRFLOW__CORE__SQL_ALCHEMY_CONN: PLACEHOLDER_URL,
    AIRFLOW__CORE__LOAD_EXAMPLES: 'False',
    AIRFLOW__CORE__FERNET_KEY: '',
    PYTHONWARNINGS: 'ignore',
  };
  return { env, dispose: () => rm(home, { recursive: true, force: true }) };
}

export class PlanAirflowError extends PlanError {}

export async function readMigrationPath(installation: AirflowInstallation, currentRevision: string, env: NodeJS.ProcessEnv): Promise<MigrationPath> {
  const run = await runProcess(installation.python, ['-c', PATH_SCRIPT, currentRevision], { env, timeoutMs: 5 * 60_000 });
  const line = run.stdout.split('\n').find((l) => l.startsWith(PATH_MARKER));
  if (!line) {
    const last = run.output.trim().split('\n').filter((l) => l.trim() !== '').at(-1) ?? '';
    throw new PlanAirflowError(`reading the target release's migrations failed (${run.spawnError ?? `exit ${run.code ?? run.signal}`}): ${last.slice(0, 300)}`);
  }
  return JSON.parse(line.slice(PATH_MARKER.length)) as MigrationPath;
}

/** `airflow db migrate --show-sql-only --from-revision REV` (`db upgrade` before 2.7): the SQL, not run. */
export async function offlineSql(installation: AirflowInstallation, command: string[], currentRevision: string, env: NodeJS.ProcessEnv): Promise<string> {
  const run = await runProcess(installation.command, [...command, '--show-sql-only', '--from-revision', currentRevision], { env, timeoutMs: 10 * 60_000 });
  if (run.code !== 0) {
    const last = run.output.trim().split('\n').filter((l) => l.trim() !== '').at(-1) ?? '';
    throw new PlanAirflowError(`airflow ${command.join(' ')} --show-sql-only failed (${run.spawnError ?? `exit ${run.code ?? run.signal}`}): ${last.slice(0, 300)}`);
  }
  return extractSql(run.stdout);
}

/** Airflow's log lines share stdout with the SQL: keep from the first BEGIN; to the end, minus log lines. */
export function extractSql(stdout: string): string {
  const lines = stdout.split('\n');
  const begin = lines.findIndex((line) => line.trim() === 'BEGIN;');
  const logLine = /^(?:\d{4}-\d\d-\d\d[T ][\d:.,]+Z?\s+\[|\[\d{4}-\d\d-\d\d[T ][\d:.,]+\]|\/.*\.py:\d+ \w*Warning:)/;
  return lines
    .slice(begin < 0 ? 0 : begin)
    .filter((line) => !logLine.test(line))
    .join('\n')
    .trim()
    .concat('\n');
}
