import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  CLEANUP_STATE_KEY,
  cleanupFromState,
  isEmptyState,
  parseCleanupState
} from "./chunks/chunk-BH7HMXDU.js";
import {
  getState,
  info,
  warning
} from "./chunks/chunk-C3H65RNN.js";
import "./chunks/chunk-XS2MS7GF.js";

// src/action/post.ts
async function post() {
  const state = parseCleanupState(getState(CLEANUP_STATE_KEY));
  if (isEmptyState(state)) return;
  info("Removing what the verify step left behind");
  const problems = await cleanupFromState(state);
  for (const problem of problems) warning(problem);
}
try {
  await post();
} catch (error) {
  warning(`cleanup after verify: ${error instanceof Error ? error.message : String(error)}`);
}
export {
  post
};
