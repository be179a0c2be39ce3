import { integerOption } from './support/integer.js';
import { reportValue, settingName } from './support/value.js';
import type { Rule } from './types.js';

export const dagTasksAboveParallelism: Rule = {
  meta: {
    id: 'APF141',
    alias: 'dag-tasks-above-parallelism',
    description: '`max_active_tasks_per_dag` is larger than `parallelism`, so the per-DAG limit can never be reached.',
    severity: 'warning',
    tags: ['capacity'],
    versions: 'all (the option was `dag_concurrency` before 2.2; the old name is followed)',
    messages: {
      above:
        '{{perDagName}} is {{perDag}} but {{parallelismName}} is {{parallelism}}: one scheduler runs at most {{parallelism}} tasks at once, so a DAG never reaches {{perDag}} and the rest stay queued{{note}}.',
    },
  },
  check(context) {
    const perDag = integerOption(context, 'core', 'max_active_tasks_per_dag');
    const parallelism = integerOption(context, 'core', 'parallelism');
    if (!perDag || !parallelism || parallelism.number <= 0 || perDag.number <= parallelism.number) return;
    if (perDag.value.origin === 'default' && parallelism.value.origin === 'default') return;
    const target = perDag.value.origin === 'default' ? parallelism.value : perDag.value;
    reportValue(context, target, {
      messageId: 'above',
      data: {
        perDagName: settingName(perDag.value),
        perDag: perDag.number,
        parallelismName: settingName(parallelism.value),
        parallelism: parallelism.number,
      },
      fix: 'Raise parallelism (per scheduler) or lower max_active_tasks_per_dag to at most parallelism.',
    });
  },
};
