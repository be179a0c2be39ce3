import { writeFile } from 'node:fs/promises';
import { jsonText } from '../output/json.js';
import { printJsonText, printOut } from '../output/terminal.js';
import { visible } from '../output/text.js';
import { runLint, splitList } from '../app/run-lint.js';
import { buildSarif } from '../app/sarif.js';
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
  const project = await loadProjectConfig(options.config, options.root);
  const failOn = options.failOn ?? project.failOn ?? 'error';
  const linted = await runLint({
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
  });
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
  else if (options.format === 'sarif') output = jsonText(buildSarif(result, sources, mask));
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
