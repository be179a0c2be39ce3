import { integerOption } from './support/integer.js';
import { reportValue } from './support/value.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { Rule } from './types.js';

export const parallelismInvalid: Rule = {
  meta: {
    id: 'APF140',
    alias: 'parallelism-invalid',
    description: '`[core] parallelism` is zero or negative.',
    severity: 'error',
    tags: ['capacity'],
    versions: 'all',
    messages: {
      negative: '{{setting}} is {{number}}: the executor never has a free slot, so no task ever starts{{note}}.',
      zero:
        '{{setting}} is 0: older executors read it as "no limit" while newer ones refuse to start ("parallelism is set to 0 or lower"){{note}}.',
    },
  },
  check(context) {
    const setting = integerOption(context, 'core', 'parallelism');
    if (!setting || setting.number > 0) return;
    // Where the target's `airflow config lint` list rejects the value, APF204 reports it with Airflow's words.
    if (rejectedByChangeList(context.knowledge, String(setting.number))) return;
    const zero = setting.number === 0;
    reportValue(context, setting.value, {
      messageId: zero ? 'zero' : 'negative',
      severity: zero ? 'warning' : 'error',
      data: { number: setting.number },
      fix: 'Set parallelism to the number of task instances one scheduler may run at once, for example 32.',
    });
  },
};

function rejectedByChangeList(knowledge: AirflowKnowledge, value: string): boolean {
  return knowledge.configChanges.some(
    (change) =>
      change.kind === 'invalid-value' && change.section === 'core' && change.option === 'parallelism' && (change.invalidValues ?? []).includes(value),
  );
}
