import type { EffectiveValue } from '../config/types.js';
import { metastoreOf } from './support/metastore.js';
import { providerOption, sectionProvider, usesProviderExecutor } from './support/provider-option.js';
import { sqlalchemyBreak, urllibBreak, type AuthorityBreak } from './support/url-authority.js';
import { reportValue, resolveValue, spanInValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

/** Percent-encodings of the characters the rule reports. */
const ENCODED: Record<string, string> = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', '[': '%5B', ']': '%5D' };

export const urlPasswordUnescaped: Rule = {
  meta: {
    id: 'APF116',
    alias: 'url-password-unescaped',
    description: 'A metastore, Celery broker or result backend URL has a password with `@`, `/`, `?`, `#`, `[` or `]` written as is, so the URL splits in the wrong place.',
    severity: 'error',
    tags: ['production'],
    versions: 'all',
    messages: {
      'sqlalchemy-at':
        '{{setting}} has an "@" inside its password: SQLAlchemy ends the password at the first "@" and takes the rest of it as part of the host name, so connecting fails ("could not translate host name"){{note}}.',
      'urllib-bracket':
        '{{setting}} has an unbalanced "{{char}}" in its password: Python\'s URL parser refuses it with "ValueError: Invalid IPv6 URL" {{when}}{{note}}.',
      'urllib-cut':
        '{{setting}} has "{{char}}" inside its password: {{reader}} parses it with Python\'s urllib, which ends the host part at "{{char}}", so the Celery worker fails at start ("ValueError: Port could not be cast to integer value") or connects to the wrong host{{note}}.',
    },
  },
  check(context) {
    const celery = celeryProvider(context);
    const metastore = metastoreOf(context);
    const resultBackend = celery ? providerOption(context, 'celery', 'result_backend') : undefined;
    if (metastore) {
      // Without [celery] result_backend the Celery provider uses `db+` + the metastore URL, and the worker
      // prints it through kombu's URL parser when it starts (apache/airflow#43150).
      const workerReadsIt = celery !== undefined && usesProviderExecutor(context, celery) && resultBackend === undefined;
      const problem = sqlalchemyBreak(metastore.text) ?? urllibBreak(metastore.text);
      if (problem && (problem.kind !== 'urllib-cut' || workerReadsIt)) {
        report(context, metastore.value, metastore.text, problem, 'when Airflow reads its configuration at start', 'the Celery worker (its result backend is `db+` this URL, as [celery] result_backend is not set)');
      }
    }
    if (!celery) return;
    if (resultBackend) checkCeleryUrl(context, resultBackend, true);
    const broker = providerOption(context, 'celery', 'broker_url');
    if (broker) checkCeleryUrl(context, broker, false);
  },
};

function celeryProvider(context: RuleContext): string | undefined {
  return sectionProvider(context, 'celery');
}

function checkCeleryUrl(context: RuleContext, value: EffectiveValue, sqlalchemy: boolean): void {
  const resolved = resolveValue(context, value);
  if (!resolved.known) return;
  const text = resolved.text.trim();
  const problem = (sqlalchemy && /^db\+/i.test(text) ? sqlalchemyBreak(text.slice(3)) : undefined) ?? urllibBreak(text);
  if (!problem) return;
  const shifted = problem.kind === 'sqlalchemy-at' && /^db\+/i.test(text) ? { ...problem, offset: problem.offset + 3 } : problem;
  report(context, value, text, shifted, 'when the Celery worker starts', 'Celery (through kombu)');
}

function report(context: RuleContext, value: EffectiveValue, text: string, problem: AuthorityBreak, when: string, reader: string): void {
  const char = problem.kind === 'sqlalchemy-at' ? '@' : problem.char;
  const encoded = ENCODED[char] ?? '';
  // In a cfg file configparser reads `%` as interpolation: the encoding's `%` is written `%%` there.
  const written = value.origin === 'cfg' ? encoded.replace('%', '%%') : encoded;
  reportValue(context, value, {
    messageId: problem.kind,
    data: { char, when, reader },
    // Offsets are in the text after `$VAR` expansion: they point into the written value only when nothing was expanded.
    span: value.value?.startsWith(text) ? spanInValue(value, problem.offset, 1) : undefined,
    fix: `Percent-encode the password: write "${char}" as ${written}${value.origin === 'cfg' ? ' (the % doubled, as configparser requires in airflow.cfg)' : ''}, and the same for any other reserved character in it.`,
  });
}
