import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  isDowngradeOrUnknown,
  parseSize,
  runPlan
} from "./chunk-LWUFLQKR.js";
import "./chunk-3QDX6O2P.js";
import "./chunk-BZVXKKX4.js";
import "./chunk-EHIJUM37.js";
import "./chunk-RSDSUM7C.js";
import "./chunk-UDIAOLEI.js";
import "./chunk-XS2MS7GF.js";
export {
  isDowngradeOrUnknown,
  parseSize,
  runPlan
};
