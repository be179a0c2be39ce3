import type { AirflowKnowledge } from '../knowledge/types.js';
import {
  equalsDefault,
  formerOption,
  optionFact,
  place,
  renameOf,
  stillReadMove,
  unfollowedRenames,
  unknownPlaceOptions,
  type UnknownPlaceOption,
} from './support/compat-knowledge.js';
import type { Rule, RuleContext } from './types.js';
import { movedOptionEdits } from './support/fix-edits.js';

/** An option at an old place the target release no longer reads: the value is dropped without a word. */
export const optionNotRead: Rule = {
  meta: {
    id: 'APF202',
    alias: 'option-not-read',
    description:
      'An option written at an old place that the target release no longer reads, or that an earlier release had and the target dropped without notice, so its value is silently ignored.',
    severity: 'error',
    tags: ['compatibility'],
    versions:
      "3.0 and later (the renames in the target release's `airflow config lint` list whose old place it no longer reads, and options earlier releases of the knowledge matrix had)",
    messages: {
      ignored:
        'Airflow {{version}} does not read {{old}} any more: it moved to {{new}}, so this value is silently ignored and {{new}} keeps its default.',
      ignoredDefault:
        'Airflow {{version}} does not read {{old}} any more: it moved to {{new}}. The value equals the default there, so nothing changes, but the line is dead.',
      unfollowed:
        'Airflow {{version}} does not read {{old}}: it was renamed to {{steps}}, and Airflow follows a rename one step only, so this value is silently ignored and {{new}} keeps its default.',
      unfollowedDefault:
        'Airflow {{version}} does not read {{old}}: it was renamed to {{steps}}, and Airflow follows a rename one step only. The value equals the default of {{new}}, so nothing changes, but the line is dead.',
      dropped: '{{old}} was last read by Airflow {{last}} and is ignored by Airflow {{version}}, so this value has no effect.',
      droppedDefault:
        '{{old}} was last read by Airflow {{last}} and is ignored by Airflow {{version}}. The value equals its default in {{last}}, so nothing changes, but the line is dead.',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node, option, suffix } of unknownPlaceOptions(knowledge, context.document)) {
      if (stillReadMove(knowledge, section.name, option)) continue;
      const chain = unfollowedRenames(knowledge, section.name, option);
      const rename = chain.at(-1) ?? renameOf(knowledge, section.name, option);
      if (!rename) {
        reportDropped(context, knowledge, { section, node, option, suffix });
        continue;
      }
      const restatesDefault = suffix === '' && equalsDefault(node.value, optionFact(knowledge, rename.newSection, rename.newOption));
      context.report({
        edits: movedOptionEdits(context, node, restatesDefault ? undefined : { section: rename.newSection, key: rename.newOption + suffix }),
        messageId: chain.length > 0 ? (restatesDefault ? 'unfollowedDefault' : 'unfollowed') : restatesDefault ? 'ignoredDefault' : 'ignored',
        data: {
          version: knowledge.airflowVersion,
          old: place(section.name, node.key),
          new: place(rename.newSection, rename.newOption + suffix),
          steps: chain.map((entry) => place(entry.newSection, entry.newOption + suffix)).join(' and then '),
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

/** An option an earlier release of the matrix had, which the target drops without a change-list entry. */
function reportDropped(context: RuleContext, knowledge: AirflowKnowledge, placed: UnknownPlaceOption): void {
  const { section, node, option, suffix } = placed;
  const former = formerOption(knowledge, section.name, option);
  if (!former) return;
  const fact = { default: former.lastDefault, defaultVariables: former.lastDefaultVariables };
  const restatesDefault = suffix === '' && equalsDefault(node.value, fact);
  context.report({
    // Only a dead line that restates the last default is deleted: any other value may matter to someone.
    edits: restatesDefault ? movedOptionEdits(context, node, undefined) : undefined,
    messageId: restatesDefault ? 'droppedDefault' : 'dropped',
    data: { version: knowledge.airflowVersion, old: place(section.name, node.key), last: former.lastRelease },
    span: node.keySpan,
    severity: restatesDefault ? 'warning' : undefined,
    fix: restatesDefault
      ? 'Delete the line.'
      : `Delete the line; if you relied on it, look up what replaced it in the release notes after Airflow ${former.lastRelease}.`,
  });
}
