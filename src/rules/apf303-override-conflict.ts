import type { EffectiveValue } from '../config/types.js';
import { maskUrlPasswords } from '../secrets.js';
import { relatedAt, where } from './apf3-support.js';
import type { Rule } from './types.js';

/** The settings whose override changes what kind of installation runs. */
const WATCHED: readonly { section: string; option: string; what: string }[] = [
  { section: 'core', option: 'executor', what: 'executor' },
  { section: 'database', option: 'sql_alchemy_conn', what: 'metastore' },
];

export const overrideConflict: Rule = {
  meta: {
    id: 'APF303',
    alias: 'override-conflict',
    description: 'The cfg file and a variable set different executors or metastores: the variable wins, and the cfg line is dead.',
    severity: 'notice',
    tags: ['deployment'],
    versions: 'all',
    messages: {
      overridden:
        'The {{what}} set here ({{cfgValue}}) is not the one that runs: {{variable}} at {{where}} overrides it with {{envValue}}, and variables win over the cfg file.',
    },
  },
  check(context) {
    for (const watched of WATCHED) {
      const winner = context.config.get(watched.section, watched.option);
      if (!winner || winner.origin !== 'env' || winner.value === undefined || !winner.location) continue;
      for (const loser of winner.overridden) {
        if (loser.origin !== 'cfg' || !loser.location || loser.value === undefined || loser.value === winner.value) continue;
        context.report({
          messageId: 'overridden',
          data: { what: watched.what, cfgValue: shown(loser), variable: winner.variable ?? '', where: where(winner.location), envValue: shown(winner) },
          file: loser.location.file,
          span: loser.location.span,
          fix: `Write the value that runs in the cfg too, or remove the line, so that readers of the file are not misled.`,
          related: [relatedAt(winner.location, `${winner.variable ?? 'the variable'} sets the ${watched.what} that runs`)],
        });
      }
    }
  },
};

function shown(value: EffectiveValue): string {
  return `\`${maskUrlPasswords(value.value ?? '')}\``;
}
