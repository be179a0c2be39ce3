// The action's `post:` step (runs with `post-if: always()`): removes whatever a cancelled or crashed
// main step left behind — Airflow processes, the temporary Postgres cluster or container, temp dirs —
// after checking that each saved entry is one the verify step creates (src/action/post-state.ts).
import * as core from '@actions/core';
import { CLEANUP_STATE_KEY, cleanupFromState, isEmptyState, parseCleanupState } from '../verify/cleanup.js';
import { logInfo, logWarning } from './log.js';
import { checkCleanupState } from './post-state.js';

export async function post(): Promise<void> {
  const saved = parseCleanupState(core.getState(CLEANUP_STATE_KEY));
  if (isEmptyState(saved)) return;
  const { state, rejected } = checkCleanupState(saved);
  for (const line of rejected) logWarning(line);
  if (isEmptyState(state)) return;
  logInfo('Removing what the verify step left behind');
  const problems = await cleanupFromState(state);
  for (const problem of problems) logWarning(problem);
}

try {
  await post();
} catch (error) {
  // Cleanup must never fail the job on its own.
  logWarning(`cleanup after verify: ${error instanceof Error ? error.message : String(error)}`);
}
