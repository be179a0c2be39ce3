// What verify lets Airflow read from an untrusted configuration. Airflow runs `<option>_cmd` values as
// shell commands and reads `<option>_secret` through a secrets backend that the cfg itself may name, so a
// pull request's cfg could run code on the runner during verify. By default verify's own copy of the
// cfg and the child environment keep none of them; where Airflow needs the value (the metastore, the
// fernet key, the secret keys) a throwaway one takes its place, and the report lists every replacement.
import { randomBytes } from 'node:crypto';
import { parseEnvVarName } from '../config/effective.js';
import { interpolateOption, parseConfig } from '../reader/index.js';
import type { ConfigDocument, OptionNode } from '../reader/types.js';
import { secretTexts } from '../secret-spans.js';
import type { SecretRegistry } from '../secrets.js';
import { withoutQuery } from '../regexp.js';

/** One option verify did not let Airflow use as written. */
export interface ReplacedOption {
  /** `[core] fernet_key_cmd`, or the variable `AIRFLOW__CORE__FERNET_KEY_CMD`. */
  option: string;
  /** `line 12` of the cfg, or `environment`. */
  source: string;
  /** What verify did instead, one clause. */
  replacement: string;
}

/** Answers whether a release declares an option (undefined: no facts for the release). */
export type OptionFacts = (section: string, option: string) => { known: boolean; sensitive: boolean } | undefined;

export interface SandboxOptions {
  /** Keep the cfg's and the environment's `_cmd` / `_secret` options and secrets backend (the user's opt-in). */
  allowConfigCommands: boolean;
  facts?: OptionFacts | undefined;
}

export interface SandboxedConfig {
  /** The cfg Airflow reads during verify (same line numbers as the user's file). */
  cfgText: string;
  /** Inherited variables that must not reach Airflow. */
  dropEnv: string[];
  /** Throwaway values for what Airflow needs and would have taken from a removed option. */
  setEnv: Record<string, string>;
  replaced: ReplacedOption[];
  /** The document read from the user's cfg (undefined when configparser would reject the file). */
  document: ConfigDocument | undefined;
}

/** Options whose value Airflow needs to start; a removed command for one is replaced by a throwaway value. */
const THROWAWAY: readonly { section: string; option: string; make: () => string }[] = [
  { section: 'core', option: 'fernet_key', make: throwawayFernetKey },
  { section: 'webserver', option: 'secret_key', make: throwawayHex },
  { section: 'api', option: 'secret_key', make: throwawayHex },
  { section: 'api_auth', option: 'jwt_secret', make: throwawayHex },
];

/** Options that load a secrets backend (a class the cfg names, with arguments), 2.x and 3.x places. */
const SECRETS_BACKEND: readonly { section: string; option: string }[] = [
  { section: 'secrets', option: 'backend' },
  { section: 'secrets', option: 'backend_kwargs' },
  { section: 'workers', option: 'secrets_backend' },
  { section: 'workers', option: 'secrets_backend_kwargs' },
];

/** The metastore options: replaced by the throwaway database whatever the cfg says (see env.ts). */
const METASTORE_OPTION = /^sql_alchemy_conn(_async)?$/;

const FORM = /^(.+)_(cmd|secret)$/i;

/**
 * The cfg copy and environment changes for one verify run. `cfgText` is the user's file with every
 * removed option's lines blanked (so Airflow's `[line N]` and the annotations still point at the
 * user's lines).
 */
