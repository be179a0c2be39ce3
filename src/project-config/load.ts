// Reads `.airflow-preflight.yaml` (or the file given with --config / config-file): the settings the
// CLI, the action and the pre-commit hook share. Every mistake in it is one line naming the file and line.
import { readFile } from 'node:fs/promises';
import { assertInsideWorkspace } from '../io/confine.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { UsageError } from '../cli/usage-error.js';
import { FAIL_ON_LEVELS, type FailOn } from '../engine/types.js';
import { describeFsError } from '../io/read-source.js';
import { joinPath } from '../io/read-sources.js';
import { resolveRuleRef } from '../engine/lint.js';
import { ALL_RULE_METAS } from '../rules/registry.js';
import { EMPTY_PROJECT_CONFIG, RULE_SETTINGS, type PathOverride, type ProjectConfig, type RuleSetting } from './types.js';

export const PROJECT_CONFIG_NAMES = ['.airflow-preflight.yaml', '.airflow-preflight.yml'] as const;

const TOP_LEVEL_KEYS = ['airflow-version', 'fail-on', 'rules', 'ignore', 'overrides'];
const OVERRIDE_KEYS = ['files', 'rules'];

/**
 * The project configuration: `explicit` when given (it must exist), else the first of
 * PROJECT_CONFIG_NAMES at the root, else an empty configuration.
 */
export async function loadProjectConfig(explicit: string | undefined, root: string): Promise<ProjectConfig> {
  if (explicit !== undefined && explicit !== '') {
    const text = await readConfigText(explicit);
    if (text === undefined) throw new UsageError(`${explicit}: no such file (given as the configuration file)`);
    return parseProjectConfig(explicit, text);
  }
  for (const name of PROJECT_CONFIG_NAMES) {
    const path = joinPath(root, name);
    const text = await readConfigText(path);
    if (text !== undefined) return parseProjectConfig(path, text);
  }
  return EMPTY_PROJECT_CONFIG;
}

async function readConfigText(path: string): Promise<string | undefined> {
  await assertInsideWorkspace(path);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
}

/** Validates the YAML text of a project configuration; `path` only names the file in messages. */
export function parseProjectConfig(path: string, text: string): ProjectConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const fail = (node: Node | Pair | null | undefined, message: string): never => {
    const offset = nodeOffset(node);
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line;
    throw new UsageError(`${path}:${line}: ${message}`);
  };
  const syntax = doc.errors[0];
  if (syntax) throw new UsageError(`${path}:${lineCounter.linePos(syntax.pos[0]).line}: not valid YAML (${syntax.message.split('\n')[0]})`);
  const config: ProjectConfig = { path, rules: new Map(), ignore: [], overrides: [] };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return config;
  if (!isMap(doc.contents)) return fail(doc.contents, 'the configuration must be a mapping (airflow-version, fail-on, rules, ignore, overrides)');
  for (const pair of doc.contents.items) {
    const key = scalarText(pair.key);
    const value = pair.value as Node | null;
    if (key === 'airflow-version') config.airflowVersion = versionText(value, fail);
    else if (key === 'fail-on') config.failOn = failOnValue(value, fail);
    else if (key === 'rules') config.rules = ruleSettings(value, fail);
    else if (key === 'ignore') config.ignore = globList(value, 'ignore', fail);
    else if (key === 'overrides') config.overrides = overrides(value, fail);
    else fail(pair, `unknown key '${printable(key)}'; expected one of ${TOP_LEVEL_KEYS.join(', ')}`);
  }
  return config;
}

type Fail = (node: Node | Pair | null | undefined, message: string) => never;

function versionText(node: Node | null, fail: Fail): string {
  const value = isScalar(node) ? node.value : undefined;
  // `airflow-version: 2.10` is a YAML float; read the written text, so 2.10 stays 2.10.
  const text = isScalar(node) && node.source !== undefined ? String(node.source) : String(value ?? '');
  if ((typeof value !== 'string' && typeof value !== 'number') || !/^\d+\.\d+(\.\d+)?$/.test(text.trim())) {
    return fail(node, "airflow-version must be a version such as '2.10' or '3.1.2' (quote it)");
  }
  return text.trim();
}

function failOnValue(node: Node | null, fail: Fail): FailOn {
  const value = scalarText(node)?.trim().toLowerCase();
  if (value !== undefined && (FAIL_ON_LEVELS as readonly string[]).includes(value)) return value as FailOn;
  return fail(node, `fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}`);
}

function ruleSettings(node: Node | null, fail: Fail): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  if (node === null) return settings;
  if (!isMap(node)) return fail(node, 'rules must be a mapping of rule id or alias to off, error, warning or notice');
  for (const pair of node.items) {
    const ref = scalarText(pair.key) ?? '';
    const id = resolveRuleRef(ref, ALL_RULE_METAS);
    if (id === undefined) fail(pair, `rules: '${printable(ref)}' names no rule (see docs/rules/README.md)`);
    // YAML 1.1 would read `off` as false; accept that spelling too.
    const raw = isScalar(pair.value) && pair.value.value === false ? 'off' : scalarText(pair.value as Node | null)?.trim().toLowerCase();
    if (raw === undefined || !(RULE_SETTINGS as readonly string[]).includes(raw)) {
      fail(pair.value as Node | null, `rules: ${printable(ref)} must be one of ${RULE_SETTINGS.join(', ')}`);
    }
    settings.set(id as string, raw as RuleSetting);
  }
  return settings;
}

function globList(node: Node | null, name: string, fail: Fail): string[] {
  if (node === null) return [];
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) return fail(node, `${name} must be a list of globs such as 'legacy/**'`);
  return node.items.map((item) => {
    const text = scalarText(item as Node | null);
    if (text === undefined || text.trim() === '') return fail(item as Node, `${name} must be a list of globs such as 'legacy/**'`);
    return text.trim();
  });
}

function overrides(node: Node | null, fail: Fail): PathOverride[] {
  if (node === null) return [];
  if (!isSeq(node)) return fail(node, "overrides must be a list of { files: [globs], rules: { ID: severity } }");
  return node.items.map((item) => {
    if (!isMap(item)) return fail(item as Node, "each override must be a mapping with 'files' and 'rules'");
    const override: PathOverride = { files: [], rules: new Map() };
    for (const pair of item.items) {
      const key = scalarText(pair.key);
      if (key === 'files') override.files = globList(pair.value as Node | null, 'files', fail);
      else if (key === 'rules') override.rules = ruleSettings(pair.value as Node | null, fail);
      else fail(pair, `unknown key '${printable(key)}' in an override; expected ${OVERRIDE_KEYS.join(', ')}`);
    }
    if (override.files.length === 0) fail(item, "an override needs 'files': the globs it applies to");
    return override;
  });
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function nodeOffset(node: Node | Pair | null | undefined): number | undefined {
  if (!node) return undefined;
  if ('range' in node && node.range) return node.range[0];
  if ('key' in node) return nodeOffset(node.key as Node | null);
  return undefined;
}

/** Names from the file go into messages: keep them short and on one line. */
function printable(text: string | undefined): string {
  const flat = (text ?? '').replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
