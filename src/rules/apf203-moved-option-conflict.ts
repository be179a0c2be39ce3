import type { OptionNode } from '../reader/types.js';
import { place, stillReadMove, unknownPlaceOptions } from './support/compat-knowledge.js';
import type { Rule, RuleContext } from './types.js';
import { optionNamed, sectionNamed } from '../reader/find.js';

/** Old and new place both written with different values: only one of them counts. */
export const movedOptionConflict: Rule = {
  meta: {
    id: 'APF203',
    alias: 'moved-option-conflict',
    description: 'An option set at both its old and its new place with different values; Airflow uses the new place.',
    severity: 'warning',
    tags: ['compatibility'],
    versions: "every release with a deprecated-options map; the pairs are those of the target release's own map",
    messages: {
      conflict:
        '{{old}} and {{new}} (line {{newLine}}) are both set, to different values. Airflow {{version}} reads {{new}} first, so this line is ignored.',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      const move = stillReadMove(knowledge, section.name, option);
      if (!move) continue;
      const newKey = move.newOption + suffix;
      const current = findOption(context, move.newSection, newKey);
      if (!current || current.value === node.value) continue;
      context.report({
        messageId: 'conflict',
        data: {
          old: place(section.name, node.key),
          new: place(move.newSection, newKey),
          newLine: current.keySpan.start.line,
          version: knowledge.airflowVersion,
        },
        span: node.keySpan,
        fix: `Delete this line and keep the value you want in ${place(move.newSection, newKey)}.`,
        related: [{ file: context.file, span: current.keySpan, message: `${place(move.newSection, newKey)}: the value Airflow uses` }],
      });
    }
  },
};

function findOption(context: RuleContext, section: string, key: string): OptionNode | undefined {
  const node = context.document && sectionNamed(context.document, section);
  return node && optionNamed(node, key);
}