export function sandboxConfig(cfgText: string, env: NodeJS.ProcessEnv, options: SandboxOptions): SandboxedConfig {
  const parsed = parseConfig(cfgText);
  const document = parsed.ok ? parsed.document : undefined;
  // With the user's opt-in, commands and secrets stay; engine arguments that redirect the connection never do.
  const reasonFor = (section: string, option: string, value: string) =>
    (options.allowConfigCommands ? undefined : removalReason(section, option, options.facts)) ?? redirectingEngineArgs(section, option, value);
  const source = parsed.ok ? parsed.document : parsed.partial;

  const removedLines = new Set<number>();
  const replaced: ReplacedOption[] = [];
  const removed: { section: string; option: string; where: 'env' | 'cfg' }[] = [];
  const sections = source.defaults ? [source.defaults, ...source.sections] : source.sections;
  for (const section of sections) {
    for (const node of section.options) {
      const what = reasonFor(section.name, node.key, node.value);
      // An empty value (a default dump's `backend =`) configures nothing: not worth a line in the report.
      if (what === undefined || node.value.trim() === '') continue;
      for (let line = node.span.start.line; line <= node.span.end.line; line += 1) removedLines.add(line);
      replaced.push({ option: `[${section.name}] ${node.rawKey}`, source: `line ${node.span.start.line}`, replacement: what.replacement });
      removed.push({ section: section.name, option: what.base, where: 'cfg' });
    }
  }

  // configparser stopped reading at an error: what follows was never parsed, so it is sandboxed by its look.
  if (!parsed.ok && !options.allowConfigCommands) blankUnparsed(cfgText, parsed.error.line, options.facts, removedLines, replaced);

  const dropEnv: string[] = [];
  for (const name of Object.keys(env).sort()) {
    const parsedName = parseEnvVarName(name.toUpperCase());
    if (parsedName === undefined) continue;
    const what = reasonFor(parsedName.section, parsedName.option, env[name] ?? '');
    if (what === undefined) continue;
    dropEnv.push(name);
    if ((env[name] ?? '').trim() === '') continue;
    replaced.push({ option: name, source: 'environment', replacement: what.replacement });
    removed.push({ section: parsedName.section, option: what.base, where: 'env' });
  }

  const setEnv: Record<string, string> = {};
  for (const need of THROWAWAY) {
    const lost = removed.filter((r) => r.option === need.option && (r.section === need.section || r.section === 'DEFAULT'));
    if (lost.length === 0 || plainValueWins(need.section, need.option, lost, source, env)) continue;
    setEnv[`AIRFLOW__${need.section.toUpperCase()}__${need.option.toUpperCase()}`] = need.make();
  }
  return { cfgText: blankLines(cfgText, removedLines), dropEnv, setEnv, replaced, document };
}

/** Why an option is not passed to Airflow, and the option it stands for (`fernet_key` for `fernet_key_cmd`). */
function removalReason(section: string, option: string, facts: OptionFacts | undefined): { base: string; replacement: string } | undefined {
  const key = option.toLowerCase();
  if (SECRETS_BACKEND.some((b) => b.section === section && b.option === key)) {
    return { base: key, replacement: 'not loaded: verify uses no secrets backend' };
  }
  const form = FORM.exec(key);
  if (form === null) return undefined;
  // A real option whose name happens to end so (`[api_auth] jwt_secret`) is a plain value.
  if (facts?.(section, key)?.known === true) return undefined;
  const base = form[1] ?? key;
  const done = form[2] === 'cmd' ? 'command not run' : 'not read from a secrets backend';
  if (METASTORE_OPTION.test(base)) return { base, replacement: `${done}; the throwaway metastore is used` };
  if (THROWAWAY.some((t) => t.option === base && (t.section === section || section === 'DEFAULT'))) {
    return { base, replacement: `${done}; a throwaway value is used` };
  }
  return { base, replacement: `${done}; the plain option or Airflow's default applies` };
}

/**
 * `sql_alchemy_engine_args` (`[database]`, `[core]` before 2.3) is JSON that Airflow hands to
 * SQLAlchemy's create_engine; its `connect_args` reach the driver unchanged, and `host`, `dsn`,
 * `service` or `port` there would connect the migration to another server than the throwaway one.
 * With `connect_args` the whole option is left out (pool settings fall back to Airflow's defaults).
 */
