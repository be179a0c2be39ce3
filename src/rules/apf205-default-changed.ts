import { valueSpanOf } from '../config/effective.js';
import { changesAt, optionFact, place, placedOptions, valueAfterRewrite } from './support/compat-knowledge.js';
import type { Rule } from './types.js';

/** An option set explicitly whose default the target release changed: the file keeps its own value. */
export const defaultChanged: Rule = {
  meta: {
    id: 'APF205',
    alias: 'default-changed',
    description: "An option this file sets explicitly although the target release changed its default; the file's value still applies.",
    severity: 'notice',
    tags: ['compatibility'],
    versions: "3.0 and later (the default changes in the target release's `airflow config lint` list)",
    messages: {
      changed:
        'Airflow {{version}} changed the default of {{option}} from `{{oldDefault}}` to `{{newDefault}}`; this file sets {{setTo}}, so the new default does not apply here.',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      for (const change of changesAt(knowledge, section.name, node.key)) {
        if (change.kind !== 'default-changed' || node.value === change.newDefault) continue;
        // A value the release rewrites to the new default at start gets the new default after all.
        if (valueAfterRewrite(knowledge, section.name, node.key, node.value) === change.newDefault) continue;
        const sensitive = optionFact(knowledge, section.name, node.key)?.sensitive === true;
        context.report({
          messageId: 'changed',
          data: {
            version: knowledge.airflowVersion,
            option: place(section.name, node.key),
            oldDefault: change.oldDefault ?? '',
            newDefault: change.newDefault ?? '',
            setTo: sensitive ? 'its own value' : `\`${node.value}\``,
          },
          span: valueSpanOf(node),
          fix: `Keep the line if you want this value on Airflow ${knowledge.airflowVersion}; delete it to take the new default.`,
        });
      }
    }
  },
};
