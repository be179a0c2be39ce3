import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  COMMAND_BREAK,
  finishText,
  visible
} from "./chunk-SD5MQQMY.js";
import {
  info,
  notice,
  setFailed,
  warning
} from "./chunk-C3H65RNN.js";

// src/output/annotation.ts
function breakLegacyCommands(text) {
  return text.replace(/##\[/g, `#${COMMAND_BREAK}#[`);
}
function annotationMessageText(text) {
  return breakLegacyCommands(text.split("\n").map(visible).join("\n"));
}
function annotationPropertyText(text) {
  return breakLegacyCommands(visible(text));
}

// src/action/log.ts
function prepare(text, mask) {
  return mask ? mask(text) : text;
}
function logInfo(text, mask) {
  info(finishText(prepare(text, mask)));
}
function logNotice(text, mask) {
  notice(annotationMessageText(prepare(text, mask)));
}
function logWarning(text, mask) {
  warning(annotationMessageText(prepare(text, mask)));
}
function logFailed(text, mask) {
  setFailed(annotationMessageText(prepare(text, mask)));
}

export {
  annotationMessageText,
  annotationPropertyText,
  logInfo,
  logNotice,
  logWarning,
  logFailed
};