function redirectingEngineArgs(section: string, option: string, value: string): { base: string; replacement: string } | undefined {
  if (option.toLowerCase() !== 'sql_alchemy_engine_args' || !['database', 'core', 'DEFAULT'].includes(section)) return undefined;
  if (!/connect_args/.test(value)) return undefined;
  return {
    base: 'sql_alchemy_engine_args',
    replacement: "not used: its connect_args could point the driver at another server than the throwaway metastore; Airflow's engine defaults apply",
  };
}

/**
 * Airflow's order for a sensitive option: the variable, its `_CMD`, its `_SECRET`, then the cfg's
 * plain key, `_cmd`, `_secret`. A plain value ranked above every removed form still answers.
 */
function plainValueWins(
  section: string,
  option: string,
  lost: readonly { where: 'env' | 'cfg' }[],
  document: ConfigDocument,
  env: NodeJS.ProcessEnv,
): boolean {
  const variable = `AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`;
  if (env[variable] !== undefined) return true;
  if (lost.some((l) => l.where === 'env')) return false;
  const inSection = document.sections.find((s) => s.name === section)?.options.some((o) => o.key === option) ?? false;
  const inDefaults = document.defaults?.options.some((o) => o.key === option) ?? false;
  return inSection || inDefaults;
}

/**
 * The lines from `fromLine` on, read the simple way: a `[section]` header, `key = value` / `key: value`,
 * indented continuation lines. Every option verify would remove is blanked with its continuations.
 */
function blankUnparsed(text: string, fromLine: number, facts: OptionFacts | undefined, removedLines: Set<number>, replaced: ReplacedOption[]): void {
  const lines = text.split(/\r?\n/);
  let section = '';
  let removing = false;
  for (let index = Math.max(fromLine - 1, 0); index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const number = index + 1;
    if (removing && /^\s+\S/.test(line)) {
      removedLines.add(number);
      continue;
    }
    removing = false;
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header?.[1] !== undefined) {
      section = header[1];
      continue;
    }
    // The key is the trimmed text before the first delimiter (found with indexOf: no backtracking).
    const delimiter = firstDelimiter(line);
    const key = delimiter < 0 ? '' : line.slice(0, delimiter).trim();
    if (key === '') continue;
    const what = removalReason(section, key, facts);
    if (what === undefined) continue;
    removedLines.add(number);
    removing = true;
    replaced.push({ option: `[${section}] ${key}`, source: `line ${number}`, replacement: what.replacement });
  }
}

function firstDelimiter(line: string): number {
  const equals = line.indexOf('=');
  const colon = line.indexOf(':');
  if (equals < 0) return colon;
  return colon < 0 ? equals : Math.min(equals, colon);
}

function blankLines(text: string, lines: ReadonlySet<number>): string {
  if (lines.size === 0) return text;
  const parts = text.split(/(\r?\n)/);
  // parts alternate: line text, separator, line text…
  for (let i = 0; i < parts.length; i += 2) if (lines.has(i / 2 + 1)) parts[i] = '';
  return parts.join('');
}

