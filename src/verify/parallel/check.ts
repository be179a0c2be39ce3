import type { VerifyCheck } from '../types.js';
import type { ParallelResult } from './types.js';

export const PARALLEL_CHECK_NAME = 'tasks run in parallel';

/**
 * The probe's outcome as one of verify's checks: failed for one-at-a-time execution (pointing at the
 * setting responsible) and for a probe that could not finish; a warning, not a failure, for an
 * executor verify cannot start here.
 */
export function parallelCheck(result: ParallelResult): VerifyCheck {
  const check: VerifyCheck = { name: PARALLEL_CHECK_NAME, ok: result.status === 'proved', detail: result.detail };
  if (result.status === 'not-provable') check.severity = 'warning';
  if (result.setting !== undefined) check.option = { section: result.setting.section, option: result.setting.option };
  return check;
}
