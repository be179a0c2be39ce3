import { equalsDefault, optionFact, place, stillReadMove, unknownPlaceOptions } from './support/compat-knowledge.js';
import type { Rule } from './types.js';
import { movedOptionEdits } from './support/fix-edits.js';

/** An option written at an old place that the target release still reads, with a deprecation warning. */
export const optionMoved: Rule = {
  meta: {
    id: 'APF201',
    alias: 'option-moved',
    description: 'An option written at its old place (renamed or moved to another section); the target release still reads it there.',
    severity: 'warning',
    tags: ['compatibility'],
    versions: "every release with a deprecated-options map; the moves are those of the target release's own map",
    messages: {
      moved:
        '{{old}} is now {{new}}{{since}}. Airflow {{version}} still reads the old place with a deprecation warning, but a later release ignores it.',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      const move = stillReadMove(knowledge, section.name, option);
      if (!move) continue;
      const newKey = move.newOption + suffix;
      const restatesDefault = suffix === '' && equalsDefault(node.value, optionFact(knowledge, move.newSection, move.newOption));
      context.report({
        edits: movedOptionEdits(context, node, restatesDefault ? undefined : { section: move.newSection, key: newKey }),
        messageId: 'moved',
        data: {
          old: place(section.name, node.key),
          new: place(move.newSection, newKey),
          since: move.since ? ` since Airflow ${move.since}` : '',
          version: knowledge.airflowVersion,
        },
        span: node.keySpan,
        // A line that only restates the new place's default changes nothing today: a notice is enough.
        severity: restatesDefault ? 'notice' : undefined,
        fix: restatesDefault
          ? `Delete the line: it restates the default of ${place(move.newSection, move.newOption)}.`
          : `Write it as \`${newKey} = …\` under [${move.newSection}] and delete this line.`,
      });
    }
  },
};
