import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  resolvePlanTarget
} from "./chunk-63S7IDHN.js";
import "./chunk-3QDX6O2P.js";
import "./chunk-JR5DKRGK.js";
import "./chunk-WGCHOZ4U.js";
import "./chunk-UDIAOLEI.js";
import "./chunk-XS2MS7GF.js";
export {
  resolvePlanTarget
};
