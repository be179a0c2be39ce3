// Safe text edits for airflow.cfg, shared by the rules that offer a fix. Each helper either returns
// edits that keep every other option configparser reads exactly as it was, or undefined.
import type { TextEdit } from '../../findings.js';
import { pythonRstrip } from '../../reader/python-text.js';
import type { ConfigDocument, OptionNode, Position, SectionNode } from '../../reader/types.js';
import type { EffectiveValue } from '../../config/types.js';
import type { RuleContext } from '../types.js';

/** The last line that carries text of the option (trailing empty continuation lines are not its text). */
function lastTextLine(option: OptionNode): number {
  const withText = option.valueLines.filter((line) => line.text !== '');
  return withText.at(-1)?.span.start.line ?? option.keySpan.start.line;
}

function endOfLine(lines: readonly string[], line: number): Position {
  return { line, column: (lines[line - 1] ?? '').length + 1 };
}

/** Removes the option's whole lines, line breaks included. */
export function removeOptionEdit(option: OptionNode, lines: readonly string[]): TextEdit {
  const first = option.keySpan.start.line;
  const last = lastTextLine(option);
  const removed = lines.slice(first - 1, last).join('\n');
  if (last < lines.length) return { span: { start: { line: first, column: 1 }, end: { line: last + 1, column: 1 } }, text: '', expected: `${removed}\n` };
  // The last line of a file without a line break after it: take the line break before it instead.
  if (first > 1) return { span: { start: endOfLine(lines, first - 1), end: endOfLine(lines, last) }, text: '', expected: `\n${removed}` };
  return { span: { start: { line: first, column: 1 }, end: endOfLine(lines, last) }, text: '', expected: removed };
}

/** The option as written from its delimiter on (value and continuation lines), for writing it elsewhere. */
function textAfterKey(option: OptionNode, lines: readonly string[]): string {
  const first = option.keySpan.start.line;
  const last = lastTextLine(option);
  const parts = [(lines[first - 1] ?? '').slice(option.keySpan.end.column - 1)];
  for (let line = first + 1; line <= last; line += 1) parts.push(lines[line - 1] ?? '');
  return parts.join('\n');
}

/** Inserts option lines as the last option of a section; creates the section at the end of the file when it is missing. */
export function insertIntoSectionEdit(document: ConfigDocument, lines: readonly string[], sectionName: string, optionText: string): TextEdit {
  const section = document.sections.find((candidate) => candidate.name === sectionName);
  if (section) {
    const lastOption = section.options.at(-1);
    const anchor = lastOption ? lastTextLine(lastOption) : section.headerSpan.start.line;
    const at = endOfLine(lines, anchor);
    return { span: { start: at, end: at }, text: `\n${optionText}` };
  }
  const at = endOfLine(lines, lines.length);
  const separator = lines.length === 0 ? '' : (lines.at(-1) ?? '') === '' ? '\n' : '\n\n';
  return { span: { start: at, end: at }, text: `${separator}[${sectionName}]\n${optionText}` };
}

/** True when some value of the file interpolates this option by name (`%(name)s`): moving it would break that. */
function isInterpolated(document: ConfigDocument, key: string): boolean {
  // Names keep their case (Airflow's optionxform), so `%(Key)s` names `Key` only.
  const needle = `%(${key})`;
  const sections: SectionNode[] = document.defaults ? [document.defaults, ...document.sections] : document.sections;
  return sections.some((section) => section.options.some((option) => option.value.includes(needle)));
}

/**
 * Moves an option to `[newSection] newKey` (the place the release reads), keeping its value text and
 * continuation lines. Undefined when that is not safe: the value interpolates (`%(x)s` resolves in the
 * section it stands in), another value interpolates it, or the new place is already written.
 */
