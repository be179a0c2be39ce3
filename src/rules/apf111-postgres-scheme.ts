import { maskUrlPasswords } from '../secrets.js';
import { metastoreOf, POSTGRES_ALIASES } from './support/metastore.js';
import { reportValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';
import type { EffectiveValue } from '../config/types.js';
import type { TextEdit } from '../findings.js';
import { positionInValue } from '../reader/interpolation.js';

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
    const replacement = scheme === 'postgres' ? 'postgresql' : 'postgresql+psycopg2';
    const corrected = metastore.text.trim().replace(/^[^:]+:\/\//, `${replacement}://`);
    const edit = schemeEdit(context, metastore.value, scheme, replacement);
    reportValue(context, metastore.value, {
      messageId: 'scheme',
      data: { scheme, sqlalchemy: context.knowledge.libraries.sqlalchemy },
      fix: `Write the URL as ${maskUrlPasswords(corrected)}`,
      edits: edit ? [edit] : undefined,
    });
  },
};

/** The scheme as written at the start of the value (a cfg value, or a variable's unquoted value). */
function schemeEdit(context: RuleContext, value: EffectiveValue, scheme: string, replacement: string): TextEdit | undefined {
  if (!value.value?.startsWith(`${scheme}://`)) return undefined;
  let start;
  if (value.origin === 'cfg' && value.node) {
    if (!context.documentIsFile) return undefined;
    start = positionInValue(value.node, 0);
  } else if (value.origin === 'env' && value.valueSpan) start = value.valueSpan.start;
  else return undefined;
  // `expected` makes the fix skip a quoted or substituted value, whose text does not start here.
  return { span: { start, end: { line: start.line, column: start.column + scheme.length } }, text: replacement, expected: scheme };
}
