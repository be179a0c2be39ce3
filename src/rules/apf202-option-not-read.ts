import { equalsDefault, optionFact, place, renameOf, stillReadMove, unknownPlaceOptions } from './support/compat-knowledge.js';
import type { Rule } from './types.js';

/** An option at an old place the target release no longer reads: the value is dropped without a word. */
export const optionNotRead: Rule = {
  meta: {
    id: 'APF202',
    alias: 'option-not-read',
    description: 'An option written at an old place that the target release no longer reads, so its value is silently ignored.',
    severity: 'error',
    tags: ['compatibility'],
    versions: "3.0 and later (the renames in the target release's `airflow config lint` list whose old place it no longer reads)",
    messages: {
      ignored:
        'Airflow {{version}} does not read {{old}} any more: it moved to {{new}}, so this value is silently ignored and {{new}} keeps its default.',
      ignoredDefault:
        'Airflow {{version}} does not read {{old}} any more: it moved to {{new}}. The value equals the default there, so nothing changes, but the line is dead.',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      if (stillReadMove(knowledge, section.name, option)) continue;
      const rename = renameOf(knowledge, section.name, option);
      if (!rename) continue;
      const restatesDefault = suffix === '' && equalsDefault(node.value, optionFact(knowledge, rename.newSection, rename.newOption));
      context.report({
        messageId: restatesDefault ? 'ignoredDefault' : 'ignored',
        data: {
          version: knowledge.airflowVersion,
          old: place(section.name, node.key),
          new: place(rename.newSection, rename.newOption + suffix),
        },
        span: node.keySpan,
        severity: restatesDefault ? 'warning' : undefined,
        fix: restatesDefault
          ? 'Delete the line.'
          : `Write it as \`${rename.newOption + suffix} = …\` under [${rename.newSection}] and delete this line.`,
      });
    }
  },
};