/** A key Fernet accepts: 32 random bytes, URL-safe base64 with padding. */
function throwawayFernetKey(): string {
  return randomBytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

function throwawayHex(): string {
  return randomBytes(24).toString('hex');
}

/** Where the metastore URL that verify keeps the dialect, driver and query of comes from. */
export type MetastoreTemplate =
  | { ok: true; scheme: string; query: string[]; droppedQuery: string[]; from: string | undefined; note?: string | undefined }
  | { ok: false; kind: string; message: string; section: string; option: string; line: number | undefined };

/** Query parameters that would point the driver at another server or account: never kept. */
const SERVER_PARAMETERS = /^(host|hostaddr|port|user|username|password|dbname|database|db|service|servicefile|passfile|unix_sock|unix_socket|ssl.*)$/i;

const DEFAULT_SCHEME = 'postgresql+psycopg2';

/**
 * The cfg's (or the environment's) metastore URL, as Airflow would read it — environment variable
 * first, then `[database]`, then the pre-2.3 `[core]` place — reduced to what verify keeps: the
 * dialect and driver, and the query parameters that do not name a server or an account. A value that
 * configparser cannot interpolate is an error, as it is for Airflow.
 */
export function metastoreTemplate(document: ConfigDocument | undefined, env: NodeJS.ProcessEnv): MetastoreTemplate {
  const fromEnv = env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN ?? env.AIRFLOW__CORE__SQL_ALCHEMY_CONN;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return templateOf(fromEnv.trim(), 'the environment');
  for (const section of ['database', 'core']) {
    const node = document ? findOption(document, section, 'sql_alchemy_conn') : undefined;
    if (node === undefined || document === undefined) continue;
    const value = interpolateOption(document, section, 'sql_alchemy_conn');
    if (!value.ok) {
      return { ok: false, kind: value.kind, message: value.message, section, option: 'sql_alchemy_conn', line: value.position?.line ?? node.span.start.line };
    }
    if (value.value.trim() === '') continue;
    return templateOf(value.value.trim(), `[${section}] sql_alchemy_conn`);
  }
  return { ok: true, scheme: DEFAULT_SCHEME, query: [], droppedQuery: [], from: undefined };
}

function findOption(document: ConfigDocument, section: string, option: string): OptionNode | undefined {
  return document.sections.find((s) => s.name === section)?.options.find((o) => o.key === option) ?? document.defaults?.options.find((o) => o.key === option);
}

function templateOf(url: string, from: string): MetastoreTemplate {
  const match = /^([A-Za-z][A-Za-z0-9+.\-]*):\/\/[^?#]*(?:\?([^#]*))?/.exec(url);
  const scheme = match?.[1];
  if (scheme === undefined || !/^postgres(ql)?(\+|$)/i.test(scheme)) {
    const dialect = scheme === undefined ? 'no URL scheme' : `dialect ${scheme.split('+')[0]}`;
    return { ok: true, scheme: DEFAULT_SCHEME, query: [], droppedQuery: [], from, note: `${from} has ${dialect}; verify migrates Postgres with ${DEFAULT_SCHEME}` };
  }
  const query: string[] = [];
  const droppedQuery: string[] = [];
  for (const pair of (match?.[2] ?? '').split('&')) {
    if (pair === '') continue;
    const name = decodeSafe(pair.split('=')[0] ?? '');
    if (SERVER_PARAMETERS.test(name)) droppedQuery.push(name);
    else query.push(pair);
  }
  return { ok: true, scheme, query, droppedQuery, from };
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The throwaway database's URL in the form the cfg asked for: its scheme and kept query, the throwaway's credentials, host, port and database. */
export function throwawayMetastoreUrl(template: MetastoreTemplate & { ok: true }, libpqUrl: string): string {
  const rest = withoutQuery(libpqUrl.replace(/^[A-Za-z][A-Za-z0-9+.\-]*:\/\//, ''));
  const query = template.query.length > 0 ? `?${template.query.join('&')}` : '';
  return `${template.scheme}://${rest}${query}`;
}

/**
 * Registers the cfg's secrets before Airflow can quote them. configparser's interpolation error quotes
 * a value from its `%` on (`found: '%xyz…'`), so the tail of a secret from each `%` counts as secret too.
 */
export function registerCfgSecrets(document: ConfigDocument | undefined, secrets: SecretRegistry): void {
  if (document === undefined) return;
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  for (const option of sections.flatMap((s) => s.options)) {
    const place = { name: option.key };
    secrets.addValue(option.value, place);
    for (const secret of secretTexts(option.value, place)) {
      for (let at = secret.indexOf('%'); at >= 0; at = secret.indexOf('%', at + 1)) {
        if (secret.length - at >= 4) secrets.add(secret.slice(at));
      }
    }
  }
}
