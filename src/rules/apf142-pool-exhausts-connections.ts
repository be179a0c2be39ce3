import { metastoreOf, poolEnabled, POSTGRES_MAX_CONNECTIONS } from './support/metastore.js';
import { integerOption } from './support/integer.js';
import { reportValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

/** A small deployment: a scheduler, an API server / webserver with a few workers, a triggerer. */
const HANDFUL_OF_PROCESSES = 5;

export const poolExhaustsConnections: Rule = {
  meta: {
    id: 'APF142',
    alias: 'pool-exhausts-connections',
    description: 'The metastore connection pool is so large that a few Airflow processes exhaust PostgreSQL\'s default 100 connections.',
    severity: 'warning',
    tags: ['capacity'],
    versions: 'all',
    messages: {
      exhausts:
        'Each Airflow process may open sql_alchemy_pool_size + sql_alchemy_max_overflow = {{size}} + {{overflow}} = {{perProcess}} metastore connections, so {{processes}} processes need {{total}}, more than PostgreSQL\'s default max_connections of {{max}} ("FATAL: sorry, too many clients already"){{note}}.',
      unlimited:
        '{{setting}} is 0, which SQLAlchemy reads as "no limit": every process may open as many metastore connections as it likes, until PostgreSQL refuses them{{note}}.',
    },
  },
  check(context) {
    if (!poolEnabled(context) || !postgresOrUnknown(context)) return;
    const size = integerOption(context, 'database', 'sql_alchemy_pool_size');
    const overflow = integerOption(context, 'database', 'sql_alchemy_max_overflow');
    if (!size || !overflow || (size.value.origin === 'default' && overflow.value.origin === 'default')) return;
    const fix = 'Keep sql_alchemy_pool_size + sql_alchemy_max_overflow small (the defaults are 5 + 10), or put PgBouncer in front of PostgreSQL.';
    if (size.number === 0) {
      reportValue(context, size.value, { messageId: 'unlimited', fix });
      return;
    }
    const perProcess = size.number + Math.max(overflow.number, 0);
    const processes = Math.floor(POSTGRES_MAX_CONNECTIONS / perProcess) + 1;
    if (processes > HANDFUL_OF_PROCESSES) return;
    const target = size.value.origin === 'default' ? overflow.value : size.value;
    reportValue(context, target, {
      messageId: 'exhausts',
      data: {
        size: size.number,
        overflow: overflow.number,
        perProcess,
        processes,
        total: processes * perProcess,
        max: POSTGRES_MAX_CONNECTIONS,
      },
      fix,
    });
  },
};


/** The arithmetic is PostgreSQL's; a metastore known to be something else is left alone. */
function postgresOrUnknown(context: RuleContext): boolean {
  const metastore = metastoreOf(context);
  if (!metastore || metastore.value.origin === 'default') return true;
  const dialect = metastore.url?.dialect;
  return dialect === undefined || dialect.startsWith('postgres');
}
