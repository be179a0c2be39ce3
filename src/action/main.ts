// The GitHub Action shell: reads inputs, runs the same lint as the CLI, and reports through
// annotations, the job summary, outputs and files. The verify path is loaded only when asked for.
import { logFailed, logInfo, logNotice, logWarning } from './log.js';
import { jsonText } from '../output/json.js';
import { logText } from '../output/text.js';
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runLint, splitList } from '../app/run-lint.js';
import { buildSarif } from '../app/sarif.js';
import { omittedResults, omittedResultsText } from '../report/sarif.js';
import { FAIL_ON_LEVELS, reachesFailLevel, type FailOn } from '../engine/types.js';
import { ALL_RULE_METAS } from '../rules/registry.js';
import { omittedAnnotationsText, planAnnotations, toAnnotation } from '../report/annotations.js';
import { toJson } from '../report/json.js';
import { buildSummary } from '../report/summary.js';
import { DOCS_BASE_URL } from '../report/docs-url.js';
import { UsageError } from '../cli/usage-error.js';
import { assertInsideWorkspace, confineReadsTo } from '../io/confine.js';
import { loadProjectConfig } from '../project-config/load.js';
import { applyBaseline } from '../baseline/baseline.js';
import { readBaselineFile } from '../baseline/read.js';
import { sourceLines } from '../app/source-lines.js';
import { changedLinesOfPullRequest, findingsOnChangedLines } from './changed-lines.js';
import type { Finding } from '../findings.js';

export async function run(): Promise<void> {
  // Every file the action reads must resolve inside the workspace: see src/io/confine.ts.
  confineReadsTo(process.env.GITHUB_WORKSPACE || process.cwd());
  const root = core.getInput('working-directory') || '.';
  const project = await loadProjectConfig(core.getInput('config-file') || undefined, root);
  const failOn = readFailOn() ?? project.failOn ?? 'error';
  const tempDir = process.env.RUNNER_TEMP ?? process.cwd();
  const findingsFile = core.getInput('findings-file') || join(tempDir, 'airflow-preflight-findings.json');
  const sarifFile = core.getInput('sarif-file') || join(tempDir, 'airflow-preflight.sarif');

  const linted = await runLint({
    paths: splitList(core.getInput('config')),
    root,
    project,
    airflowVersion: core.getInput('airflow-version') || undefined,
    envFiles: splitList(core.getInput('env-file')),
    disable: splitList(core.getInput('disable')),
    strictSuppressions: core.getBooleanInput('strict-suppressions'),
    compose: splitList(core.getInput('compose')),
    helmValues: splitList(core.getInput('helm-values')),
    dockerfiles: splitList(core.getInput('dockerfile')),
    discover: readDiscover(),
  });
  const { sources } = linted;
  let { result } = linted;
  for (const secret of result.secrets.values()) core.setSecret(secret);
  const mask = (text: string) => result.secrets.mask(text);
  const baselinePath = core.getInput('baseline');
  if (baselinePath) {
    const context = { root, lines: sourceLines(sources), mask };
    result = applyBaseline(result, await readBaselineFile(baselinePath), baselinePath, context);
    logInfo(`Baseline ${logText(baselinePath)}: ${result.baseline?.hidden ?? 0} known finding(s) hidden, ${result.baseline?.stale.length ?? 0} stale entries.`);
  }

  logInfo(`Target Airflow ${result.target.knowledgeVersion}: ${logText(result.target.reason, mask)}`);
  if (result.target.notice) logNotice(result.target.notice, mask);

  if (core.getBooleanInput('verify')) {
    // Loaded on demand, so a lint-only run never loads pg or testcontainers.
    const { readVerifyInputs, runVerifyStep } = await import('./verify-step.js');
    const cfgPath = verifyConfigPath(sources.map((source) => source.path));
    await assertInsideWorkspace(cfgPath);
    result.verify = await runVerifyStep(readVerifyInputs(), {
      cfgPath,
      targetVersion: result.target.knowledgeVersion,
      secrets: result.secrets,
    });
  }

  // plan: true — loaded on demand like verify; the metastore is only read (src/plan/metastore.ts).
  const planned = core.getBooleanInput('plan')
    ? await (await import('./plan-step.js')).runPlanStep(result.target.knowledgeVersion, writeOutputFile)
    : undefined;

  const failing = result.findings.filter((finding) => reachesFailLevel(finding.severity, failOn));
  const annotated = await annotatedFindings(result.findings);
  const plan = planAnnotations(annotated, { perSeverity: 10, reserveFailureSlot: failing.length > 0 });
  const aliases = new Map(ALL_RULE_METAS.map((meta) => [meta.id, meta.alias]));
  for (const finding of plan.annotate) {
    const annotation = toAnnotation(finding, aliases.get(finding.ruleId), mask);
    core[annotation.severity](annotation.message, annotation.properties);
  }
  const omittedText = omittedAnnotationsText(plan.omitted, { total: result.findings.length, findingsFile });
  if (omittedText) logInfo(omittedText);

  await writeOutputFile(findingsFile, jsonText(toJson(result, { mask })));
  const sarif = buildSarif(result, sources, mask);
  const omittedFromSarif = omittedResults(sarif);
  if (omittedFromSarif > 0) logInfo(omittedResultsText(omittedFromSarif, sarif.runs[0]?.results.length ?? 0));
  await writeOutputFile(sarifFile, jsonText(sarif));
  await writeSummary(
    buildSummary(result, { docsBaseUrl: DOCS_BASE_URL, omitted: plan.omitted, findingsFile, sarifFile, mask }) +
      (planned ? `\n${planned.markdown}` : ''),
  );

  core.setOutput('errors', result.counts.error);
  core.setOutput('warnings', result.counts.warning);
  core.setOutput('notices', result.counts.notice);
  core.setOutput('findings-file', findingsFile);
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('target-airflow-version', result.target.knowledgeVersion);

  if (failing.length > 0) {
    core.setFailed(`${failing.length} finding(s) at or above fail-on level '${failOn}'; see the annotations and the job summary.`);
  } else if (result.verify && !result.verify.verified) {
    core.setFailed('Verification against a throwaway metastore failed; see the job summary.');
  } else if (planned?.failure) {
    core.setFailed(planned.failure);
  }
}

