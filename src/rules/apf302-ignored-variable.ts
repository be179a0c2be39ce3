import { envVarName } from '../config/effective.js';
import type { EffectiveValue } from '../config/types.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import { closest, isSensitive } from './apf3-support.js';
import type { Rule, RuleContext } from './types.js';
import { renameVariableEdits } from './support/fix-edits.js';

const VARIANT = /_(cmd|secret)$/;

export const ignoredVariable: Rule = {
  meta: {
    id: 'APF302',
    alias: 'ignored-variable',
    description: 'An AIRFLOW__SECTION__KEY variable that names no option of the target release, so Airflow ignores it.',
    severity: 'warning',
    tags: ['compatibility', 'deployment'],
    versions: 'all; names removed in Airflow 3 are reported on 3.x',
    messages: {
      unknownOption: 'Airflow {{version}} ignores {{variable}}: [{{section}}] has no option `{{option}}`.{{suggestion}}',
      extraSeparator:
        'Airflow {{version}} ignores {{variable}}: Airflow splits the name at the first two `__` only, so it reads option `{{option}}` of [{{section}}], which does not exist.{{suggestion}}',
      unknownSection: 'Airflow {{version}} ignores {{variable}}: there is no section [{{section}}].{{suggestion}}',
      removed: 'Airflow {{version}} no longer reads {{variable}}: [{{section}}] {{option}} {{change}}.{{suggestion}}',
    },
  },
  check(context) {
    for (const value of context.config.explicit()) {
      // The chart's own variables (set for every Airflow version it supports) are not the file's to rename.
      if (value.origin !== 'env' || value.variable === undefined || !value.location || value.provider === 'chart') continue;
      const problem = diagnose(value, context.knowledge);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: {
          version: context.target.knowledgeVersion,
          variable: value.variable,
          section: value.section,
          option: value.option,
          change: problem.change ?? '',
          suggestion: problem.suggestion ? ` Did you mean ${problem.suggestion}?` : '',
        },
        file: value.location.file,
        span: value.location.span,
        fix: problem.suggestion ? `Rename the variable to ${problem.suggestion}.` : 'Remove the variable, or correct its name to an option of this release.',
        edits: problem.messageId === 'removed' ? renameVariableEdits(context, value, problem.suggestion) : undefined,
      });
    }
  },
};

interface Problem {
  messageId: 'unknownOption' | 'extraSeparator' | 'unknownSection' | 'removed';
  suggestion?: string | undefined;
  change?: string | undefined;
}

function diagnose(value: EffectiveValue, knowledge: AirflowKnowledge): Problem | undefined {
  const section = knowledge.deprecatedSections.find((s) => s.section === value.section)?.newSection ?? value.section;
  const suffix = VARIANT.exec(value.option);
  const option = suffix && isSensitive(knowledge, section, value.option.replace(VARIANT, '')) ? value.option.replace(VARIANT, '') : value.option;
  const variantSuffix = option === value.option ? '' : `_${suffix?.[1]?.toUpperCase() ?? ''}`;
  const facts = knowledge.sections[section];
  if (facts?.options[option]) return undefined;
  if (knowledge.deprecatedOptions.some((d) => d.section === value.section && d.option === option)) return undefined;
  const change = knowledge.configChanges.find((c) => c.section === value.section && c.option === option && (c.kind === 'removed' || c.kind === 'renamed'));
  if (change) {
    const target = change.renamedTo;
    return {
      messageId: 'removed',
      change: target ? `moved to [${target.section}] ${target.option}` : 'was removed',
      suggestion: target ? envVarName(target.section, target.option) + variantSuffix : undefined,
    };
  }
  if (!facts) {
    const guess = closest(section, Object.keys(knowledge.sections));
    // A section no release declares may belong to a plugin or a provider not installed here: only a near miss is reported.
    if (guess === undefined) return undefined;
    const suggestion = knowledge.sections[guess]?.options[option] ? envVarName(guess, option) + variantSuffix : `a variable of [${guess}]`;
    return { messageId: 'unknownSection', suggestion };
  }
  // Sections of providers the knowledge release did not install hold only Airflow's fallback defaults:
  // an option missing there may well exist.
  if (!isComplete(facts.owner, knowledge)) return undefined;
  const options = Object.keys(facts.options);
  if (option.includes('__')) {
    const joined = option.replace(/__+/g, '_');
    const guess = facts.options[joined] ? joined : closest(joined, options);
    return { messageId: 'extraSeparator', suggestion: guess ? envVarName(section, guess) + variantSuffix : undefined };
  }
  const guess = closest(option, options);
  const elsewhere = Object.entries(knowledge.sections).find(([, other]) => other.options[option])?.[0];
  const suggestion = guess ? envVarName(section, guess) : elsewhere ? envVarName(elsewhere, option) : undefined;
  return { messageId: 'unknownOption', suggestion: suggestion ? suggestion + variantSuffix : undefined };
}

function isComplete(owner: string, knowledge: AirflowKnowledge): boolean {
  return owner === 'core' || Object.hasOwn(knowledge.providers ?? {}, owner);
}
