import { configuredExecutor } from './support/executor.js';
import { isSqlite, metastoreOf } from './support/metastore.js';
import { reportValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

const FIX =
  'Use PostgreSQL: set sql_alchemy_conn_cmd / sql_alchemy_conn_secret or AIRFLOW__DATABASE__SQL_ALCHEMY_CONN to postgresql+psycopg2://user:password@host:5432/airflow, then run `airflow db migrate`.';

export const sqliteMetastore: Rule = {
  meta: {
    id: 'APF110',
    alias: 'sqlite-metastore',
    description: 'The metastore is a SQLite database: not for production, and refused with parallel executors on releases that say so.',
    severity: 'error',
    tags: ['production'],
    versions: 'all; the start-up refusal where the knowledge lists the executor as SQLite-incompatible (2.x)',
    messages: {
      refused:
        '{{setting}} is a SQLite database: Airflow {{version}} refuses to start with it ("cannot use SQLite with the {{executor}}"){{note}}.',
      notProduction:
        '{{setting}} is a SQLite database: one writer at a time, one machine, no parallel executor — not a production metastore{{note}}.',
    },
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || !isSqlite(metastore)) return;
    const executor = sqliteIncompatibleExecutor(context);
    reportValue(context, metastore.value, {
      messageId: executor ? 'refused' : 'notProduction',
      data: { version: context.target.knowledgeVersion, executor: executor ?? '' },
      fix: FIX,
    });
  },
};

/** The configured executor, when the target release refuses to run it on SQLite. */
function sqliteIncompatibleExecutor(context: RuleContext): string | undefined {
  const facts = context.knowledge.executors;
  const entries = configuredExecutor(context)?.setting.entries ?? [];
  return entries.find((entry) => entry.coreAlias && facts.sqliteIncompatible.includes(entry.coreAlias))?.coreAlias;
}
