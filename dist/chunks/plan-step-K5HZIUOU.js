import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  formatPlanMarkdown,
  formatPlanText
} from "./chunk-N7ZISAKI.js";
import {
  isDowngradeOrUnknown,
  parseSize,
  runPlan
} from "./chunk-LWUFLQKR.js";
import {
  resolvePlanTarget
} from "./chunk-63S7IDHN.js";
import {
  PlanError
} from "./chunk-3QDX6O2P.js";
import "./chunk-BZVXKKX4.js";
import "./chunk-JR5DKRGK.js";
import "./chunk-QRGC7USF.js";
import {
  knownMigrationHeads
} from "./chunk-WIX7LHM2.js";
import "./chunk-WGCHOZ4U.js";
import {
  jsonText
} from "./chunk-CX5KMISR.js";
import {
  UsageError
} from "./chunk-RRJEZCB6.js";
import "./chunk-DXXIN37Z.js";
import {
  maskUrlPasswords,
  urlPassword
} from "./chunk-EHIJUM37.js";
import "./chunk-RSDSUM7C.js";
import "./chunk-UDIAOLEI.js";
import {
  logInfo
} from "./chunk-WGQV5XDP.js";
import {
  logText
} from "./chunk-SD5MQQMY.js";
import {
  debug,
  getInput,
  group,
  setOutput,
  setSecret
} from "./chunk-C3H65RNN.js";
import "./chunk-XS2MS7GF.js";

// src/action/plan-step.ts
import { join } from "node:path";
async function runPlanStep(targetVersion, writeJson) {
  const databaseUrl = getInput("plan-database-url");
  if (!databaseUrl) throw new UsageError("plan: true needs plan-database-url (a read-only role's URL, from a secret)");
  const password = urlPassword(databaseUrl);
  if (password) setSecret(password);
  const limitText = getInput("plan-fail-on-rewrite");
  const failOnRewriteBytes = limitText ? parseSize(limitText) : void 0;
  if (limitText && failOnRewriteBytes === void 0) throw new UsageError(`input plan-fail-on-rewrite: '${limitText}' is not a size such as 500MB or 10GB`);
  const tempDir = process.env.RUNNER_TEMP ?? process.cwd();
  let result;
  try {
    const target = targetOf(targetVersion);
    const io = { log: (line) => debug(logText(line)), group: async (_title, fn) => fn() };
    const installation = await ("installAirflow" in target ? group(`Installing Airflow ${logText(target.installAirflow)} for the plan`, () => resolvePlanTarget(target, io)) : resolvePlanTarget(target, io));
    result = await runPlan({
      databaseUrl,
      schema: getInput("plan-schema") || void 0,
      installation,
      sqlFile: join(tempDir, "airflow-preflight-plan.sql"),
      failOnRewriteBytes,
      knownHeads: knownMigrationHeads,
      log: (line) => debug(logText(line, maskUrlPasswords))
    });
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(maskUrlPasswords(error.message));
    throw error;
  }
  for (const line of formatPlanText(result).trimEnd().split("\n")) logInfo(line, maskUrlPasswords);
  const jsonFile = join(tempDir, "airflow-preflight-plan.json");
  await writeJson(jsonFile, jsonText({ plan: result }, maskUrlPasswords));
  setOutput("plan-status", result.status);
  setOutput("plan-file", jsonFile);
  if (result.sqlFile) setOutput("plan-sql-file", result.sqlFile);
  const failure = isDowngradeOrUnknown(result) ? `Migration plan: ${result.message ?? result.status}` : result.overLimit.length > 0 ? `Migration plan: ${result.overLimit.length} table(s) above plan-fail-on-rewrite would be rewritten or locked for a full pass (${result.overLimit.map((o) => o.table).join(", ")}).` : void 0;
  return { result, markdown: formatPlanMarkdown(result), failure };
}
function targetOf(targetVersion) {
  const command = getInput("airflow-command");
  if (command) return { airflowCommand: command };
  const install = getInput("install-airflow").trim();
  if (!install) throw new UsageError("plan: true needs the target release: set install-airflow (a version, or `target`) or airflow-command");
  return { installAirflow: install === "target" ? targetVersion : install };
}
export {
  runPlanStep
};
