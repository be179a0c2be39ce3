import { configuredExecutor } from './support/executor.js';
import { NO_PARALLELISM_EXECUTORS } from './support/no-parallelism.js';
import { reportValue, spanInValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

const FIX = 'Set `executor = LocalExecutor` (one machine) or CeleryExecutor / KubernetesExecutor, with a PostgreSQL metastore.';

export const executorNoParallelism: Rule = {
  meta: {
    id: 'APF102',
    alias: 'executor-no-parallelism',
    description: 'The SequentialExecutor or DebugExecutor runs one task at a time; Airflow 3 no longer has them.',
    severity: 'error',
    tags: ['production'],
    versions: 'all: on releases that have them (2.x) they run one task at a time; on releases without them (3.x) the value is rewritten or fails',
    messages: {
      serial:
        '{{setting}} is {{name}}, which runs one task at a time inside the scheduler: no parallelism, not for production{{note}}.',
      rewritten:
        'Airflow {{version}} has no {{name}}: it rewrites the value to "{{replacement}}" with a FutureWarning at every start{{note}}.',
      removed: 'Airflow {{version}} has no {{name}}, so the scheduler cannot load the executor and fails at start-up{{note}}.',
    },
  },
  check(context) {
    const executor = configuredExecutor(context);
    if (!executor) return;
    const { value } = executor;
    const facts = context.knowledge.executors;
    for (const entry of executor.setting.entries) {
      const name = entry.name.split(/[:.]/).at(-1) ?? entry.name;
      if (!NO_PARALLELISM_EXECUTORS.includes(name)) continue;
      const span = spanInValue(value, entry.offset, entry.name.length);
      const version = context.target.knowledgeVersion;
      if (Object.hasOwn(facts.coreExecutors, name)) {
        reportValue(context, value, { messageId: 'serial', data: { name }, span, fix: FIX });
        continue;
      }
      const replacement = rewrite(context, entry.name);
      reportValue(context, value, {
        messageId: replacement === undefined ? 'removed' : 'rewritten',
        data: { name, version, replacement: replacement ?? '' },
        span,
        fix: FIX,
      });
    }
  },
};

/** What the target release's `deprecated_values` turns the entry into, if it rewrites it. */
function rewrite(context: RuleContext, entry: string): string | undefined {
  const rule = context.knowledge.deprecatedValues.find((value) => value.section === 'core' && value.option === 'executor');
  if (!rule) return undefined;
  const pattern = pythonPattern(rule.pattern);
  if (!pattern?.test(entry)) return undefined;
  return entry.replace(pattern, rule.replacement);
}

/** The Python regular expressions in deprecated_values are plain escapes and anchors; JS reads them alike. */
function pythonPattern(source: string): RegExp | undefined {
  try {
    return new RegExp(source.replace(/\\A/g, '^').replace(/\\z/g, '$').replace(/^\(\?i\)/, ''));
  } catch {
    return undefined;
  }
}
