import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  runVerify
} from "./chunk-7RKVJJTN.js";
import "./chunk-RE2SGCZU.js";
import "./chunk-NWC45VI7.js";
import "./chunk-YV24EN2K.js";
import "./chunk-MO2FRKH6.js";
import "./chunk-P7OQDR4Q.js";
import "./chunk-DO3PCHGP.js";
import "./chunk-LFHQEB3S.js";
import "./chunk-DWOQOCB5.js";
import "./chunk-WUSMB3ND.js";
import "./chunk-ABOZGQII.js";
import "./chunk-XS2MS7GF.js";
export {
  runVerify
};
