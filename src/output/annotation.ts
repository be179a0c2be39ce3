// Annotation text for `core.error/warning/notice`. @actions/core already percent-encodes `%`, `\r`
// and `\n` (and `:`/`,` in properties), so the command line itself cannot be split; this keeps the
// shown text honest too: control characters visible, no `##[` for a log reader that re-parses it.
import { visible, COMMAND_BREAK } from './text.js';

function breakLegacyCommands(text: string): string {
  return text.replace(/##\[/g, `#${COMMAND_BREAK}#[`);
}

/** An annotation message: its own line breaks (message, then fix) kept, everything else visible. */
export function annotationMessageText(text: string): string {
  return breakLegacyCommands(text.split('\n').map(visible).join('\n'));
}

/** An annotation property (file, title): one line. */
export function annotationPropertyText(text: string): string {
  return breakLegacyCommands(visible(text));
}
