import { maskUrlPasswords } from '../secrets.js';
import { metastoreOf, POSTGRES_ALIASES } from './support/metastore.js';
import { reportValue } from './support/value.js';
import type { Rule } from './types.js';

export const postgresScheme: Rule = {
  meta: {
    id: 'APF111',
    alias: 'postgres-scheme',
    description: 'The metastore URL uses the `postgres://` scheme, which SQLAlchemy 1.4 and later no longer know.',
    severity: 'warning',
    tags: ['production'],
    versions: 'all',
    messages: {
      scheme:
        'SQLAlchemy {{sqlalchemy}} has no "{{scheme}}" dialect: Airflow rewrites the URL with a FutureWarning at every start, and any other tool given this URL fails with NoSuchModuleError{{note}}.',
    },
  },
  check(context) {
    const metastore = metastoreOf(context);
    const scheme = metastore?.url?.scheme;
    if (!metastore || !scheme || !POSTGRES_ALIASES.includes(scheme)) return;
    const corrected = metastore.text.trim().replace(/^[^:]+:\/\//, `${scheme === 'postgres' ? 'postgresql' : 'postgresql+psycopg2'}://`);
    reportValue(context, metastore.value, {
      messageId: 'scheme',
      data: { scheme, sqlalchemy: context.knowledge.libraries.sqlalchemy },
      fix: `Write the URL as ${maskUrlPasswords(corrected)}`,
    });
  },
};
