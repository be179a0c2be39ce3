import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  PlanConnectionError,
  connectReadOnly,
  libpqUrl
} from "./chunk-WHFPUKDS.js";
import "./chunk-YV24EN2K.js";
import "./chunk-LC3QQWTI.js";
import "./chunk-XS2MS7GF.js";
export {
  PlanConnectionError,
  connectReadOnly,
  libpqUrl
};
