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
    description: 'A script or compose command creates or upgrades the metastore with an old command instead of the one the target release uses.',
    severity: 'warning',
    tags: ['compatibility', 'deployment'],
    versions: 'all; the command each release uses comes from the knowledge data',
    messages: {
      oldCommand: '`airflow {{command}}` is not how Airflow {{version}} creates or upgrades the metastore: it uses `airflow {{migrate}}`.',
    },
  },
  scope: 'repository',
  check(context) {
    const migrate = context.knowledge.metastore.migrateCommand.join(' ');
    for (const match of oldCommands(context)) {
      if (match.command === migrate) continue;
      context.report({
        messageId: 'oldCommand',
        data: { command: match.command, version: context.target.knowledgeVersion, migrate },
        file: match.file,
        span: match.span,
        fix: `Run \`airflow ${migrate}\` instead: it creates the metastore when it is empty and upgrades it otherwise.`,
      });
    }
  },
};

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
