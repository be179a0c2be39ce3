import { configuredExecutor, type ExecutorProblem } from './support/executor.js';
import { NO_PARALLELISM_EXECUTORS } from './support/no-parallelism.js';
import { reportValue, spanInValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';
import { inlineCommentEdit } from './support/fix-edits.js';
import type { EffectiveValue } from '../config/types.js';

export const executorUnloadable: Rule = {
  meta: {
    id: 'APF101',
    alias: 'executor-unloadable',
    description: '`[core] executor` names an executor that Airflow cannot load, so the scheduler refuses to start.',
    severity: 'error',
    tags: ['production'],
    versions: 'all; the list and `alias:module.path` forms from the release whose knowledge says executors accept lists (2.10)',
    messages: {
      multiline:
        '{{setting}} continues on an indented line, so Airflow reads the executor name with a line break in it and cannot load it{{note}}.',
      inlineComment:
        "{{setting}} ends with an inline comment: configparser keeps ' {{comment}}…' as part of the value, so Airflow cannot load the executor{{note}}.",
      listNotAccepted:
        'Airflow {{version}} accepts one executor only: it tries to import "{{value}}" as a single name and fails{{note}}.',
      emptyEntry: '{{setting}} has an empty entry in its list (a stray comma); Airflow cannot load an executor with no name{{note}}.',
      unknownAlias: 'Airflow {{version}} has no executor called "{{name}}"{{suggestion}}; the scheduler fails at start-up{{note}}.',
      malformedPath: '"{{name}}" is not an importable module path (`package.module.ClassName`), so Airflow cannot load the executor{{note}}.',
      duplicate: '"{{name}}" is listed twice; Airflow refuses duplicate executors ("At least one executor was configured twice"){{note}}.',
    },
  },
  check(context) {
    const executor = configuredExecutor(context);
    if (!executor) return;
    for (const problem of executor.setting.problems) reportProblem(context, executor.value, executor.text, problem);
  },
};

function reportProblem(context: RuleContext, value: EffectiveValue, text: string, problem: ExecutorProblem): void {
  const version = context.target.knowledgeVersion;
  const aliases = Object.keys(context.knowledge.executors.coreExecutors).join(', ');
  switch (problem.kind) {
    case 'multiline':
      return reportValue(context, value, { messageId: 'multiline', fix: 'Write the executor on one line; indent nothing under it.' });
    case 'inline-comment': {
      const span = spanInValue(value, problem.offset, text.length - problem.offset);
      const edit = span && value.origin === 'cfg' && context.documentIsFile ? inlineCommentEdit(context.lines, span.start) : undefined;
      return reportValue(context, value, {
        messageId: 'inlineComment',
        data: { comment: text.slice(problem.offset, problem.offset + 1) },
        span,
        fix: 'Move the comment to its own line above the option (a line starting with #).',
        edits: edit ? [edit] : undefined,
      });
    }
    case 'list-not-accepted':
      return reportValue(context, value, {
        messageId: 'listNotAccepted',
        data: { version, value: text },
        fix: 'Keep one executor (for example CeleryExecutor): this release runs a single executor.',
      });
    case 'empty-entry':
      return reportValue(context, value, {
        messageId: 'emptyEntry',
        span: spanInValue(value, problem.offset, 1),
        fix: 'Remove the extra comma.',
      });
    case 'unknown-alias':
      if (NO_PARALLELISM_EXECUTORS.includes(problem.entry.name)) return; // APF102 says more about these.
      return reportValue(context, value, {
        messageId: 'unknownAlias',
        data: { version, name: problem.entry.name, suggestion: problem.suggestion ? ` (did you mean ${problem.suggestion}?)` : '' },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: `Use one of ${aliases}, or the full import path of a custom executor class.`,
      });
    case 'malformed-path':
      return reportValue(context, value, {
        messageId: 'malformedPath',
        data: { name: problem.entry.name },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: `Use one of ${aliases}, or a dotted import path such as my_company.executors.MyExecutor.`,
      });
    case 'duplicate':
      return reportValue(context, value, {
        messageId: 'duplicate',
        data: { name: problem.entry.name },
        span: spanInValue(value, problem.entry.offset, problem.entry.name.length),
        fix: 'List each executor once.',
      });
  }
}
