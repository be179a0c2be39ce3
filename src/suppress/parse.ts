/**
 * Suppression comments, a small grammar in the spirit of hadolint's pragmas:
 *
 *   # airflow-preflight: disable=APF101,sequential-executor -- reason
 *   # airflow-preflight: disable-file=APF101 -- reason
 *
 * `#` or `;` starts the comment (both are configparser comment prefixes); the comment must be a line
 * of its own (configparser keeps inline comments as part of the value). Rules are ids or aliases,
 * comma-separated; the reason follows `--`.
 * - `disable=` applies to the next line that is not a comment; for an option with a multi-line
 *   value, that line and all its continuation lines.
 * - `disable-file=` applies to the whole file and must sit in the comment block at the top of it.
 */

export interface RuleReference {
  /** The id or alias as written. */
  ref: string;
  column: number;
  endColumn: number;
}

export interface Suppression {
  kind: 'inline' | 'file';
  file: string;
  /** Where the comment is written. */
  line: number;
  column: number;
  endColumn: number;
  rules: RuleReference[];
  reason: string | undefined;
  /** Inline: the lines it covers (the target line and its continuation lines); undefined when no line follows. */
  covers?: { from: number; to: number } | undefined;
  /** `malformed`: an `airflow-preflight:` comment that does not parse; `misplaced`: `disable-file` below the top comment block. */
  problem?: 'malformed' | 'misplaced' | undefined;
}

export interface ParseOptions {
  /**
   * Whether indented lines continue the value above them (configparser files). False for YAML, where a
   * comment above `services:` must not cover the whole file.
   */
  multiLineValues?: boolean | undefined;
}

const DIRECTIVE = /^(\s*)[#;]\s*airflow-preflight\s*:(.*)$/i;
const BODY = /^\s*(disable-file|disable)\s*=(.*)$/i;
const RULE_REF = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function parseSuppressions(file: string, lines: readonly string[], options: ParseOptions = {}): Suppression[] {
  const multiLine = options.multiLineValues ?? true;
  const headerEnd = leadingCommentBlockEnd(lines);
  const suppressions: Suppression[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    const match = DIRECTIVE.exec(text);
    if (!match) return;
    const indent = match[1] ?? '';
    const base = { file, line, column: indent.length + 1, endColumn: text.length + 1 };
    const parsed = parseBody(text, text.length - (match[2] ?? '').length);
    if (!parsed) {
      suppressions.push({ ...base, kind: 'inline', rules: [], reason: undefined, problem: 'malformed' });
      return;
    }
    if (parsed.kind === 'file') {
      suppressions.push({ ...base, ...parsed, problem: line <= headerEnd ? undefined : 'misplaced' });
      return;
    }
    suppressions.push({ ...base, ...parsed, covers: coveredLines(lines, line, multiLine) });
  });
  return suppressions;
}

/** The directive after `airflow-preflight:`; `offset` is where that text starts in the line. */
function parseBody(
  text: string,
  offset: number,
): { kind: 'inline' | 'file'; rules: RuleReference[]; reason: string | undefined } | undefined {
  const body = text.slice(offset);
  const separator = body.indexOf('--');
  const directive = separator === -1 ? body : body.slice(0, separator);
  const reason = separator === -1 ? undefined : body.slice(separator + 2).trim() || undefined;
  const match = BODY.exec(directive);
  if (!match) return undefined;
  const list = match[2] ?? '';
  let cursor = offset + directive.length - list.length;
  const rules: RuleReference[] = [];
  for (const part of list.split(',')) {
    const ref = part.trim();
    const start = cursor + part.indexOf(ref);
    cursor += part.length + 1;
    if (!RULE_REF.test(ref)) return undefined;
    rules.push({ ref, column: start + 1, endColumn: start + ref.length + 1 });
  }
  return { kind: match[1]?.toLowerCase() === 'disable-file' ? 'file' : 'inline', rules, reason };
}

/** The last line (1-based) of the comment block at the top of the file: comments and blank lines. */
function leadingCommentBlockEnd(lines: readonly string[]): number {
  let end = 0;
  for (const text of lines) {
    if (!isBlank(text) && !isComment(text)) break;
    end += 1;
  }
  return end;
}

/** The first non-comment line after the comment, and its continuation lines. */
function coveredLines(lines: readonly string[], commentLine: number, multiLine: boolean): Suppression['covers'] {
  let target = commentLine + 1;
  while (target <= lines.length && isComment(lines[target - 1] ?? '')) target += 1;
  const targetText = lines[target - 1];
  if (targetText === undefined || isBlank(targetText)) return undefined;
  if (!multiLine || targetText.trimStart().startsWith('[')) return { from: target, to: target };
  // configparser: a more indented line continues the value; blank lines and comments inside do not end it.
  const indent = indentOf(targetText);
  let to = target;
  for (let line = target + 1; line <= lines.length; line += 1) {
    const text = lines[line - 1] ?? '';
    if (isBlank(text) || isComment(text)) continue;
    if (indentOf(text) <= indent) break;
    to = line;
  }
  return { from: target, to };
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function isComment(text: string): boolean {
  const trimmed = text.trimStart();
  return trimmed.startsWith('#') || trimmed.startsWith(';');
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}