/**
 * `only-changed`: annotate only findings on lines the pull request adds or changes; every finding still
 * goes to the summary, the findings file and SARIF. Without a usable base commit, all, with a notice.
 */
async function annotatedFindings(findings: readonly Finding[]): Promise<readonly Finding[]> {
  if (!core.getBooleanInput('only-changed')) return findings;
  const changed = await changedLinesOfPullRequest(process.env.GITHUB_EVENT_PATH, process.cwd());
  if (!changed.ok) {
    core.notice(`only-changed: annotating every finding, because ${changed.reason}.`);
    return findings;
  }
  const kept = findingsOnChangedLines(findings, changed.changed, changed.toRepoPath);
  core.info(`only-changed: ${kept.length} of ${findings.length} finding(s) are on lines this pull request adds or changes (against ${changed.base.slice(0, 12)}); the job summary and SARIF list all.`);
  return kept;
}

/** The cfg verify runs with: the `verify-config` input, else the one cfg file that was linted. */
function verifyConfigPath(linted: readonly string[]): string {
  const chosen = core.getInput('verify-config');
  if (chosen) return chosen;
  const cfgs = linted.filter((path) => path.endsWith('.cfg'));
  if (cfgs.length === 1 && cfgs[0] !== undefined) return cfgs[0];
  throw new UsageError(
    cfgs.length === 0
      ? 'verify needs an airflow.cfg, but none was linted: set the config or verify-config input'
      : `verify runs one airflow.cfg, and ${cfgs.length} were linted (${cfgs.join(', ')}): set the verify-config input`,
  );
}

function readDiscover(): boolean | undefined {
  const value = (core.getInput('discover') || 'auto').trim().toLowerCase();
  if (value === 'auto') return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new UsageError(`input discover: '${value}' is not one of auto, true, false`);
}

/** The fail-on input, or undefined when empty (then the configuration file decides). */
function readFailOn(): FailOn | undefined {
  const value = core.getInput('fail-on').trim().toLowerCase();
  if (value === '') return undefined;
  if ((FAIL_ON_LEVELS as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`input fail-on: '${value}' is not one of ${FAIL_ON_LEVELS.join(', ')}`);
}

async function writeOutputFile(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, 'utf8');
}

/**
 * `core.summary.write()` throws where GITHUB_STEP_SUMMARY is unset or its file is missing (a local run,
 * an unusual runner): the findings are in the annotations and files already, so say so and go on.
 */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    logWarning(`The job summary could not be written (${error instanceof Error ? error.message : String(error)}); the findings are in findings-file.`);
  }
}

try {
  await run();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  logFailed(error instanceof UsageError ? message : `internal error: ${message.split('\n')[0] ?? ''} (please report it)`);
}
