import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  isDowngradeOrUnknown,
  parseSize,
  runPlan
} from "./chunk-X6XIIPZR.js";
import "./chunk-NWC45VI7.js";
import "./chunk-7422ORMX.js";
import "./chunk-YV24EN2K.js";
import "./chunk-VFDNSX6K.js";
import "./chunk-LFHQEB3S.js";
import "./chunk-MSR2WZOL.js";
import "./chunk-ABOZGQII.js";
import "./chunk-XS2MS7GF.js";
export {
  isDowngradeOrUnknown,
  parseSize,
  runPlan
};