export function moveOptionEdits(
  document: ConfigDocument,
  lines: readonly string[],
  option: OptionNode,
  newSection: string,
  newKey: string,
): TextEdit[] | undefined {
  if (option.value.includes('%(') || isInterpolated(document, option.key)) return undefined;
  const target = document.sections.find((candidate) => candidate.name === newSection);
  if (target?.options.some((candidate) => candidate.key === newKey)) return undefined;
  if (newSection === option.section) {
    return [{ span: option.keySpan, text: newKey, expected: (lines[option.keySpan.start.line - 1] ?? '').slice(option.keySpan.start.column - 1, option.keySpan.end.column - 1) }];
  }
  return [removeOptionEdit(option, lines), insertIntoSectionEdit(document, lines, newSection, `${newKey}${textAfterKey(option, lines)}`)];
}

/** Deletes an option no release reads, unless another value interpolates it. */
export function deleteOptionEdits(document: ConfigDocument, lines: readonly string[], option: OptionNode): TextEdit[] | undefined {
  if (isInterpolated(document, option.key)) return undefined;
  return [removeOptionEdit(option, lines)];
}

/**
 * `key = value  # note` becomes `# note` on its own line above `key = value`: configparser skips whole-line
 * comments, also between continuation lines, so only this option's value changes (the comment leaves it).
 */
export function inlineCommentEdit(lines: readonly string[], comment: Position): TextEdit | undefined {
  const line = lines[comment.line - 1];
  if (line === undefined) return undefined;
  const before = pythonRstrip(line.slice(0, comment.column - 1));
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const note = pythonRstrip(line.slice(comment.column - 1));
  return { span: { start: { line: comment.line, column: 1 }, end: endOfLine(lines, comment.line) }, text: `${indent}${note}\n${before}`, expected: line };
}

/**
 * The fix of an option at an old place: written at its new place (`to`), or deleted when `to` is undefined
 * (a dead line restating the default). Undefined when the document is not the file itself or it is unsafe.
 */
export function movedOptionEdits(context: RuleContext, option: OptionNode, to: { section: string; key: string } | undefined): TextEdit[] | undefined {
  if (!context.documentIsFile || !context.document) return undefined;
  if (to === undefined) return deleteOptionEdits(context.document, context.lines, option);
  return moveOptionEdits(context.document, context.lines, option, to.section, to.key);
}

/**
 * Renames an option in place (`EXECUTOR` → `executor`), keeping its value and continuation lines. When the
 * section already has the new name, the line is deleted instead if it only repeats that option's value
 * (`sameValue`); otherwise there is no safe fix. Undefined too when another value interpolates the old name.
 */
export function renameKeyEdits(context: RuleContext, option: OptionNode, newKey: string, sameValue = false): TextEdit[] | undefined {
  const { document, lines } = context;
  if (!context.documentIsFile || !document || isInterpolated(document, option.key)) return undefined;
  const section = document.sections.find((candidate) => candidate.name === option.section);
  if (section?.options.some((candidate) => candidate.key === newKey)) return sameValue ? [removeOptionEdit(option, lines)] : undefined;
  const expected = (lines[option.keySpan.start.line - 1] ?? '').slice(option.keySpan.start.column - 1, option.keySpan.end.column - 1);
  return [{ span: option.keySpan, text: newKey, expected }];
}

/**
 * A variable the target moved elsewhere is renamed where it is written (compose or .env), unless the new
 * name is set too (a duplicate key, or a value that would start to count twice).
 */
export function renameVariableEdits(context: RuleContext, value: EffectiveValue, newName: string | undefined): TextEdit[] | undefined {
  const { variable, location } = value;
  if (!newName || !variable || !location || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(newName)) return undefined;
  if (context.config.explicit().some((other) => other.variable?.toUpperCase() === newName.toUpperCase())) return undefined;
  const start = location.span.start;
  // `expected` skips quoted names (`- "AIRFLOW__…=…"`), whose text does not start at the span.
  return [{ span: { start, end: { line: start.line, column: start.column + variable.length } }, text: newName, expected: variable }];
}
