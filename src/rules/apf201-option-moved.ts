import { envVarName } from '../config/effective.js';
import { equalsDefault, optionFact, place, stillReadMove, unknownPlaceOptions } from './support/compat-knowledge.js';
import type { Rule, RuleContext } from './types.js';
import { movedOptionEdits, renameVariableEdits } from './support/fix-edits.js';

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
      movedVariable:
        '{{variable}} names {{old}}, which is now {{new}}{{since}}. Airflow {{version}} still reads the old name with a deprecation warning, but a later release ignores it.',
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
    checkVariables(context);
  },
};

/** `AIRFLOW__CORE__SQL_ALCHEMY_CONN` and the like, in compose files, .env files and Dockerfiles. */
function checkVariables(context: RuleContext): void {
  const { knowledge } = context;
  for (const value of context.config.explicit()) {
    // The chart's own variables (set for every Airflow version it supports) are not the file's to rename.
    if (value.origin !== 'env' || value.variable === undefined || !value.location || value.provider === 'chart') continue;
    const suffix = /_(cmd|secret)$/.exec(value.option)?.[0] ?? '';
    const base = suffix && !stillReadMove(knowledge, value.section, value.option) ? value.option.slice(0, -suffix.length) : value.option;
    const move = stillReadMove(knowledge, value.section, base);
    if (!move) continue;
    const newOption = base === value.option ? move.newOption : move.newOption + suffix;
    const newName = envVarName(move.newSection, newOption);
    context.report({
      messageId: 'movedVariable',
      data: {
        variable: value.variable,
        old: place(value.section, value.option),
        new: place(move.newSection, newOption),
        since: move.since ? ` since Airflow ${move.since}` : '',
        version: knowledge.airflowVersion,
      },
      file: value.location.file,
      span: value.location.span,
      fix: `Rename the variable to ${newName}.`,
      edits: renameVariableEdits(context, value, newName),
    });
  }
}
