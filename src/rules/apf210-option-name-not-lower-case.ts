import type { EffectiveValue } from '../config/types.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { OptionNode } from '../reader/types.js';
import { isKnownOption, isLowerCaseName, oldKeyBase, optionFact, place, placedOptions, stillReadMove } from './support/compat-knowledge.js';
import { renameKeyEdits } from './support/fix-edits.js';
import type { Rule } from './types.js';

/**
 * An option whose name is not all lower case. Airflow's config parser keeps names as written and
 * looks options up in lower case, so `EXECUTOR = LocalExecutor` is never read.
 */
export const optionNameNotLowerCase: Rule = {
  meta: {
    id: 'APF210',
    alias: 'option-name-not-lower-case',
    description:
      'An option name with upper-case letters: Airflow keeps option names as written and looks them up in lower case, so the value is never read.',
    severity: 'error',
    tags: ['compatibility'],
    versions: 'all (AirflowConfigParser.optionxform keeps case in every 2.x and 3.x release)',
    messages: {
      changes:
        'Airflow looks options up in lower case, so {{written}} is never read: Airflow uses {{fallback}} for {{option}} instead of this value.',
      same:
        'Airflow looks options up in lower case, so {{written}} is never read. {{option}} has this value anyway ({{fallback}}), so nothing changes, but the line is dead.',
      unknown:
        'Airflow looks options up in lower case, so {{written}} is never read by Airflow; only code that reads the whole section as written could see it.',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const { section, node } of placedOptions(context.document)) {
      if (isLowerCaseName(node.key)) continue;
      const lower = node.key.toLowerCase();
      const readWhole = knowledge.sectionsReadWhole?.includes(section.name) === true;
      const target = readPlace(knowledge, section.name, lower);
      // A section Airflow hands over whole (celery_broker_transport_options) passes undeclared names on as written.
      if (readWhole && !target) continue;
      const fix = `Write the name in lower case: \`${lower} = …\`.`;
      if (!target) {
        const edits = renameKeyEdits(context, node, lower);
        context.report({ messageId: 'unknown', data: { written: place(section.name, node.key) }, span: node.keySpan, severity: 'warning', fix, edits });
        continue;
      }
      const effective = context.config.get(target.section, target.option);
      const same = sameValue(node, lower.slice(target.base.length), effective);
      const edits = renameKeyEdits(context, node, lower, same);
      context.report({
        messageId: same ? 'same' : 'changes',
        data: {
          written: place(section.name, node.key),
          option: place(target.section, target.option),
          fallback: describeFallback(knowledge, target, effective),
        },
        span: node.keySpan,
        severity: same ? 'warning' : undefined,
        fix,
        edits,
      });
    }
  },
};

interface ReadPlace {
  section: string;
  option: string;
  /** The lower-case name without its `_cmd` / `_secret` suffix. */
  base: string;
}

/** Where Airflow would read the lower-case name: its own place, or the new place of an old name it still reads. */
function readPlace(knowledge: AirflowKnowledge, section: string, lower: string): ReadPlace | undefined {
  const base = oldKeyBase(knowledge, section, lower);
  if (isKnownOption(knowledge, section, lower)) return { section, option: base, base };
  const move = stillReadMove(knowledge, section, base);
  if (move && optionFact(knowledge, move.newSection, move.newOption)) return { section: move.newSection, option: move.newOption, base };
  return undefined;
}

function sameValue(node: OptionNode, suffix: string, effective: EffectiveValue | undefined): boolean {
  if (!effective) return false;
  const variant = suffix === '' ? 'value' : suffix.slice(1);
  if (effective.variant !== variant) return false;
  return (variant === 'value' ? effective.value : effective.reference) === node.value;
}

function describeFallback(knowledge: AirflowKnowledge, target: ReadPlace, effective: EffectiveValue | undefined): string {
  if (!effective) return 'no value';
  if (effective.origin === 'env') return `the value of ${effective.variable ?? 'its environment variable'}`;
  if (effective.origin === 'cfg') {
    const line = effective.location?.span.start.line;
    return line === undefined ? 'the value written elsewhere' : `the value on line ${line}`;
  }
  // Defaults are public text, but a sensitive option's default is still not repeated.
  if (optionFact(knowledge, target.section, target.option)?.sensitive) return 'its default';
  return `its default \`${effective.value ?? ''}\``;
}
