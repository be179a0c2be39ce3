import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  bytesText,
  formatPlanMarkdown,
  formatPlanText
} from "./chunk-RGNM6FJM.js";
import "./chunk-4GWODK6V.js";
import "./chunk-DIUM24UJ.js";
import "./chunk-SD5MQQMY.js";
import "./chunk-XS2MS7GF.js";
export {
  bytesText,
  formatPlanMarkdown,
  formatPlanText
};
