import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  bytesText,
  formatPlanMarkdown,
  formatPlanText
} from "./chunk-JW6YIWEK.js";
import "./chunk-O5X375EE.js";
import "./chunk-KZOJZPSZ.js";
import "./chunk-YIC32N6A.js";
import "./chunk-XS2MS7GF.js";
export {
  bytesText,
  formatPlanMarkdown,
  formatPlanText
};
