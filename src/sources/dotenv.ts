// Values come from the `dotenv` package (quoting, escapes, multi-line values); positions, which it
// does not give, from the line where each name is assigned.
import dotenv from 'dotenv';
import { escapeRegExp } from '../regexp.js';
import type { EnvEntry } from '../config/effective.js';
import { splitPythonLines } from '../reader/python-text.js';
import type { Span } from '../reader/types.js';

export function parseDotenv(file: string, text: string): EnvEntry[] {
  const values = dotenv.parse(text);
  const lines = splitPythonLines(text);
  const entries: EnvEntry[] = [];
  for (const [name, value] of Object.entries(values)) {
    const where = lastAssignment(lines, name);
    entries.push({
      name,
      value,
      location: where ? { file, span: where.line } : undefined,
      valueSpan: where?.value,
    });
  }
  return entries;
}

function lastAssignment(lines: readonly string[], name: string): { line: Span; value: Span } | undefined {
  const pattern = new RegExp(`^(\\s*(?:export\\s+)?)${escapeRegExp(name)}(\\s*[=:]\\s*)`);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const text = lines[index] ?? '';
    const match = pattern.exec(text);
    if (!match) continue;
    const lineNo = index + 1;
    const keyStart = (match[1] ?? '').length;
    const valueStart = match[0].length;
    return {
      line: { start: { line: lineNo, column: keyStart + 1 }, end: { line: lineNo, column: text.length + 1 } },
      value: { start: { line: lineNo, column: valueStart + 1 }, end: { line: lineNo, column: text.trimEnd().length + 1 } },
    };
  }
  return undefined;
}

