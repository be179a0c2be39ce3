// `plan`: what `airflow db migrate` of the target release would do to this metastore, found without
// running it. The metastore is only read (see metastore.ts); the target release works offline.
import { writeFile } from 'node:fs/promises';
import type { AirflowInstallation } from '../verify/airflow.js';
import { defaultMigrateCommand } from '../verify/env.js';
import { versionAtLeast } from '../version/compare.js';
import { connectReadOnly, type ReadOnlyMetastore } from './metastore.js';
import { offlineAirflowEnv, offlineSql, readMigrationPath, type MigrationPath } from './migration-path.js';
import { classifyStatement, splitByRevision, type ColumnLookup } from './sql.js';
import type { PlannedMigration, PlannedStatement, PlannedTable, PlanResult, StatementEffect, TableSize } from './types.js';

export interface PlanOptions {
  databaseUrl: string;
  /** `[database] sql_alchemy_schema`, when the metastore lives outside the role's default schema. */
  schema?: string | undefined;
  installation: AirflowInstallation;
  /** Where to write the SQL the target would run. */
  sqlFile: string;
  /** With --fail-on-rewrite: tables above this many bytes must not be rewritten or locked for a full pass. */
  failOnRewriteBytes?: number | undefined;
  /** Migration heads of the releases the tool knows, to tell a downgrade from an unknown revision (read only then). */
  knownHeads: () => Promise<readonly { version: string; head: string }[]>;
  log(line: string): void;
}

/** Effects that hold a lock blocking writes (or everything) for a whole pass over the table. */
const HEAVY: ReadonlySet<StatementEffect> = new Set(['rewrite', 'scan', 'index']);
const WEIGHT: Record<StatementEffect, number> = { catalog: 0, dml: 1, index: 2, scan: 3, rewrite: 4 };

export async function runPlan(options: PlanOptions): Promise<PlanResult> {
  const metastore = await connectReadOnly(options.databaseUrl, options.schema);
  const offline = await offlineAirflowEnv();
  try {
    const snapshot = await metastore.snapshot();
    if (!snapshot.hasAlembicTable || snapshot.revisions.length !== 1) {
      const why = !snapshot.hasAlembicTable
        ? `no alembic_version table in schema ${snapshot.schema}: this is not an Airflow metastore (or the wrong schema)`
        : `alembic_version holds ${snapshot.revisions.length} revisions (${snapshot.revisions.join(', ') || 'none'}); Airflow expects exactly one`;
      return failed('unknown-revision', snapshot.revisions[0] ?? '', why);
    }
    const current = snapshot.revisions[0] ?? '';
    options.log(`metastore revision: ${current}`);
    const path = await readMigrationPath(options.installation, current, offline.env);
    const base = { fromRevision: current, toRevision: path.head, toVersion: path.airflowVersion };
    if (!path.known) return unknownRevision(current, path, await options.knownHeads());
    const fromVersion = versionOfHead(path, current) ?? path.currentVersion;
    if (current === path.head || path.revisions.length === 0) {
      return { status: 'up-to-date', ...base, fromVersion, migrations: [], tables: [], sqlFile: undefined, overLimit: [] };
    }
    const migrateCommand = defaultMigrateCommand(path.airflowVersion);
    options.log(`asking Airflow ${path.airflowVersion} for the SQL from ${current} to ${path.head} (airflow ${migrateCommand.join(' ')} --show-sql-only)`);
    const sql = await offlineSql(options.installation, migrateCommand, current, offline.env);
    await writeFile(options.sqlFile, sql);
    const migrations = await planMigrations(sql, path, metastore);
    const tables = await plannedTables(migrations, metastore);
    return {
      status: 'planned',
      ...base,
      fromVersion,
      migrations,
      tables,
      sqlFile: options.sqlFile,
      overLimit: overLimit(tables, options.failOnRewriteBytes),
    };
  } finally {
    await metastore.close();
    await offline.dispose();
  }

  function failed(status: PlanResult['status'], from: string, message: string): PlanResult {
    return { status, fromRevision: from, fromVersion: null, toRevision: '', toVersion: '', migrations: [], tables: [], sqlFile: undefined, overLimit: [], message };
  }
}

