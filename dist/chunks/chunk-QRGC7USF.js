import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  oneLine
} from "./chunk-DXXIN37Z.js";
import {
  visible
} from "./chunk-SD5MQQMY.js";

// src/output/markdown.ts
function escapeMarkdown(text) {
  return visible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~$!#@]/g, (char) => `\\${char}`).replace(/:\/\//g, "\\://").replace(/\b(www)\./gi, "$1\\.");
}
function markdownInline(text, mask) {
  return escapeMarkdown(oneLine(mask ? mask(text) : text));
}
function markdownCode(text, mask) {
  const clean = visible(oneLine(mask ? mask(text) : text));
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const padded = clean.startsWith("`") || clean.endsWith("`") || clean.startsWith(" ") ? ` ${clean} ` : clean;
  return `${fence}${padded}${fence}`;
}
function markdownFence(lines, mask) {
  const text = lines.map((line) => visible(mask ? mask(line) : line)).join("\n");
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const marker = "`".repeat(longest + 1);
  return `${marker}text
${text}
${marker}`;
}

export {
  escapeMarkdown,
  markdownInline,
  markdownCode,
  markdownFence
};
