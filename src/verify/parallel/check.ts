import type { VerifyCheck } from '../types.js';
import { describeSetting } from './settings.js';
import type { ParallelResult } from './types.js';

export const PARALLEL_CHECK_NAME = 'tasks run in parallel';
export const CONFIGURED_EXECUTOR_CHECK_NAME = 'configured executor';
/** The lint rule for one-at-a-time executors, which also reports Airflow 3's rewrite of SequentialExecutor. */
const EXECUTOR_RULE = 'APF102';

/**
 * The probe's outcome as verify's checks: failed for one-at-a-time execution (pointing at the setting
 * responsible) and for a probe that could not finish; a warning, not a failure, for an executor verify
 * cannot start here. A configuration that names SequentialExecutor fails also where Airflow ran
 * LocalExecutor in its place: the file says one task at a time, and only a deprecation rewrite saved it.
 */
export function parallelChecks(result: ParallelResult, airflowVersion: string): VerifyCheck[] {
  const check: VerifyCheck = { name: PARALLEL_CHECK_NAME, ok: result.status === 'proved', detail: result.detail };
  if (result.status === 'not-provable') check.severity = 'warning';
  if (result.setting !== undefined && result.status !== 'proved') check.option = { section: result.setting.section, option: result.setting.option };
  if (result.setting?.option === 'executor' && result.status === 'one-at-a-time') check.ruleId = EXECUTOR_RULE;
  if (result.replacedExecutor === undefined || result.setting === undefined) return [check];
  return [
    check,
    {
      name: CONFIGURED_EXECUTOR_CHECK_NAME,
      ok: false,
      detail:
        `${describeSetting(result.setting)} names an executor that runs one task at a time; Airflow ${airflowVersion} has none by that name ` +
        `and ran ${result.executor} in its place (it rewrites this deprecated value with a warning): set [core] executor = ${result.executor}`,
      ruleId: EXECUTOR_RULE,
      option: { section: 'core', option: 'executor' },
    },
  ];
}