function unknownRevision(current: string, path: MigrationPath, knownHeads: readonly { version: string; head: string }[]): PlanResult {
  const newer = knownHeads.find((entry) => entry.head === current && versionAtLeast(entry.version, path.airflowVersion) && entry.version !== path.airflowVersion);
  const base = { fromRevision: current, toRevision: path.head, toVersion: path.airflowVersion, migrations: [], tables: [], sqlFile: undefined, overLimit: [] };
  if (newer) {
    return {
      ...base,
      status: 'downgrade',
      fromVersion: newer.version,
      message: `the metastore is at ${current}, the head of Airflow ${newer.version}, newer than the target ${path.airflowVersion}: deploying it would need \`airflow db downgrade\`, which this plan does not cover`,
    };
  }
  return {
    ...base,
    status: 'unknown-revision',
    fromVersion: null,
    message: `Airflow ${path.airflowVersion} does not know the metastore's revision ${current}: a newer release, a development build, or not Airflow's migration history`,
  };
}

/** The newest release whose head the revision is, from the target's own map. */
function versionOfHead(path: MigrationPath, revision: string): string | null {
  const versions = Object.entries(path.heads)
    .filter(([, head]) => head === revision)
    .map(([version]) => version);
  return versions.sort((a, b) => (versionAtLeast(a, b) ? -1 : 1))[0] ?? null;
}

async function planMigrations(sql: string, path: MigrationPath, metastore: ReadOnlyMetastore): Promise<PlannedMigration[]> {
  const revisions = splitByRevision(sql);
  const firstPass = revisions.flatMap((revision) => revision.statements.map((statement) => classifyStatement(statement)));
  const renames = renameMap(firstPass);
  const tables = [...new Set(firstPass.map((s) => s.table).filter((t): t is string => t !== undefined).map((t) => renames.get(t) ?? t))];
  const types = await metastore.columnTypes(tables);
  const columns: ColumnLookup = (table, column) => types.get(`${renames.get(table) ?? table}.${column}`);
  const byRevision = new Map(path.revisions.map((r) => [r.revision, r]));
  return revisions.map((revision) => {
    const info = byRevision.get(revision.to);
    return {
      revision: revision.to,
      downRevision: info?.downRevision ?? (revision.from || null),
      airflowVersion: info?.airflowVersion ?? null,
      description: info?.description ?? '',
      statements: revision.statements.map((statement) => {
        const planned = classifyStatement(statement, columns);
        return planned.table !== undefined && renames.has(planned.table) ? { ...planned, table: renames.get(planned.table) } : planned;
      }),
    };
  });
}

/** New name → the name the table has in the metastore now, across every RENAME TO of the plan. */
function renameMap(statements: readonly PlannedStatement[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const statement of statements) {
    if (!statement.renamedTo || !statement.table) continue;
    map.set(statement.renamedTo, map.get(statement.table) ?? statement.table);
  }
  return map;
}

async function plannedTables(migrations: readonly PlannedMigration[], metastore: ReadOnlyMetastore): Promise<PlannedTable[]> {
  const statements = migrations.flatMap((m) => m.statements).filter((s) => s.table !== undefined && s.table !== 'alembic_version');
  const names = [...new Set(statements.map((s) => s.table as string))];
  const sizes = new Map((await metastore.tableSizes(names)).map((size: TableSize) => [size.name, size]));
  const tables: PlannedTable[] = [];
  for (const name of names) {
    const size = sizes.get(name);
    if (!size) continue; // created by the plan itself
    const own = statements.filter((s) => s.table === name);
    const heaviest = own.reduce<StatementEffect>((best, s) => (WEIGHT[s.effect] > WEIGHT[best] ? s.effect : best), 'catalog');
    const notes = [...new Set(own.filter((s) => s.effect !== 'catalog').map((s) => s.note))];
    tables.push({ ...size, statements: own.length, heaviest, notes });
  }
  return tables.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}

function overLimit(tables: readonly PlannedTable[], limit: number | undefined): PlanResult['overLimit'] {
  if (limit === undefined) return [];
  return tables
    .filter((table) => table.bytes > limit && HEAVY.has(table.heaviest))
    .map((table) => ({ table: table.name, bytes: table.bytes, note: table.notes[0] ?? '' }));
}

/** `10GB`, `500 MB`, `1.5GiB`, `1048576`: bytes. Decimal and binary units are both powers of 1024, as pg_size_pretty prints them. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0] ?? 'b';
  const power = { b: 0, k: 1, m: 2, g: 3, t: 4 }[unit] ?? 0;
  return Math.round(Number(match[1]) * 1024 ** power);
}

export function isDowngradeOrUnknown(result: PlanResult): boolean {
  return result.status === 'downgrade' || result.status === 'unknown-revision';
}

