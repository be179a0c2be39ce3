// Plain text that may reach a runner log or a terminal. The runner executes a line that starts (after
// white space) with `::name`, and, in the legacy form, any line containing `##[name …]`; it splits lines
// on `\r` as well as `\n`. Terminals also act on escape sequences. So text read from a repository is
// made visible character by character before it joins a line, and every line written is neutralised
// once more on its way out, in case a caller forgot.
import type { Mask } from '../report/common.js';

/**
 * Written between the two characters of `::` and `##[`: the runner (and any reader of the log) no
 * longer sees a command, while a person reads the text as written. U+2060 WORD JOINER is not white
 * space for .NET's TrimStart or JavaScript's trimStart, so it cannot be trimmed away.
 */
export const COMMAND_BREAK = '\u2060';

/**
 * Control characters (C0 but tab, DEL, C1), line and paragraph separators, and the bidirectional
 * overrides that make text display in another order than it reads.
 */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

function escapeCharacter(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Repository text as one line: every control character (`\r`, `\n`, ESC, …) written as an escape. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escapeCharacter);
}

/** One line of output that no runner reads as a workflow command. */
export function neutraliseLine(line: string): string {
  return line.replace(/^([\s\u0085]*)::/, `$1:${COMMAND_BREAK}:`).replace(/##\[/g, `#${COMMAND_BREAK}#[`);
}

/**
 * What a colour library writes (SGR sequences), the only escape sequences output keeps, or one
 * invisible character other than newline. One regex pass: the output may be megabytes.
 */
const COLOUR_OR_INVISIBLE = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * The last step of everything the CLI prints and the action logs: control characters other than
 * tab, newline and colour sequences become visible, and no line can start a workflow command.
 */
export function finishText(text: string): string {
  const out = text.replace(COLOUR_OR_INVISIBLE, (match) => (match.length > 1 ? match : escapeCharacter(match)));
  return out.split('\n').map(neutraliseLine).join('\n');
}

/** A piece of repository text for a log or terminal line: masked, then made visible. */
export function logText(text: string, mask?: Mask): string {
  return visible(mask ? mask(text) : text);
}
