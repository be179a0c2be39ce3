// The offline SQL of `airflow db migrate --show-sql-only`: split into statements (PostgreSQL's lexical
// rules for quotes, dollar quotes and comments), grouped by the alembic revision that emits them, and each
// statement classified by what it does to its table on PostgreSQL: rewrite it, scan it under a lock,
// build an index, touch every row, or change only the catalog. Hand-written: no SQL parser on npm knows
// PostgreSQL's locking behaviour, which is the point here.
import type { PlannedStatement, StatementEffect } from './types.js';

export interface RevisionSql {
  from: string;
  to: string;
  statements: string[];
}

const UPGRADE_MARKER = /^-- Running upgrade (\S*) -> (\S+)/;

/** Splits Airflow's offline SQL into revisions; text before the first marker (BEGIN, notes) is dropped. */
export function splitByRevision(sql: string): RevisionSql[] {
  const revisions: RevisionSql[] = [];
  let current: { from: string; to: string; text: string[] } | undefined;
  const flush = () => {
    if (current) revisions.push({ from: current.from, to: current.to, statements: splitStatements(current.text.join('\n')) });
  };
  for (const line of sql.split('\n')) {
    const marker = UPGRADE_MARKER.exec(line);
    if (marker) {
      flush();
      current = { from: marker[1] ?? '', to: marker[2] ?? '', text: [] };
      continue;
    }
    current?.text.push(line);
  }
  flush();
  return revisions;
}

