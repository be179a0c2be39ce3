import { writeFile } from 'node:fs/promises';
import { jsonText } from '../output/json.js';
import { printJsonText, printOut } from '../output/terminal.js';
import { runLint, splitList } from '../app/run-lint.js';
import { buildSarif } from '../app/sarif.js';
import { reachesFailLevel, type FailOn } from '../engine/types.js';
import { formatText } from '../report/text.js';
import { toJson } from '../report/json.js';
import { describeFsError } from '../io/read-source.js';
import { UsageError } from './usage-error.js';

export interface LintCommandOptions {
  airflowVersion?: string;
  format: 'text' | 'json' | 'sarif';
  failOn: FailOn;
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
  const { result, sources } = await runLint({
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
  const mask = (text: string) => result.secrets.mask(text);
  let output: string;
  if (options.format === 'json') output = jsonText(toJson(result, { mask }));
  else if (options.format === 'sarif') output = jsonText(buildSarif(result, sources, mask));
  else {
    const color = options.color && options.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
    output = formatText(result, { color, quiet: options.quiet, mask });
  }
  if (options.output) await writeOutput(options.output, output);
  else if (options.format === 'text') printOut(output);
  else printJsonText(output);
  return result.findings.some((finding) => reachesFailLevel(finding.severity, options.failOn)) ? 1 : 0;
}

async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
}
