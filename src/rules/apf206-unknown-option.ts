import type { AirflowKnowledge } from '../knowledge/types.js';
import {
  closestName,
  didYouMean,
  hasCompleteOptionList,
  isDescribedChange,
  isKnownOption,
  isLowerCaseName,
  oldKeyBase,
  place,
  placedOptions,
  sectionFact,
} from './support/compat-knowledge.js';
import type { Rule } from './types.js';

/** An option the target release does not have, in a section whose options it knows completely. */
export const unknownOption: Rule = {
  meta: {
    id: 'APF206',
    alias: 'unknown-option',
    description: 'An option that the target release does not have in a section it knows, so Airflow never reads the value.',
    severity: 'warning',
    tags: ['compatibility'],
    versions: 'all',
    messages: {
      unknown: 'Airflow {{version}} has no option {{option}}, so this value is never read.{{suggestion}}',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      // Sections only partly described (provider defaults kept by core) may hold options the data does not list.
      if (!hasCompleteOptionList(knowledge, section.name)) continue;
      if (!isLowerCaseName(node.key)) continue;
      if (isKnownOption(knowledge, section.name, node.key)) continue;
      if (isDescribedChange(knowledge, section.name, oldKeyBase(knowledge, section.name, node.key))) continue;
      context.report({
        messageId: 'unknown',
        data: {
          version: knowledge.airflowVersion,
          option: place(section.name, node.key),
          suggestion: didYouMean(suggest(knowledge, section.name, node.key)),
        },
        span: node.keySpan,
        fix: 'Correct the name, move it to the section that has it, or delete the line.',
      });
    }
  },
};

/** A close name in the same section, else the same name in another section. */
function suggest(knowledge: AirflowKnowledge, section: string, key: string): string | undefined {
  const own = closestName(key, Object.keys(sectionFact(knowledge, section)?.options ?? {}));
  if (own) return place(section, own);
  const elsewhere = Object.entries(knowledge.sections).find(([, fact]) => Object.hasOwn(fact.options, key));
  return elsewhere ? place(elsewhere[0], key) : undefined;
}
