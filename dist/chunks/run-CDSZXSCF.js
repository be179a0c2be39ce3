import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  failureDetail,
  runVerify
} from "./chunk-LGFBMYYA.js";
import "./chunk-BZVXKKX4.js";
import "./chunk-JR5DKRGK.js";
import "./chunk-MO2FRKH6.js";
import "./chunk-WGCHOZ4U.js";
import "./chunk-FVMEH7UH.js";
import "./chunk-EHIJUM37.js";
import "./chunk-RSDSUM7C.js";
import "./chunk-QDBEOVNO.js";
import "./chunk-UDIAOLEI.js";
import "./chunk-XS2MS7GF.js";
export {
  failureDetail,
  runVerify
};
