// Applies the text edits of findings to one file's text, ESLint-style: each finding's edits go in
// together or not at all, and a finding whose edits touch a range another finding already edits in this
// pass waits for the next pass (the caller lints again and asks for fresh edits).
import type { Finding, TextEdit } from '../findings.js';
import type { Position } from '../reader/types.js';

export interface ApplyResult {
  text: string;
  /** The findings whose edits were applied. */
  applied: Finding[];
}

/** Offsets of each line's start, counting lines as the file's positions do (`python`: \r\n, \r and \n). */
function lineStarts(text: string, lineBreaks: 'python' | 'lf'): number[] {
  const starts = [0];
  const pattern = lineBreaks === 'python' ? /\r\n|\r|\n/g : /\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

/** The file's line break, for lines a fix adds: the first one it uses, else `\n`. */
export function lineBreakOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

function toOffset(position: Position, starts: readonly number[], length: number): number | undefined {
  const lineStart = starts[position.line - 1];
  if (lineStart === undefined || position.column < 1) return undefined;
  const offset = lineStart + position.column - 1;
  const nextLine = starts[position.line];
  // A column may point at the line break itself (the end of the line), never beyond it.
  return offset <= (nextLine ?? length) ? offset : undefined;
}

function toOffsetEdits(edits: readonly TextEdit[], text: string, starts: readonly number[], lineBreak: string): OffsetEdit[] | undefined {
  const out: OffsetEdit[] = [];
  for (const edit of edits) {
    const start = toOffset(edit.span.start, starts, text.length);
    const end = toOffset(edit.span.end, starts, text.length);
    if (start === undefined || end === undefined || end < start) return undefined;
    if (edit.expected !== undefined && text.slice(start, end).replace(/\r\n|\r/g, '\n') !== edit.expected) return undefined;
    out.push({ start, end, text: edit.text.replace(/(?<!\r)\n/g, lineBreak) });
  }
  return out;
}

/** True when two edits touch: overlapping ranges, or two insertions (or an insertion and a range end) at one point. */
function conflicts(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  return a.start === b.start || a.end === b.end || a.start === b.end || b.start === a.end;
}

export function applyFindingEdits(text: string, findings: readonly Finding[], lineBreaks: 'python' | 'lf'): ApplyResult {
  const starts = lineStarts(text, lineBreaks);
  const lineBreak = lineBreakOf(text);
  const accepted: OffsetEdit[] = [];
  const applied: Finding[] = [];
  for (const finding of findings) {
    if (!finding.edits || finding.edits.length === 0) continue;
    const edits = toOffsetEdits(finding.edits, text, starts, lineBreak);
    if (!edits) continue;
    // One finding's own edits may meet (a deletion ending where its insertion goes), never overlap.
    if (edits.some((edit, index) => edits.some((other, j) => j > index && edit.start < other.end && other.start < edit.end))) continue;
    if (edits.some((edit) => accepted.some((other) => conflicts(edit, other)))) continue;
    accepted.push(...edits);
    applied.push(finding);
  }
  let out = text;
  for (const edit of [...accepted].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return { text: out, applied };
}
