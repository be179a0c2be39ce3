import { expandEnvVar } from './support/expand.js';
import { reportValue, settingName } from './support/value.js';
import type { Rule } from './types.js';

export const resolvedAtRunTime: Rule = {
  meta: {
    id: 'APF005',
    alias: 'resolved-at-run-time',
    description: 'A value refers to environment variables the check was not given; Airflow expands them at run time.',
    severity: 'notice',
    tags: ['syntax'],
    versions: 'all',
    messages: {
      runtime:
        '{{setting}} uses {{names}}, which Airflow expands from the environment at run time; the checks could not see its value{{note}}.',
    },
  },
  check(context) {
    for (const value of context.config.explicit()) {
      if (value.value === undefined || !value.value.includes('$')) continue;
      const expansion = expandEnvVar(value.value, (name) => context.config.variable?.(name));
      const names = expansion.unresolved.filter((name) => name !== '~');
      if (names.length === 0) continue;
      reportValue(context, value, {
        messageId: 'runtime',
        data: { setting: settingName(value), names: names.map((name) => `$${name}`).join(', ') },
        fix: 'Pass the variables with --env-file to check the value Airflow will use.',
      });
    }
  },
};
