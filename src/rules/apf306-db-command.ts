import type { Span } from '../reader/types.js';
import { indexText, offsetSpan, type IndexedText } from '../sources/yaml.js';
import type { Rule, RuleContext } from './types.js';

/** `airflow initdb`, `airflow upgradedb`, `airflow db init`, `airflow db upgrade`, in shell text or list-form commands. */
const OLD_COMMAND = /\bairflow["',\s\-]+(?:(initdb|upgradedb)|db["',\s\-]+(init|upgrade))\b/g;

export interface CommandMatch {
  command: string;
  span: Span;
}

export const dbCommand: Rule = {
  meta: {
    id: 'APF306',
    alias: 'db-command',
    description:
      'A script or compose command creates or upgrades the metastore with a command the target release does not have (error) or deprecates (warning).',
    severity: 'warning',
    tags: ['compatibility', 'deployment'],
    versions: "all; the release's CLI commands (which exist, which are deprecated and their replacement) come from the knowledge data",
    messages: {
      removed:
        'Airflow {{version}} has no `airflow {{command}}` command: the CLI stops with "invalid choice: \'{{word}}\'", so the metastore is never created or upgraded and what runs after it does not start.',
      deprecated:
        '`airflow {{command}}` is deprecated in Airflow {{version}}: it still runs but warns, and a release that drops it stops the container; the release uses `airflow {{replacement}}`.',
      oldCommand: '`airflow {{command}}` is not how Airflow {{version}} creates or upgrades the metastore: it uses `airflow {{migrate}}`.',
    },
  },
  scope: 'repository',
  check(context) {
    const migrate = context.knowledge.metastore.migrateCommand.join(' ');
    const version = context.target.knowledgeVersion;
    const commands = context.knowledge.cli?.commands;
    for (const match of oldCommands(context)) {
      if (match.command === migrate) continue;
      const fact = commands?.[match.command];
      const where = { file: match.file, span: match.span };
      if (commands && !fact) {
        context.report({
          ...where,
          messageId: 'removed',
          severity: 'error',
          data: { command: match.command, version, word: match.command.split(' ').at(-1) ?? match.command },
          fix: runInstead(migrate, migrate),
        });
      } else if (fact?.deprecated) {
        const replacement = fact.replacement ?? migrate;
        context.report({ ...where, messageId: 'deprecated', data: { command: match.command, version, replacement }, fix: runInstead(replacement, migrate) });
      } else {
        context.report({ ...where, messageId: 'oldCommand', data: { command: match.command, version, migrate }, fix: runInstead(migrate, migrate) });
      }
    }
  },
};

function runInstead(command: string, migrate: string): string {
  const why = command === migrate ? ': it creates the metastore when it is empty and upgrades it otherwise' : '';
  return `Run \`airflow ${command}\` instead${why}.`;
}

/** Every old metastore command in compose commands and scripts, at its position. */
export function oldCommands(context: RuleContext): (CommandMatch & { file: string })[] {
  const repository = context.repository;
  if (!repository) return [];
  const found: (CommandMatch & { file: string })[] = [];
  for (const compose of repository.compose) {
    for (const service of compose.services.filter((s) => s.runsAirflow)) {
      for (const command of service.commands) {
        const range = (command.node as { range?: [number, number, number] }).range;
        if (range) found.push(...matchText(compose.yaml, range[0], range[1]).map((m) => ({ ...m, file: compose.file })));
      }
    }
  }
  for (const script of repository.scripts) {
    found.push(...matchText(indexText(script.text), 0, script.text.length).filter((m) => !isCommentLine(script.text, m.span.start.line)).map((m) => ({ ...m, file: script.path })));
  }
  const seen = new Set<string>();
  return found.filter((m) => {
    const key = `${m.file}:${m.span.start.line}:${m.span.start.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function matchText(yaml: IndexedText, start: number, end: number): CommandMatch[] {
  const text = yaml.text.slice(start, end);
  const matches: CommandMatch[] = [];
  for (const match of text.matchAll(OLD_COMMAND)) {
    const command = match[1] ?? `db ${match[2] ?? ''}`;
    const offset = start + (match.index ?? 0);
    matches.push({ command, span: offsetSpan(yaml, offset, offset + match[0].length) });
  }
  return matches;
}

function isCommentLine(text: string, line: number): boolean {
  return /^\s*#/.test(text.split('\n')[line - 1] ?? '');
}
