import { parseEnvVarName, type EnvEntry } from '../config/effective.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { ConfigDocument, OptionNode } from '../reader/types.js';
import { looksLikeSecretName, type SecretRegistry } from '../secrets.js';
import { optionNamed, sectionNamed } from '../reader/find.js';

/** Registers every secret a source holds, before any rule can quote it. */
export function collectSecrets(
  secrets: SecretRegistry,
  document: ConfigDocument,
  env: readonly EnvEntry[],
  knowledge: AirflowKnowledge,
): void {
  const secretOptions = secretOptionsOf(document, (section, option) => isSecretOption(section, option, knowledge));
  for (const option of allOptions(document)) {
    secrets.addValue(option.value, { name: option.key, secret: secretOptions.has(option) });
  }
  for (const entry of env) {
    const parsed = parseEnvVarName(entry.name);
    const secret = parsed ? isSecretOption(parsed.section, parsed.option, knowledge) : looksLikeSecretName(entry.name);
    secrets.addValue(entry.value, { name: parsed?.option ?? entry.name, secret });
  }
}

export function isSecretOption(section: string, option: string, knowledge: AirflowKnowledge): boolean {
  if (knowledge.sections[section]?.options[option]?.sensitive === true) return true;
  return looksLikeSecretName(option);
}

function allOptions(document: ConfigDocument): OptionNode[] {
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  return sections.flatMap((section) => section.options);
}

/**
 * The options that hold a secret: secret by meaning (`isSecret`), and every option a secret one
 * reaches through `%(name)s` interpolation (a `[DEFAULT]` value used by `fernet_key` is the key), the
 * way configparser looks names up: the same section first, then `[DEFAULT]`.
 */
export function secretOptionsOf(document: ConfigDocument, isSecret: (section: string, option: string) => boolean): Set<OptionNode> {
  const secret = new Set<OptionNode>();
  const pending: OptionNode[] = [];
  const mark = (option: OptionNode | undefined) => {
    if (option === undefined || secret.has(option)) return;
    secret.add(option);
    pending.push(option);
  };
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  for (const section of sections) for (const option of section.options) if (isSecret(section.name, option.key)) mark(option);
  while (pending.length > 0) {
    const option = pending.pop() as OptionNode;
    if (!option.value.includes('%(')) continue;
    const section = sectionNamed(document, option.section);
    for (const name of referencedNames(option.value)) {
      mark((section && optionNamed(section, name)) ?? (document.defaults && optionNamed(document.defaults, name)));
    }
  }
  return secret;
}

/**
 * Registers the secret of one raw line that may not parse (configparser quotes the failing line in
 * its error): `key = value` or `key: value` with a secret key, and any secret the line shows by shape.
 */
export function collectLineSecrets(secrets: SecretRegistry, line: string, isSecretKey: (key: string) => boolean): void {
  const equals = line.indexOf('=');
  const colon = line.indexOf(':');
  const delimiter = equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  if (delimiter > 0) {
    const key = line.slice(0, delimiter).trim().toLowerCase();
    secrets.addValue(line.slice(delimiter + 1), { name: key, secret: isSecretKey(key) });
  }
  secrets.addValue(line, {});
}

/**
 * Every `%(name)s` in a value, lower-cased, wherever it stands (as `/%\(([^)]*)\)s/g` finds them, in
 * one pass: that regex scans to the end again from every `%(` when no `)` follows).
 */
function referencedNames(value: string): string[] {
  const names: string[] = [];
  let close = -1;
  for (let open = value.indexOf('%('); open >= 0; open = value.indexOf('%(', open + 1)) {
    if (close < open) close = value.indexOf(')', open + 2);
    if (close < 0) break;
    if (value[close + 1] === 's') names.push(value.slice(open + 2, close).toLowerCase());
  }
  return names;
}
