#!/usr/bin/env -S node --
// (`node --` keeps Node from reading our --env-file flag as its own: Node scans the whole command line for it.)
// The command-line shell: parses arguments, reads files, calls the core, prints. Exit codes:
// 0 clean (below --fail-on), 1 findings at or above --fail-on (or a parse failure for `parse`),
// 2 usage or I/O problems — always one line on stderr, never a stack trace.
import { printErr } from '../output/terminal.js';
import { visible } from '../output/text.js';
import { Command, CommanderError, Option } from 'commander';
import { parseCommand } from './parse-command.js';
import { lintCommand } from './lint-command.js';
import { explainCommand } from './explain-command.js';
import { registerVerifyCommand } from './verify-command.js';
import { registerPlanCommand } from './plan-command.js';
import { UsageError } from './usage-error.js';
import { oneLine } from '../report/common.js';
import { TOOL_VERSION } from '../tool.js';
import { FAIL_ON_LEVELS } from '../engine/types.js';

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('airflow-preflight')
    .description('Lint airflow.cfg for production readiness exactly as Airflow reads it, and verify it against a real metastore.')
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    // Commander's own errors become one line in the same form as every other usage error.
    .configureOutput({
      writeErr: (text) => printErr(text),
      outputError: (text, write) => write(`airflow-preflight: ${oneLine(text.replace(/^error: /, '')).trim()}\n`),
    })
    .showSuggestionAfterError(true);

  program
    .command('parse')
    .description('Print what Airflow reads from one airflow.cfg (sections, options, raw values), or the configparser error.')
    .argument('<file>', 'the airflow.cfg to read')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .option('--show-secrets', 'print secret values (passwords, keys) instead of masking them', false)
    .action(async (file: string, options: { format: 'json' | 'text'; showSecrets: boolean }) => {
      exitCode = await parseCommand(file, options);
    });

  program
    .command('lint')
    .description('Report production-readiness, security and compatibility problems in airflow.cfg files.')
    .argument('[paths...]', 'airflow.cfg files or globs (default: every airflow.cfg under the current directory)')
    .option('--airflow-version <version>', 'target Airflow version, e.g. 2.10 or 3.1.2 (default: detected from the repository)')
    .addOption(new Option('--format <format>', 'output format (rdjson: reviewdog\'s diagnostic format)').choices(['text', 'json', 'sarif', 'rdjson']).default('text'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding reaches this severity (default: the configuration file\'s, else error)').choices([...FAIL_ON_LEVELS]))
    .option('--config <file>', 'the project configuration file (default: .airflow-preflight.yaml at --root, when it exists)')
    .option('--env-file <file>', 'a dotenv file whose AIRFLOW__SECTION__KEY variables override the cfg (repeatable)', collect, [])
    .option('--fix', 'rewrite the files in place with every safe fix (moved options, postgres://, inline comments, …), then report what is left')
    .option('--dry-run', 'with --fix: print the fixes as a unified diff and write nothing')
    .option('--baseline <file>', 'hide the findings recorded in this baseline file; report its entries that no longer match as stale')
    .option('--write-baseline <file>', 'record every current finding in this baseline file, and exit 0')
    .option('--disable <rules>', 'comma-separated rule ids or aliases to leave out', '')
    .option('--strict-suppressions', 'ignore inline and file suppressions in the cfg files', false)
    .option('--compose <file>', 'a compose file to read (repeatable; default: discovered)', collect, [])
    .option('--helm-values <file>', 'a Helm values file to read (repeatable; default: discovered)', collect, [])
    .option('--dockerfile <file>', 'a Dockerfile whose ENV lines to read (repeatable; default: discovered)', collect, [])
    .option('--discover', 'also look for compose, Helm values, .env files and Dockerfiles when cfg paths are given')
    .option('--no-discover', 'read only the files named (default when cfg paths are given)')
    .option('-q, --quiet', 'report errors only', false)
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--root <dir>', 'repository root for file discovery and version detection', '.')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options) => {
      exitCode = await lintCommand(paths, options);
    });

  program
    .command('explain')
    .description('Print, per component (compose service, Helm component, cfg), each option Airflow uses, its value (secrets masked) and where it comes from.')
    .argument('[path]', 'a repository folder (default: the current directory), or one file (airflow.cfg, compose, Helm values)')
    .option('--airflow-version <version>', 'target Airflow version (default: detected from the repository)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--env-file <file>', 'a dotenv file whose variables every component receives (repeatable)', collect, [])
    .option('--compose <file>', 'a compose file to read (repeatable)', collect, [])
    .option('--helm-values <file>', 'a Helm values file to read (repeatable)', collect, [])
    .option('--dockerfile <file>', 'a Dockerfile whose ENV lines to read (repeatable)', collect, [])
    .option('--no-discover', 'read only the files named')
    .option('--all', "also list options set to the release's default value")
    .action(async (path: string | undefined, options) => {
      exitCode = await explainCommand(path, options);
    });

  registerVerifyCommand(program, (code) => {
    exitCode = code;
  });
  registerPlanCommand(program, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    return handleError(error);
  }
  return exitCode;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with code 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    printErr(`airflow-preflight: ${visible(error.message)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  printErr(`airflow-preflight: internal error: ${visible(message.split('\n')[0] ?? '')} (please report it)\n`);
  return 2;
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