/** Statements separated by `;` outside quotes, dollar quotes and comments; COMMIT and empty ones left out. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
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
    if (char === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (char === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (char === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64))?.[0];
      if (tag) {
        const end = text.indexOf(tag, i + tag.length);
        i = end < 0 ? text.length : end + tag.length;
        continue;
      }
    }
    if (char === ';') {
      pushStatement(statements, text.slice(start, i));
      start = i + 1;
    }
    i += 1;
  }
  pushStatement(statements, text.slice(start));
  return statements;
}

function pushStatement(statements: string[], raw: string): void {
  const text = stripComments(raw).trim();
  if (text === '' || /^(COMMIT|BEGIN)$/i.test(text)) return;
  statements.push(text);
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n');
}

const IDENT = String.raw`(?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?`;
const ALTER_TABLE = new RegExp(String.raw`^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?(${IDENT})\s+([\s\S]*)$`, 'i');
const CREATE_INDEX = new RegExp(String.raw`^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:${IDENT}\s+)?ON\s+(?:ONLY\s+)?(${IDENT})`, 'i');
const UPDATE = new RegExp(String.raw`^(?:WITH\s[\s\S]*?\)\s*)?UPDATE\s+(?:ONLY\s+)?(${IDENT})`, 'i');
const DELETE = new RegExp(String.raw`^(?:WITH\s[\s\S]*?\)\s*)?DELETE\s+FROM\s+(?:ONLY\s+)?(${IDENT})`, 'i');
const INSERT = new RegExp(String.raw`^(?:WITH\s[\s\S]*?\)\s*)?INSERT\s+INTO\s+(${IDENT})`, 'i');
const DROP_TABLE = new RegExp(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(${IDENT})`, 'i');
const CREATE_TABLE = new RegExp(String.raw`^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})`, 'i');
const RENAME_TABLE = new RegExp(String.raw`^RENAME\s+TO\s+(${IDENT})\s*$`, 'i');
/** Column defaults PostgreSQL evaluates per row: ADD COLUMN with one of these rewrites the table. */
const VOLATILE_DEFAULT = /\bDEFAULT\s+[^,]*\b(?:now|clock_timestamp|statement_timestamp|timeofday|random|gen_random_uuid|uuid_generate_v\d\w*|nextval)\s*\(/i;

/** What the target column type would need, given the column's type now (from the catalog). */
export interface ColumnTypeNow {
  dataType: string;
  maxLength: number | null;
}

export type ColumnLookup = (table: string, column: string) => ColumnTypeNow | undefined;

/** Classifies one statement; `columns` answers "what is this column's type today" for TYPE changes. */
export function classifyStatement(sql: string, columns: ColumnLookup = () => undefined): PlannedStatement {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  const alter = ALTER_TABLE.exec(oneLine);
  if (alter) return classifyAlter(oneLine, unquote(alter[1] ?? ''), alter[2] ?? '', columns);
  const index = CREATE_INDEX.exec(oneLine);
  if (index) {
    const table = unquote(index[2] ?? '');
    if (index[1]) return statement(oneLine, table, 'scan', 'SHARE UPDATE EXCLUSIVE', 'builds an index concurrently: reads the whole table, writes go on');
    return statement(oneLine, table, 'index', 'SHARE', 'builds an index: reads the whole table while writes to it wait');
  }
  const update = UPDATE.exec(oneLine);
  if (update) return dml(oneLine, unquote(update[1] ?? ''), 'updates rows');
  const remove = DELETE.exec(oneLine);
  if (remove) return dml(oneLine, unquote(remove[1] ?? ''), 'deletes rows');
  const insert = INSERT.exec(oneLine);
  if (insert) {
    const table = unquote(insert[1] ?? '');
    return /\bSELECT\b/i.test(oneLine) ? statement(oneLine, table, 'dml', 'ROW EXCLUSIVE', 'copies rows from other tables') : statement(oneLine, table, 'catalog', 'ROW EXCLUSIVE', 'inserts a few rows');
  }
  const drop = DROP_TABLE.exec(oneLine);
  if (drop) return statement(oneLine, unquote(drop[1] ?? ''), 'catalog', 'ACCESS EXCLUSIVE', 'drops the table');
  const create = CREATE_TABLE.exec(oneLine);
  if (create) return statement(oneLine, unquote(create[1] ?? ''), 'catalog', undefined, 'creates the table');
  return statement(oneLine, undefined, 'catalog', undefined, 'changes the catalog only');
}

function classifyAlter(sql: string, table: string, rest: string, columns: ColumnLookup): PlannedStatement {
  const rename = RENAME_TABLE.exec(rest);
  if (rename) return { ...statement(sql, table, 'catalog', 'ACCESS EXCLUSIVE', `renames the table to ${unquote(rename[1] ?? '')}`), renamedTo: unquote(rename[1] ?? '') };
  const type = /^ALTER\s+(?:COLUMN\s+)?("[^"]+"|[\w$]+)\s+(?:SET\s+DATA\s+)?TYPE\s+(.+?)(?:\s+USING\s+.*)?$/i.exec(rest);
  if (type) {
    const column = unquote(type[1] ?? '');
    const now = columns(table, column);
    if (now && binaryCompatible(now, type[2] ?? '')) {
      return statement(sql, table, 'catalog', 'ACCESS EXCLUSIVE', `keeps or widens the type of ${column} (${describeType(now)} → ${type[2]}): no rewrite`);
    }
    return statement(sql, table, 'rewrite', 'ACCESS EXCLUSIVE', `changes the type of ${column}${now ? ` (${describeType(now)} → ${type[2]})` : ` to ${type[2]}`}: rewrites the whole table and its indexes`);
  }
  if (/^ALTER\s+(?:COLUMN\s+)?("[^"]+"|[\w$]+)\s+SET\s+NOT\s+NULL\s*$/i.test(rest)) {
    return statement(sql, table, 'scan', 'ACCESS EXCLUSIVE', 'sets NOT NULL: reads every row while nobody can use the table');
  }
  if (/^ADD\s+(?:COLUMN\s+)?/i.test(rest) && !/^ADD\s+CONSTRAINT\b/i.test(rest) && !/^ADD\s+(?:PRIMARY|UNIQUE|FOREIGN|CHECK)\b/i.test(rest)) {
    if (VOLATILE_DEFAULT.test(rest) || /\b(?:SERIAL|BIGSERIAL|SMALLSERIAL)\b|GENERATED\s+ALWAYS\s+AS\s*\(.*\)\s*STORED/i.test(rest)) {
      return statement(sql, table, 'rewrite', 'ACCESS EXCLUSIVE', 'adds a column whose default is computed per row: rewrites the whole table');
    }
    return statement(sql, table, 'catalog', 'ACCESS EXCLUSIVE', 'adds a column (no rewrite since PostgreSQL 11)');
  }
  const constraint = /^ADD\s+(?:CONSTRAINT\s+(?:"[^"]+"|[\w$]+)\s+)?(PRIMARY\s+KEY|UNIQUE|FOREIGN\s+KEY|CHECK|EXCLUDE)\b/i.exec(rest);
  if (constraint) {
    const kind = (constraint[1] ?? '').toUpperCase().replace(/\s+/g, ' ');
    if (/\bNOT\s+VALID\b/i.test(rest)) return statement(sql, table, 'catalog', 'ACCESS EXCLUSIVE', `adds a ${kind} constraint without validating it`);
    if (kind === 'PRIMARY KEY' || kind === 'UNIQUE' || kind === 'EXCLUDE') {
      return statement(sql, table, 'index', 'ACCESS EXCLUSIVE', `adds a ${kind} constraint: builds its index while nobody can use the table`);
    }
    if (kind === 'FOREIGN KEY') {
      return statement(sql, table, 'scan', 'SHARE ROW EXCLUSIVE', 'adds a FOREIGN KEY: checks every row while writes to the table (and the referenced one) wait');
    }
    return statement(sql, table, 'scan', 'ACCESS EXCLUSIVE', 'adds a CHECK constraint: reads every row while nobody can use the table');
  }
  if (/^VALIDATE\s+CONSTRAINT\b/i.test(rest)) return statement(sql, table, 'scan', 'SHARE UPDATE EXCLUSIVE', 'validates a constraint: reads every row, writes go on');
  if (/^(?:SET\s+)?(?:TABLESPACE|SET\s+(?:UNLOGGED|LOGGED))\b/i.test(rest) || /^CLUSTER\b/i.test(rest)) {
    return statement(sql, table, 'rewrite', 'ACCESS EXCLUSIVE', 'rewrites the whole table');
  }
  return statement(sql, table, 'catalog', 'ACCESS EXCLUSIVE', 'changes the catalog only (a brief exclusive lock)');
}

/** Type changes PostgreSQL makes without touching the rows: the same type, varchar(n) → varchar(m ≥ n) or text. */
function binaryCompatible(now: ColumnTypeNow, target: string): boolean {
  const wanted = catalogType(target);
  if (!wanted) return false;
  if (wanted.dataType === now.dataType && (wanted.maxLength === now.maxLength || (wanted.maxLength === null && now.dataType !== 'character varying'))) return true;
  const fromText = now.dataType === 'text' || now.dataType === 'character varying';
  if (!fromText) return false;
  if (wanted.dataType === 'text' || (wanted.dataType === 'character varying' && wanted.maxLength === null)) return true;
  return wanted.dataType === 'character varying' && now.dataType === 'character varying' && now.maxLength !== null && wanted.maxLength !== null && wanted.maxLength >= now.maxLength;
}

/** SQL type names as information_schema.columns.data_type spells them. */
const TYPE_NAMES: Record<string, string> = {
  int: 'integer',
  int4: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  int8: 'bigint',
  smallint: 'smallint',
  int2: 'smallint',
  boolean: 'boolean',
  bool: 'boolean',
  text: 'text',
  json: 'json',
  jsonb: 'jsonb',
  bytea: 'bytea',
  uuid: 'uuid',
  float: 'double precision',
  'double precision': 'double precision',
  real: 'real',
  date: 'date',
  timestamp: 'timestamp without time zone',
  'timestamp without time zone': 'timestamp without time zone',
  'timestamp with time zone': 'timestamp with time zone',
  timestamptz: 'timestamp with time zone',
};

function catalogType(sqlType: string): ColumnTypeNow | undefined {
  const wanted = sqlType.trim().toLowerCase().replace(/\s+/g, ' ');
  const varchar = /^(?:character varying|varchar)(?:\s*\((\d+)\))?$/.exec(wanted);
  if (varchar) return { dataType: 'character varying', maxLength: varchar[1] === undefined ? null : Number(varchar[1]) };
  const name = TYPE_NAMES[wanted];
  return name ? { dataType: name, maxLength: null } : undefined;
}

function describeType(now: ColumnTypeNow): string {
  return now.maxLength === null ? now.dataType : `${now.dataType}(${now.maxLength})`;
}

function dml(sql: string, table: string, verb: string): PlannedStatement {
  const where = /\bWHERE\b/i.test(sql) ? 'the rows it selects' : 'every row';
  if (table === 'alembic_version') return statement(sql, table, 'catalog', 'ROW EXCLUSIVE', 'records the revision');
  return statement(sql, table, 'dml', 'ROW EXCLUSIVE', `${verb}: visits ${where}, in one transaction`);
}

function statement(sql: string, table: string | undefined, effect: StatementEffect, lock: string | undefined, note: string): PlannedStatement {
  return { sql, table, effect, lock, note };
}

function unquote(name: string): string {
  const last = name.includes('.') && !name.startsWith('"') ? (name.split('.').at(-1) ?? name) : name;
  return last.replace(/^"|"$/g, '');
}
