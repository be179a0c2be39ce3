import type { ConfigChange } from '../knowledge/types.js';
import { valueSpanOf } from '../config/effective.js';
import { changesAt, isKnownOption, oldKeyBase, place, placedOptions } from './support/compat-knowledge.js';
import type { PlacedOption } from './support/compat-knowledge.js';
import type { Rule, RuleContext } from './types.js';

/**
 * Options and values the target release dropped, from its `airflow config lint` list. Executor names
 * are left to APF101 (unknown alias) and APF102 (SequentialExecutor/DebugExecutor), which say more.
 */
export const optionRemoved: Rule = {
  meta: {
    id: 'APF204',
    alias: 'option-removed',
    description:
      'An option, or an option value, that the target release removed; an error when the removal changes what Airflow does.',
    severity: 'warning',
    tags: ['compatibility'],
    versions: "3.0 and later (the target release's `airflow config lint` list)",
    messages: {
      removed: 'Airflow {{version}} no longer has {{old}}, so this value is ignored. Airflow says: {{airflow}}',
      removedValue:
        'Airflow {{version}} drops this value of {{old}}: `airflow config update` deletes the line so that the default applies.',
      staleValue:
        'Airflow {{version}} still reads this value of {{old}}; it is the default of an earlier release, which `airflow config update` deletes so that the current default applies.',
      invalidValue: 'Airflow {{version}} does not accept this value of {{old}}. Airflow says: {{airflow}}',
    },
  },
  check(context) {
    const { knowledge } = context;
    for (const placed of placedOptions(context.document)) {
      const { section, node } = placed;
      const option = isKnownOption(knowledge, section.name, node.key) ? node.key : oldKeyBase(knowledge, section.name, node.key);
      for (const change of changesAt(knowledge, section.name, option)) reportChange(context, placed, change);
    }
  },
};

function reportChange(context: RuleContext, { section, node }: PlacedOption, change: ConfigChange): void {
  const data = { version: context.knowledge.airflowVersion, old: place(section.name, node.key), airflow: airflowText(change) };
  const severity = change.breaking ? 'error' : undefined;
  if (change.kind === 'removed' && change.removeIfEquals === undefined) {
    if (isKnownOption(context.knowledge, section.name, node.key)) return;
    context.report({ messageId: 'removed', data, span: node.keySpan, severity, fix: 'Delete the line.' });
    return;
  }
  if (change.kind === 'removed' && change.removeIfEquals === node.value && isKnownOption(context.knowledge, section.name, node.key)) {
    // The release still declares and reads the option: only `airflow config update` would delete the line.
    context.report({ messageId: 'staleValue', data, span: valueSpanOf(node), severity: 'notice', fix: 'Delete the line to take the current default, or keep it if you rely on this value.' });
    return;
  }
  if (change.kind === 'removed' && change.removeIfEquals === node.value) {
    context.report({ messageId: 'removedValue', data, span: valueSpanOf(node), severity, fix: 'Delete the line, or set a value the release documents.' });
    return;
  }
  if (change.kind === 'invalid-value' && change.invalidValues?.includes(node.value.trim())) {
    context.report({ messageId: 'invalidValue', data, span: valueSpanOf(node), severity: 'error', fix: 'Set a value the release accepts.' });
  }
}

/** Airflow's own sentence for the change, or its suggestion when the list prints nothing for it. */
function airflowText(change: ConfigChange): string {
  const text = change.message || change.suggestion || '';
  return text.replace(/`([^`]*)`/g, '$1').trim() || 'the option was removed.';
}

/** Python patterns Airflow stores for deprecated values; those JavaScript cannot read are skipped. */
function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return false;
  }
}
