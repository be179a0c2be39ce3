import { writeFile } from 'node:fs/promises';
import { jsonText } from '../output/json.js';
import { printErr, printJsonText, printOut } from '../output/terminal.js';
import { visible } from '../output/text.js';
import { runLint, splitList, type RunLintOutput } from '../app/run-lint.js';
import { runFix } from '../fix/run-fix.js';
import { buildSarif } from '../app/sarif.js';
import { omittedResults, omittedResultsText } from '../report/sarif.js';
import { reachesFailLevel, type FailOn } from '../engine/types.js';
import { formatText } from '../report/text.js';
import { toJson } from '../report/json.js';
import { describeFsError } from '../io/read-source.js';
import { UsageError } from './usage-error.js';
import { loadProjectConfig } from '../project-config/load.js';
import { applyBaseline, buildBaseline, formatBaseline } from '../baseline/baseline.js';
import { readBaselineFile } from '../baseline/read.js';
import { sourceLines } from '../app/source-lines.js';
import { buildRdJson } from '../app/rdjson.js';

export interface LintCommandOptions {
  airflowVersion?: string;
  format: 'text' | 'json' | 'sarif' | 'rdjson';
  /** Undefined when not given: the configuration file's fail-on, else `error`. */
  failOn?: FailOn | undefined;
  config?: string | undefined;
  baseline?: string | undefined;
  writeBaseline?: string | undefined;
  fix?: boolean | undefined;
  dryRun?: boolean | undefined;
  envFile?: string[];
  disable: string;
  strictSuppressions: boolean;
  quiet: boolean;
  output?: string;
  root: string;
  color: boolean;
  compose?: string[];
  helmValues?: string[];
  dockerfile?: string[];
  discover?: boolean;
}

export async function lintCommand(paths: string[], options: LintCommandOptions): Promise<number> {
  if (options.dryRun && !options.fix) throw new UsageError('--dry-run goes with --fix: it prints the fixes as a diff instead of writing them');
  if (options.fix && options.writeBaseline !== undefined) throw new UsageError('--fix and --write-baseline do not go together: fix first, then write the baseline');
  const project = await loadProjectConfig(options.config, options.root);
  const failOn = options.failOn ?? project.failOn ?? 'error';
  const lintOptions = {
    project,
    paths,
    root: options.root,
    airflowVersion: options.airflowVersion,
    envFiles: options.envFile ?? [],
    disable: splitList(options.disable),
    strictSuppressions: options.strictSuppressions,
    compose: options.compose,
    helmValues: options.helmValues,
    dockerfiles: options.dockerfile,
    discover: options.discover,
  };
  const first = await runLint(lintOptions);
  let linted: RunLintOutput = first;
  if (options.fix) {
    const secrets = first.result.secrets;
    const fixed = await runFix(first.inputs, lintOptions, { dryRun: options.dryRun === true, mask: (text) => secrets.mask(text) });
    linted = fixed.after;
    if (options.dryRun) {
      printOut(fixed.diffs.map((diff) => `${diff.replace(/\n$/, '')}\n`).join(''));
      printErr(`airflow-preflight: ${fixed.fixedCount} fix(es) would change ${fixed.changedFiles.length} file(s); nothing was written\n`);
      return linted.result.findings.some((finding) => reachesFailLevel(finding.severity, failOn)) ? 1 : 0;
    }
    printErr(`airflow-preflight: applied ${fixed.fixedCount} fix(es) to ${fixed.changedFiles.length} file(s)${fixed.changedFiles.length > 0 ? `: ${fixed.changedFiles.map(printablePath).join(', ')}` : ''}\n`);
  }
  const { sources } = linted;
  let { result } = linted;
  const mask = (text: string) => result.secrets.mask(text);
  const baselineContext = { root: options.root, lines: sourceLines(sources), mask };
  if (options.writeBaseline !== undefined) {
    const baseline = buildBaseline(result, baselineContext);
    await writeOutput(options.writeBaseline, formatBaseline(baseline));
    printOut(`airflow-preflight: wrote ${baseline.entries.length} finding(s) to the baseline ${visible(options.writeBaseline)}\n`);
    return 0;
  }
  if (options.baseline !== undefined) {
    result = applyBaseline(result, await readBaselineFile(options.baseline), options.baseline, baselineContext);
  }
  let output: string;
  if (options.format === 'json') output = jsonText(toJson(result, { mask }));
  else if (options.format === 'rdjson') output = jsonText(buildRdJson(result, sources, mask));
  else if (options.format === 'sarif') {
    const log = buildSarif(result, sources, mask);
    const omitted = omittedResults(log);
    if (omitted > 0) printErr(`airflow-preflight: ${omittedResultsText(omitted, log.runs[0]?.results.length ?? 0)}\n`);
    output = jsonText(log);
  }
  else {
    const color = options.color && options.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
    output = formatText(result, { color, quiet: options.quiet, mask });
  }
  if (options.output) await writeOutput(options.output, output);
  else if (options.format === 'text') printOut(output);
  else printJsonText(output);
  return result.findings.some((finding) => reachesFailLevel(finding.severity, failOn)) ? 1 : 0;
}

async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
}

/** A repository's file names may hold control characters (a line break, an escape): never print them raw. */
function printablePath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, '?');
}
