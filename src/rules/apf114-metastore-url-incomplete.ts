import { isSqlite, metastoreOf } from './support/metastore.js';
import { reportValue } from './support/value.js';
import type { Rule } from './types.js';

export const metastoreUrlIncomplete: Rule = {
  meta: {
    id: 'APF114',
    alias: 'metastore-url-incomplete',
    description: 'The metastore URL has no host or no database name, so the driver falls back to its own defaults.',
    severity: 'warning',
    tags: ['production'],
    versions: 'all',
    messages: {
      noHost:
        '{{setting}} names no host: the driver connects to a local socket on the machine each component runs on, not a shared database server{{note}}.',
      noDatabase:
        "{{setting}} names no database: the driver connects to the user's default database, so Airflow's tables land wherever that is{{note}}.",
    },
  },
  check(context) {
    const metastore = metastoreOf(context);
    const url = metastore?.url;
    if (!metastore || !url || metastore.value.origin === 'default' || isSqlite(metastore)) return;
    const query = new URLSearchParams(url.query ?? '');
    const fix = 'Write the full URL: dialect+driver://user:password@host:port/database.';
    if (!url.host && !query.has('host')) reportValue(context, metastore.value, { messageId: 'noHost', fix });
    if (!url.database && !query.has('dbname')) reportValue(context, metastore.value, { messageId: 'noDatabase', fix });
  },
};
