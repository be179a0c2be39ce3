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
    versions: 'all',
    messages: {
      relative:
        '{{setting}} is a relative SQLite path: Airflow refuses it at start-up ("Cannot use relative path … to connect to sqlite"; releases before that resolved it from each process\'s working directory){{note}}.',
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
      messageId: memory ? 'memory' : 'relative',
      fix: 'Use PostgreSQL for production; for a local trial use an absolute path such as sqlite:////opt/airflow/airflow.db.',
    });
  },
};
