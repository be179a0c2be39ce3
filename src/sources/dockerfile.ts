// `ENV` instructions of a Dockerfile: `ENV A=b C="d e"` and the legacy `ENV A b c`, continuation lines
// (`\`) included, values expanded from earlier ARG defaults and ENV values as the builder does.
import type { EnvEntry } from '../config/effective.js';
import type { Position, Span } from '../reader/types.js';
import { substitute } from './substitute.js';

/** One logical instruction: its text, and the file position of every character of it. */
export interface Instruction {
  text: string;
  positions: Position[];
}

export function parseDockerfileEnv(file: string, text: string): EnvEntry[] {
  const variables = new Map<string, string>();
  const entries: EnvEntry[] = [];
  for (const instruction of instructions(text)) {
    const match = /^\s*(ENV|ARG)\s+/i.exec(instruction.text);
    if (!match?.[1]) continue;
    const keyword = match[1].toUpperCase();
    const assignments = parseAssignments(instruction, match[0].length, keyword === 'ENV');
    for (const assignment of assignments) {
      if (keyword === 'ARG') {
        if (assignment.value !== undefined && !variables.has(assignment.name)) variables.set(assignment.name, assignment.value);
        continue;
      }
      const value = substitute(assignment.value ?? '', variables).value;
      variables.set(assignment.name, value);
      entries.push({ name: assignment.name, value, location: { file, span: assignment.span }, valueSpan: assignment.valueSpan });
    }
  }
  return entries;
}

/** The logical instructions of a Dockerfile, continuation lines joined, comments and blank lines dropped. */
export function instructions(text: string): Instruction[] {
  const lines = text.split(/\r\n|\r|\n/);
  const result: Instruction[] = [];
  let current: Instruction | undefined;
  lines.forEach((line, index) => {
    if (current === undefined && /^\s*(#|$)/.test(line)) return;
    if (current !== undefined && /^\s*#/.test(line)) return;
    const continued = /\\\s*$/.test(line);
    const body = continued ? line.replace(/\\\s*$/, '') : line;
    current ??= { text: '', positions: [] };
    for (let column = 0; column < body.length; column += 1) current.positions.push({ line: index + 1, column: column + 1 });
    current.text += body;
    // One past the last character, so a span can end there.
    current.positions.push({ line: index + 1, column: body.length + 1 });
    current.text += continued ? ' ' : '';
    if (!continued) {
      result.push(current);
      current = undefined;
    }
  });
  if (current) result.push(current);
  return result;
}

interface Assignment {
  name: string;
  value: string | undefined;
  span: Span;
  valueSpan: Span | undefined;
}

function parseAssignments(instruction: Instruction, from: number, isEnv: boolean): Assignment[] {
  const rest = instruction.text.slice(from);
  const at = (offset: number) => instruction.positions[Math.min(offset, instruction.positions.length - 1)] ?? { line: 1, column: 1 };
  const span = (start: number, end: number): Span => ({ start: at(start), end: at(end) });
  // Legacy form `ENV NAME value with spaces`: one variable, the rest of the line is its value.
  const legacy = isEnv ? legacyEnv(rest) : undefined;
  if (legacy?.[1] && legacy[2]) {
    const valueStart = from + rest.indexOf(legacy[2], legacy[1].length);
    const valueEnd = valueStart + legacy[2].length;
    return [{ name: legacy[1], value: legacy[2], span: span(from, valueEnd), valueSpan: span(valueStart, valueEnd) }];
  }
  const assignments: Assignment[] = [];
  const token = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s"'\\]|\\.)*))?/y;
  let offset = 0;
  while (offset < rest.length) {
    while (offset < rest.length && /\s/.test(rest[offset] ?? '')) offset += 1;
    if (offset >= rest.length) break;
    token.lastIndex = offset;
    const match = token.exec(rest);
    if (!match?.[1]) break;
    const start = from + offset;
    const end = start + match[0].length;
    const raw = match[2];
    const valueStart = start + match[1].length + 1;
    assignments.push({
      name: match[1],
      value: raw === undefined ? undefined : unquote(raw),
      span: span(start, end),
      valueSpan: raw === undefined ? undefined : span(valueStart, end),
    });
    offset = token.lastIndex;
  }
  return assignments;
}

function unquote(raw: string): string {
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1);
  return raw.replace(/\\(.)/g, '$1');
}

/**
 * `NAME value with spaces` (no `=` on the value's line): [whole, name, value], as
 * `/^([A-Za-z_][A-Za-z0-9_]*)\s+(?!.*=)(.*\S)\s*$/` would match, without its quadratic backtracking
 * over trailing white space.
 */
function legacyEnv(rest: string): [string, string, string] | undefined {
  const name = /^([A-Za-z_][A-Za-z0-9_]*)\s+/.exec(rest);
  if (!name?.[1]) return undefined;
  const value = rest.slice(name[0].length).trimEnd();
  if (value === '' || /[\n\r\u2028\u2029=]/.test(value)) return undefined;
  return [rest, name[1], value];
}
