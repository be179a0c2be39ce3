import type { EffectiveValue } from '../config/types.js';
import { isSensitive, relatedAt, where } from './apf3-support.js';
import type { Rule } from './types.js';

const VARIANT = /_(cmd|secret)$/;

export const valueAndCommand: Rule = {
  meta: {
    id: 'APF305',
    alias: 'value-and-command',
    description: 'An option set both directly and through its _cmd or _secret form in the same place: Airflow uses one and silently ignores the other.',
    severity: 'warning',
    tags: ['deployment', 'security'],
    versions: 'all',
    messages: {
      ignored: '{{name}} is ignored: {{winner}} at {{where}} is read first (Airflow reads the value, then `_cmd`, then `_secret`).',
    },
  },
  check(context) {
    for (const value of context.config.explicit()) {
      const base = value.option.replace(VARIANT, '');
      if (base === value.option || !isSensitive(context.knowledge, value.section, base) || !value.location) continue;
      const variant = value.option.endsWith('_cmd') ? 'cmd' : 'secret';
      const winner = context.config.get(value.section, base);
      if (!winner?.location || winner.origin !== value.origin || winner.variant === variant) continue;
      report(value, winner);
    }
    // The plain value is hidden when a higher form in the same source wins (never, in Airflow's order), so
    // only the `_cmd`/`_secret` forms can be the ignored ones.
    function report(ignored: EffectiveValue, winner: EffectiveValue): void {
      if (!ignored.location || !winner.location) return;
      context.report({
        messageId: 'ignored',
        data: { name: nameOf(ignored), winner: nameOf(winner), where: where(winner.location) },
        file: ignored.location.file,
        span: ignored.location.span,
        fix: `Keep one form of [${winner.section}] ${winner.option}: remove ${nameOf(ignored)}, or remove ${nameOf(winner)} to read it from the command or secret.`,
        related: [relatedAt(winner.location, `${nameOf(winner)} is the value Airflow uses`)],
      });
    }
  },
};

function nameOf(value: EffectiveValue): string {
  if (value.origin === 'env') return value.variable ?? '';
  const suffix = value.variant === 'value' ? '' : `_${value.variant}`;
  const option = value.option.endsWith('_cmd') || value.option.endsWith('_secret') ? value.option : `${value.option}${suffix}`;
  return `[${value.section}] ${option}`;
}
