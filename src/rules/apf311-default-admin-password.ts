// The UI's admin account created with a password everyone knows: the official compose file's
// `_AIRFLOW_WWW_USER_PASSWORD` (default `airflow`), `airflow users create … --password admin` in a command
// or script, and the official chart's `webserver.defaultUser.password` (default `admin`).
import { parseDotenv } from '../sources/dotenv.js';
import { mapGet, nodeSpan, offsetSpan, scalarText, indexText, type YamlFile } from '../sources/yaml.js';
import type { Span } from '../reader/types.js';
import type { Rule, RuleContext } from './types.js';

/** Passwords published as defaults in Airflow's own setups, and the usual first guesses. */
const WELL_KNOWN = new Set(['admin', 'airflow', 'password', 'changeme', 'change-me', 'admin123', 'secret', '123456']);

/** A word of a command: its text and offset (quotes, commas, brackets and `=` of list forms separate words). */
interface Word {
  text: string;
  start: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[^\s"',[\]=;&|]+|[;&|]/g)].map((match) => ({ text: match[0], start: match.index ?? 0 }));
}

/** The password words of `users create … --password X` / `-p X` / `--password=X`, within one shell command. */
function createdPasswords(text: string): Word[] {
  const found: Word[] = [];
  const list = words(text);
  for (let index = 0; index + 1 < list.length; index += 1) {
    if (list[index]?.text !== 'users' || list[index + 1]?.text !== 'create') continue;
    for (let next = index + 2; next + 1 < list.length; next += 1) {
      const word = list[next]?.text ?? '';
      if (word === ';' || word === '&' || word === '|') break;
      const value = list[next + 1];
      if ((word === '--password' || word === '-p') && value) found.push(value);
    }
  }
  return found;
}

export const defaultAdminPassword: Rule = {
  meta: {
    id: 'APF311',
    alias: 'default-admin-password',
    description: "The UI's admin account is created with a well-known password (the official compose file's or chart's default, or admin).",
    severity: 'warning',
    tags: ['security', 'deployment'],
    versions: 'all',
    messages: {
      composeVariable:
        '{{variable}} makes the admin account\'s password `{{password}}`, a published default: anyone who reaches the UI can log in as Admin.',
      command: '`airflow users create` gives the account the password `{{password}}`: anyone who reaches the UI can log in with it.',
      chart:
        "webserver.defaultUser creates the chart's {{role}} account with the password `{{password}}`, the chart's published default: anyone who reaches the UI can log in with it.",
    },
  },
  scope: 'repository',
  check(context) {
    checkComposeVariables(context);
    checkCommands(context);
    checkDotenvFiles(context);
    for (const values of context.repository?.helm ?? []) checkChart(context, values.yaml, values.root);
  },
};

function weak(password: string | undefined): boolean {
  return password !== undefined && WELL_KNOWN.has(password.trim().toLowerCase());
}

const FIX = 'Set the password from a secret that is not in the repository, and change it on running installations.';

/** `_AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}` resolved against the project's .env. */
function checkComposeVariables(context: RuleContext): void {
  for (const compose of context.repository?.compose ?? []) {
    const seen = new Set<unknown>();
    for (const service of compose.services) {
      for (const entry of service.environment) {
        if (entry.name !== '_AIRFLOW_WWW_USER_PASSWORD' || seen.has(entry) || !entry.location) continue;
        seen.add(entry);
        if (!weak(entry.value)) continue;
        // The substitution that produced the value, else the whole value text.
        const fallback = entry.substitutions.find((substitution) => substitution.resolution === 'fallback');
        const span = fallback ? offsetSpan(compose.yaml, entry.rawStart + fallback.start, entry.rawStart + fallback.end) : (entry.valueSpan ?? entry.location.span);
        context.report({ messageId: 'composeVariable', data: { variable: entry.name, password: entry.value }, file: compose.file, span, fix: FIX });
      }
    }
  }
}

/** `_AIRFLOW_WWW_USER_PASSWORD=airflow` in a .env file. */
function checkDotenvFiles(context: RuleContext): void {
  for (const file of context.repository?.files ?? []) {
    if (file.kind !== 'env') continue;
    for (const entry of parseDotenv(file.path, file.text)) {
      if (entry.name !== '_AIRFLOW_WWW_USER_PASSWORD' || !weak(entry.value) || !entry.location) continue;
      context.report({
        messageId: 'composeVariable',
        data: { variable: entry.name, password: entry.value },
        file: file.path,
        span: entry.valueSpan ?? entry.location.span,
        fix: FIX,
      });
    }
  }
}

/** `airflow users create … --password admin` in compose commands and shell scripts. */
function checkCommands(context: RuleContext): void {
  for (const compose of context.repository?.compose ?? []) {
    for (const service of compose.services) {
      for (const command of service.commands) {
        const range = (command.node as { range?: [number, number, number] }).range;
        if (!range) continue;
        reportCommands(context, compose.file, compose.yaml, compose.yaml.text.slice(range[0], range[1]), range[0]);
      }
    }
  }
  for (const script of context.repository?.scripts ?? []) reportCommands(context, script.path, indexText(script.text), script.text, 0);
}

function reportCommands(context: RuleContext, file: string, indexed: Parameters<typeof offsetSpan>[0], text: string, offset: number): void {
  for (const word of createdPasswords(text)) {
    if (!weak(word.text)) continue;
    const start = offset + word.start;
    context.report({ messageId: 'command', data: { password: word.text }, file, span: offsetSpan(indexed, start, start + word.text.length), fix: FIX });
  }
}

/** The chart's `webserver.defaultUser`: enabled unless switched off, password `admin` unless changed. */
function checkChart(context: RuleContext, yaml: YamlFile, root: unknown): void {
  const user = mapGet(yaml, mapGet(yaml, root, 'webserver')?.value, 'defaultUser');
  if (!user) return;
  const enabled = scalarText(yaml, mapGet(yaml, user.value, 'enabled')?.value);
  if (enabled !== undefined && /^(false|no|off)$/i.test(enabled)) return;
  const passwordEntry = mapGet(yaml, user.value, 'password');
  const password = passwordEntry ? scalarText(yaml, passwordEntry.value) : 'admin';
  if (!weak(password) || password === undefined) return;
  const span: Span | undefined = nodeSpan(yaml, passwordEntry?.value ?? user.keyNode);
  if (!span) return;
  const role = scalarText(yaml, mapGet(yaml, user.value, 'role')?.value) ?? 'Admin';
  context.report({ messageId: 'chart', data: { role, password }, file: yaml.file, span, fix: FIX });
}
