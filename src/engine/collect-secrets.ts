import { parseEnvVarName, type EnvEntry } from '../config/effective.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { ConfigDocument } from '../reader/types.js';
import { looksLikeSecretName, type SecretRegistry } from '../secrets.js';

/** Registers every secret a source holds, before any rule can quote it. */
export function collectSecrets(
  secrets: SecretRegistry,
  document: ConfigDocument,
  env: readonly EnvEntry[],
  knowledge: AirflowKnowledge,
): void {
  const sections = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  for (const section of sections) {
    for (const option of section.options) {
      secrets.addValue(option.value, isSecretOption(section.name, option.key, knowledge));
    }
  }
  for (const entry of env) {
    const parsed = parseEnvVarName(entry.name);
    const secret = parsed ? isSecretOption(parsed.section, parsed.option, knowledge) : looksLikeSecretName(entry.name);
    secrets.addValue(entry.value, secret);
  }
}

export function isSecretOption(section: string, option: string, knowledge: AirflowKnowledge): boolean {
  if (knowledge.sections[section]?.options[option]?.sensitive === true) return true;
  return looksLikeSecretName(option);
}
