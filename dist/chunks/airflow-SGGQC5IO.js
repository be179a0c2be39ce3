import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  AirflowRunner,
  EXECUTOR_CHECK,
  MIGRATE_AND_CHECK,
  airflowCacheDir,
  installAirflow,
  installedAirflowVersion,
  interpreterOf,
  parseAirflowVersion,
  parseExecutorCheck,
  parseSessionOutput,
  randomPassword,
  resolveAirflowCommand
} from "./chunk-3XXGEHE3.js";
import "./chunk-P7OQDR4Q.js";
import "./chunk-UDIAOLEI.js";
import "./chunk-XS2MS7GF.js";
export {
  AirflowRunner,
  EXECUTOR_CHECK,
  MIGRATE_AND_CHECK,
  airflowCacheDir,
  installAirflow,
  installedAirflowVersion,
  interpreterOf,
  parseAirflowVersion,
  parseExecutorCheck,
  parseSessionOutput,
  randomPassword,
  resolveAirflowCommand
};
