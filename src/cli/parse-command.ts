import { parseConfig } from '../reader/parse.js';
import { jsonText } from '../output/json.js';
import { printJsonText, printOut } from '../output/terminal.js';
import { visible } from '../output/text.js';
import type { ConfigDocument } from '../reader/types.js';
import { readSource } from '../io/read-source.js';
import { looksLikeSecretName, SecretRegistry } from '../secrets.js';
import { UsageError } from './usage-error.js';

export async function parseCommand(file: string, options: { format: 'json' | 'text'; showSecrets: boolean }): Promise<number> {
  const source = await readSource(file);
  if (!source.ok) throw new UsageError(source.message);
  const result = parseConfig(source.text, file);
  const document = result.ok ? result.document : undefined;
  const mask = options.showSecrets || !document ? (text: string) => text : secretMasker(document);
  if (options.format === 'json') {
    const payload = result.ok
      ? { sections: sectionsAsObject(result.document, mask), error: null }
      : { sections: null, error: { kind: result.error.kind, line: result.error.line, message: result.error.message } };
    printJsonText(jsonText(payload));
  } else if (result.ok) {
    printOut(formatSections(result.document, mask));
  } else {
    printOut(`${visible(file)}:${result.error.line}: ${result.error.kind}: ${visible(mask(result.error.message))}\n`);
  }
  return result.ok ? 0 : 1;
}

function allSections(document: ConfigDocument) {
  return document.defaults ? [document.defaults, ...document.sections] : document.sections;
}

function sectionsAsObject(document: ConfigDocument, mask: (text: string) => string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  for (const section of allSections(document)) {
    const options: Record<string, string> = {};
    for (const option of section.options) options[option.key] = mask(option.value);
    sections[section.name] = options;
  }
  return sections;
}

function formatSections(document: ConfigDocument, mask: (text: string) => string): string {
  const lines: string[] = [];
  for (const section of allSections(document)) {
    lines.push(`[${visible(section.name)}]`);
    for (const option of section.options) {
      const value = mask(option.value).split('\n').map(visible).join('\n\t');
      lines.push(`${visible(option.key)} = ${value}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function secretMasker(document: ConfigDocument): (text: string) => string {
  const secrets = new SecretRegistry();
  for (const section of allSections(document)) {
    for (const option of section.options) {
      secrets.addValue(option.value, looksLikeSecretName(option.key));
    }
  }
  return (text) => secrets.mask(text);
}
