import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  joinLines
} from "./chunk-RSDSUM7C.js";

// src/report/common.ts
var noMask = (text) => text;
var SEVERITIES = ["error", "warning", "notice"];
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function countsText(counts) {
  return SEVERITIES.map((severity) => plural(counts[severity], severity)).join(", ");
}
function nonZeroCountsText(counts) {
  return SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity)).join(", ");
}
function summaryLine(counts, suppressed) {
  return `${countsText(counts)} (${suppressed} suppressed)`;
}
function targetVersionText(target) {
  if (target.requested === target.knowledgeVersion || target.requested === "") {
    return `Airflow ${target.knowledgeVersion}`;
  }
  return `Airflow ${target.requested} (checked against ${target.knowledgeVersion})`;
}
function oneLine(text) {
  return joinLines(text);
}

export {
  noMask,
  SEVERITIES,
  plural,
  countsText,
  nonZeroCountsText,
  summaryLine,
  targetVersionText,
  oneLine
};
