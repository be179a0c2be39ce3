import { metastoreOf, POSTGRES_ALIASES } from './support/metastore.js';
import { reportValue } from './support/value.js';
import type { Rule } from './types.js';

export const metastoreDialectUnsupported: Rule = {
  meta: {
    id: 'APF113',
    alias: 'metastore-dialect-unsupported',
    description: 'The metastore URL names a database Airflow does not support on the target release, or is not a URL at all.',
    severity: 'error',
    tags: ['production'],
    versions: 'all; the supported databases come from the knowledge data of the target release',
    messages: {
      unsupported:
        'Airflow {{version}} does not support "{{dialect}}" as a metastore (supported: {{supported}}); `airflow db migrate` and every component fail{{note}}.',
      unparseable:
        'SQLAlchemy cannot parse {{setting}} as a database URL (`dialect+driver://user:password@host:port/database`), so no component can connect{{note}}.',
    },
  },
  check(context) {
    const metastore = metastoreOf(context);
    if (!metastore || metastore.value.origin === 'default') return;
    const supported = context.knowledge.metastore.supportedDialects;
    const url = metastore.url;
    if (!url) {
      reportValue(context, metastore.value, {
        messageId: 'unparseable',
        fix: 'Write a URL such as postgresql+psycopg2://user:password@host:5432/airflow.',
      });
      return;
    }
    if (POSTGRES_ALIASES.includes(url.scheme) || supported.includes(url.dialect)) return;
    reportValue(context, metastore.value, {
      messageId: 'unsupported',
      data: { version: context.target.knowledgeVersion, dialect: url.dialect, supported: supported.join(', ') },
      fix: 'Move the metastore to PostgreSQL (postgresql+psycopg2://…) and run `airflow db migrate`.',
    });
  },
};
