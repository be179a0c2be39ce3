// Markdown for the job summary. Text from the repository must show as written: no HTML, no links,
// no emphasis, no broken table rows, no code span closed early.
import type { Mask } from '../report/common.js';
import { oneLine } from '../report/common.js';
import { visible } from './text.js';

/**
 * Escapes text for a paragraph, heading or table cell. HTML characters become entities; Markdown's
 * punctuation gets a backslash (which also keeps a `|` from ending a table cell); the `:` of `://`,
 * the `.` after `www` and every `@` get one too, which splits the text where GitHub's autolinker
 * would otherwise find a URL or an e-mail address.
 */
export function escapeMarkdown(text: string): string {
  return visible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$!#@]/g, (char) => `\\${char}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Repository text as one line of Markdown: masked, newlines folded, then escaped. */
export function markdownInline(text: string, mask?: Mask): string {
  return escapeMarkdown(oneLine(mask ? mask(text) : text));
}

/**
 * A code span whose fence is longer than any backtick run inside it, so no path can close it
 * early; inside a code span GitHub renders no HTML and no links. Not for table cells: a `|` would
 * end the cell (tables take `markdownInline`).
 */
export function markdownCode(text: string, mask?: Mask): string {
  const clean = visible(oneLine(mask ? mask(text) : text));
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a leading or trailing backtick from joining the fence; Markdown drops both.
  const padded = clean.startsWith('`') || clean.endsWith('`') || clean.startsWith(' ') ? ` ${clean} ` : clean;
  return `${fence}${padded}${fence}`;
}

/** A fenced block longer than any backtick run inside it; every line is made visible. */
export function markdownFence(lines: readonly string[], mask?: Mask): string {
  const text = lines.map((line) => visible(mask ? mask(line) : line)).join('\n');
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const marker = '`'.repeat(longest + 1);
  return `${marker}text\n${text}\n${marker}`;
}
