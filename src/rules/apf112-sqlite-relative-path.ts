import { isSqlite, metastoreOf } from './support/metastore.js';
import { reportValue } from './support/value.js';
import type { Rule } from './types.js';

const ABSOLUTE_PREFIX = 'sqlite:///';

export const sqliteRelativePath: Rule = {
  meta: {
    id: 'APF112',
    alias: 'sqlite-relative-path',
    description: 'The SQLite metastore URL is relative or in-memory, so components do not share one database.',
    severity: 'error',
    tags: ['production'],
    versions: 'all; whether the release refuses a relative path comes from its knowledge data',
    messages: {
      relative:
        '{{setting}} is a relative SQLite path: Airflow {{version}} refuses it when any component starts ("Cannot use relative path … to connect to sqlite"){{note}}.',
      relativeOpened:
        '{{setting}} is a relative SQLite path: Airflow {{version}} opens it relative to each process\'s working directory, so components started from different directories use different databases{{note}}.',
      relativeUnknown:
        '{{setting}} is a relative SQLite path: recent releases refuse it at start-up ("Cannot use relative path … to connect to sqlite"), older ones open it relative to each process\'s working directory{{note}}.',
      memory:
        '{{setting}} is an in-memory SQLite database: each process gets its own empty database, and everything is lost when it exits{{note}}.',
    },
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || metastore.value.origin === 'default' || !isSqlite(metastore)) return;
    const text = metastore.text.trim();
    const path = text.startsWith(ABSOLUTE_PREFIX) ? text.slice(ABSOLUTE_PREFIX.length) : undefined;
    const memory = text === 'sqlite://' || path === ':memory:' || path === '';
    if (!memory && path?.startsWith('/')) return;
    reportValue(context, metastore.value, {
      messageId: memory ? 'memory' : relativeMessage(context.knowledge.metastore.refusesRelativeSqlite),
      data: { version: context.target.knowledgeVersion },
      fix: 'Use PostgreSQL for production; for a local trial use an absolute path such as sqlite:////opt/airflow/airflow.db.',
    });
  },
};

function relativeMessage(refuses: boolean | undefined): string {
  if (refuses === undefined) return 'relativeUnknown';
  return refuses ? 'relative' : 'relativeOpened';
}
