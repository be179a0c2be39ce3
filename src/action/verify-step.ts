// The action's verify step: reads the verify inputs, runs the verification, sets the outputs and
// annotates the cfg line a failure maps to. src/action/main.ts loads this module with `await import()`
// only when `verify: true`, so the lint-only path never loads pg or testcontainers.
import { logInfo } from './log.js';
import { annotationMessageText, annotationPropertyText } from '../output/annotation.js';
import { logText } from '../output/text.js';
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { SecretRegistry } from '../secrets.js';
import { CLEANUP_STATE_KEY } from '../verify/cleanup.js';
import { knowledgeExecutorExtras, knowledgeMetastoreFacts, knowledgeOptionFacts } from '../verify/facts.js';
import { locateInCfg } from '../verify/locate.js';
import { DATABASE_CHOICES, type DatabaseChoice } from '../verify/providers/types.js';
import { DEFAULT_POSTGRES_IMAGE } from '../verify/providers/testcontainers.js';
import { runVerify } from '../verify/run.js';
import type { VerifyCheck, VerifyResult } from '../verify/types.js';
import { UsageError } from '../cli/usage-error.js';

export interface VerifyStepInputs {
  verify: boolean;
  database: DatabaseChoice;
  databaseUrl?: string | undefined;
  allowExistingDatabase: boolean;
  postgresImage: string;
  airflowCommand?: string | undefined;
  /** An exact release, or `target` for the version lint resolved. */
  installAirflow?: string | undefined;
  createAdminUser: boolean;
  proveParallel: boolean;
  allowConfigCommands: boolean;
}

export interface VerifyStepContext {
  /** The cfg to verify, as a path readable from the working directory. */
  cfgPath: string;
  /** The cfg path as annotations should name it (relative to the repository); cfgPath by default. */
  cfgFile?: string | undefined;
  /** The release lint resolved (TargetVersion.knowledgeVersion), for `install-airflow: target`. */
  targetVersion?: string | undefined;
  secrets?: SecretRegistry | undefined;
}

export function readVerifyInputs(): VerifyStepInputs {
  const database = (core.getInput('database') || 'auto').trim().toLowerCase();
  if (!(DATABASE_CHOICES as readonly string[]).includes(database)) {
    throw new UsageError(`input database: '${database}' is not one of ${DATABASE_CHOICES.join(', ')}`);
  }
  const databaseUrl = core.getInput('database-url') || undefined;
  return {
    verify: booleanInput('verify'),
    database: database as DatabaseChoice,
    databaseUrl,
    allowExistingDatabase: booleanInput('allow-existing-database'),
    postgresImage: core.getInput('postgres-image') || DEFAULT_POSTGRES_IMAGE,
    airflowCommand: core.getInput('airflow-command') || undefined,
    installAirflow: core.getInput('install-airflow') || undefined,
    createAdminUser: booleanInput('create-admin-user'),
    proveParallel: booleanInput('prove-parallel'),
    allowConfigCommands: booleanInput('allow-config-commands'),
  };
}

/** Runs verify when asked for; returns undefined when `verify` is off. */
export async function runVerifyStep(inputs: VerifyStepInputs, context: VerifyStepContext): Promise<VerifyResult | undefined> {
  if (!inputs.verify) return undefined;
  const secrets = context.secrets ?? new SecretRegistry();
  secrets.addUrlPassword(inputs.databaseUrl);
  for (const secret of secrets.values()) core.setSecret(secret);

  const installAirflow = inputs.installAirflow?.trim() === 'target' ? context.targetVersion : inputs.installAirflow;
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
      secrets,
    },
    {
      log: (line) => logInfo(logText(line, (text) => secrets.mask(text))),
      group: (title, fn) => core.group(title, fn),
      saveState: (state) => core.saveState(CLEANUP_STATE_KEY, JSON.stringify(state)),
    },
  );
  // Everything was removed: the post step has nothing left to do.
  core.saveState(CLEANUP_STATE_KEY, '');

  core.setOutput('verified', String(result.verified));
  core.setOutput('missing-tables', result.missingTables.join(','));
  core.setOutput('migration-head', result.migrationHead ?? '');
  await annotateFailures(result, context);
  return result;
}

/** One annotation per failed check that maps to a lint rule, on the cfg line responsible. */
async function annotateFailures(result: VerifyResult, context: VerifyStepContext): Promise<void> {
  const mapped = result.checks.filter((check) => !check.ok && check.ruleId !== undefined);
  if (mapped.length === 0) return;
  const text = await readFile(context.cfgPath, 'utf8').catch(() => '');
  for (const check of mapped) {
    const annotation = verifyAnnotation(check, text, context.cfgFile ?? context.cfgPath);
    if (check.severity === 'warning') core.warning(annotation.message, annotation.properties);
    else core.error(annotation.message, annotation.properties);
  }
}

export function verifyAnnotation(
  check: VerifyCheck,
  cfgText: string,
  file: string,
): { message: string; properties: core.AnnotationProperties } {
  const span = check.option === undefined ? undefined : locateInCfg(cfgText, check.option);
  const start = span?.start ?? { line: 1, column: 1 };
  const end = span?.end ?? start;
  const properties: core.AnnotationProperties = {
    title: `${check.ruleId ?? 'verify'}: ${check.name}`,
    file,
    startLine: start.line,
    endLine: end.line,
  };
  if (start.line === end.line) {
    properties.startColumn = start.column;
    properties.endColumn = end.column;
  }
  const where = span === undefined ? ' (the cause is not set in this file)' : '';
  const message = annotationMessageText(`Verify against a real metastore failed: ${check.detail}${where}`);
  return { message, properties: { ...properties, file: annotationPropertyText(file), title: annotationPropertyText(properties.title ?? '') } };
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  return value === 'true' || value === 'yes' || value === '1';
}
