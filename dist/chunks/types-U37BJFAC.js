import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  DATABASE_CHOICES,
  VerifyError,
  toAirflowUrl,
  toLibpqUrl
} from "./chunk-P7OQDR4Q.js";
import "./chunk-XS2MS7GF.js";
export {
  DATABASE_CHOICES,
  VerifyError,
  toAirflowUrl,
  toLibpqUrl
};
