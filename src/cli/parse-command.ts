import { parseConfig } from '../reader/parse.js';
import type { ConfigDocument, OptionNode, ParseResult } from '../reader/types.js';
import { readSource } from '../io/read-source.js';
import { knownVersions, loadKnowledge } from '../knowledge/load.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import { collectLineSecrets, collectSecrets, isSecretOption, secretOptionsOf } from '../engine/collect-secrets.js';
import { jsonText } from '../output/json.js';
import { printJsonText, printOut } from '../output/terminal.js';
import { visible } from '../output/text.js';
import { maskValue, SecretRegistry } from '../secrets.js';
import { UsageError } from './usage-error.js';

export async function parseCommand(file: string, options: ParseOptions): Promise<number> {
  const source = await readSource(file);
  if (!source.ok) throw new UsageError(source.message);
  const rendered = await renderParse(file, source.text, options);
  if (options.format === 'json') printJsonText(rendered.output);
  else printOut(rendered.output);
  return rendered.exitCode;
}

export interface ParseOptions {
  format: 'json' | 'text';
  showSecrets: boolean;
}

/** What `parse` prints for one file's text, and its exit code: 0 parsed, 1 configparser refuses it. */
export async function renderParse(file: string, text: string, options: ParseOptions): Promise<{ output: string; exitCode: number }> {
  const result = parseConfig(text, file);
  // Without a target version, the newest release says which options Airflow treats as sensitive.
  const knowledge = await loadKnowledge(knownVersions().at(-1) ?? '');
  const shown = options.showSecrets ? plainView : maskedView(result, text, knowledge);
  const exitCode = result.ok ? 0 : 1;
  if (options.format === 'json') {
    const payload = result.ok
      ? { sections: sectionsAsObject(result.document, shown), error: null }
      : { sections: null, error: { kind: result.error.kind, line: result.error.line, message: shown.error(result.error.message) } };
    return { output: jsonText(payload), exitCode };
  }
  if (result.ok) return { output: formatSections(result.document, shown), exitCode };
  return { output: `${visible(file)}:${result.error.line}: ${result.error.kind}: ${visible(shown.error(result.error.message))}\n`, exitCode };
}

/** How values and the error message are shown: as read, or with their secrets masked where they stand. */
interface View {
  value(option: OptionNode): string;
  error(message: string): string;
}

const plainView: View = { value: (option) => option.value, error: (message) => message };

function maskedView(result: ParseResult, text: string, knowledge: AirflowKnowledge): View {
  const document = result.ok ? result.document : result.partial;
  const isSecret = (section: string, option: string) => isSecretOption(section, option, knowledge);
  const secretOptions = secretOptionsOf(document, isSecret);
  const secrets = new SecretRegistry();
  collectSecrets(secrets, document, [], knowledge);
  if (!result.ok) {
    // configparser quotes the failing line: its secret is masked even though the file does not parse.
    const section = document.sections.at(-1)?.name ?? 'DEFAULT';
    const failing = text.split(/\r\n|\r|\n/)[result.error.line - 1] ?? '';
    collectLineSecrets(secrets, failing, (key) => isSecret(section, key));
  }
  return {
    value: (option) => maskValue(option.value, { name: option.key, secret: secretOptions.has(option) }),
    error: (message) => secrets.maskField(message),
  };
}

function allSections(document: ConfigDocument) {
  return document.defaults ? [document.defaults, ...document.sections] : document.sections;
}

function sectionsAsObject(document: ConfigDocument, shown: View): Record<string, Record<string, string>> {
  // No prototype: a section or option named `__proto__` is data like any other.
  const sections = Object.create(null) as Record<string, Record<string, string>>;
  for (const section of allSections(document)) {
    const options = Object.create(null) as Record<string, string>;
    for (const option of section.options) options[option.key] = shown.value(option);
    sections[section.name] = options;
  }
  return sections;
}

function formatSections(document: ConfigDocument, shown: View): string {
  const lines: string[] = [];
  for (const section of allSections(document)) {
    lines.push(`[${visible(section.name)}]`);
    for (const option of section.options) {
      const value = shown.value(option).split('\n').map(visible).join('\n\t');
      lines.push(`${visible(option.key)} = ${value}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
