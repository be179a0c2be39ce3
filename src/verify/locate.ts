import { parseConfig } from '../reader/index.js';
import type { ConfigDocument, OptionNode, Span } from '../reader/types.js';
import type { VerifyOptionRef } from './types.js';

/**
 * Where in the cfg text a verify failure points: the option Airflow named, else the option whose
 * value holds the text Airflow quoted, else the line configparser named. Undefined when the cause is
 * not in this file (an environment variable, a default).
 */
export function locateInCfg(text: string, ref: VerifyOptionRef): Span | undefined {
  const parsed = parseConfig(text);
  const document = parsed.ok ? parsed.document : parsed.partial;
  if (!parsed.ok && ref.line === parsed.error.line) return parsed.error.span;
  const options = allOptions(document);
  const named = options.find((o) => o.section === ref.section && o.key === ref.option?.toLowerCase());
  if (named !== undefined) return named.span;
  const needle = ref.needle;
  if (needle !== undefined && needle !== '') {
    // Python quotes the value with repr(): a multi-line value shows its newlines as \n.
    const unquoted = needle.replace(/\\n/g, '\n');
    const holding = options.find((o) => o.value.includes(needle) || o.value.includes(unquoted));
    if (holding !== undefined) return holding.span;
  }
  if (ref.line !== undefined && ref.line >= 1 && ref.line <= document.lineCount) {
    return { start: { line: ref.line, column: 1 }, end: { line: ref.line, column: 1 } };
  }
  return undefined;
}

function allOptions(document: ConfigDocument): OptionNode[] {
  return [...(document.defaults?.options ?? []), ...document.sections.flatMap((s) => s.options)];
}
