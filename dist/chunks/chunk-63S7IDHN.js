import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  PlanError
} from "./chunk-3QDX6O2P.js";
import {
  installAirflow,
  resolveAirflowCommand
} from "./chunk-JR5DKRGK.js";
import {
  VerifyError
} from "./chunk-WGCHOZ4U.js";

// src/plan/target.ts
async function resolvePlanTarget(target, io) {
  try {
    if ("airflowCommand" in target) return await resolveAirflowCommand(target.airflowCommand);
    return await installAirflow(target.installAirflow, io);
  } catch (error) {
    if (error instanceof VerifyError) throw new PlanError(error.message);
    throw error;
  }
}

export {
  resolvePlanTarget
};
