import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  DEFAULT_POSTGRES_IMAGE,
  locateInCfg,
  runVerify
} from "./chunk-LGFBMYYA.js";
import "./chunk-BZVXKKX4.js";
import "./chunk-JR5DKRGK.js";
import {
  knowledgeExecutorExtras,
  knowledgeMetastoreFacts,
  knowledgeOptionFacts
} from "./chunk-D3A4L3AO.js";
import "./chunk-MO2FRKH6.js";
import {
  DATABASE_CHOICES
} from "./chunk-WGCHOZ4U.js";
import "./chunk-GZQFANC4.js";
import {
  UsageError
} from "./chunk-RRJEZCB6.js";
import "./chunk-FVMEH7UH.js";
import {
  SecretRegistry
} from "./chunk-EHIJUM37.js";
import "./chunk-RSDSUM7C.js";
import {
  CLEANUP_STATE_KEY
} from "./chunk-QDBEOVNO.js";
import "./chunk-UDIAOLEI.js";
import {
  annotationMessageText,
  annotationPropertyText,
  logInfo
} from "./chunk-WGQV5XDP.js";
import {
  logText
} from "./chunk-SD5MQQMY.js";
import {
  error,
  getInput,
  group,
  saveState,
  setOutput,
  setSecret,
  warning
} from "./chunk-C3H65RNN.js";
import "./chunk-XS2MS7GF.js";

// src/action/verify-step.ts
import { readFile } from "node:fs/promises";
function readVerifyInputs() {
  const database = (getInput("database") || "auto").trim().toLowerCase();
  if (!DATABASE_CHOICES.includes(database)) {
    throw new UsageError(`input database: '${database}' is not one of ${DATABASE_CHOICES.join(", ")}`);
  }
  const databaseUrl = getInput("database-url") || void 0;
  return {
    verify: booleanInput("verify"),
    database,
    databaseUrl,
    allowExistingDatabase: booleanInput("allow-existing-database"),
    postgresImage: getInput("postgres-image") || DEFAULT_POSTGRES_IMAGE,
    airflowCommand: getInput("airflow-command") || void 0,
    installAirflow: getInput("install-airflow") || void 0,
    createAdminUser: booleanInput("create-admin-user"),
    proveParallel: booleanInput("prove-parallel"),
    allowConfigCommands: booleanInput("allow-config-commands")
  };
}
async function runVerifyStep(inputs, context) {
  if (!inputs.verify) return void 0;
  const secrets = context.secrets ?? new SecretRegistry();
  secrets.addUrlPassword(inputs.databaseUrl);
  for (const secret of secrets.values()) setSecret(secret);
  const installAirflow = inputs.installAirflow?.trim() === "target" ? context.targetVersion : inputs.installAirflow;
  const result = await runVerify(
    {
      cfgPath: context.cfgPath,
      airflowCommand: inputs.airflowCommand,
      installAirflow,
      database: inputs.database,
      databaseUrl: inputs.databaseUrl,
      allowExistingDatabase: inputs.allowExistingDatabase,
      postgresImage: inputs.postgresImage,
      createAdminUser: inputs.createAdminUser,
      proveParallel: inputs.proveParallel,
      allowConfigCommands: inputs.allowConfigCommands,
      optionFacts: knowledgeOptionFacts,
      executorExtras: knowledgeExecutorExtras,
      metastoreFacts: knowledgeMetastoreFacts,
      secrets
    },
    {
      log: (line) => logInfo(logText(line, (text) => secrets.mask(text))),
      group: (title, fn) => group(title, fn),
      saveState: (state) => saveState(CLEANUP_STATE_KEY, JSON.stringify(state))
    }
  );
  saveState(CLEANUP_STATE_KEY, "");
  setOutput("verified", String(result.verified));
  setOutput("missing-tables", result.missingTables.join(","));
  setOutput("migration-head", result.migrationHead ?? "");
  await annotateFailures(result, context);
  return result;
}
async function annotateFailures(result, context) {
  const mapped = result.checks.filter((check) => !check.ok && check.ruleId !== void 0);
  if (mapped.length === 0) return;
  const text = await readFile(context.cfgPath, "utf8").catch(() => "");
  for (const check of mapped) {
    const annotation = verifyAnnotation(check, text, context.cfgFile ?? context.cfgPath);
    if (check.severity === "warning") warning(annotation.message, annotation.properties);
    else error(annotation.message, annotation.properties);
  }
}
function verifyAnnotation(check, cfgText, file) {
  const span = check.option === void 0 ? void 0 : locateInCfg(cfgText, check.option);
  const start = span?.start ?? { line: 1, column: 1 };
  const end = span?.end ?? start;
  const properties = {
    title: `${check.ruleId ?? "verify"}: ${check.name}`,
    file,
    startLine: start.line,
    endLine: end.line
  };
  if (start.line === end.line) {
    properties.startColumn = start.column;
    properties.endColumn = end.column;
  }
  const where = span === void 0 ? " (the cause is not set in this file)" : "";
  const message = annotationMessageText(`Verify against a real metastore failed: ${check.detail}${where}`);
  return { message, properties: { ...properties, file: annotationPropertyText(file), title: annotationPropertyText(properties.title ?? "") } };
}
function booleanInput(name) {
  const value = getInput(name).trim().toLowerCase();
  return value === "true" || value === "yes" || value === "1";
}
export {
  readVerifyInputs,
  runVerifyStep,
  verifyAnnotation
};
