import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  failureDetail,
  runVerify
} from "./chunk-IFD2OU5Y.js";
import "./chunk-3XXGEHE3.js";
import "./chunk-Y4JAGD4V.js";
import "./chunk-YV24EN2K.js";
import "./chunk-MO2FRKH6.js";
import "./chunk-P7OQDR4Q.js";
import "./chunk-FVMEH7UH.js";
import "./chunk-LFHQEB3S.js";
import "./chunk-RSDSUM7C.js";
import "./chunk-LC3QQWTI.js";
import "./chunk-QDBEOVNO.js";
import "./chunk-UDIAOLEI.js";
import "./chunk-XS2MS7GF.js";
export {
  failureDetail,
  runVerify
};
