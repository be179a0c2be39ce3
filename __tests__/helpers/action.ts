import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './cli.js';

/** The defaults action.yml declares: the runner passes them as INPUT_* when a workflow leaves an input out. */
function actionDefaults(): Record<string, string> {
  const manifest = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(manifest.inputs).map(([name, input]) => [name, String(input.default ?? '')]));
}

export const ACTION = join(REPO_ROOT, 'dist', 'index.js');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  runnerTemp: string;
}

/** Node options before the entry (e.g. `--import` a preload) and extra variables, for tests that trace the run. */
export interface ActionRunOptions {
  nodeArgs?: string[];
  env?: Record<string, string>;
}

/** Runs the bundled action the way the runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
export function runAction(workspace: string, inputs: Record<string, string>, options: ActionRunOptions = {}): ActionRun {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'apf-runner-'));
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), ACTION], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    runnerTemp,
  };
}

/** Reads the `name<<delimiter … delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    outputs[name ?? ''] = value.join('\n');
  }
  return outputs;
}

/** The workflow commands of one kind (`error`, `warning`, `notice`) the action printed. */
export function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`));
}
