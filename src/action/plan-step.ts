// The action's plan step (`plan: true`): what the target release's `airflow db migrate` would do to the
// metastore at `plan-database-url`, read-only. Loaded by src/action/main.ts only when asked for.
import * as core from '@actions/core';
import { join } from 'node:path';
import { UsageError } from '../cli/usage-error.js';
import { formatPlanMarkdown, formatPlanText } from '../plan/format.js';
import { knownMigrationHeads } from '../plan/known-heads.js';
import { PlanError } from '../plan/errors.js';
import { isDowngradeOrUnknown, parseSize, runPlan } from '../plan/run.js';
import { resolvePlanTarget, type PlanTarget } from '../plan/target.js';
import type { PlanResult } from '../plan/types.js';
import { jsonText } from '../output/json.js';
import { logText } from '../output/text.js';
import { maskUrlPasswords, urlPassword } from '../secrets.js';
import { logInfo } from './log.js';

export interface PlanStepOutcome {
  result: PlanResult;
  markdown: string;
  /** Why the step fails (downgrade, unknown revision, a table over the limit), or undefined. */
  failure: string | undefined;
}

export async function runPlanStep(targetVersion: string, writeJson: (path: string, json: string) => Promise<void>): Promise<PlanStepOutcome> {
  const databaseUrl = core.getInput('plan-database-url');
  if (!databaseUrl) throw new UsageError('plan: true needs plan-database-url (a read-only role\'s URL, from a secret)');
  const password = urlPassword(databaseUrl);
  if (password) core.setSecret(password);
  const limitText = core.getInput('plan-fail-on-rewrite');
  const failOnRewriteBytes = limitText ? parseSize(limitText) : undefined;
  if (limitText && failOnRewriteBytes === undefined) throw new UsageError(`input plan-fail-on-rewrite: '${limitText}' is not a size such as 500MB or 10GB`);
  const tempDir = process.env.RUNNER_TEMP ?? process.cwd();
  let result: PlanResult;
  try {
    const target = targetOf(targetVersion);
    const io = { log: (line: string) => core.debug(logText(line)), group: async <T>(_title: string, fn: () => Promise<T>) => fn() };
    const installation = await ('installAirflow' in target
      ? core.group(`Installing Airflow ${logText(target.installAirflow)} for the plan`, () => resolvePlanTarget(target, io))
      : resolvePlanTarget(target, io));
    result = await runPlan({
      databaseUrl,
      schema: core.getInput('plan-schema') || undefined,
      installation,
      sqlFile: join(tempDir, 'airflow-preflight-plan.sql'),
      failOnRewriteBytes,
      knownHeads: knownMigrationHeads,
      log: (line) => core.debug(logText(line, maskUrlPasswords)),
    });
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(maskUrlPasswords(error.message));
    throw error;
  }
  for (const line of formatPlanText(result).trimEnd().split('\n')) logInfo(line, maskUrlPasswords);
  const jsonFile = join(tempDir, 'airflow-preflight-plan.json');
  await writeJson(jsonFile, jsonText({ plan: result }, maskUrlPasswords));
  core.setOutput('plan-status', result.status);
  core.setOutput('plan-file', jsonFile);
  if (result.sqlFile) core.setOutput('plan-sql-file', result.sqlFile);
  const failure =
    isDowngradeOrUnknown(result)
      ? `Migration plan: ${result.message ?? result.status}`
      : result.overLimit.length > 0
        ? `Migration plan: ${result.overLimit.length} table(s) above plan-fail-on-rewrite would be rewritten or locked for a full pass (${result.overLimit.map((o) => o.table).join(', ')}).`
        : undefined;
  return { result, markdown: formatPlanMarkdown(result), failure };
}

/** The release to plan for: airflow-command, else install-airflow (`target`: the version lint used). */
function targetOf(targetVersion: string): PlanTarget {
  const command = core.getInput('airflow-command');
  if (command) return { airflowCommand: command };
  const install = core.getInput('install-airflow').trim();
  if (!install) throw new UsageError('plan: true needs the target release: set install-airflow (a version, or `target`) or airflow-command');
  return { installAirflow: install === 'target' ? targetVersion : install };
}
