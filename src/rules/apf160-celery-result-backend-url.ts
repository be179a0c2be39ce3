import { POSTGRES_ALIASES } from './support/metastore.js';
import { providerOption, sectionProvider } from './support/provider-option.js';
import { reportValue, resolveValue, spanInValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

const SCHEME = /^\s*([A-Za-z][\w+.-]*):\/\//;

export const celeryResultBackendUrl: Rule = {
  meta: {
    id: 'APF160',
    alias: 'celery-result-backend-url',
    description: '`[celery] result_backend` is a database URL without the `db+` prefix, or uses the `postgres` dialect name SQLAlchemy no longer knows.',
    severity: 'error',
    tags: ['production'],
    versions: 'all (with the Celery provider\'s options, from the provider release each Airflow release installs)',
    messages: {
      'missing-db-prefix':
        '{{setting}} starts with "{{scheme}}://", which Celery reads as the name of a result backend, not a database: the worker stops with "ModuleNotFoundError: No module named \'{{backend}}\'"{{note}}.',
      'postgres-alias':
        '{{setting}} uses the "{{dialect}}" dialect, which SQLAlchemy {{sqlalchemy}} does not know: Airflow rewrites that name only in the metastore URL and hands the result backend to Celery as written, so storing a result fails with "NoSuchModuleError: Can\'t load plugin: sqlalchemy.dialects:postgres"{{note}}.',
    },
  },
  check(context) {
    const provider = sectionProvider(context, 'celery');
    const value = provider ? providerOption(context, 'celery', 'result_backend') : undefined;
    if (!provider || !value) return;
    const resolved = resolveValue(context, value);
    if (!resolved.known) return;
    const match = SCHEME.exec(resolved.text);
    const scheme = match?.[1];
    if (!match || !scheme) return;
    const offset = match[0].length - scheme.length - 3;
    const span = value.value === resolved.text ? spanInValue(value, offset, scheme.length) : undefined;
    const lower = scheme.toLowerCase();
    if (lower.startsWith('db+')) {
      const dialect = lower.slice(3);
      const keptAsWritten = context.knowledge.executorProviders?.[provider]?.celery?.resultBackendKeptAsWritten === true;
      if (!POSTGRES_ALIASES.includes(dialect) || !keptAsWritten) return;
      reportValue(context, value, {
        messageId: 'postgres-alias',
        data: { dialect, sqlalchemy: context.knowledge.libraries.sqlalchemy },
        span,
        fix: `Write "db+postgresql${dialect.slice('postgres'.length)}://" instead of "db+${dialect}://".`,
      });
      return;
    }
    const dialect = lower.split('+')[0] ?? lower;
    if (!isDatabaseDialect(context, dialect)) return;
    reportValue(context, value, {
      messageId: 'missing-db-prefix',
      data: { scheme, backend: scheme.split('+')[0] ?? scheme },
      span,
      fix: `Prefix the URL with "db+" (db+${POSTGRES_ALIASES.includes(lower) ? 'postgresql' : lower}://…), the form Celery's database result backend takes.`,
    });
  },
};

/** SQLAlchemy dialects the release's metastore knows, and the old `postgres` name. */
function isDatabaseDialect(context: RuleContext, dialect: string): boolean {
  const metastore = context.knowledge.metastore;
  const known = new Set([...metastore.supportedDialects, ...Object.keys(metastore.dialectDrivers ?? {}), ...POSTGRES_ALIASES]);
  return known.has(dialect);
}
