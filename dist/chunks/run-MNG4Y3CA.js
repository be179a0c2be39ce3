import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  failureDetail,
  runVerify
} from "./chunk-Q5G2PQ5N.js";
import "./chunk-RNEQ7S3V.js";
import "./chunk-BJQ7X43C.js";
import "./chunk-YV24EN2K.js";
import "./chunk-J6TMUVBO.js";
import "./chunk-P7OQDR4Q.js";
import "./chunk-WTAJ4RT2.js";
import "./chunk-LFHQEB3S.js";
import "./chunk-KTKPZMEF.js";
import "./chunk-QDBEOVNO.js";
import "./chunk-UDIAOLEI.js";
import "./chunk-XS2MS7GF.js";
export {
  failureDetail,
  runVerify
};
