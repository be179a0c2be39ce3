/**
 * What a statement does to its table on PostgreSQL:
 * - `rewrite`: writes a new copy of the table (and its indexes) under ACCESS EXCLUSIVE;
 * - `scan`: reads every row while holding a lock (validation, SET NOT NULL);
 * - `index`: builds an index (reads every row; writes wait);
 * - `dml`: updates, deletes or copies rows (time grows with the table);
 * - `catalog`: changes only the catalog (a brief lock).
 */
export type StatementEffect = 'rewrite' | 'scan' | 'index' | 'dml' | 'catalog';

export interface PlannedStatement {
  sql: string;
  /** The table as the statement names it; undefined for statements on no table (functions, DO blocks). */
  table: string | undefined;
  effect: StatementEffect;
  /** The strongest lock PostgreSQL takes on the table for it. */
  lock: string | undefined;
  /** Plain-language note, e.g. "changes the type of uri (character varying(3000) → VARCHAR(1500)): rewrites …". */
  note: string;
  /** Set for `ALTER TABLE … RENAME TO`. */
  renamedTo?: string | undefined;
}

export interface PlannedMigration {
  revision: string;
  downRevision: string | null;
  /** The Airflow release that introduced the migration (the migration module's `airflow_version`). */
  airflowVersion: string | null;
  description: string;
  statements: PlannedStatement[];
}

export interface TableSize {
  /** The table's name in the metastore now. */
  name: string;
  /** `pg_class.reltuples`: the planner's estimate; null when the table was never analyzed. */
  rows: number | null;
  /** `pg_total_relation_size`: table, indexes and TOAST. */
  bytes: number;
}

export interface PlannedTable extends TableSize {
  /** Statements of the plan on this table, and the heaviest effect among them. */
  statements: number;
  heaviest: StatementEffect;
  notes: string[];
}

export type PlanStatus = 'planned' | 'up-to-date' | 'downgrade' | 'unknown-revision';

export interface PlanResult {
  status: PlanStatus;
  fromRevision: string;
  /** The Airflow release whose head `fromRevision` is (or that introduced it), when the target knows it. */
  fromVersion: string | null;
  toRevision: string;
  toVersion: string;
  migrations: PlannedMigration[];
  tables: PlannedTable[];
  /** The file holding the SQL the target would run; undefined when there is nothing to run. */
  sqlFile: string | undefined;
  /** Tables over the --fail-on-rewrite size that a statement rewrites or locks for a full pass. */
  overLimit: { table: string; bytes: number; note: string }[];
  /** One line for the user when status is not `planned`/`up-to-date`. */
  message?: string | undefined;
}
