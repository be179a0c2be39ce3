import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  runVerify
} from "./chunk-PN6KANWZ.js";
import "./chunk-2LZFX5X3.js";
import "./chunk-7ZWEAJZH.js";
import "./chunk-BH7HMXDU.js";
import "./chunk-XS2MS7GF.js";
export {
  runVerify
};
