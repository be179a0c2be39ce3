import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  bytesText,
  formatPlanMarkdown,
  formatPlanText
} from "./chunk-N7ZISAKI.js";
import "./chunk-QRGC7USF.js";
import "./chunk-DXXIN37Z.js";
import "./chunk-RSDSUM7C.js";
import "./chunk-SD5MQQMY.js";
import "./chunk-XS2MS7GF.js";
export {
  bytesText,
  formatPlanMarkdown,
  formatPlanText
};
