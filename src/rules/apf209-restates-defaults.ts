import type { AirflowKnowledge } from '../knowledge/types.js';
import { equalsDefault, optionFact, placedOptions } from './support/compat-knowledge.js';
import type { Rule } from './types.js';

/** A file counts as a full dump when it writes at least this share of the release's core options. */
const FULL_DUMP_SHARE = 0.5;

/** One notice for a full dump of defaults, instead of one finding per restated default. */
export const restatesDefaults: Rule = {
  meta: {
    id: 'APF209',
    alias: 'restates-defaults',
    description: "A full dump of Airflow's defaults: most of the file only restates the target release's defaults.",
    severity: 'notice',
    tags: ['compatibility'],
    versions: 'all',
    messages: {
      dump:
        'This file is a full dump of defaults: {{restated}} of its {{written}} options only restate the defaults of Airflow {{version}}, and {{differ}} differ. Keeping only the options you changed makes upgrades reviewable and lets new defaults apply.',
    },
  },
  check(context) {
    const { knowledge, document } = context;
    const first = document?.sections[0];
    if (!first) return;
    const placed = placedOptions(document);
    const known = placed.filter(({ section, node }) => optionFact(knowledge, section.name, node.key));
    if (known.length < FULL_DUMP_SHARE * coreOptionCount(knowledge)) return;
    const restated = known.filter(({ section, node }) => equalsDefault(node.value, optionFact(knowledge, section.name, node.key))).length;
    context.report({
      messageId: 'dump',
      data: { restated, written: placed.length, differ: placed.length - restated, version: knowledge.airflowVersion },
      span: first.nameSpan,
      fix: 'Delete the lines that restate defaults (or generate the file with only your changes).',
    });
  },
};

function coreOptionCount(knowledge: AirflowKnowledge): number {
  return Object.values(knowledge.sections)
    .filter((section) => section.owner === 'core')
    .reduce((sum, section) => sum + Object.keys(section.options).length, 0);
}
