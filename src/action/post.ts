// The action's `post:` step (runs with `post-if: always()`): removes whatever a cancelled or crashed
// main step left behind — Airflow processes, the temporary Postgres cluster or container, temp dirs.
import * as core from '@actions/core';
import { CLEANUP_STATE_KEY, cleanupFromState, isEmptyState, parseCleanupState } from '../verify/cleanup.js';

export async function post(): Promise<void> {
  const state = parseCleanupState(core.getState(CLEANUP_STATE_KEY));
  if (isEmptyState(state)) return;
  core.info('Removing what the verify step left behind');
  const problems = await cleanupFromState(state);
  for (const problem of problems) core.warning(problem);
}

try {
  await post();
} catch (error) {
  // Cleanup must never fail the job on its own.
  core.warning(`cleanup after verify: ${error instanceof Error ? error.message : String(error)}`);
}
