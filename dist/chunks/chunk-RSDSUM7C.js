import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/regexp.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function trimTrailing(text, char) {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end -= 1;
  return text.slice(0, end);
}
function withoutQuery(url) {
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}
function joinLines(text) {
  return text.replace(/\s+/g, (run) => run.includes("\n") ? " " : run);
}
var WORD = /\w/;
function replaceDollarReferences(text, replace) {
  let out = "";
  let copied = 0;
  let close = -1;
  for (let at = text.indexOf("$"); at >= 0 && at < text.length; at = text.indexOf("$", at + 1)) {
    const next = text[at + 1] ?? "";
    let end = -1;
    if (WORD.test(next)) {
      end = at + 2;
      while (end < text.length && WORD.test(text[end])) end += 1;
    } else if (next === "{") {
      if (close !== Infinity && close < at + 2) close = text.indexOf("}", at + 2);
      if (close < 0) close = Infinity;
      if (close !== Infinity) end = close + 1;
    }
    if (end < 0) continue;
    const braced = next === "{";
    const whole = text.slice(at, end);
    const replacement = replace(braced ? whole.slice(2, -1) : whole.slice(1), braced, whole);
    if (replacement === void 0) continue;
    out += text.slice(copied, at) + replacement;
    copied = end;
    at = end - 1;
  }
  return out + text.slice(copied);
}

export {
  escapeRegExp,
  trimTrailing,
  withoutQuery,
  joinLines,
  replaceDollarReferences
};
