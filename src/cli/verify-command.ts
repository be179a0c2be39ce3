// `airflow-preflight verify [CFG]`: creates a throwaway Postgres metastore with a real
// `airflow db migrate` under the given cfg and checks it. Exit codes: 0 verified, 1 verification
// failed, 2 usage problems (thrown as UsageError, printed by main as one line).
import { jsonText } from '../output/json.js';
import { printErr, printJsonText, printOut } from '../output/terminal.js';
import { visible } from '../output/text.js';
import { access } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { knowledgeExecutorExtras, knowledgeMetastoreFacts, knowledgeOptionFacts } from '../verify/facts.js';
import { loadTarget } from '../app/load-target.js';
import { dirname } from 'node:path';
import { formatVerifyText } from '../verify/format.js';
import { DATABASE_CHOICES, type DatabaseChoice } from '../verify/providers/types.js';
import { UsageError } from './usage-error.js';

export interface VerifyCommandOptions {
  airflowCommand?: string | undefined;
  installAirflow?: string | undefined;
  /** For `--install-airflow target`: the version to resolve (2.10 or 2.10.5); else detected next to the cfg. */
  airflowVersion?: string | undefined;
  database?: string | undefined;
  databaseUrl?: string | undefined;
  allowExistingDatabase?: boolean | undefined;
  postgresImage?: string | undefined;
  createAdminUser?: boolean | undefined;
  proveParallel?: boolean | undefined;
  allowConfigCommands?: boolean | undefined;
  format?: 'text' | 'json' | undefined;
  /** Stream Airflow's and pip's output to stderr. */
  verbose?: boolean | undefined;
}

/**
 * Adds `verify [cfg]` to the CLI program (for src/cli/main.ts); `setExitCode` receives verifyCommand's result.
 */
export function registerVerifyCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('verify')
    .description('Create a throwaway Postgres metastore with a real `airflow db migrate` under this cfg, and check it.')
    .argument('[cfg]', 'the airflow.cfg to verify', 'airflow.cfg')
    .option('--airflow-command <path>', 'the airflow program to verify with (one you installed)')
    .option('--install-airflow <version>', 'install apache-airflow[postgres]==<version> (plus the extras the cfg needs) into a cached virtualenv; `target` = the release lint would use')
    .option('--airflow-version <version>', 'with --install-airflow target: the Airflow version to resolve (2.10 or 2.10.5); default detected from the files next to the cfg')
    .addOption(new Option('--database <kind>', 'where the throwaway database comes from').choices([...DATABASE_CHOICES]).default('auto'))
    .option('--database-url <url>', 'an empty Postgres database to migrate (postgresql://user:password@host:5432/db)')
    .option('--allow-existing-database', 'migrate a --database-url that already has tables', false)
    .option('--postgres-image <image>', 'image for --database testcontainers', 'postgres:17')
    .option('--create-admin-user', 'also create an admin user and check that its row exists', false)
    .option('--prove-parallel', 'also run a probe DAG with the configured executor and show that its tasks run at the same time', false)
    .option(
      '--allow-config-commands',
      "let Airflow run the cfg's `*_cmd` commands and load its secrets backend (off: verify replaces them with throwaway values; only for a cfg you trust)",
      false,
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-v, --verbose', "stream Airflow's and pip's output to stderr", false)
    .action(async (cfg: string, options: VerifyCommandOptions) => {
      setExitCode(await verifyCommand(cfg, options));
    });
}

export async function verifyCommand(cfg: string | undefined, options: VerifyCommandOptions): Promise<number> {
  const cfgPath = cfg ?? 'airflow.cfg';
  const database = readDatabase(options.database);
  if (options.airflowCommand && options.installAirflow) {
    throw new UsageError('give either --airflow-command or --install-airflow, not both');
  }
  if (!options.airflowCommand && !options.installAirflow) {
    throw new UsageError('verify needs Airflow: --airflow-command PATH (an installed airflow) or --install-airflow VERSION');
  }
  try {
    await access(cfgPath);
  } catch {
    throw new UsageError(`${cfgPath}: no such file`);
  }

  const stderr = (line: string) => printErr(`${visible(line)}\n`);
  // Loaded on demand: pg and testcontainers would otherwise load with every `lint`.
  const { runVerify } = await import('../verify/run.js');
  const result = await runVerify(
    {
      cfgPath,
      airflowCommand: options.airflowCommand,
      installAirflow: await installVersion(options, cfgPath),
      database,
      databaseUrl: options.databaseUrl,
      allowExistingDatabase: options.allowExistingDatabase,
      postgresImage: options.postgresImage,
      createAdminUser: options.createAdminUser,
      proveParallel: options.proveParallel,
      allowConfigCommands: options.allowConfigCommands,
      optionFacts: knowledgeOptionFacts,
      executorExtras: knowledgeExecutorExtras,
      metastoreFacts: knowledgeMetastoreFacts,
    },
    {
      log: (line) => {
        if (options.verbose) stderr(`  ${line}`);
      },
      group: async (title, fn) => {
        stderr(`› ${title}`);
        return fn();
      },
    },
  );
  if (options.format === 'json') printJsonText(jsonText(result));
  else printOut(formatVerifyText(result));
  return result.verified ? 0 : 1;
}

/** `--install-airflow target`: the release lint would use (given with --airflow-version, else detected next to the cfg). */
async function installVersion(options: VerifyCommandOptions, cfgPath: string): Promise<string | undefined> {
  if (options.installAirflow?.trim() !== 'target') return options.installAirflow;
  const { target } = await loadTarget(options.airflowVersion, dirname(cfgPath));
  return target.knowledgeVersion;
}

function readDatabase(value: string | undefined): DatabaseChoice {
  const choice = (value ?? 'auto').trim().toLowerCase();
  if ((DATABASE_CHOICES as readonly string[]).includes(choice)) return choice as DatabaseChoice;
  throw new UsageError(`--database: '${value}' is not one of ${DATABASE_CHOICES.join(', ')}`);
}
