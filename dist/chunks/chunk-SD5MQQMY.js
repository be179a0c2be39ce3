import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/output/text.ts
var COMMAND_BREAK = "\u2060";
var INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "\x1B": "\\e" };
function escapeCharacter(char) {
  const named = NAMED[char];
  if (named !== void 0) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function visible(text) {
  return text.replace(INVISIBLE, escapeCharacter);
}
function neutraliseLine(line) {
  return line.replace(/^([\s\u0085]*)::/, `$1:${COMMAND_BREAK}:`).replace(/##\[/g, `#${COMMAND_BREAK}#[`);
}
var COLOUR_OR_INVISIBLE = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function finishText(text) {
  const out = text.replace(COLOUR_OR_INVISIBLE, (match) => match.length > 1 ? match : escapeCharacter(match));
  return out.split("\n").map(neutraliseLine).join("\n");
}
function logText(text, mask) {
  return visible(mask ? mask(text) : text);
}

export {
  COMMAND_BREAK,
  visible,
  finishText,
  logText
};
