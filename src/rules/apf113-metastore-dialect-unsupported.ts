import type { DatabaseUrl } from './support/db-url.js';
import { closestName } from './support/compat-knowledge.js';
import { metastoreOf, POSTGRES_ALIASES, type Metastore } from './support/metastore.js';
import { reportValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

export const metastoreDialectUnsupported: Rule = {
  meta: {
    id: 'APF113',
    alias: 'metastore-dialect-unsupported',
    description:
      'The metastore URL names a database Airflow does not support on the target release, a driver its SQLAlchemy does not have, or is not a URL at all.',
    severity: 'error',
    tags: ['production'],
    versions: 'all; the supported databases and the drivers of its SQLAlchemy come from the knowledge data of the target release',
    messages: {
      unsupported:
        'Airflow {{version}} does not support "{{dialect}}" as a metastore (supported: {{supported}}); `airflow db migrate` and every component fail{{note}}.',
      unknownDriver:
        'SQLAlchemy {{sqlalchemy}}, which Airflow {{version}} installs, has no "{{driver}}" driver for {{dialect}}{{suggestion}}: every component fails with "Can\'t load plugin: sqlalchemy.dialects:{{dialect}}.{{driver}}"{{note}}.',
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
    if (POSTGRES_ALIASES.includes(url.scheme)) return;
    if (supported.includes(url.dialect)) {
      checkDriver(context, metastore, url);
      return;
    }
    reportValue(context, metastore.value, {
      messageId: 'unsupported',
      data: { version: context.target.knowledgeVersion, dialect: url.dialect, supported: supported.join(', ') },
      fix: 'Move the metastore to PostgreSQL (postgresql+psycopg2://…) and run `airflow db migrate`.',
    });
  },
};

/** `dialect+driver://`: the driver must be one the release's SQLAlchemy registers for the dialect. */
function checkDriver(context: RuleContext, metastore: Metastore, url: DatabaseUrl): void {
  const known = context.knowledge.metastore.dialectDrivers?.[url.dialect];
  if (!known || url.driver === undefined || known.drivers.includes(url.driver)) return;
  const suggestion = closestName(url.driver, known.drivers);
  const replacement = `${url.dialect}+${suggestion ?? known.default}`;
  reportValue(context, metastore.value, {
    messageId: 'unknownDriver',
    data: {
      sqlalchemy: context.knowledge.libraries.sqlalchemy,
      version: context.target.knowledgeVersion,
      driver: url.driver,
      dialect: url.dialect,
      suggestion: suggestion ? ` (did you mean ${replacement}?)` : '',
    },
    fix: `Write the URL as ${replacement}://… (the drivers it has for ${url.dialect}: ${known.drivers.filter((name) => name !== 'base').join(', ')}).`,
  });
}
